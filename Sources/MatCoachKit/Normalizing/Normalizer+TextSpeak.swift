extension Normalizer {
  /// Words typed for the words they sound like: "hurts 2 much" and "to much" are "too
  /// much", "used it 4 ages" is "for ages", "b4 bed" is "before bed". Only where the next
  /// word rules out a number: "2 much" is no count, "2 mins" is.
  static func readTextSpeakDigits(_ tokens: inout [Token]) {
    // Most lines hold none of these: they are left as they are, with no copy.
    guard tokens.count >= 2, tokens.contains(where: { Self.soundAlikes.contains($0.typed) }) else { return }
    var read: [Token] = []
    read.reserveCapacity(tokens.count)
    var i = 0
    while i < tokens.count {
      let token = tokens[i]
      let next = i + 1 < tokens.count && tokens[i + 1].clause == token.clause ? tokens[i + 1] : nil
      var meant: String?
      switch token.typed {
      case "2" where next.map { Self.afterToo.contains($0.surface) } == true: meant = "too"
      // A length ends its clause after "too": "is that 2 long?" (but "2 long sessions").
      case "2" where next.map { Self.lengths.contains($0.surface) } == true && (i + 2 == tokens.count || tokens[i + 2].clause != token.clause):
        meant = "too"
      case "4" where next.map { Self.afterFor.contains($0.surface) } == true: meant = "for"
      // "The spikes are to sharp", said or typed fast: no "to" goes before these.
      case "to" where next.map { Self.onlyAfterToo.contains($0.surface) } == true: meant = "too"
      case "b" where next?.typed == "4":
        // "b4": a letter and a digit once split, one word as typed.
        read.append(Token(word: "before", surface: "before", clause: token.clause, typed: "b4"))
        i += 2
        continue
      default: break
      }
      read.append(meant.map { Token(word: $0, surface: $0, clause: token.clause, typed: token.typed) } ?? token)
      i += 1
    }
    tokens = read
  }

  /// What is typed for another word: "2", "4", "to", and the "b" of "b4".
  private static let soundAlikes: Set<String> = ["2", "4", "to", "b"]

  /// Words that follow "too" but hardly ever a count: "2 much", "2 painful" (but "2 long
  /// sessions" and "2 short goes" count, so lengths are not among them).
  private static let afterToo: Set<String> = [
    "much", "intense", "painful", "sore", "sharp", "tired", "uncomfortable", "tight", "harsh", "spiky", "pointy",
    "extreme", "scared",
  ]
  /// Words that follow both "too" and a count ("2 long sessions", "is that 2 long").
  private static let lengths: Set<String> = ["long", "short", "late", "soon", "early", "far", "hard", "bad", "little", "strong"]
  /// Words that follow "too" but hardly ever "to" ("been to many physios" keeps its "to").
  private static let onlyAfterToo: Set<String> = [
    "much", "sharp", "intense", "painful", "sore", "uncomfortable", "spiky", "pointy", "harsh", "extreme", "scared",
  ]
  /// Words that follow "for" and never a count.
  private static let afterFor: Set<String> = ["ages", "ever", "how", "me", "you", "the", "my", "it", "awhile"]
}
