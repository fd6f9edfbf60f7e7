extension Normalizer {
  /// "Since" before a length of time is "for", as in many languages ("seit", "depuis",
  /// "desde"): "I am doing it since one week", "pain since 3 years", "since last two
  /// months". A point in time keeps it ("since Monday", "since 3 weeks ago", "since the
  /// accident").
  static func readSinceForALength(_ tokens: inout [Token]) {
    for i in tokens.indices where tokens[i].surface == "since" {
      var k = i + 1
      func at(_ words: Set<String>) -> Bool {
        k < tokens.count && tokens[k].clause == tokens[i].clause && words.contains(tokens[k].surface)
      }
      if at(["last", "past"]) { k += 1 }
      if at(["a", "an", "the"]) { k += 1 }
      guard k < tokens.count, tokens[k].clause == tokens[i].clause,
        tokens[k].isNumber || Self.vagueCounts.contains(tokens[k].surface)
      else { continue }
      k += 1
      if at(["of", "more"]) { k += 1 }
      guard at(Self.lengthUnits) else { continue }
      k += 1
      if at(["ago", "back", "before", "earlier"]) { continue }
      tokens[i] = Token(word: Stemmer.stem("for"), surface: "for", clause: tokens[i].clause, typed: tokens[i].typed)
    }
  }

  /// Words that count a length of time without a number: "since few days".
  private static let vagueCounts: Set<String> = ["few", "couple", "several", "many", "some"]
  /// Units of a length of time, as the words are read (synonyms applied: "mins" is "minute").
  private static let lengthUnits: Set<String> = [
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months",
    "year", "years",
  ]
}
