import Foundation
import FuzzerDriver
import MatCoachKit

/// The shipped knowledge base, compiled once: `MATCOACH_INTENTS` names its folder
/// (`make fuzz` sets it).
let knowledge: CompiledKnowledge = {
  let folder = ProcessInfo.processInfo.environment["MATCOACH_INTENTS"] ?? "Intents"
  do {
    return CompiledKnowledge(try KnowledgeBaseLoader.load(directory: folder).knowledge)
  } catch {
    fatalError("FuzzConversation: cannot load the knowledge base in \(folder): \(error)")
  }
}()

/// One input is a short conversation: its first three lines are turns, each normalised,
/// screened, matched and answered (``Coach/respond(to:)`` reads the line as `classify`
/// does, then answers), and the reply rendered.
/// Besides not crashing, a reply must never carry a control character other than a line
/// break or a tab: everything else a user typed is shown back escaped.
func fuzzConversation(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
  var coach = Coach(knowledge: knowledge)
  for line in text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false) {
    let reply = coach.respond(to: String(line))
    let shown = ReplyFormat.plain.render(reply)
    if shown.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" }) {
      fatalError("a reply carries a control character: \(shown.debugDescription)")
    }
  }
  return 0
}

exit(matcoach_fuzz(CommandLine.argc, CommandLine.unsafeArgv, fuzzConversation))
