import MatCoachKit

/// A generated knowledge base in the minimal YAML form and utterances whose expected
/// intent is known by construction.
///
/// Keyword words use one set of consonants, filler words another, so every filler word
/// is at least two edits from every keyword word: a typo correction can then be told
/// from a false match.
struct Workload {
  /// One test utterance.
  struct Utterance {
    enum Kind: String, CaseIterable { case exact, typo, none }
    var text: String
    var kind: Kind
    /// The intent it must match; nil for `none`.
    var expected: String?
  }

  let yaml: String
  let utterances: [Utterance]

  static let keywordConsonants = Array("bdfgklmnprstvz")
  static let fillerConsonants = Array("chjqwxy")
  static let vowels = Array("aiou")  // no "e": a final e would be stemmed away

  /// - Parameter english: real English words (lower case); when given, keyword and filler
  ///   words are drawn from them instead of made up, so filler words are real words that
  ///   may lie one edit from a keyword ("tension", "tensions"; "breath", "bread"), and a
  ///   typo is one that makes no English word.
  init(intents: Int, utterances count: Int, seed: UInt64 = 42, english: [String]? = nil) {
    var random = SplitMix64(seed: seed &+ UInt64(intents))
    let normalizer = Normalizer()
    let keywordWords: [String]
    let fillerWords: [String]
    if let english {
      (keywordWords, fillerWords) = Self.englishWords(
        english, keywords: max(60, intents * 22 / 10), filler: 2000, normalizer: normalizer, random: &random)
    } else {
      // About 2.2 keyword words per intent: most words serve a few intents, as in real
      // data. Keyword words have 3 or 4 syllables (5 to 8 letters). With 2-syllable words
      // as well, 22 000 words would use up every possible 4-letter word, and a typo in a
      // longer word would then often land exactly one edit from some other keyword: denser
      // than any natural vocabulary, and a test of luck rather than of the matcher.
      keywordWords = Self.words(
        count: max(60, intents * 22 / 10), syllables: 3...4, consonants: Self.keywordConsonants,
        normalizer: normalizer, random: &random)
      fillerWords = Self.words(
        count: 400, syllables: 2...4, consonants: Self.fillerConsonants, normalizer: normalizer, random: &random)
    }
    let englishSet = Set(english ?? [])

    var phrasesByIntent: [[[String]]] = []
    var used: Set<[String]> = []
    var lines = ["intents:"]
    for i in 0..<intents {
      var phrases: [[String]] = []
      while phrases.count < Int.random(in: 2...5, using: &random) {
        let length = Int.random(in: 1...3, using: &random)
        let phrase = (0..<length).map { _ in keywordWords.randomElement(using: &random)! }
        // The same phrase on two intents of one rank is a lint error, as it should be; two
        // written apart can be one once normalised.
        // (A word that merges with or drops beside another, whatever the neighbour, makes
        // no phrase of its own words.)
        let read = normalizer.words(phrase.joined(separator: " "))
        guard Set(phrase).count == phrase.count, read.count == phrase.count, used.insert(read).inserted else { continue }
        phrases.append(phrase)
      }
      phrasesByIntent.append(phrases)
      lines.append("  - id: intent-\(i)")
      lines.append("    keywords: [" + phrases.map { "\"\($0.joined(separator: " "))\"" }.joined(separator: ", ") + "]")
      lines.append("    answer: \"Answer number \(i).\"")
    }
    yaml = lines.joined(separator: "\n") + "\n"

    var utterances: [Utterance] = []
    for n in 0..<count {
      let kind: Utterance.Kind = n % 10 < 7 ? .exact : n % 10 < 9 ? .typo : .none
      var words = (0..<Int.random(in: 5...20, using: &random)).map { _ in fillerWords.randomElement(using: &random)! }
      var expected: String?
      if kind != .none {
        let intent = Int.random(in: 0..<intents, using: &random)
        var phrase = phrasesByIntent[intent].randomElement(using: &random)!
        if kind == .typo {
          // One-letter typo in a word of 5+ letters; phrases without one get an exact use.
          if let k = phrase.indices.filter({ phrase[$0].count >= 5 }).randomElement(using: &random) {
            // A slip that makes another real word ("bread" for "breath") is no typo a
            // coach can see: try again.
            var typo = Self.typo(phrase[k], random: &random)
            while englishSet.contains(typo) || typo == phrase[k] { typo = Self.typo(phrase[k], random: &random) }
            phrase[k] = typo
          }
        }
        let at = Int.random(in: 0...max(0, words.count - phrase.count), using: &random)
        words.replaceSubrange(at..<min(words.count, at + phrase.count), with: phrase)
        expected = "intent-\(intent)"
      }
      utterances.append(Utterance(text: words.joined(separator: " "), kind: kind, expected: expected))
    }
    self.utterances = utterances
  }

