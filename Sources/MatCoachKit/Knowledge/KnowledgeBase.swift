/// Everything the coach knows: intents, facts it can remember, synonyms and wording.
public struct KnowledgeBase: Sendable {
  public var intents: [Intent]
  public var facts: [FactDefinition]
  /// Variant word → the words it stands for, applied before matching.
  public var synonyms: [String: [String]]
  /// Phrases that mean a number, as typed → what they mean ("half an hour": "30
  /// minutes"), read before anything is matched.
  public var numberPhrases: [String: String]
  public var settings: CoachSettings
  /// The red flags every line is screened for.
  public var safety: SafetyRules
  /// The guide the answers cite, when one was found beside the knowledge base.
  public var guide: Guide?
  /// Words used in answers, synonyms and the guide: spelled right, never "corrected".
  public var knownWords: Set<String>
  /// The same words as written, without their stems: a typed word among them is spelt
  /// right ("controlling" is; "controll", its stem, is not).
  public var spelledWords: Set<String>
  /// Correctly spelt English: a typed word on this list is taken as typed, never as a
  /// typo of a keyword. Nil when the knowledge base ships none.
  public var englishWords: EnglishWords?
  /// What a guided session says, and what is said about the session log.
  public var sessions = SessionScript()

  public init(
    intents: [Intent], facts: [FactDefinition] = [], synonyms: [String: [String]] = [:],
    numberPhrases: [String: String] = [:], settings: CoachSettings = CoachSettings(),
    safety: SafetyRules = SafetyRules(), guide: Guide? = nil, knownWords: Set<String> = [],
    spelledWords: Set<String> = []
  ) {
    self.intents = intents
    self.facts = facts
    self.synonyms = synonyms
    self.numberPhrases = numberPhrases
    self.settings = settings
    self.safety = safety
    self.guide = guide
    self.knownWords = knownWords
    self.spelledWords = spelledWords
  }

  public func fact(named name: String) -> FactDefinition? { facts.first { $0.name == name } }

  /// The normaliser configured with this knowledge base's synonyms and number phrases.
  package var normalizer: Normalizer { Normalizer(synonyms: synonyms, numberPhrases: numberPhrases) }
}
