extension CompiledKnowledge {
  /// The tokens with words typed run together split in two, or nil when none was: "howlong
  /// should i lie onit" is "how long should i lie on it". Only a word read as no word (no
  /// English word, no word of the knowledge base, no name, and nothing the spelling finds
  /// a keyword in) and no slip of one letter in an English word; split where both halves
  /// are English (or the knowledge base's) and one is a keyword's word, the halves as even
  /// as can be.
  func splittingRunTogether(_ tokens: [Token], alternatives: Alternatives) -> [Token]? {
    // Nearly every line has none: nothing more is done.
    guard !alternatives.unread.isEmpty, let english = base.englishWords else { return nil }
    var halves: [Int: (String, String)] = [:]
    for i in alternatives.unread {
      if let pair = Self.halves(of: tokens[i], english: english, spelled: base.spelledWords, vocabulary: vocabulary),
        !Self.isASlip(tokens[i].surface, english: english)
      {
        halves[i] = pair
      }
    }
    guard !halves.isEmpty else { return nil }
    var split: [Token] = []
    var moved: [Int] = []
    for (i, token) in tokens.enumerated() {
      moved.append(split.count)
      if let (a, b) = halves[i] {
        split.append(Token(word: Stemmer.stem(a), surface: a, clause: token.clause, negatedBy: token.negatedBy, typed: token.typed))
        split.append(Token(word: Stemmer.stem(b), surface: b, clause: token.clause, negatedBy: token.negatedBy, typed: ""))
      } else {
        split.append(token)
      }
    }
    // A denial points at its word by position.
    for i in split.indices { if let n = split[i].negatedBy { split[i].negatedBy = moved[n] } }
    return split
  }

  /// The two words a word typed run together is, if it is two.
  static func halves(of token: Token, english: EnglishWords, spelled: Set<String>, vocabulary: Vocabulary) -> (String, String)? {
    func isWord(_ word: String) -> Bool {
      (word.utf8.count >= 2 || word == "i" || word == "a") && (english.contains(word) || spelled.contains(word))
    }
    let bytes = Array(token.surface.utf8)
    guard bytes.count >= 4, bytes.allSatisfy({ (97...122).contains($0) }) else { return nil }
    var best: (String, String)?
    var evenness = 0
    for k in 1..<bytes.count {
      let a = String(decoding: bytes[..<k], as: UTF8.self)
      let b = String(decoding: bytes[k...], as: UTF8.self)
      guard min(a.utf8.count, b.utf8.count) > evenness, isWord(a), isWord(b),
        vocabulary.id(of: Stemmer.stem(a)) != nil || vocabulary.id(of: Stemmer.stem(b)) != nil
      else { continue }
      best = (a, b)
      evenness = min(a.utf8.count, b.utf8.count)
    }
    return best
  }

  /// Whether a word is one letter from an English word, left out or changed: "wether" is
  /// "weather", not "wet her".
  static func isASlip(_ word: String, english: EnglishWords) -> Bool {
    let bytes = Array(word.utf8)
    for k in 0...bytes.count {
      for letter in UInt8(ascii: "a")...UInt8(ascii: "z") {
        var inserted = bytes
        inserted.insert(letter, at: k)
        if english.contains(String(decoding: inserted, as: UTF8.self)) { return true }
        guard k < bytes.count, letter != bytes[k] else { continue }
        var changed = bytes
        changed[k] = letter
        if english.contains(String(decoding: changed, as: UTF8.self)) { return true }
      }
    }
    return false
  }
}
