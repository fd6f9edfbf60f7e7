/// The coach's answer to one line, as plain text plus what it rests on.
public struct Reply: Hashable, Sendable {
  /// What sort of reply this is.
  public enum Kind: String, Sendable {
    /// An intent's answer.
    case answer
    /// Two intents were too close to call; the coach asked which.
    case clarify
    /// Nothing matched; the coach said so and suggested topics.
    case fallback
    /// Only facts about the user were heard; the coach noted them.
    case noted
    /// The reply to a slash command.
    case command
    /// The line was empty; there is nothing to say.
    case empty
    /// The user asked to leave (`/quit`).
    case quit
  }

  public var kind: Kind
  /// The whole reply as shown, plain text with no terminal codes; lines end in `\n`
  /// only between lines.
  public var text: String
  /// The intent answered, if any.
  public var intent: String?
  public var score: Double
  /// The phrases that matched, for `/why`.
  public var phrases: [MatchedPhrase]
  /// The verbatim guide passages behind the answer; empty when not from the guide.
  public var sources: [String]
  /// The facts the chosen answer was tailored to.
  public var tailoredTo: [String]
  /// The facts remembered after this turn.
  public var profile: Profile

  public init(
    kind: Kind, text: String, intent: String? = nil, score: Double = 0,
    phrases: [MatchedPhrase] = [], sources: [String] = [], tailoredTo: [String] = [],
    profile: Profile = Profile()
  ) {
    self.kind = kind
    self.text = text
    self.intent = intent
    self.score = score
    self.phrases = phrases
    self.sources = sources
    self.tailoredTo = tailoredTo
    self.profile = profile
  }
}
