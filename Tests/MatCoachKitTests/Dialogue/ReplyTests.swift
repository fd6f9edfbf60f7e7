import MatCoachKit
import Testing

/// A reply's parts, and the plain format over them.
@Suite struct ReplyTests {
  func reply(_ lines: String...) -> Reply { TestSupport.conversation(lines).last! }

  @Test func anAnswerCarriesItsPartsAsValues() throws {
    let reply = reply("how long should I lie on it?")
    let answer = try #require(reply.answers.first)
    #expect(answer.intent == "duration")
    #expect(answer.kind == .question)
    #expect(!answer.citations.isEmpty)
    #expect(answer.citations.allSatisfy { $0.section != nil && TestSupport.guide.contains($0.passage) })
    #expect(!reply.followUps.isEmpty)
    #expect(reply.blocks.map(\.role) == [.answer(.question), .citations, .followUps])
    #expect(reply.text == ReplyFormat.plain.render(reply))
  }

  @Test func theBeyondGuideNoteIsAPartWhateverItsWording() throws {
    // A curator who rewords the note keeps its place and role: nothing reads its words.
    let yaml = """
      coach:
        beyond_guide: "Careful: general advice only."
      intents:
        - id: doctor
          keywords: ["doctor"]
          answers:
            - say: "See a doctor when in doubt."
              beyond_guide: true
      """
    let knowledge = try #require(TestSupport.load(yaml).knowledge)
    var coach = Coach(knowledge: CompiledKnowledge(knowledge))
    let reply = coach.respond(to: "doctor")
    #expect(reply.beyondGuideNote == "Careful: general advice only.")
    #expect(reply.blocks.map(\.role) == [.answer(.question), .beyondGuide])
    #expect(reply.text == "See a doctor when in doubt.\n\nCareful: general advice only.")
  }

  @Test func aRedFlagIsANoticeThatSuggestsNothingElse() {
    let reply = reply("I have numbness in both legs, how long should I lie on it?")
    #expect(reply.notice?.kind == .alarm)
    #expect(reply.notice?.signs == ["both-legs"])
    #expect(reply.answers.isEmpty)
    #expect(reply.followUps.isEmpty)
    #expect(reply.blocks.map(\.role) == [.safety(.emergency), .beyondGuide])
  }

  @Test func aClarifyingQuestionOffersItsOptionsAsValues() {
    let reply = Reply(
      kind: .clarify,
      options: [.init(intent: "a", title: "how long to stay on"), .init(intent: "b", title: "how to breathe")])
    #expect(reply.blocks.map(\.role) == [.clarify])
    #expect(reply.text == "Do you mean how long to stay on, or how to breathe? Ask me about one and I'll answer it.")
  }

  @Test func otherRepliesAreOneMessage() {
    let reply = reply("/quit")
    #expect(reply.answers.isEmpty)
    #expect(reply.blocks == [ReplyBlock(.message, ["Take care of your back. Bye!"])])
  }
}
