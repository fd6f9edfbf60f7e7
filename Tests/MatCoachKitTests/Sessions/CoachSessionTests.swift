import Foundation
import MatCoachKit
import Testing

@Suite struct CoachSessionTests {
  typealias S = SessionTestSupport

  /// Ten minutes on five of the last seven days.
  static let tenMinutesMostDays = [1, 2, 3, 5, 6].map { SessionEntry(date: S.day($0), minutes: 10, guided: true) }

  @Test func askingForATimedSessionPlansItAndStoresNoFact() throws {
    for line in ["time me for 15 minutes", "start a 15 minute session", "/session 15", "can you start a 15-minute session please"] {
      var coach = S.coach()
      let reply = coach.respond(to: line)
      #expect(reply.kind == .session, "\(line)")
      #expect(reply.session?.minutes == 15, "\(line)")
      #expect(reply.logged == nil)
      // A length asked for is not the length the user does.
      #expect(reply.profile["minutes"] == nil, "\(line)")
      #expect(coach.log.entries.isEmpty)
    }
  }

  @Test func withNoLengthTheProfileAndTheLogChooseIt() {
    var coach = S.coach()
    #expect(coach.respond(to: "/session").session?.minutes == 10)
    coach = S.coach()
    _ = coach.respond(to: "the spikes are too intense for me")
    #expect(coach.respond(to: "start a session").session?.minutes == 5)
    coach = S.coach()
    _ = coach.respond(to: "I do 20 minutes")
    #expect(coach.respond(to: "/session").session?.minutes == 20)
    coach = S.coach(log: Self.tenMinutesMostDays)
    let reply = coach.respond(to: "/session")
    #expect(reply.session?.minutes == 10)
    #expect(reply.text.contains("Your log says 10 minutes is your usual length."))
  }

  @Test func finishingLogsTheMinutesDoneAndThePain() throws {
    var coach = S.coach()
    let plan = try #require(coach.respond(to: "/session 10").session)
    let reply = coach.finish(plan, GuidedSession.Outcome(seconds: 600, endedEarly: false), painBefore: 6, painAfter: 3)
    // Dated when the session began.
    let entry = SessionEntry(date: S.now.addingTimeInterval(-600), minutes: 10, guided: true, painBefore: 6, painAfter: 3)
    #expect(reply.logged == entry)
    #expect(coach.log.entries == [entry])
    #expect(reply.text.hasPrefix("Well done: 10 minutes, logged. Pain 6 before, 3 after."))
  }

  @Test func ctrlCAtMinuteFourLogsFourAndSaysHowToGetOff() throws {
    var coach = S.coach()
    let plan = try #require(coach.respond(to: "time me for 10 minutes").session)
    var clock = FakeClock(interruptAfter: 4 * 60 + 30)
    let outcome = GuidedSession(plan: plan).run(clock: &clock) { _ in }
    let reply = coach.finish(plan, outcome, painBefore: nil, painAfter: nil)
    #expect(reply.logged?.minutes == 4)
    #expect(reply.logged?.guided == true)
    #expect(reply.text.contains("Roll off the mat slowly"))
    #expect(reply.text.contains("Ended early: 4 minutes, logged."))
    // Within the first minute there is nothing to log.
    let none = coach.finish(plan, GuidedSession.Outcome(seconds: 40, endedEarly: true), painBefore: nil, painAfter: nil)
    #expect(none.logged == nil)
    #expect(coach.log.entries.count == 1)
  }

  @Test func withoutATerminalASessionIsPlannedAndLoggedUntimed() throws {
    var coach = S.coach(timesSessions: false)
    let reply = coach.respond(to: "time me for 12 minutes")
    #expect(reply.kind == .session)
    #expect(reply.logged == SessionEntry(date: S.now, minutes: 12, guided: false))
    #expect(reply.text.contains("I can't time a session here"))
    #expect(reply.text.contains("The plan for 12 minutes:"))
    #expect(reply.text.contains(" 6:00  Half time."))
    #expect(reply.text.contains("12:00  Roll off the mat slowly"))
  }

  @Test func anEmergencyNotSeenToHoldsTheSessionBack() {
    var coach = S.coach()
    _ = coach.respond(to: "I can't control my bladder and my legs are numb")
    let reply = coach.respond(to: "/session 10")
    #expect(reply.session == nil)
    #expect(reply.notice?.tier == .emergency)
    #expect(reply.answers.isEmpty)
  }

