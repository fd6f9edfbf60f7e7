extension Normalizer {
  /// A hedge says nothing of what it hedges: "a sharp sort of pain" is a sharp pain, "does
  /// it kind of loosen the muscles" asks whether it loosens them, "I kinda pulled my back"
  /// pulled it. "Kinda", "sorta" and "pretty much" are dropped before any word; "sort of" and "kind of"
  /// inside a clause, after a word that does not ask or point at a kind ("what sort of
  /// mat", "this kind of pain", "the right kind of chair" name one); opening a clause they
  /// are left as typed, as a phrase may open with them ("kind of questions").
  /// What the user typed stays theirs to quote: the hedge goes with the word after it
  /// ("my legs went sort of dead").
  static func dropHedges(_ tokens: inout [Token]) {
    guard tokens.contains(where: { isHedgeHead($0.surface) }) else { return }
    var kept: [Token] = []
    kept.reserveCapacity(tokens.count)
    var i = 0
    while i < tokens.count {
      let clause = tokens[i].clause
      let inside = i > 0 && tokens[i - 1].clause == clause
      var length = 0
      if i + 1 < tokens.count, tokens[i + 1].clause == clause, singleWordHedges.contains(tokens[i].surface) {
        length = 1
      } else if inside, i + 2 < tokens.count, tokens[i + 2].clause == clause, tokens[i + 1].surface == "of",
        ["sort", "kind"].contains(tokens[i].surface), !namingAKind.contains(tokens[i - 1].surface)
      {
        length = 2
      } else if i + 2 < tokens.count, tokens[i + 2].clause == clause, tokens[i + 1].clause == clause,
        tokens[i].surface == "pretty", tokens[i + 1].surface == "much"
      {
        // "Pretty much" anywhere before a word: "it has hurt pretty much every day".
        length = 2
      }
      guard length > 0 else {
        kept.append(tokens[i])
        i += 1
        continue
      }
      var after = tokens[i + length]
      let hedge = tokens[i..<(i + length)].map(\.typed).filter { !$0.isEmpty }
      if !after.typed.isEmpty { after.typed = (hedge + [after.typed]).joined(separator: " ") }
      tokens[i + length] = after
      i += length
    }
    tokens = kept
  }

  /// A filler ("um", "uh", "erm", "hmm") says nothing and is dropped; one set apart by
  /// commas inside a sentence splits nothing either, so the clause it broke goes on:
  /// "would that, um, wake me up" is "would that wake me up".
  static func dropFillers(_ tokens: inout [Token]) {
    guard tokens.contains(where: { isFiller($0.surface) }) else { return }
    var kept: [Token] = []
    kept.reserveCapacity(tokens.count)
    // How many clause numbers the fillers dropped so far took with them.
    var shift = 0
    var i = 0
    while i < tokens.count {
      var token = tokens[i]
      guard isFiller(token.surface) else {
        token.clause -= shift
        kept.append(token)
        i += 1
        continue
      }
      // The fillers in a row, and whether they were a clause of their own.
      var end = i
      while end + 1 < tokens.count, tokens[end + 1].clause == token.clause, isFiller(tokens[end + 1].surface) { end += 1 }
      let opensItsClause = i == 0 || tokens[i - 1].clause != token.clause
      let endsItsClause = end + 1 == tokens.count || tokens[end + 1].clause != token.clause
      if opensItsClause && endsItsClause && end + 1 < tokens.count {
        // Its clause goes; between two clauses, the one after it joins the one before.
        shift += i > 0 ? 2 : 1
      } else if end + 1 < tokens.count, tokens[end + 1].clause == token.clause, !tokens[end + 1].typed.isEmpty {
        // What the user typed stays with the word after it.
        let filler = tokens[i...end].map(\.typed).filter { !$0.isEmpty }
        tokens[end + 1].typed = (filler + [tokens[end + 1].typed]).joined(separator: " ")
      }
      i = end + 1
    }
    tokens = kept
  }

  /// Words that fill a pause, said nothing with.
  static let fillers: Set<String> = ["um", "umm", "uh", "uhh", "uhm", "erm", "hmm", "hm", "ehm"]

  /// Whether a word is one of `fillers`, its length looked at first: asked of every word
  /// of every line.
  @inline(__always)
  static func isFiller(_ word: String) -> Bool {
    let count = word.utf8.count
    return count >= 2 && count <= 4 && fillers.contains(word)
  }

  /// The first words of the hedges `dropHedges` reads.
  static let hedgeHeads: Set<String> = ["sort", "kind", "kinda", "sorta", "pretty"]

  /// Whether a word is one of `hedgeHeads`, its length and first letter looked at first:
  /// asked of every word of every line.
  @inline(__always)
  static func isHedgeHead(_ word: String) -> Bool {
    let count = word.utf8.count
    guard let first = word.utf8.first,
      ((count == 4 || count == 5) && (first == UInt8(ascii: "k") || first == UInt8(ascii: "s")))
        || (count == 6 && first == UInt8(ascii: "p"))
    else {
      return false
    }
    return hedgeHeads.contains(word)
  }
  /// Hedges typed as one word.
  static let singleWordHedges: Set<String> = ["kinda", "sorta"]
  /// Words after which "sort of" or "kind of" names a kind: "what sort of mat".
  static let namingAKind: Set<String> = [
    "what", "which", "whatever", "this", "that", "these", "those", "the", "a", "an", "any", "some", "every", "all", "no",
    "one", "same", "right", "wrong", "other", "another", "different", "best", "only", "certain", "particular", "my",
    "your", "his", "her", "our", "their", "its",
  ]
}
