import ArgumentParser
import Foundation
import MatCoachKit

/// Talk to the coach: a line-edited REPL on a terminal, one reply per line otherwise.
struct Chat: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Talk to the coach (the default).",
    discussion: """
      On a terminal: a line-edited REPL with history, Tab completion and /help. \
      From a pipe or file: one user turn per line, each reply printed as plain text \
      followed by a blank line. With --json: one JSON object per input line.
      """)

  @OptionGroup var knowledge: KnowledgeOptions

  @Flag(help: "Print one JSON object per input line: input, intent, score, reply, source, facts, kind, safety, offered.")
  var json = false

  func run() throws {
    let base = try knowledge.load()
    var coach = Coach(knowledge: CompiledKnowledge(base))
    let tty = TTY.current(environment: ProcessInfo.processInfo.environment)
    if json {
      for line in StandardStreams.lines() {
        let reply = coach.respond(to: line)
        StandardStreams.write(JSONLine.encode(input: line, reply: reply, knowledge: base) + "\n")
        if reply.kind == .quit { break }
      }
    } else if tty.isInteractive {
      var session = REPLSession(coach: coach, tty: tty)
      session.run()
    } else {
      for line in StandardStreams.lines() {
        let reply = coach.respond(to: line)
        if reply.kind == .empty { continue }
        StandardStreams.write(reply.text.escapingControlCharacters + "\n\n")
        if reply.kind == .quit { break }
      }
    }
  }
}
