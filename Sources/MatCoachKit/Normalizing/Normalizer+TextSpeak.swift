extension Normalizer {
  /// Words typed for the words they sound like: "hurts 2 much" and "to much" are "too
  /// much", "used it 4 ages" is "for ages", "b4 bed" is "before bed", "get of it" is "get
  /// off it", "where can I by one" is "buy". Only where the words around rule out the
  /// word as typed: "2 much" is no count, "2 mins" is; "get of the mat" is no "of", "a
  /// roll of tape" is. Each is read in place, as the words were typed around it.
  static func readTextSpeakDigits(_ tokens: inout [Token]) {
    // Each sound-alike is one or two letters: most words are ruled out by their length.
    guard tokens.count >= 2, tokens.contains(where: { $0.typed.utf8.count <= 2 && Self.soundAlikes.contains($0.typed) }) else {
      return
    }
    // The "4" of each "b4", read into its "b" and dropped at the end.
    var joined: [Int] = []
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
      // "2nite", "2moro": a day said as it sounds, split from its digit.
      case "2" where next.map { Self.daysAfterTo[$0.typed] != nil } == true:
        let day = Self.daysAfterTo[next!.typed]!
        tokens[i] = Token(word: Stemmer.stem(day), surface: day, clause: token.clause, typed: token.typed + next!.typed)
        joined.append(i + 1)
        i += 2
        continue
      // "how 2 start", "want 2 try": a verb follows, and no count goes between.
      case "2" where i > 0 && tokens[i - 1].clause == token.clause && Self.beforeTo.contains(tokens[i - 1].surface)
        && next.map { !$0.isNumber && !Self.lengths.contains($0.surface) && !Self.countedAfterTo.contains($0.surface) } == true:
        meant = "to"
      case "4" where next.map { Self.afterFor.contains($0.surface) } == true: meant = "for"
      // A verb's "-ing" takes "for", never a count: "tips 4 sitting at a desk" (but "4
      // morning sessions" counts).
      case "4" where next.map { $0.typed.hasSuffix("ing") && $0.typed.utf8.count >= 5 && !Self.countedIng.contains($0.typed) } == true:
        meant = "for"
      // A count's "x" is "times": "2x/day", "3 x a week".
      case "x" where i > 0 && tokens[i - 1].isNumber && tokens[i - 1].clause == token.clause: meant = "times"
      // "v" is "very" after a "be" or "feel", before a word it qualifies: "feeling v unwell",
      // "it's v sore" (but "bed v floor" weighs one against the other).
      case "v" where i > 0 && tokens[i - 1].clause == token.clause && Self.linkingVerbs.contains(tokens[i - 1].surface)
        && next.map { !$0.isNumber && !["a", "an", "the"].contains($0.surface) } == true:
        meant = "very"
      // "yr" is "your" ("is yr mat ok"), but after a number a year: "my 10 yr old".
      case "yr" where i > 0 && tokens[i - 1].isNumber && tokens[i - 1].clause == token.clause: meant = "year"
      // "The spikes are to sharp", said or typed fast: no "to" goes before these.
      case "to" where next.map { Self.onlyAfterToo.contains($0.surface) } == true: meant = "too"
      // After a "be" or "feel", a word of degree is one ("my husband's mat is to hard for
      // me", "the spikes feel to strong"; not "went to bed", "moved it to hard floor", "my
      // aim is to long term get off painkillers").
      case "to" where i > 0 && tokens[i - 1].clause == token.clause && Self.linkingVerbs.contains(tokens[i - 1].surface)
        && next.map { Self.lengths.contains($0.surface) } == true && !(i + 2 < tokens.count && tokens[i + 2].surface == "term"):
        meant = "too"
      // Buying, typed as it sounds: "where can I by one", "best place to by a mat".
      // Not "by the way" ("thank you by the way").
      case "by" where i > 0 && tokens[i - 1].clause == token.clause && Self.beforeBuy.contains(tokens[i - 1].surface)
        && next.map { Self.afterBuy.contains($0.surface) } == true
        && !(next?.surface == "the" && i + 2 < tokens.count && tokens[i + 2].surface == "way"):
        meant = "buy"
      // Getting down from the mat: "how do I get of it", "stepped of the mat".
      case "of" where i > 0 && tokens[i - 1].clause == token.clause && Self.beforeOff.contains(tokens[i - 1].surface)
        && (next == nil || Self.afterOff.contains(next!.surface)):
        meant = "off"
      // "2o minutes": an "o" typed for a nought, after a whole number and before a unit of
      // time, is the number's last digit.
      case "o" where i > 0 && tokens[i - 1].clause == token.clause && tokens[i - 1].isNumber && !tokens[i - 1].surface.contains(".")
        && next.map { Self.unitsOfTime.contains($0.surface) } == true:
        let number = tokens[i - 1].surface + "0"
        tokens[i - 1] = Token(word: number, surface: number, clause: token.clause, typed: tokens[i - 1].typed + token.typed)
        joined.append(i)
        i += 1
        continue
      // "b4": a letter and a digit once split, one word as typed.
      case "b" where next?.typed == "4":
        tokens[i] = Token(word: Stemmer.stem("before"), surface: "before", clause: token.clause, typed: "b4")
        joined.append(i + 1)
        i += 2
        continue
      default: break
      }
      if let meant { tokens[i] = Token(word: Stemmer.stem(meant), surface: meant, clause: token.clause, typed: token.typed) }
      i += 1
    }
    for k in joined.reversed() { tokens.remove(at: k) }
  }

  /// Days typed after a "2" for "to", in spellings no count takes: "2nite" is tonight,
  /// "2moro" tomorrow ("2 night shifts" and "2 days" are counts, and not among them).
  private static let daysAfterTo: [String: String] = [
    "nite": "tonight", "nyt": "tonight", "moro": "tomorrow", "morrow": "tomorrow", "mrw": "tomorrow",
    "morow": "tomorrow", "mro": "tomorrow",
  ]

  /// Words after which "2" is "to": "how 2 start", "want 2 try", "need 2 know".
  private static let beforeTo: Set<String> = [
    "how", "what", "where", "when", "want", "wanted", "need", "needed", "trying", "going", "way", "ways", "have", "got",
  ]

  /// What "2" counts after those words: "how 2 weeks on feels", "got 2 mats".
  private static let countedAfterTo: Set<String> = [
    "mat", "mats", "times", "sessions", "session", "more", "of", "or", "and", "a", "kids", "children", "people", "days",
    "weeks", "months", "years", "minutes", "mins", "hours", "hrs", "x",
  ]

  /// What is typed for another word: "2", "4", "to", "of", "by", "yr", a count's "x", the
  /// "b" of "b4", the "o" of "2o" and a "v" for "very".
  private static let soundAlikes = WordTable<Void>(["2", "4", "to", "b", "of", "by", "yr", "x", "o", "v"] as Set)

  /// Units of time a number typed with an "o" for a nought comes before: "2o minutes".
  private static let unitsOfTime: Set<String> = ["minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr", "seconds", "secs", "days", "weeks"]

  /// Words that follow "too" but hardly ever a count: "2 much", "2 painful" (but "2 long
  /// sessions" and "2 short goes" count, so lengths are not among them).
  private static let afterToo: Set<String> = [
    "much", "intense", "painful", "sore", "sharp", "tired", "uncomfortable", "tight", "harsh", "spiky", "pointy",
    "extreme", "scared",
  ]
  /// Words of degree that follow both "too" and a count ("2 long sessions", "is that 2
  /// long"), and "to" after a linking verb ("is to hard").
  private static let lengths: Set<String> = ["long", "short", "late", "soon", "early", "far", "hard", "bad", "little", "strong"]
  /// Verbs after which "to" and a word of degree ("is to hard", "feel to strong") is "too",
  /// and "v" is "very" ("feeling v unwell").
  private static let linkingVerbs: Set<String> = [
    "is", "are", "was", "were", "be", "been", "am", "being", "its", "feel", "feels", "felt", "feeling", "getting", "seem",
    "seems",
  ]
  /// Words that follow "too" but hardly ever "to" ("been to many physios" keeps its "to").
  private static let onlyAfterToo: Set<String> = [
    "much", "sharp", "intense", "painful", "sore", "uncomfortable", "spiky", "pointy", "harsh", "extreme", "scared",
  ]
  /// Verbs of getting down that take "off", never "of", before a place or at the end.
  private static let beforeOff: Set<String> = [
    "get", "gets", "got", "getting", "step", "steps", "stepped", "stepping", "climb", "climbs", "climbed", "climbing",
    "hop", "hopped", "hopping", "jump", "jumped", "jumping", "roll", "rolled", "rolling",
    // Clothes that hang or fall off: "my clothes are hanging of me".
    "hanging", "falling",
  ]
  /// What follows such an "off": the mat, or where it lies.
  private static let afterOff: Set<String> = [
    "it", "the", "this", "that", "my", "your", "them", "mat", "again", "safely", "slowly", "carefully", "me",
  ]

  /// Words before a "by" that is "buy": a subject or "to" ("I by", "to by"), never a place.
  private static let beforeBuy: Set<String> = ["i", "to", "we", "should", "can", "could", "would"]
  /// Words after such a "buy": what is bought.
  private static let afterBuy: Set<String> = ["a", "one", "1", "it", "the", "this", "these", "them", "another", "some", "mine", "my"]

  /// Words in "-ing" that a count may go before: "4 morning sessions".
  private static let countedIng: Set<String> = ["morning", "evening", "ceiling", "building", "wedding", "meeting", "outing"]
  /// Words that follow "for" and never a count.
  private static let afterFor: Set<String> = ["ages", "ever", "how", "me", "you", "the", "my", "it", "awhile"]
}
