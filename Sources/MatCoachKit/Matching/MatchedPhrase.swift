/// A keyword phrase that matched, as `/why` and `classify` show it.
public struct MatchedPhrase: Hashable, Sendable {
  /// The phrase as written in the knowledge base.
  public var text: String
  /// The user's words it matched.
  public var said: String
  /// True when a typo correction was needed.
  public var corrected: Bool
  /// True for a statement about oneself rather than a question.
  public var isStatement: Bool
  /// The words it covers, by token position; nil when it was found otherwise.
  package var tokens: ClosedRange<Int>?

  public init(text: String, said: String, corrected: Bool, isStatement: Bool) {
    self.text = text
    self.said = said
    self.corrected = corrected
    self.isStatement = isStatement
  }
}