  @Test func anUrgentSignOrAConditionOpensTheSessionWithItsReminder() {
    var coach = S.coach()
    _ = coach.respond(to: "I've had a fever with my back pain")
    var reply = coach.respond(to: "time me for 10 minutes")
    #expect(reply.session?.minutes == 10)
    #expect(reply.notice?.kind == .reminder)
    #expect(reply.notice?.tier == .urgent)
    coach = S.coach()
    _ = coach.respond(to: "I'm pregnant")
    reply = coach.respond(to: "/session")
    #expect(reply.session != nil)
    #expect(reply.notice?.tier == .check)
    // A red flag in the line itself wins over the session.
    coach = S.coach()
    reply = coach.respond(to: "my legs have gone numb, time me for 10 minutes")
    #expect(reply.session == nil)
    #expect(reply.notice?.kind == .alarm)
  }

  @Test func durationAdviceStartsFromTheLogWhenNoMinutesWereSaid() {
    var coach = S.coach()
    let without = coach.respond(to: "how long should I lie on it?")
    coach = S.coach(log: Self.tenMinutesMostDays)
    let with = coach.respond(to: "how long should I lie on it?")
    #expect(with.text != without.text)
    #expect(with.text.hasPrefix("Your log: sessions of about 10 minutes on 5 of the last 7 days."))
    #expect(with.text.contains("try 15 minutes next"))
    // The minutes the user says outrank the log.
    _ = coach.respond(to: "I do 20 minutes")
    let said = coach.respond(to: "how long?")
    #expect(!said.text.contains("Your log"))
    #expect(said.text.contains("Since you're doing 20 minutes"))
    // A log older than a week says nothing about now.
    let old = [SessionEntry(date: S.day(20), minutes: 10, guided: true)]
    coach = S.coach(log: old)
    #expect(coach.respond(to: "how long should I lie on it?").text == without.text)
  }

  @Test func frequencyAdviceComparesTheLastWeekWithTheGuide() {
    var coach = S.coach(log: Self.tenMinutesMostDays)
    let reply = coach.respond(to: "how often should I use it?")
    #expect(reply.text.hasPrefix("Your log: 5 sessions on 5 of the last 7 days. For chronic back pain the guide suggests at least once or twice a day."))
    coach = S.coach()
    #expect(!coach.respond(to: "how often should I use it?").text.contains("Your log"))
    // Minutes said do not hide the week; a week without a session is said too.
    coach = S.coach(log: Self.tenMinutesMostDays)
    _ = coach.respond(to: "I do 20 minutes")
    #expect(coach.respond(to: "how often?").text.hasPrefix("Your log: 5 sessions on 5 of the last 7 days."))
    coach = S.coach(log: [SessionEntry(date: S.day(20), minutes: 10, guided: true)])
    #expect(coach.respond(to: "how often?").text.hasPrefix("Your log: 0 sessions on 0 of the last 7 days."))
  }

  @Test func logByHandTakesMinutesAndPainAndSaysHowWhenWrong() {
    var coach = S.coach()
    var reply = coach.respond(to: "/log 15 pain 6 3")
    #expect(reply.logged == SessionEntry(date: S.now, minutes: 15, guided: false, painBefore: 6, painAfter: 3))
    #expect(reply.text.hasPrefix("Logged: 15 minutes today. Pain 6 before, 3 after."))
    reply = coach.respond(to: "/log 20 minutes")
    #expect(reply.logged?.minutes == 20)
    for wrong in ["/log", "/log pain 6", "/log ten", "/log 15 pain 6 3 2", "/log 15 pain 12", "/log 0", "/log 15 pain x"] {
      reply = coach.respond(to: wrong)
      #expect(reply.logged == nil, "\(wrong)")
      #expect(reply.text.contains("/log 15 pain 6 3"), "\(wrong)")
    }
    #expect(coach.log.entries.count == 2)
    #expect(coach.respond(to: "/session ten").text.contains("/session 10"))
  }

  @Test func progressShowsTheTableAndTheReportOrSaysThereIsNothingYet() {
    var coach = S.coach()
    #expect(coach.respond(to: "/progress").text.hasPrefix("No sessions in the last 14 days yet."))
    coach = S.coach(log: ProgressReportTests.fortnight)
    let reply = coach.respond(to: "/progress")
    #expect(reply.progress?.streak == 4)
    #expect(reply.text.hasPrefix("date        minutes  sessions  pain before  pain after"))
  }
}

extension CoachSessionTests {
  @Test func aPrefixOfTwoCommandsNamesBoth() {
    var coach = S.coach()
    #expect(coach.respond(to: "/p").text == "/p could be /profile or /progress: type a little more of it.")
    #expect(coach.respond(to: "/pro").text == "/pro could be /profile or /progress: type a little more of it.")
    #expect(coach.respond(to: "/prog").text.hasPrefix("No sessions in the last 14 days yet."))
    #expect(coach.respond(to: "/zzz").text.hasPrefix("There's no command /zzz."))
  }
}

