import Foundation
import FuzzerDriver
import MatCoachKit

/// One input is a knowledge-base file. Loading must give a knowledge base or diagnostics
/// (each at a real line and column), never a crash; a knowledge base that loads must
/// compile and answer.
func fuzzKnowledgeLoader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
  let (base, diagnostics) = KnowledgeBaseLoader().load([KnowledgeFile(path: "fuzz.yaml", contents: text)])
  for diagnostic in diagnostics where diagnostic.location.line < 1 || diagnostic.location.column < 1 {
    fatalError("a diagnostic without a place: \(diagnostic)")
  }
  if let base {
    var coach = Coach(knowledge: CompiledKnowledge(base))
    for line in ["how long should I lie on it?", "I'm new, I do 20 minutes", "/why", "yes", "/profile"] {
      _ = coach.respond(to: line)
    }
  }
  return 0
}

exit(matcoach_fuzz(CommandLine.argc, CommandLine.unsafeArgv, fuzzKnowledgeLoader))
