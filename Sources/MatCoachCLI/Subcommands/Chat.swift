import ArgumentParser
import Foundation
import MatCoachKit

/// Talk to the coach: a line-edited REPL on a terminal, one reply per line otherwise.
struct Chat: ParsableCommand {
  static let configuration = CommandConfiguration(
    // Named here, not derived from the type's name: deriving it reflects on the type at
    // every start, a measurable part of a one-question run.
    commandName: "chat",
    abstract: "Talk to the coach (the default).",
    discussion: """
      On a terminal: a line-edited REPL with history, Tab completion and /help. \
      From a pipe or file: one user turn per line, each reply printed as plain text \
      followed by a blank line. With --json: one JSON object per input line.
      """)

  @OptionGroup var knowledge: KnowledgeOptions
  @OptionGroup var data: DataOptions

  @Flag(help: "No bell during a guided session (half time, a minute left, the end).")
  var quiet = false

  @Flag(help: "Print one JSON object per input line: input, intent, score, reply, source, facts, kind, safety, offered, session, logged.")
  var json = false

  func run() throws {
    let base = try knowledge.load()
    let tty = TTY.current(environment: ProcessInfo.processInfo.environment)
    let file = data.logFile()
    var sessions = SessionLog()
    do {
      let (log, warnings) = try file.read()
      sessions = log
      for warning in warnings { StandardStreams.error(warning) }
    } catch {
      StandardStreams.error("\(error); starting without your earlier sessions")
    }
    // Only the REPL can time a session; elsewhere one asked for is planned and logged.
    var coach = Coach(knowledge: CompiledKnowledge(base), log: sessions, timesSessions: tty.isInteractive && !json)
    var keeper = SessionLogKeeper(file: file)
    if json {
      for line in StandardStreams.lines() {
        let reply = coach.respond(to: line)
        keeper.keep(reply)
        StandardStreams.write(JSONLine.encode(input: line, reply: reply, knowledge: base) + "\n")
        if reply.kind == .quit { break }
      }
    } else if tty.isInteractive {
      var session = REPLSession(coach: coach, tty: tty, log: keeper, quiet: quiet)
      session.run()
    } else {
      for line in StandardStreams.lines() {
        let reply = coach.respond(to: line)
        if reply.kind == .empty { continue }
        keeper.keep(reply)
        StandardStreams.write(reply.text.escapingControlCharacters + "\n\n")
        if reply.kind == .quit { break }
      }
    }
  }
}
