extension Normalizer {
  /// A hedge says nothing of what it hedges: "a sharp sort of pain" is a sharp pain, "does
  /// it kind of loosen the muscles" asks whether it loosens them, "I kinda pulled my back"
  /// pulled it. "Kinda" and "sorta" are dropped before any word; "sort of" and "kind of"
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

  /// The first words of the hedges `dropHedges` reads.
  static let hedgeHeads: Set<String> = ["sort", "kind", "kinda", "sorta"]

  /// Whether a word is one of `hedgeHeads`, its length and first letter looked at first:
  /// asked of every word of every line.
  @inline(__always)
  static func isHedgeHead(_ word: String) -> Bool {
    let count = word.utf8.count
    guard count == 4 || count == 5, let first = word.utf8.first, first == UInt8(ascii: "k") || first == UInt8(ascii: "s") else {
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
