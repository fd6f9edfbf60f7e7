@testable import MatCoachKit
import Testing

@Suite struct KnowledgeBaseLoaderTests {
  /// The problems reported, as `LINE:COLUMN: message` without the file.
  func problems(_ yaml: String, guide: Guide? = nil) -> [String] {
    TestSupport.load(yaml, guide: guide).diagnostics.filter { $0.severity == .error }.map {
      "\($0.location.line):\($0.location.column): \($0.message)"
    }
  }

  @Test func theMinimalFormLoads() throws {
    let (knowledge, diagnostics) = TestSupport.load(
      """
      intents:
        - id: breathing
          keywords: ["breathe", "breathing", "deep breath"]
          answer: "Breathe in slowly through your nose ..."
      """)
    #expect(diagnostics.isEmpty)
    let base = try #require(knowledge)
    var coach = Coach(knowledge: CompiledKnowledge(base))
    let reply = coach.respond(to: "how should I breathe?")
    #expect(reply.intent == "breathing")
    #expect(reply.text == "Breathe in slowly through your nose ...")
  }

  /// Every word of the guide is a known word, never "corrected": the guide was once read
  /// only up to the normaliser's per-line limit, and its last paragraphs' words were not.
  @Test func everyWordOfTheGuideIsKnown() {
    for word in ["painkillers", "overloading", "affordable", "conjunction"] {
      #expect(TestSupport.knowledge.spelledWords.contains(word), "\(word)")
    }
  }

  @Test func theRealKnowledgeBaseLoadsWithoutErrors() throws {
    let files = try KnowledgeBaseLoader.files(inDirectory: TestSupport.intentsPath)
    let (knowledge, diagnostics) = KnowledgeBaseLoader(guide: TestSupport.guide).load(files)
    #expect(knowledge != nil)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
  }

  @Test func intentIdsHoldOnlyLettersDigitsDashesAndUnderscores() {
    func idProblems(_ id: String) -> [String] {
      problems("intents:\n  - id: \"\(id)\"\n    keywords: [\"mat\"]\n    answer: \"A.\"\n")
    }
    #expect(idProblems("how-long_2").isEmpty)
    #expect(idProblems("durée").isEmpty)  // letters beyond ASCII are letters too
    #expect(idProblems("how long") == ["2:9: intent id `how long` may hold only letters, digits, `-` and `_`"])
    #expect(idProblems("why?").count == 1)
    // Each ASCII byte around the letters, read byte by byte: none is a letter.
    for id in ["a.b", "a/b", "@a", "a[b", "a`b", "a{b", "a~b", "a:b"] {
      #expect(idProblems(id).count == 1, "\(id)")
    }
    #expect(idProblems("AZaz09").isEmpty)
  }

  @Test func aKeywordHoldingALineBreakOrATabIsRefusedAndShownOnOneLine() {
    func keywordProblems(_ keyword: String) -> [String] {
      problems("intents:\n  - id: tea\n    keywords: [\"\(keyword)\", \"tea\"]\n    answer: \"Brew.\"\n    beyond_guide: true\n")
    }
    #expect(keywordProblems("te\\ta") == ["3:16: keyword `te\\ta` holds a line break or a tab: a keyword is one line of words"])
    #expect(keywordProblems("te\\na") == ["3:16: keyword `te\\na` holds a line break or a tab: a keyword is one line of words"])
    #expect(keywordProblems("te a").isEmpty)
  }

  @Test func malformedYAMLIsReportedAtItsLine() {
    let found = problems("intents:\n  - id: x\n    keywords: [\"a\"\n")
    // The parser notices at the end of the input; the message names where the list began.
    #expect(found == ["4:1: malformed YAML: while parsing a flow sequence (which began at 3:15) did not find expected ',' or ']'"])
  }

  @Test func unknownKeysAreErrorsAtTheKey() {
    let found = problems(
      """
      intents:
        - id: x
          keywords: ["a"]
          answer: "b"
          colour: red
      """)
    #expect(found == ["5:5: unknown key `colour` in an intent; expected one of: answer, answers, beyond_guide, follow_up, id, keywords, kind, notes, outside_guide, source, statements, title"])
  }

