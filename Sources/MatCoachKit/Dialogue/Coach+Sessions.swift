import Foundation

/// Guided sessions and the session log: `/session`, `/log`, `/progress`, "time me for
/// 15 minutes", and advice that starts from what the user has done.
extension Coach {
  /// What the log says about the last week, for duration advice: the usual length, and
  /// on how many days.
  struct Practice {
    var minutes: Int
    var days: Int
  }

  /// The fact that holds the minutes a user does (the knowledge base's number fact).
  var minutesFact: FactDefinition? { knowledge.base.facts.first { $0.number != nil } }

  // MARK: - Starting and finishing

  /// The reply to a request for a guided session of `minutes` (nil: the length the
  /// profile and the log suggest). An emergency heard and not seen to holds it back;
  /// an urgent sign or a condition to check opens it with its reminder.
  mutating func session(minutes asked: Double?, alarm: Reply.Notice? = nil) -> Reply {
    let script = knowledge.base.sessions
    if var hold = reminderNotice(), hold.tier == .emergency {
      // No session while an emergency heard is not seen to: the reminder is the reply.
      hold.intent = knowledge.base.safety.topic
      return Reply(kind: .answer, notice: hold, profile: profile)
    }
    let suggestion = asked == nil ? suggestion() : nil
    let minutes = asked.map { $0.rounded() } ?? Double(suggestion?.minutes ?? script.firstMinutes)
    guard minutes >= 1 else {
      return Reply(kind: .command, message: "A session needs at least a minute: /session 5, for example.", profile: profile)
    }
    guard minutes <= Double(script.maxTimedMinutes) else {
      return Reply(
        kind: .command,
        message: "I time sessions of up to \(script.maxTimedMinutes) minutes, twice the longest the guide mentions "
          + "(\(script.longestMinutes)). Ask me how long a session should be, or /log a session you did.",
        profile: profile)
    }
    let length = Int(minutes)
    let plan = SessionPlan(minutes: length, script: script)
    var lines: [String] = []
    if let suggestion { lines.append(suggestion.reason) }
    if length > script.longestMinutes, let caution = script.longerThanGuide { lines.append(caution) }
    var reply: Reply
    if timesSessions {
      lines.append("A \(length)-minute session: I'll keep time. Ctrl-C ends it early and keeps the minutes you've done.")
      reply = Reply(kind: .session, answers: [sessionAnswer(lines.joined(separator: " "))], profile: profile)
      reply.session = plan
    } else {
      let entry = SessionEntry(date: now(), minutes: length, guided: false)
      log.entries.append(entry)
      lines.append(script.untimed + " Logged: \(length) minutes today.")
      let steps = plan.cues.filter { !$0.line.text.isEmpty }.map { cue in
        let time = SessionPlan.clock(cue.at)
        return String(repeating: " ", count: max(2, 7 - time.count)) + time + "  " + cue.line.text
      }
      let text = lines.joined(separator: " ") + "\n\nThe plan for \(length) minutes:\n" + steps.joined(separator: "\n")
      reply = Reply(kind: .session, answers: [sessionAnswer(text)], profile: profile)
      reply.session = plan
      reply.logged = entry
    }
    reply.notice = alarm ?? reminderNotice()
    return reply
  }

  /// The reply's answer to a request for a session: it stands for the session intent,
  /// so that `--json` and `/why` name it.
  private func sessionAnswer(_ text: String) -> Reply.Answer {
    Reply.Answer(intent: knowledge.base.sessions.intent ?? "session", kind: .question, text: text)
  }

  /// Logs a guided session that has ended, and says how it went.
  public mutating func finish(_ plan: SessionPlan, _ outcome: GuidedSession.Outcome, painBefore: Int?, painAfter: Int?) -> Reply {
    var lines: [String] = []
    if outcome.endedEarly, let end = knowledge.base.sessions.end, !end.text.isEmpty { lines.append(end.text) }
    guard outcome.minutes >= 1 else {
      lines.append("You ended it within the first minute, so there's nothing to log.")
      return Reply(kind: .command, message: lines.joined(separator: "\n\n"), profile: profile)
    }
    // Dated when it began: a session across midnight counts for the day it started.
    let entry = SessionEntry(
      date: now().addingTimeInterval(-Double(outcome.seconds)), minutes: outcome.minutes, guided: true,
      painBefore: painBefore, painAfter: painAfter)
    log.entries.append(entry)
    let done = outcome.endedEarly
      ? "Ended early: \(ProgressReport.count(outcome.minutes, "minute")), logged."
      : "Well done: \(ProgressReport.count(outcome.minutes, "minute")), logged."
    lines.append(done + painChange(entry) + " Type /progress to see your last two weeks.")
    var reply = Reply(kind: .command, message: lines.joined(separator: "\n\n"), profile: profile)
    reply.logged = entry
    return reply
  }

  // MARK: - Commands

  mutating func sessionCommand(_ command: SlashCommand, arguments: [String]) -> Reply {
    switch command {
    case .session:
      guard let first = arguments.first else { return session(minutes: nil) }
      let unit = ["min", "mins", "minute", "minutes"]
      guard let minutes = Int(first), arguments.count == 1 || arguments.count == 2 && unit.contains(arguments[1].lowercased())
      else {
        return usage("/session takes the minutes, if you like: /session 10, or /session for the length that suits you")
      }
      return session(minutes: Double(minutes))
    case .log:
      return logByHand(arguments)
    default:
      let report = ProgressReport(log: log, now: now(), calendar: calendar)
      guard !report.isEmpty else {
        return Reply(
          kind: .command,
          message: "No sessions in the last \(ProgressReport.span) days yet. Time one with /session 10, or log one you did with /log 10.",
          profile: profile)
      }
      var reply = Reply(kind: .command, message: report.table, profile: profile)
      reply.progress = report
      return reply
    }
  }

