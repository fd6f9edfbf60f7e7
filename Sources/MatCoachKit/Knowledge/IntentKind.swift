/// What sort of thing an intent answers, which decides how it ranks against others.
///
/// When several intents match one utterance, the higher tier wins before scores are
/// compared: an emergency outranks everything, and a question outranks a statement
/// about oneself, which is remembered and tailors the answer instead.
public enum IntentKind: String, Sendable, CaseIterable {
  /// Symptoms that need a clinician now; the reply carries no mat advice.
  case emergency
  /// Conditions to check with a health professional before using the mat.
  case caution
  /// A question about using the mat (the default).
  case question
  /// A statement about oneself ("I have chronic pain").
  case statement
  /// Small talk: greetings, thanks, goodbyes.
  case chat

  /// Higher wins. Statement phrases of a question intent rank as statements.
  public var tier: Int {
    switch self {
    case .emergency: 4
    case .caution: 3
    case .question: 2
    case .statement: 1
    case .chat: 0
    }
  }

  /// The tier a match of this kind ranks at, given whether any question phrase (not
  /// only statements) matched: a question intent met only through statements ranks
  /// as a statement.
  public func tier(matchedQuestionPhrase: Bool) -> Int {
    self == .question && !matchedQuestionPhrase ? IntentKind.statement.tier : tier
  }
}
