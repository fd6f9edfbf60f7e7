import MatCoachKit
import Testing

@Suite struct CompiledKnowledgeTests {
  @Test func findsEveryIntentById() {
    let compiled = TestSupport.compiled
    for intent in TestSupport.knowledge.intents { #expect(compiled.intent(id: intent.id)?.id == intent.id) }
    #expect(compiled.intent(id: "no-such-intent") == nil)
  }

  @Test func oneCompiledKnowledgeServesManyConversationsApart() {
    var first = Coach(knowledge: TestSupport.compiled)
    var second = Coach(knowledge: TestSupport.compiled)
    _ = first.respond(to: "I'm new to this")
    #expect(first.profile["experience"]?.value == "new")
    #expect(second.profile.isEmpty)
    #expect(!second.respond(to: "how long should I lie on it?").text.hasPrefix("Since you're new"))
  }

  @Test func classifyingRemembersNothing() {
    let compiled = TestSupport.compiled
    #expect(compiled.classify("I'm new, how long?").best?.id == "duration")
    #expect(compiled.classify("how should I breathe").best?.id == "breathing")
    #expect(compiled.classify("zzzz qqqq").best == nil)
  }
}
