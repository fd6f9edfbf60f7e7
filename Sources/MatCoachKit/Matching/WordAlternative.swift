/// A keyword word that a token may stand for, and how many edits that takes.
public struct WordAlternative: Hashable, Sendable {
  public var id: Int32
  /// 0 when the token is the word itself.
  public var edits: Int
  /// How much finding the word this way counts, 1 for the word itself.
  public var factor: Double

  public init(id: Int32, edits: Int, factor: Double = 1) {
    self.id = id
    self.edits = edits
    self.factor = factor
  }
}
