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
  /// What the user typed for it (folded), for quoting them: "doesn't" for "does", "mins"
  /// for a synonym's "minute", "half an hour" for "30". Empty for the tokens after the
  /// first that one typed word or phrase became ("not" of "doesn't").
  package var typed: String
  /// The mark that opened its clause ("," ":" "?"; a pause dash as ","), on the clause's
  /// first token; 0 on the others, and where no mark did (the line's start, a run-on
  /// question split at its question word). How a denial reads a list depends on it.
  package var openedBy: UInt8 = 0

  package init(word: String, surface: String, clause: Int = 0, negatedBy: Int? = nil, typed: String? = nil) {
    self.word = word
    self.surface = surface
    self.clause = clause
    self.negatedBy = negatedBy
    self.typed = typed ?? surface
  }

  /// The user's words for a run of tokens, as they typed them: a run that starts inside
  /// what one typed word became ("not" of "doesn't") starts at that word.
  package static func quote(_ tokens: [Token], _ span: ClosedRange<Int>) -> String {
    var first = span.lowerBound
    while first > 0, tokens[first].typed.isEmpty { first -= 1 }
    return tokens[first...span.upperBound].map(\.typed).filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// Whether the user typed it with an "'s" that the reading dropped or split off: a noun's
  /// "is" or "has" typed short ("my wee's dark red", "the pain's gone"), or a possessive.
  package var isTypedWithApostropheS: Bool { typed.hasSuffix("'s") }

  /// Whether the token at `i` opens its clause, after nothing or only words of `leads`
  /// that lead in ("but isn't it …", "let's say …").
  package static func opensItsClause(_ tokens: [Token], at i: Int, after leads: Set<String>) -> Bool {
    var k = i - 1
    while k >= 0, tokens[k].clause == tokens[i].clause, leads.contains(tokens[k].surface) { k -= 1 }
    return k < 0 || tokens[k].clause != tokens[i].clause
  }

  /// True for a token made only of ASCII digits, with at most one decimal point between
  /// them ("15", "1.5").
  package var isNumber: Bool {
    // Read as contiguous bytes: asked of most tokens several times a turn.
    var copy = word
    return copy.withUTF8 { bytes in
      guard let first = bytes.first, let last = bytes.last, first != 46, last != 46 else { return false }
      var points = 0
      for b in bytes {
        if b == 46 {
          points += 1
        } else if b < 48 || b > 57 {
          return false
        }
      }
      return points <= 1
    }
  }
}
