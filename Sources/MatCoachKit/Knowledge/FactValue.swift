/// One value of a choice fact and the phrases that set it.
public struct FactValue: Hashable, Sendable {
  public var name: String
  /// How a reply or `/profile` describes it: "you're new to this".
  public var describe: String
  public var phrases: [KeywordPhrase]

  public init(name: String, describe: String, phrases: [KeywordPhrase]) {
    self.name = name
    self.describe = describe
    self.phrases = phrases
  }
}
