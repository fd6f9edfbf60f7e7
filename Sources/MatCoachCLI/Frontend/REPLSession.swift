import Foundation
import MatCoachKit

/// The interactive session: banner, prompt, replies wrapped and coloured for the terminal.
struct REPLSession {
  var coach: Coach
  var tty: TTY
  /// Where sessions timed or logged are kept.
  var log: SessionLogKeeper
  /// No bell at the end of a guided session.
  var quiet = false

  mutating func run() {
    let presenter = ReplyPresenter(terminal: Terminal.current(tty))
    var warned = false
    // A dumb terminal cannot show line editing: read plain lines there.
    var reader: any LineReader =
      !tty.canEditLines
      ? PlainLineReader()
      : EditLineReader(
        historyPath: HistoryFile.defaultPath(), completions: completions(),
        warning: { message in
          if !warned { StandardStreams.error(message) }
          warned = true
        })
    StandardStreams.write(banner(presenter) + "\n\n")
    // Plain: libedit counts escape codes in a prompt as printing characters.
    let prompt = "you> "
    loop: while true {
      switch reader.read(prompt: prompt) {
      case .end:
        StandardStreams.write("\n")
        break loop
      case .interrupted:
        continue
      case .line(let line):
        let reply = coach.respond(to: line)
        if reply.kind == .empty { continue }
        if let progress = reply.progress {
          StandardStreams.write("\n" + progress.chart + "\n\n")
        } else {
          StandardStreams.write("\n" + presenter.render(reply) + "\n\n")
        }
        log.keep(reply)
        if let plan = reply.session, reply.logged == nil {
          let finished = guide(plan, presenter: presenter, reader: &reader)
          StandardStreams.write("\n" + presenter.render(finished) + "\n\n")
          log.keep(finished)
          if EditLineReader.terminationPending { break loop }
        }
        if reply.kind == .quit { break loop }
      }
    }
    reader.close()
    EditLineReader.finishTermination()
  }

  /// Times a session: the pain before (if the user gives it), the session, the pain
  /// after; the reply that logs it.
  private mutating func guide(_ plan: SessionPlan, presenter: ReplyPresenter, reader: inout any LineReader) -> Reply {
    let script = coach.knowledge.base.sessions
    guard case .answered(let before) = askPain(script.painBefore, presenter: presenter, reader: &reader) else {
      return Reply(kind: .command, message: "All right: no session this time.", profile: coach.profile)
    }
    var clock = SystemClock()
    let view = GuidedSessionView(presenter: presenter, redraws: !tty.isDumb, quiet: quiet)
    StandardStreams.write("\n")
    let outcome = EditLineReader.withoutEcho { view.run(plan, clock: &clock) }
    var after: Int?
    if outcome.minutes >= 1 && !EditLineReader.terminationPending {
      // Keys pressed while lying on the mat are not an answer to the question after it.
      EditLineReader.discardTypeahead()
      StandardStreams.write("\n")
      if case .answered(let score) = askPain(script.painAfter, presenter: presenter, reader: &reader) { after = score }
    }
    return coach.finish(plan, outcome, painBefore: before, painAfter: after)
  }

  /// An answer to "how is your back, 0 to 10?".
  private enum PainAnswer {
    /// A score, or nil when skipped (Enter, or something that is not a score).
    case answered(Int?)
    /// Ctrl-C or Ctrl-D: the user changed their mind.
    case cancelled
  }

  private func askPain(_ question: String, presenter: ReplyPresenter, reader: inout any LineReader) -> PainAnswer {
    StandardStreams.write(presenter.paragraph(question, style: nil) + "\n")
    // A score is no line to recall with Up: it stays out of history.
    guard case .line(let answer) = reader.read(prompt: "0-10> ", remember: false) else { return .cancelled }
    let trimmed = answer.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return .answered(nil) }
    guard let score = Int(trimmed), SessionEntry.painScale.contains(score) else {
      StandardStreams.write("Skipped: I can note a whole number from 0 to 10.\n")
      return .answered(nil)
    }
    return .answered(score)
  }

  private func banner(_ presenter: ReplyPresenter) -> String {
    [
      presenter.paint("MatCoach", "1") + " — a coach for using an acupressure mat for back pain.",
      "General guidance from a published guide, not medical advice.",
      "Type /help for commands and examples, /quit to leave.",
    ].joined(separator: "\n")
  }

  /// Slash commands, then topic words from the knowledge base's keywords.
  private func completions() -> [String] {
    var words = Set(SlashCommand.allCases.map { "/" + $0.rawValue })
    for intent in coach.knowledge.intents {
      for phrase in intent.phrases {
        for word in phrase.text.lowercased().split(separator: " ") where word.count >= 5 && word.allSatisfy(\.isLetter) {
          words.insert(String(word))
        }
      }
    }
    return Array(words)
  }
}
