/// A fact read from one utterance, to be remembered.
public struct FactUpdate: Hashable, Sendable {
  public var fact: String
  public var entry: Profile.Entry
  /// The tokens it came from; a later update of the same fact wins.
  public var tokens: ClosedRange<Int>
  /// How many words of a phrase matched (a longer phrase is more specific).
  public var words: Int
  /// True when the user denied it ("I'm not new"): forget it if it was remembered.
  public var denied: Bool

  public init(fact: String, entry: Profile.Entry, tokens: ClosedRange<Int>, words: Int, denied: Bool = false) {
    self.fact = fact
    self.entry = entry
    self.tokens = tokens
    self.words = words
    self.denied = denied
  }

  public var position: Int { tokens.lowerBound }
}
