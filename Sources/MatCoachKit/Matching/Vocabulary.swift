/// Every word the knowledge base's phrases use, with an id each, and the spelling
/// index that maps a mistyped word onto them.
///
/// Words the knowledge base knows but never uses as a keyword (from its answers and
/// the guide) are "known": they are taken as typed, never corrected to a keyword,
/// so "head" is not read as "heat".
package struct Vocabulary: Sendable {
  /// Every word seen → its keyword id, or -1 for a word that is only known.
  private var lookup = WordTable<Int32>()
  package private(set) var words: [String] = []
  /// Per keyword id: whether a phrase writes the word as it is stored, not only as a
  /// longer word stemmed to it ("frontag" is stored for "frontage", and nobody types it).
  private var writtenAsStored: [Bool] = []
  /// Per keyword id: 1 when every phrase writes the word as its stem and a final "e"
  /// ("plane", stored as "plan"), 2 when a phrase writes it any other way. Typed bare, a
  /// word only ever written with its "e" is another English word: "what's the plan" is
  /// no plane, "like mad" nothing made, "10 min" no "mine".
  private var writtenWithE: [UInt8] = []
  private var spelling = SpellingIndex()
  /// Correctly spelt English: such a word is never corrected.
  package var englishWords: EnglishWords?

  package init() {}

  /// Makes room for up to this many keyword words in the spelling index. The word
  /// table grows as it needs: the count is of words in phrases, several times the
  /// words that differ, and a table sized to it would be mostly empty.
  package mutating func reserve(words: Int) {
    spelling.reserve(words: words)
  }

  /// Indexes the words added so far for spelling correction: call it once all are in.
  package mutating func finish() {
    spelling.finish()
  }

  /// The id of a keyword word, adding it if new.
  @discardableResult
  package mutating func add(_ word: String) -> Int32 {
    if let id = lookup[word], id >= 0 { return id }
    let id = Int32(words.count)
    lookup[word] = id
    words.append(word)
    writtenAsStored.append(false)
    writtenWithE.append(0)
    spelling.insert(word, id: id)
    return id
  }

  /// Records that a phrase writes this keyword word as it is stored (not only stemmed).
  package mutating func markWrittenAsStored(_ word: String) {
    if let id = lookup[word], id >= 0 { writtenAsStored[Int(id)] = true }
  }

  /// Records how a phrase writes the keyword word `word` (its stem): `written`.
  package mutating func noteWritten(_ written: String, of word: String) {
    guard let id = lookup[word], id >= 0 else { return }
    let withE = written.utf8.count == word.utf8.count + 1 && written.hasPrefix(word) && written.hasSuffix("e")
    writtenWithE[Int(id)] = withE && writtenWithE[Int(id)] != 2 ? 1 : 2
  }

  /// Lets a misspelling of `variant` find the keyword word `word` stands for (the
  /// normaliser replaces the variant itself; this is for when it is mistyped). Ignored
  /// unless `word` is a keyword word and `variant` is not one, or is a form as written
  /// (`oneEdit`): "darling" is written for the stem "darl", and may also be the stem of
  /// "darlings"; a slip in it may mean either.
  ///
  /// - Parameter oneEdit: only typos of one edit find it (`SpellingIndex.insert`).
  package mutating func addVariant(_ variant: String, of word: String, oneEdit: Bool = false) {
    guard let id = lookup[word], id >= 0, oneEdit || (lookup[variant] ?? -1) < 0 else { return }
    spelling.insert(variant, id: id, oneEdit: oneEdit)
  }

  /// Records a word that is spelled right even though no keyword uses it.
  package mutating func addKnown(_ word: String) {
    if lookup[word] == nil { lookup[word] = -1 }
  }

  package var count: Int { words.count }

  /// The id of a keyword word; nil for a word no keyword uses.
  package func id(of word: String) -> Int32? {
    guard let id = lookup[word], id >= 0 else { return nil }
    return id
  }

  /// The ids of a phrase's words; nil unless every one is a keyword word.
  package func ids(of phrase: [String]) -> [Int32]? {
    var ids: [Int32] = []
    ids.reserveCapacity(phrase.count)
    for word in phrase {
      guard let id = id(of: word) else { return nil }
      ids.append(id)
    }
    return ids
  }

  /// For each token, the keyword words it may stand for: itself if it is one,
  /// otherwise the nearest corrections (never for numbers, known or short words, words
  /// on the English list, or `names`: words typed as names, `Normalizer.names(in:)`).
  package func alternatives(for tokens: [Token], names: Set<String> = []) -> Alternatives {
    var result = Alternatives()
    result.reserve(tokens.count)
    // Read field by field: a whole token copied is three strings retained and released.
    for i in tokens.indices {
      let word = tokens[i].word
      let surface = tokens[i].surface
      if let id = lookup[word] {
        if id >= 0, !(surface == word && writtenWithE[Int(id)] == 1 && englishWords?.contains(surface) == true) {
          result.append(WordAlternative(id: id, edits: 0, factor: 1))
        }
      } else if let id = lookup[surface], surface != word {
        // Typed as a keyword's stem, which is no English word: "too intens" is "intense"
        // with its last letter lost, a slip of one letter.
        if id >= 0, englishWords?.contains(surface) != true {
          result.append(WordAlternative(id: id, edits: 1, factor: Self.correctionFactor(typed: surface, meant: words[Int(id)], edits: 1)))
        }
      } else if !tokens[i].isNumber {
        // A correctly spelt English word is never corrected; in real text most words are,
        // and the list answers faster than a search for corrections.
        if englishWords?.contains(surface) == true || (!names.isEmpty && names.contains(surface)) {
          result.endToken()
          continue
        }
        // A final "g" dropped, as said: "is it sittin too much", "while lyin on it". Only a
        // word that is none, with its "g" one on the list.
        if let id = gDropped(surface) {
          result.append(WordAlternative(id: id, edits: 0, factor: 1))
          result.endToken()
          continue
        }
        var found = spelling.corrections(of: word, typedLength: surface.utf8.count)
        // A typo can make a stem of a word that is none ("stres" → "stre"): the word as
        // typed may be nearer to what was meant ("stress").
        if surface != word {
          let typed = spelling.corrections(of: surface)
          if let nearest = typed.first?.distance, nearest <= found.first?.distance ?? .max {
            // As near as the stem's, or nearer: the word as typed wins. "wrkened" is one
            // edit from "wakened"; "woken" is as near only to its stem, "wrken".
            found = typed
          }
        }
        // Too short for a search (a 3-letter word allows no edit), but two letters typed the
        // wrong way round are still a slip: "dgo" is "dog".
        if found.isEmpty, surface.utf8.count == SpellingIndex.minimumLength {
          found = Self.adjacentSwaps(of: surface).compactMap { swapped in
            lookup[swapped].flatMap { $0 >= 0 ? (id: $0, distance: 1, meant: swapped) : nil }
          }
        }
        if found.isEmpty { result.markUnread() }
        // A doubled letter typed once, in a longer word that is then an English word: read
        // as that word ("actualy" is "actually", as typed right, not a slip for "actual").
        // Asked only of a word a correction was found for: most unknown words have none.
        if !found.isEmpty, let meant = englishWithALetterDoubled(surface) {
          if let id = lookup[Stemmer.stem(meant)], id >= 0 { result.append(WordAlternative(id: id, edits: 0, factor: 1)) }
          result.endToken()
          continue
        }
        if let nearest = found.first?.distance {
          // Only the nearest: a word one edit away beats every word two away. A typo is
          // made in a word as written, so among the nearest, words as written go before
          // bare stems ("frontng": "fronting", not "frontag" of "frontage").
          var nearestFound = Array(found.prefix(while: { $0.distance == nearest }))
          if nearestFound.count > 1 {
            let written = nearestFound.filter { $0.meant != words[Int($0.id)] || writtenAsStored[Int($0.id)] }
            if !written.isEmpty { nearestFound = written }
          }
          // Up to six: a slip in a short word is often as near to several.
          for c in nearestFound.prefix(6) {
            let factor = Self.correctionFactor(typed: word, meant: c.meant, edits: c.distance)
            result.append(WordAlternative(id: c.id, edits: c.distance, factor: factor))
          }
        }
      }
      result.endToken()
    }
    return result
  }

  /// How much a word found through a correction counts: one edit in a word of 5+
  /// letters (typed or meant) is good evidence, in a shorter one weak, unless it is two
  /// letters typed the wrong way round, the commonest slip of fast typing ("waer" is as
  /// likely "wear" as "water", not less); two edits are weaker; and typos rarely hit the
  /// first letter, so a guess that changes it counts less.
  /// The keyword of a word said with its final "g" dropped ("sittin" for "sitting"), when
  /// the word with its "g" is on the English list and its stem is a keyword.
  private func gDropped(_ surface: String) -> Int32? {
    guard let english = englishWords, let full = EnglishWords.restoringDroppedG(surface, isKnown: english.contains),
      let id = lookup[Stemmer.stem(full)], id >= 0
    else { return nil }
    return id
  }

  /// The English word a word of `doubledLetterLength` letters or more is with one of its
  /// letters doubled, when there is exactly one.
  private func englishWithALetterDoubled(_ surface: String) -> String? {
    let bytes = Array(surface.utf8)
    guard bytes.count >= Self.doubledLetterLength, let english = englishWords else { return nil }
    var found: String?
    for k in bytes.indices where (97...122).contains(bytes[k]) && (k + 1 == bytes.count || bytes[k + 1] != bytes[k]) {
      var doubled = bytes
      doubled.insert(bytes[k], at: k)
      let word = String(decoding: doubled, as: UTF8.self)
      guard english.contains(word) else { continue }
      guard found == nil else { return nil }
      found = word
    }
    return found
  }
  /// The shortest word read as a doubled letter typed once: shorter ones are as near to
  /// too many words ("fel" is "feel" or "fell").
  static let doubledLetterLength = 6

  package static func correctionFactor(typed: String, meant: String, edits: Int) -> Double {
    guard edits > 0 else { return 1 }
    let strong = max(typed.utf8.count, meant.utf8.count) >= 5 || isAdjacentSwap(typed, meant)
    let base = edits == 1 ? (strong ? 0.8 : 0.5) : 0.6
    return typed.utf8.first == meant.utf8.first ? base : base * 0.9
  }

  /// `word` with each pair of neighbouring letters swapped, in turn.
  static func adjacentSwaps(of word: String) -> [String] {
    let letters = Array(word.utf8)
    return (0..<max(0, letters.count - 1)).compactMap { i in
      guard letters[i] != letters[i + 1] else { return nil }
      var swapped = letters
      swapped.swapAt(i, i + 1)
      return String(decoding: swapped, as: UTF8.self)
    }
  }

  /// Whether `a` is `b` with two neighbouring letters swapped.
  static func isAdjacentSwap(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    guard x.count == y.count, let i = x.indices.first(where: { x[$0] != y[$0] }), i + 1 < x.count else { return false }
    return x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)...] == y[(i + 2)...]
  }
}
