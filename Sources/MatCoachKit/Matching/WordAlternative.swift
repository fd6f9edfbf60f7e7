/// A keyword word that a token may stand for, and how many edits that takes.
package struct WordAlternative: Hashable, Sendable {
  package var id: Int32
  /// 0 when the token is the word itself.
  package var edits: Int
  /// How much finding the word this way counts, 1 for the word itself.
  package var factor: Double

  package init(id: Int32, edits: Int, factor: Double = 1) {
    self.id = id
    self.edits = edits
    self.factor = factor
  }
}
