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

  @Test func aTypoInAKeywordAsWrittenFindsIt() throws {
    let yaml = """
      intents:
        - id: stretching
          keywords: ["stretching"]
          answer: "Stretch."
      """
    let (loaded, diagnostics) = KnowledgeBaseLoader().load([KnowledgeFile(path: "k.yaml", contents: yaml)])
    let compiled = CompiledKnowledge(try #require(loaded, "\(diagnostics)"))
    // "stretchnig" is one swap from "stretching" as written, three edits from its stem.
    #expect(compiled.classify("any stretchnig tips").best?.id == "stretching")
    #expect(compiled.classify("any strecthing tips").best?.id == "stretching")
    #expect(compiled.classify("any streaming tips").best == nil)
  }

  @Test func classifyingRemembersNothing() {
    let compiled = TestSupport.compiled
    #expect(compiled.classify("I'm new, how long?").best?.id == "duration")
    #expect(compiled.classify("how should I breathe").best?.id == "breathing")
    #expect(compiled.classify("zzzz qqqq").best == nil)
  }

  /// Of two kinds of small talk, the clause that asks decides: a greeting before "what can
  /// you do?" is only a greeting.
  @Test func smallTalkThatAsksOutranksAGreeting() {
    var coach = TestSupport.coach()
    #expect(coach.respond(to: "hi! new here, what can u do").answers.map(\.intent) == ["help"])
    #expect(coach.respond(to: "hello there").answers.map(\.intent) == ["greeting"])
    // What the user says of themselves outranks small talk: "help" here is the mat's.
    var told = TestSupport.coach()
    #expect(told.respond(to: "i've had lower back pain for about 10 years, will this help").answers.map(\.intent) == ["chronic-pain"])
  }

  /// A question asked for someone who uses the mat finds the topic it would find asked of
  /// oneself; "they", most often the mats, stays as typed.
  @Test func aQuestionAskedForSomeoneElseFindsItsTopic() {
    let compiled = TestSupport.compiled
    #expect(compiled.classify("how should he be using it").best?.id == "getting-started")
    #expect(compiled.classify("my daughter wants to know if she should wear a shirt on it").best?.id == "clothing")
    #expect(compiled.classify("what actually are they?").best?.id == "what-is-mat")
    // People in general are asked of the same way, "most people" too; a phrase that names
    // people keeps them ("why do people get back pain?").
    #expect(compiled.classify("how do most people lie on it for lower back pain specifically").best?.id == "positioning")
    #expect(compiled.classify("how long do most people stay on it").best?.id == "duration")
    #expect(compiled.classify("do other users wear a top").best?.id == "clothing")
    #expect(compiled.classify("why do people get back pain").best?.id == "back-pain-causes")
  }

  /// Words of other languages that people who switch between them mix in find the topics
  /// their English would.
  @Test func wordsOfOtherLanguagesMixedIn() {
    let compiled = TestSupport.compiled
    #expect(compiled.classify("mi espalda is killing me since ayer, I lifted something super pesado. mat now o no?").best?.id == "acute-pain")
    #expect(compiled.classify("ich bin schwanger, 20. Woche. darf ich the mat still use?").best?.id == "medical-conditions")
    #expect(compiled.classify("mi perro se acuesta encima del mat all the time, is that peligroso for him?").best?.id == "pets")
    #expect(compiled.classify("arre after session paani peena zaroori hai kya?").best?.id == "hydration")
    #expect(compiled.classify("dae ye need tae take yer top aff fer it").best?.id == "clothing")
    // And words sounded out: "mussels", "kidz", "wayt", "masaj".
    #expect(compiled.classify("does it make ur mussels relax").best?.id == "benefit-muscles")
    #expect(compiled.classify("can my kidz use it").best?.id == "children")
    #expect(compiled.classify("can i use it wiv my masaj gun").best?.id == "other-devices")
  }

  /// Several questions are put in the order asked: where each is asked in a clause that
  /// asks, not where a story before it used the same words.
  @Test func severalQuestionsInTheOrderAsked() {
    let long = "some days I do 5 minutes, and sometimes I go a week without touching it. I want to get into a proper routine. "
      + "How long should each session be, and how many times a week should I be doing it?"
    #expect(TestSupport.compiled.read(long).result.separately.map(\.id) == ["duration", "frequency"])
    var coach = TestSupport.coach()
    let reply = coach.respond(to: "how long should i stay on bc rn i last like 2 min before it hurts way too much, how do i make it hurt less")
    #expect(reply.answers.map(\.intent) == ["duration", "too-intense"])
  }

  /// A line that asks nothing and takes its leave tells its story: no topic outside the
  /// guide is asked. Small talk that opens a line leads in to what follows.
  @Test func aGoodbyeThatTellsAsksNothingElse() {
    let compiled = TestSupport.compiled
    let leaving = "ok that's all really, I've got to go and pick the kids up from school and then sort dinner, so I'll leave it there. bye for now"
    #expect(compiled.classify(leaving).ranked.map(\.id) == ["goodbye"])
    #expect(compiled.classify("hi, my dog keeps lying on it").ranked.map(\.id).contains("pets"))
    #expect(compiled.classify("Dumb question maybe, but will it help me lose weight").best?.id == "other-claims")
    // What it only tells of the user is told too, though its facts are read.
    #expect(compiled.classify("ok that's me done for tonight, bye for now").ranked.map(\.id) == ["goodbye"])
    #expect(compiled.read("I'm new to this, bye").updates.contains { $0.fact == "experience" })
    #expect(compiled.classify("I'm new to this, bye").best?.id == "goodbye")
    #expect(compiled.classify("can I use it before bed? bye").best?.id == "bedtime")
  }

  /// Words typed run together are read as the two they are, when both are English and one
  /// is a keyword's; a slip of one letter in one English word is not split.
  @Test func wordsTypedRunTogetherAreSplit() {
    let compiled = TestSupport.compiled
    #expect(compiled.read("howoften shud i use it").tokens.map(\.surface).prefix(2) == ["how", "often"])
    #expect(compiled.classify("shouldi wear a top").best?.id == "clothing")
    #expect(compiled.read("whats the wether tomorrow").tokens.map(\.surface).contains("wether"))
    // (Not one the synonyms list: "howoften" is read there before it would be split.)
    #expect(compiled.read("can i keep my shirton").tokens.map(\.surface).suffix(2) == ["shirt", "on"])
  }
}