extension CoachSessionTests {
  @Test func talkingAboutTimersStartsNothing() {
    for line in ["should I use a timer?", "what is a guided session?", "is a countdown useful", "do you do guided sessions?"] {
      var coach = S.coach(timesSessions: false)
      let reply = coach.respond(to: line)
      #expect(reply.kind != .session, "\(line)")
      #expect(reply.logged == nil, "\(line)")
      #expect(coach.log.entries.isEmpty, "\(line)")
    }
    var coach = S.coach()
    #expect(coach.respond(to: "should I use a timer?").intent == "guided-session")
  }

  @Test func askingForASessionOutranksTheWordsAboutTimeAroundIt() {
    var coach = S.coach()
    let reply = coach.respond(to: "time me for an hour")
    #expect(reply.session?.minutes == 60)
    #expect(reply.text.contains("longer than the guide goes"))
    #expect(reply.profile["minutes"] == nil)
  }

  @Test func overTheLongestTimedLengthIsRefusedWithTheReason() {
    var coach = S.coach(timesSessions: false)
    let reply = coach.respond(to: "/session 90")
    #expect(reply.session == nil)
    #expect(reply.logged == nil)
    #expect(reply.text.hasPrefix("I time sessions of up to 60 minutes, twice the longest the guide mentions (30)."))
    #expect(coach.respond(to: "/session 0").text.hasPrefix("A session needs at least a minute"))
    #expect(coach.log.entries.isEmpty)
  }

  @Test func aStrayLetterStartsNoSession() {
    var coach = S.coach(timesSessions: false)
    #expect(coach.respond(to: "/s").text == "/s could be /session: type a little more of it.")
    #expect(coach.respond(to: "/se 10").logged == nil)
    #expect(coach.respond(to: "/ses 10").logged?.minutes == 10)
  }

  @Test func aLengthSaidAboveTheGuidesLongestIsCappedAndSaysSo() {
    var coach = S.coach()
    _ = coach.respond(to: "I do 60 minutes")
    let reply = coach.respond(to: "/session")
    #expect(reply.session?.minutes == 30)
    #expect(reply.text.hasPrefix("You said you do 60 minutes; the longest the guide mentions is 30, so that's the length."))
    coach = S.coach()
    _ = coach.respond(to: "the spikes are too intense for me")
    #expect(coach.respond(to: "/session").text.hasPrefix("A gentle 5 minutes, since you find the spikes very intense."))
  }
}

extension CoachSessionTests {
  @Test func aLengthThatIsNoWholeMinuteIsExplainedNotReplaced() {
    var coach = S.coach(timesSessions: false)
    let reply = coach.respond(to: "time me for 15 seconds")
    #expect(reply.session == nil)
    #expect(reply.text.hasPrefix("I time sessions in whole minutes, from 1 to 60"))
    #expect(coach.log.entries.isEmpty)
    // An article before the amount is no part of it: "a half hour session" asks for 30.
    let half = coach.respond(to: "start a half hour session")
    #expect(half.session?.minutes == 30)
    #expect(half.intent == "guided-session")
    #expect(coach.respond(to: "/why").text.contains("matched “start a minute session”"))
  }

  @Test func oneSessionIsNoLengthOfOneMinute() {
    var coach = S.coach(timesSessions: true)
    // "One" is a session here, not a length: the plan's own length is used.
    let reply = coach.respond(to: "guide me through one now please")
    #expect(reply.session != nil)
    #expect(!reply.text.contains("whole minutes"))
    // A number in figures is a length, with or without its unit.
    for line in ["time me for 20", "time me for 15s"] {
      #expect(coach.respond(to: line).text.hasPrefix("I time sessions in whole minutes"), "\(line)")
    }
  }
}

extension CoachSessionTests {
  @Test func aTenMinuteSessionOnTheFakeClockSaysEveryCueAndLogsTen() throws {
    var coach = S.coach()
    let plan = try #require(coach.respond(to: "start a 10 minute session").session)
    var clock = FakeClock()
    var said: [SessionPlan.Cue.Kind] = []
    let outcome = GuidedSession(plan: plan).run(clock: &clock) { event in
      if case .cue(let cue) = event { said.append(cue.kind) }
    }
    #expect(said == [.start, .breathe, .breathe, .breathe, .halfway, .breathe, .breathe, .oneMinuteLeft, .end])
    let reply = coach.finish(plan, outcome, painBefore: nil, painAfter: nil)
    #expect(reply.logged?.minutes == 10)
    #expect(reply.logged?.guided == true)
    #expect(coach.log.entries.map(\.minutes) == [10])
  }
}