  /// `/log 15`, `/log 15 pain 6 3`: a session done without the timer.
  private mutating func logByHand(_ arguments: [String]) -> Reply {
    let how = "/log takes the minutes, then the pain before and after if you like (0 to 10): /log 15, or /log 15 pain 6 3"
    var words = arguments.map { $0.lowercased() }
    if words.first == "pain" { return usage(how) }
    guard let minutes = words.first.flatMap({ Int($0.replacingOccurrences(of: "min", with: "")) }) else { return usage(how) }
    words.removeFirst()
    if words.first == "minutes" || words.first == "mins" || words.first == "min" { words.removeFirst() }
    if words.first == "pain" { words.removeFirst() }
    let pains = words.map { Int($0) }
    guard pains.count <= 2, pains.allSatisfy({ $0 != nil }) else { return usage(how) }
    let entry = SessionEntry(
      date: now(), minutes: minutes, guided: false, painBefore: pains.first ?? nil, painAfter: pains.dropFirst().first ?? nil)
    if let problem = entry.problem { return usage("Not logged: \(problem). \(how)") }
    log.entries.append(entry)
    var reply = Reply(
      kind: .command,
      message: "Logged: \(ProgressReport.count(minutes, "minute")) today." + painChange(entry) + " Type /progress to see your last two weeks.",
      profile: profile)
    reply.logged = entry
    return reply
  }

  private func usage(_ text: String) -> Reply { Reply(kind: .command, message: text, profile: profile) }

  // MARK: - Advice from the log

  /// The last week's practice, when the log holds any.
  var practice: Practice? {
    guard !log.entries.isEmpty else { return nil }
    let report = ProgressReport(log: log, now: now(), calendar: calendar)
    guard let minutes = report.typicalMinutes else { return nil }
    return Practice(minutes: minutes, days: report.daysThisWeek)
  }

  /// With no minutes said, advice starts from the sessions in the log: the usual length
  /// of the last week stands for the minutes. Returns the practice it used.
  func fillFromLog(_ facts: inout Profile) -> Practice? {
    guard knowledge.base.sessions.fromLog != nil || knowledge.base.sessions.frequencyFromLog != nil,
      let fact = minutesFact, facts[fact.name] == nil, let practice
    else { return nil }
    let value = String(practice.minutes)
    facts[fact.name] = Profile.Entry(
      value: value, number: Double(practice.minutes), said: "your log",
      describe: fact.number?.describe.replacingOccurrences(of: "{value}", with: value) ?? value)
    return practice
  }

  /// What an answer says first about the log it drew on, if it did.
  func logNote(intent: String, answer: Answer, practice: Practice?) -> String? {
    let script = knowledge.base.sessions
    // How often is about the whole week, whatever the user said about minutes, and a
    // week without a session is news too.
    if intent == script.frequencyIntent, let template = script.frequencyFromLog, !log.entries.isEmpty {
      let report = ProgressReport(log: log, now: now(), calendar: calendar)
      return template.replacingOccurrences(of: "{sessions}", with: ProgressReport.count(report.sessionsThisWeek, "session"))
        .replacingOccurrences(of: "{days}", with: String(report.daysThisWeek))
    }
    guard let practice, let template = script.fromLog, let fact = minutesFact,
      answer.conditions.contains(where: { $0.factName == fact.name })
    else { return nil }
    return template.replacingOccurrences(of: "{minutes}", with: String(practice.minutes))
      .replacingOccurrences(of: "{days}", with: String(practice.days))
  }

  /// The length a session starts at when none is asked for, and why: the minutes the
  /// user said (at most the guide's longest), else the usual length in the log, else a
  /// gentle or a first session.
  func suggestion() -> (minutes: Int, reason: String) {
    let script = knowledge.base.sessions
    if let fact = minutesFact, let said = profile[fact.name]?.number, said >= 1 {
      let minutes = Int(said.rounded())
      guard minutes <= script.longestMinutes else {
        return (
          script.longestMinutes,
          "You said you do \(minutes) minutes; the longest the guide mentions is \(script.longestMinutes), so that's the length."
        )
      }
      return (minutes, "You do \(minutes) minutes, so that's the length.")
    }
    if let practice { return (practice.minutes, "Your log says \(practice.minutes) minutes is your usual length.") }
    if script.gentleWhen.contains(where: { profile[$0.key]?.value == $0.value }) {
      return (script.gentleMinutes, "A gentle \(script.gentleMinutes) minutes, since \(gentleReason()).")
    }
    return (script.firstMinutes, "Starting with \(script.firstMinutes) minutes; say /session 15 (or any length) for another.")
  }

  /// How the profile describes the fact that called for a gentle session.
  private func gentleReason() -> String {
    let script = knowledge.base.sessions
    let held = script.gentleWhen.sorted { $0.key < $1.key }.first { profile[$0.key]?.value == $0.value }
    return held.flatMap { profile[$0.key]?.describe } ?? "you asked for gentle sessions"
  }

  private func painChange(_ entry: SessionEntry) -> String {
    switch (entry.painBefore, entry.painAfter) {
    case let (before?, after?): " Pain \(before) before, \(after) after."
    case let (before?, nil): " Pain \(before) before."
    case let (nil, after?): " Pain \(after) after."
    case (nil, nil): ""
    }
  }
}