  @Test func duplicateIdsNameBothFiles() {
    let yaml = "intents:\n  - id: x\n    keywords: [\"a\"]\n    answer: \"b\"\n"
    let other = "intents:\n  - id: x\n    keywords: [\"c\"]\n    answer: \"d\"\n"
    let (_, diagnostics) = KnowledgeBaseLoader().load([
      KnowledgeFile(path: "one.yaml", contents: yaml), KnowledgeFile(path: "two.yaml", contents: other),
    ])
    #expect(diagnostics.map(\.description) == ["two.yaml:2:5: duplicate intent id `x`: also defined at one.yaml:2:5"])
  }

  @Test func intentsNeedKeywordsAndAnAnswer() {
    #expect(problems("intents:\n  - id: x\n    answer: \"b\"\n") == [
      "2:5: intent `x` has no keywords: add `keywords:` with the phrases that ask for it"
    ])
    #expect(problems("intents:\n  - id: x\n    keywords: [\"a\"]\n") == [
      "2:5: intent `x` has no answer: add `answer:` (or `answers:`)"
    ])
  }

  @Test func whenMustNameKnownFactsAndValues() {
    let found = problems(
      """
      facts:
        - id: experience
          values:
            new: {describe: "new", phrases: ["new"]}
      intents:
        - id: x
          keywords: ["a"]
          answers:
            - when: {mood: happy}
              say: "b"
            - when: {experience: expert}
              say: "c"
            - say: "d"
      """)
    #expect(found == [
      "9:16: `when:` names unknown fact `mood`; facts are: experience",
      "11:28: fact `experience` has no value `expert`; its values are: new",
    ])
  }

  @Test func sourcesMustBeVerbatimInTheGuide() {
    let found = problems(
      """
      intents:
        - id: x
          keywords: ["a"]
          answer: "b"
          source: "Lie on the mat for three hours every single day of the week."
      """, guide: TestSupport.guide)
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("5:13: source passage not found verbatim in") == true)
    #expect(problems(
      """
      intents:
        - id: x
          keywords: ["a"]
          answer: "b"
          source: "start with a short   session of 5 to 10 minutes"
      """, guide: TestSupport.guide).isEmpty)
    #expect(problems(
      """
      intents:
        - id: x
          keywords: ["a"]
          answer: "b"
          source: "5 to 10 minutes"
      """, guide: TestSupport.guide).first?.contains("too short") == true)
  }

  @Test func onePhraseOnTwoIntentsOfOneRankIsAnError() {
    let found = problems(
      """
      intents:
        - id: x
          keywords: ["how long"]
          answer: "b"
        - id: y
          keywords: ["How  long?"]
          answer: "c"
      """)
    #expect(found == ["6:16: phrase “How  long?” is also a keyword of `x` at test.yaml:3:16, at the same rank; the matcher could not tell them apart"])
    // At different ranks (a question and a statement) it is allowed.
    #expect(problems(
      """
      intents:
        - id: x
          keywords: ["new"]
          answer: "b"
        - id: y
          statements: ["new"]
          answer: "c"
      """).isEmpty)
  }

  @Test func numberPhrasesAreReadBeforeKeywordsAndChecked() throws {
    let yaml = """
      number_phrases:
        half an hour: 30 minutes
      intents:
        - id: long
          keywords: ["30 minutes"]
          answer: "A."
      """
    let base = try #require(TestSupport.load(yaml).knowledge)
    var coach = Coach(knowledge: CompiledKnowledge(base))
    #expect(coach.respond(to: "half an hour").intent == "long")
    #expect(problems("number_phrases:\n  half an hour: thirty minutes\n") == [
      "2:17: number phrase `half an hour` must mean a number and its unit, like `30 minutes`; `thirty minutes` does not start with a number"
    ])
    #expect(problems("number_phrases:\n  half an hour: 30 minutes\n  Half an  Hour: 30 minutes\n") == [
      "3:3: number phrase `Half an  Hour` is already given as `half an hour`"
    ])
    #expect(problems("number_phrases:\n  \"...\": 30 minutes\n") == ["2:3: number phrase `...` has no words"])
  }

  @Test func durationsAndConflictsAreChecked() {
    let facts = """
      facts:
        - id: pain
          values:
            acute:
              phrases: [pulled a muscle]
              conflicts_with: {minutes: ">=15", pain: chronic}
          durations:
            about: [sore, two words, three words here]
            units: {week: 7}
            values:
              chronic: {length: ">=84"}
              acute: {length: "soon"}
        - id: minutes
          number: {units: {minute: 1}}
      """
    #expect(problems(facts) == [
      "8:32: an `about` entry must be one to 2 words; `three words here` is not",
      "12:25: `length` must look like `<=42` or `90+`",
      "2:5: `durations` of `pain` sets value `chronic`, which the fact does not have; its values are: `acute`",
      "6:49: fact `pain` has no value `chronic`; its values are: acute",
      "6:25: `conflicts_with` of `pain: acute` names its own fact; a fact holds one value at a time anyway",
    ])
  }

  /// A unit that a synonym reads as another word would make that word the unit ("yr" as
  /// "your": "for your back" a year); a variant of another unit listed is that unit.
  @Test func aUnitReadAsAnotherWordIsAnError() {
    let yaml = """
      synonyms:
        your: [yr]
        week: [wk]
      facts:
        - id: pain
          values:
            chronic:
              phrases: [chronic]
          durations:
            about: [sore]
            units: {week: 7, wk: 7, yr: 365}
            values:
              chronic: {length: ">=84"}
      """
    #expect(problems(yaml) == ["11:31: unit `yr` is read as `your` (a synonym), so every `your` would count as this unit; leave it out"])
  }

  /// A key given twice is found where it is given again, in a block mapping only.
  @Test func aRepeatedKeyIsFoundAgain() {
    let text = "synonyms:\n  alright: [aight]\n  # a note\n  do: [dae]\n  alright: [awright]\n"
    #expect(KnowledgeBaseLoader.repeatedKey("alright", at: (2, 3), in: text)! == (5, 3))
    #expect(KnowledgeBaseLoader.repeatedKey("alright", at: (1, 12), in: "synonyms: {alright: [a], alright: [b]}") == nil)
    let items = "intents:\n  - id: a\n    answer: A\n  - id: b\n"
    #expect(KnowledgeBaseLoader.repeatedKey("id", at: (2, 5), in: items) == nil)
  }

  @Test func clockHoursAreRangesOfTheClock() {
    #expect(KnowledgeBaseLoader.clockHours("4am-11am") == Set(4...11))
    #expect(KnowledgeBaseLoader.clockHours("10pm-1am") == [22, 23, 0, 1])
    #expect(KnowledgeBaseLoader.clockHours("12am-12am") == [0])
    #expect(KnowledgeBaseLoader.clockHours("4-11") == nil)
    #expect(KnowledgeBaseLoader.clockHours("13pm-2am") == nil)
    let facts = """
      facts:
        - id: timing
          values:
            morning:
              phrases: [in the morning]
              clock: mornings
      """
    #expect(problems(facts) == ["6:16: `clock` must be a range of hours such as `4am-11am` or `6pm-2am`, not `mornings`"])
  }

  @Test func followUpsMustNameIntents() {
    #expect(problems("intents:\n  - id: x\n    keywords: [\"a\"]\n    answer: \"b\"\n    follow_up: [nope]\n") == [
      "2:5: intent `x`: `follow_up` names unknown intent `nope`"
    ])
  }

  @Test func deferToNamesAnotherIntentThatDoesNotDeferInTurn() {
    let intents = """
      intents:
        - id: x
          keywords: ["a"]
          answers:
            - when: {matched: next}
              defer_to: %@
            - say: "b"
        - id: y
          keywords: {next: ["c"]}
          answers:
            - when: {matched: next}
              defer_to: x
            - say: "d"
      """
    // Unknown, itself, and a chain.
    #expect(problems(intents.replacingOccurrences(of: "%@", with: "nope").replacingOccurrences(of: "keywords: [\"a\"]", with: "keywords: {next: [\"a\"]}")) == [
      "5:9: `defer_to:` names unknown intent `nope`", "11:9: `defer_to: x` names an intent that itself defers; name where the answer is written",
    ])
    #expect(problems(intents.replacingOccurrences(of: "%@", with: "x").replacingOccurrences(of: "keywords: [\"a\"]", with: "keywords: {next: [\"a\"]}")).first == "6:19: `defer_to:` names the intent it is in, `x`")
    // Words of its own would never be shown.
    #expect(problems("intents:\n  - id: x\n    keywords: {n: [\"a\"]}\n    answers:\n      - when: {matched: n}\n        defer_to: y\n        say: hi\n      - say: b\n  - id: y\n    keywords: [\"c\"]\n    answer: d\n")
      == ["6:19: an answer with `defer_to:` needs a `when:` and takes no `say:` or `source:`: the answer of `y` is given instead"])
  }

  @Test func aNoteNeedsAFactCondition() {
    #expect(problems("intents:\n  - id: x\n    keywords: [\"a\"]\n    answer: b\n    notes:\n      - say: c\n") == [
      "6:9: a note of `x` needs a `when:` on a fact, and a `say:`: it is added only for someone the answer does not already fit"
    ])
  }

  @Test func aMissingFolderIsNoIntents() {
    #expect(throws: KnowledgeBaseError.self) { try KnowledgeBaseLoader.load(directory: "/nope") }
  }

  /// A knowledge base with one number fact and one answer conditioned on it.
  static func numberFactYAML(range: String?, when: String) -> String {
    """
    facts:
      - id: minutes
        number:
          units: {minutes: 1}
    \(range.map { "      range: \"\($0)\"\n" } ?? "")\
    intents:
      - id: duration
        keywords: ["how long"]
        answers:
          - when: {minutes: "\(when)"}
            say: "Conditioned."
            beyond_guide: true
          - say: "Plain."
            beyond_guide: true
    """
  }

  @Test(arguments: ["nan", "inf", "-inf", ">nan", ">=inf", "<=nan", "inf+", "1e400", ">1.7976931348623157e308",
    "<-1.7976931348623157e308", "nan-5", "5-inf", "20-10"])
  func boundsThatAreNotFiniteOrLeaveNothingAreErrorsNotTraps(_ bounds: String) {
    let asRange = problems(Self.numberFactYAML(range: bounds, when: "10"))
    #expect(asRange.count == 1 && asRange.first?.contains("`range` must look like") == true, "\(asRange)")
    let asCondition = problems(Self.numberFactYAML(range: "1-240", when: bounds))
    #expect(asCondition.count == 1 && asCondition.first?.contains("needs a number or a range") == true, "\(asCondition)")
  }

  @Test(arguments: [("10", 10.0...10.0), ("10-14", 10...14), ("-5", -5 ... -5), (">=20", 20...Double.greatestFiniteMagnitude)])
  func boundsPeopleWriteAreRead(_ text: String, _ expected: ClosedRange<Double>) {
    #expect(KnowledgeBaseLoader.range(text) == expected)
  }

  @Test func everyCatalogueIdExists() {
    for id in Catalogue.ids { #expect(TestSupport.compiled.intent(id: id) != nil, "missing \(id)") }
  }

  @Test func everyGuideDrawnAnswerCitesAVerbatimPassage() {
    let guide = TestSupport.guide
    for intent in TestSupport.knowledge.intents where intent.kind != .chat {
      // An answer that defers gives another intent's answer, which cites for it.
      for answer in intent.answers + intent.notes where answer.deferTo == nil {
        #expect(!answer.sources.isEmpty || answer.beyondGuide, "\(intent.id) at \(answer.location) cites nothing")
        for passage in answer.sources {
          #expect(guide.contains(passage), "\(intent.id): not in the guide: \(passage)")
          #expect(Guide.fold(passage).count >= 30)
        }
      }
    }
  }
}

/// The catalogue of intent ids that other tools depend on.
enum Catalogue {
  static let ids = [
    "greeting", "thanks", "goodbye", "help", "what-is-mat", "how-it-works", "benefits",
    "benefit-muscles", "benefit-circulation", "benefit-stress", "benefit-flexibility",
    "back-pain-causes", "getting-started", "prepare-space", "positioning", "clothing", "duration",
    "too-intense", "breathing", "frequency", "ending-session", "hydration", "results", "stretching",
    "bedtime", "safety", "other-therapies", "acute-pain", "chronic-pain", "medical-conditions",
    "red-flags",
  ]
}