  /// Distinct pronounceable words of consonant-vowel syllables (the last vowel sometimes
  /// dropped) that the normaliser leaves as they are.
  static func words(
    count: Int, syllables: ClosedRange<Int>, consonants: [Character], normalizer: Normalizer,
    random: inout SplitMix64
  ) -> [String] {
    var result: [String] = []
    var seen: Set<String> = []
    while result.count < count {
      var word = ""
      for _ in 0..<Int.random(in: syllables, using: &random) {
        word.append(consonants.randomElement(using: &random)!)
        word.append(vowels.randomElement(using: &random)!)
      }
      if Bool.random(using: &random) { word.removeLast() }
      guard word.count >= 3, seen.insert(word).inserted else { continue }
      let tokens = normalizer.tokens(word)
      guard tokens.count == 1, tokens[0].word == word, !Normalizer.negators.contains(word) else { continue }
      result.append(word)
    }
    return result
  }

  /// Keyword words (5 to 8 letters) and filler words (3 to 9 letters) drawn from real
  /// English words: each read by the normaliser as one word, alone and beside itself (a
  /// hedge, "kinda", is dropped before a word), and no filler word shares its stem with a
  /// keyword word (which would make it a keyword).
  static func englishWords(
    _ english: [String], keywords: Int, filler: Int, normalizer: Normalizer, random: inout SplitMix64
  ) -> (keywords: [String], filler: [String]) {
    let usable = english.filter { word in
      (3...9).contains(word.utf8.count) && word.utf8.allSatisfy { (97...122).contains($0) }
        && !Normalizer.negators.contains(word)
    }.filter { normalizer.tokens($0).count == 1 && normalizer.tokens("\($0) \($0)").count == 2 }
    var shuffled = usable
    shuffled.shuffle(using: &random)
    // One word per stem: "prickly" and "prickle" are one keyword to the matcher.
    var keywordStems: Set<String> = []
    var keywordWords: [String] = []
    for word in shuffled where keywordWords.count < keywords && (5...8).contains(word.utf8.count) {
      if keywordStems.insert(normalizer.words(word)[0]).inserted { keywordWords.append(word) }
    }
    var fillerWords: [String] = []
    for word in shuffled where fillerWords.count < filler && !keywordStems.contains(normalizer.words(word)[0]) {
      fillerWords.append(word)
    }
    return (keywordWords, fillerWords)
  }

  /// One random edit: a substitution, deletion, insertion or swap of neighbours.
  static func typo(_ word: String, random: inout SplitMix64) -> String {
    var letters = Array(word)
    let i = Int.random(in: 1..<letters.count - 1, using: &random)
    switch Int.random(in: 0..<4, using: &random) {
    case 0:
      let replacement = keywordConsonants.filter { $0 != letters[i] }.randomElement(using: &random)!
      letters[i] = replacement
    case 1: letters.remove(at: i)
    case 2: letters.insert(vowels.randomElement(using: &random)!, at: i)
    default: letters.swapAt(i, i + 1 < letters.count ? i + 1 : i - 1)
    }
    return String(letters)
  }
}
