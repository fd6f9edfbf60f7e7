/// One word of a normalised utterance.
package struct Token: Hashable, Sendable {
  /// The word as matched: folded, expanded, stemmed ("breathing" → "breath").
  package var word: String
  /// The word before stemming, for showing the user what they said.
  package var surface: String
  /// The clause it belongs to; phrases never match across clauses.
  package var clause: Int
  /// The index of the negating word ("not", "no") whose scope this token is in.
  package var negatedBy: Int?

  package init(word: String, surface: String, clause: Int = 0, negatedBy: Int? = nil) {
    self.word = word
    self.surface = surface
    self.clause = clause
    self.negatedBy = negatedBy
  }

  /// True for a token made only of ASCII digits, with at most one decimal point between
  /// them ("15", "1.5").
  package var isNumber: Bool {
    guard let first = word.utf8.first, let last = word.utf8.last, first != 46, last != 46 else { return false }
    var points = 0
    for b in word.utf8 {
      if b == 46 {
        points += 1
      } else if b < 48 || b > 57 {
        return false
      }
    }
    return points <= 1
  }
}
