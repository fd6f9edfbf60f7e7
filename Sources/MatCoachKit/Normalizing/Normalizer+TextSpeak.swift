extension Normalizer {
  /// Digits typed for the words they sound like: "hurts 2 much" is "too much", "used it 4
  /// ages" is "for ages". Only where the next word rules out a number: "2 much" is no
  /// count, "2 mins" is.
  static func readTextSpeakDigits(_ tokens: inout [Token]) {
    for i in tokens.indices.dropLast() where tokens[i].clause == tokens[i + 1].clause {
      let meant: String
      switch tokens[i].typed {
      case "2" where Self.afterToo.contains(tokens[i + 1].surface): meant = "too"
      case "4" where Self.afterFor.contains(tokens[i + 1].surface): meant = "for"
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
  /// Words that follow "for" and never a count.
  private static let afterFor: Set<String> = ["ages", "ever", "how", "me", "you", "the", "my", "it", "awhile"]
}
