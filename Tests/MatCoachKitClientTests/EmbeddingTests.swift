import Foundation
import MatCoachKit
import Testing

/// A program that embeds the coach, using only the public API README lists: load,
/// lint, compile, respond, classify and replay. `make test` also type-checks this file
/// outside the package, where `package` declarations are not visible.
@Suite struct EmbeddingTests {
  static let intents = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Intents").path

  @Test func loadCompileAndTalk() throws {
    let base = try KnowledgeBaseLoader.load(directory: Self.intents).knowledge
    let knowledge = CompiledKnowledge(base)
    var coach = Coach(knowledge: knowledge)
    let first = coach.respond(to: "I'm new to this")
    #expect(first.kind == .noted || first.kind == .answer)
    let reply = coach.respond(to: "how long should I lie on it?")
    #expect(reply.intent == "duration")
    #expect(reply.answers.first?.citations.isEmpty == false)
    #expect(ReplyFormat.plain.render(reply) == reply.text)
    #expect(coach.profile["experience"]?.value == "new")
  }

  @Test func classify() throws {
    let knowledge = CompiledKnowledge(try KnowledgeBaseLoader.load(directory: Self.intents).knowledge)
    let best = try #require(knowledge.classify("how should I breathe").best)
    #expect(best.id == "breathing")
    #expect(!best.phrases.isEmpty)
  }

  @Test func lint() throws {
    let files = [KnowledgeFile(path: "mine.yaml", contents: "intents:\n  - id: x\n    keywords: [\"mat\"]\n")]
    let (base, diagnostics) = KnowledgeBaseLoader().load(files)
    #expect(base == nil)
    #expect(diagnostics.contains { $0.severity == .error && $0.location.file == "mine.yaml" })
  }

  @Test func replay() throws {
    let knowledge = CompiledKnowledge(try KnowledgeBaseLoader.load(directory: Self.intents).knowledge)
    let transcript = Transcript(parsing: "# a test\n> /quit\nTake care of your back. Bye!\n")
    #expect(TranscriptReplay(knowledge: knowledge).mismatches(in: transcript).isEmpty)
  }
}
