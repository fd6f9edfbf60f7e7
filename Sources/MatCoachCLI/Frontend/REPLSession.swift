import Foundation
import MatCoachKit

/// The interactive session: banner, prompt, replies wrapped and coloured for the terminal.
struct REPLSession {
  var coach: Coach
  var tty: TTY

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
        StandardStreams.write("\n" + presenter.render(reply) + "\n\n")
        if reply.kind == .quit { break loop }
      }
    }
    reader.close()
    EditLineReader.finishTermination()
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
