/// A fact read from one utterance, to be remembered.
public struct FactUpdate: Hashable, Sendable {
  public var fact: String
  public var entry: Profile.Entry
  /// The first token it came from; a later update of the same fact wins.
  public var position: Int

  public init(fact: String, entry: Profile.Entry, position: Int) {
    self.fact = fact
    self.entry = entry
    self.position = position
  }
}
