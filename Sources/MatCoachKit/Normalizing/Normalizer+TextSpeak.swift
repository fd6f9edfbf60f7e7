extension Normalizer {
  /// Words typed for the words they sound like: "hurts 2 much" and "to much" are "too
  /// much", "used it 4 ages" is "for ages". Only where the next word rules out a number: "2 much" is no
  /// count, "2 mins" is.
  static func readTextSpeakDigits(_ tokens: inout [Token]) {
    for i in tokens.indices.dropLast() where tokens[i].clause == tokens[i + 1].clause {
      let meant: String
      switch tokens[i].typed {
      case "2" where Self.afterToo.contains(tokens[i + 1].surface): meant = "too"
      case "4" where Self.afterFor.contains(tokens[i + 1].surface): meant = "for"
      // "The spikes are to sharp", said or typed fast: no "to" goes before these.
      case "to" where Self.onlyAfterToo.contains(tokens[i + 1].surface): meant = "too"
      default: continue
      }
      tokens[i] = Token(word: meant, surface: meant, clause: tokens[i].clause, typed: tokens[i].typed)
    }
  }

  /// Words that follow "too" and never a count: degrees and feelings.
  private static let afterToo: Set<String> = [
    "much", "many", "long", "late", "soon", "early", "far", "hard", "bad", "intense", "painful", "sore", "sharp",
    "strong", "little", "short", "tired", "uncomfortable", "tight", "harsh", "spiky", "pointy", "extreme", "scared",
  ]
  /// Words that follow "too" and never "to".
  private static let onlyAfterToo: Set<String> = [
    "much", "many", "sharp", "intense", "painful", "sore", "uncomfortable", "spiky", "pointy", "harsh", "extreme", "scared",
  ]
  /// Words that follow "for" and never a count.
  private static let afterFor: Set<String> = ["ages", "ever", "how", "me", "you", "the", "my", "it", "awhile"]
}
