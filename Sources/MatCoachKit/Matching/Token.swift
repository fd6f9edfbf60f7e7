/// One word of a normalised utterance.
public struct Token: Hashable, Sendable {
  /// The word as matched: folded, expanded, stemmed ("breathing" → "breath").
  public var word: String
  /// The word before stemming, for showing the user what they said.
  public var surface: String
  /// The clause it belongs to; phrases never match across clauses.
  public var clause: Int
  /// The index of the negating word ("not", "no") whose scope this token is in.
  public var negatedBy: Int?

  public init(word: String, surface: String, clause: Int = 0, negatedBy: Int? = nil) {
    self.word = word
    self.surface = surface
    self.clause = clause
    self.negatedBy = negatedBy
  }

  /// True for a token made only of ASCII digits.
  public var isNumber: Bool { !word.isEmpty && word.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
}
