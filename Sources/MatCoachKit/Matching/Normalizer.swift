import Foundation

/// Turns what a person typed into tokens that keywords can be matched against.
///
/// In order: cut to a sane length; drop terminal escapes and control characters;
/// fold Unicode (full-width, accents, curly quotes) and case; split into words and
/// clauses; expand contractions ("I'm", "dont", "whats"); read number words
/// ("ten" → 10, "half an hour" → 30 minutes) and "no longer" as "not"; apply the
/// knowledge base's synonyms;
/// stem; and mark the words that a "not", "no" or "never" denies.
package struct Normalizer: Sendable {
  /// Variant word → the words it stands for, from the knowledge base's `synonyms:`.
  package var synonyms: [String: [String]]
  /// Longer input is cut at four bytes for each of these (whole Unicode scalars): nobody
  /// types more to a coach, and a paste must not stall it. Counted in bytes, since one
  /// character can be a million combining marks.
  package var maxCharacters: Int

  /// The variants keyed by their stems, so "risks" finds the variant "risk": one lookup
  /// per word, by the stem it needs anyway. Each maps to the tokens it stands for,
  /// as (stem, word) pairs.
  private let synonymStems: WordTable<[(word: String, surface: String)]>

  package init(synonyms: [String: [String]] = [:], maxCharacters: Int = 2000) {
    self.synonyms = synonyms
    self.maxCharacters = maxCharacters
    var stems: [String: [(word: String, surface: String)]] = [:]
    for (variant, words) in synonyms { stems[Stemmer.stem(variant)] = words.map { (Stemmer.stem($0), $0) } }
    self.synonymStems = WordTable(stems)
  }

  /// The tokens of an utterance.
  package func tokens(_ text: String) -> [Token] {
    let cut = Self.cut(text, toBytes: maxCharacters * 4)
    var copy = cut
    // Typed text is nearly always ASCII without number words: that is read in one pass
    // over its bytes. Anything else goes through the steps one by one.
    if let tokens = copy.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? tokensASCII(bytes) : nil }) {
      return tokens
    }
    return generalTokens(cut)
  }

  /// The text's first `limit` bytes, ending on a whole Unicode scalar. Counted in bytes,
  /// not characters: one "character" can be a million combining marks.
  static func cut(_ text: String, toBytes limit: Int) -> String {
    guard text.utf8.count > limit else { return text }
    var end = text.utf8.index(text.utf8.startIndex, offsetBy: limit)
    while end > text.startIndex, text.utf8[end] & 0xC0 == 0x80 { end = text.utf8.index(before: end) }
    return String(text.utf8[..<end]) ?? ""
  }

  /// The tokens of any text, one step after another.
  func generalTokens(_ text: String) -> [Token] {
    let words = Self.readIdioms(Self.readNumbers(Self.split(Self.fold(text))))
    var tokens: [Token] = []
    tokens.reserveCapacity(words.count)
    for (word, clause) in words {
      let stem = Stemmer.stem(word)
      if let replacement = synonymStems[stem] {
        for (stem, surface) in replacement { tokens.append(Token(word: stem, surface: surface, clause: clause)) }
      } else {
        tokens.append(Token(word: stem, surface: word, clause: clause))
      }
    }
    Self.markNegation(&tokens)
    return tokens
  }

  /// The tokens of ASCII text read in one pass, as `generalTokens` gives them; nil when
  /// the text holds a word that needs the words around it ("twenty five", "half an
  /// hour", "no longer"), which only the general path reads.
  func tokensASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token]? {
    let read = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { word -> [Token]? in
      var tokens: [Token] = []
      tokens.reserveCapacity(bytes.count / 4 + 1)
      var length = 0
      var wordIsDigits = false
      var clause = 0
      var i = 0
      while i < bytes.count {
        var b = bytes[i]
        i += 1
        if b == 0x1B {  // ESC: skip a CSI sequence ("\e[31m") or the single character after it
          if i < bytes.count && bytes[i] == 91 {
            i += 1
            while i < bytes.count && !(0x40...0x7E).contains(bytes[i]) { i += 1 }
          }
          i += 1
          guard appendWord(word, length: length, isDigits: wordIsDigits, clause: clause, to: &tokens) else { return nil }
          length = 0
          continue
        }
        if b >= 65 && b <= 90 { b += 32 }
        let isDigit = b >= 48 && b <= 57
        if isDigit || (b >= 97 && b <= 122) {
          if length > 0 && isDigit != wordIsDigits && word[length - 1] != 39 {
            guard appendWord(word, length: length, isDigits: wordIsDigits, clause: clause, to: &tokens) else { return nil }
            length = 0
          }
          word[length] = b
          length += 1
          wordIsDigits = isDigit
        } else if b == 39 && length > 0 && !wordIsDigits {
          word[length] = b
          length += 1
        } else if b == 46 && length > 0 && wordIsDigits && i < bytes.count && bytes[i] >= 48 && bytes[i] <= 57
          && !UnsafeBufferPointer(rebasing: word[0..<length]).contains(46)
        {
          // A decimal point between digits: "1.5" is one number, not the end of a clause.
          word[length] = b
          length += 1
        } else {
          guard appendWord(word, length: length, isDigits: wordIsDigits, clause: clause, to: &tokens) else { return nil }
          length = 0
          if Self.isClauseMark(b) && tokens.last?.clause == clause { clause += 1 }
        }
      }
      return appendWord(word, length: length, isDigits: wordIsDigits, clause: clause, to: &tokens) ? tokens : nil
    }
    guard var tokens = read else { return nil }
    Self.markNegation(&tokens)
    return tokens
  }

  /// Adds the tokens of a word read by `tokensASCII` (lower-cased, in `word[0..<length]`,
  /// which has room for one more byte): contractions expanded. False when the word needs
  /// the general path.
  private func appendWord(
    _ word: UnsafeMutableBufferPointer<UInt8>, length: Int, isDigits: Bool, clause: Int, to tokens: inout [Token]
  ) -> Bool {
    var length = length
    while length > 0 && word[length - 1] == 39 { length -= 1 }  // a trailing apostrophe
    guard length > 0 else { return true }
    let w = UnsafeBufferPointer(rebasing: word[0..<length])
    if Self.needsContext(w) { return false }
    let last = w[length - 1]
    // Only a word with an apostrophe, or ending like "dont", "im", "whats", "youre",
    // can be a contraction.
    guard w.contains(39) || ((last == 109 || last == 101 || last == 115 || last == 116) && Self.contractionTable[bytes: w] != nil)
    else {
      appendStem(word, count: length, isDigits: isDigits, clause: clause, to: &tokens)
      return true
    }
    for part in Self.expandContraction(String(decoding: w, as: UTF8.self)) ?? [] {
      var copy = part
      // A part is never longer than the word it came from.
      let fits = copy.withUTF8 { p -> Bool in
        guard p.count <= length, !Self.needsContext(p) else { return false }
        for i in p.indices { word[i] = p[i] }
        appendStem(word, count: p.count, isDigits: false, clause: clause, to: &tokens)
        return true
      }
      if !fits { return false }
    }
    return true
  }

  /// Adds one word (lower-cased, no apostrophe, in `w[0..<count]`) as a token: stemmed,
  /// or replaced by its synonym.
  @inline(__always)
  private func appendStem(
    _ w: UnsafeMutableBufferPointer<UInt8>, count: Int, isDigits: Bool, clause: Int, to tokens: inout [Token]
  ) {
    let surface = String(decoding: UnsafeBufferPointer(rebasing: w[0..<count]), as: UTF8.self)
    var (n, y) = (count, false)
    if count > 3 && !isDigits { (n, y) = Stemmer.stemLength(UnsafeBufferPointer(rebasing: w[0..<count])) }
    if y {
      w[n] = 121  // "y": the surface is already taken
      n += 1
    }
    let stem = UnsafeBufferPointer(rebasing: w[0..<n])
    if let replacement = synonymStems[bytes: stem] {
      for (stem, surface) in replacement { tokens.append(Token(word: stem, surface: surface, clause: clause)) }
    } else {
      let stemmed = n == count && !y ? surface : String(decoding: stem, as: UTF8.self)
      tokens.append(Token(word: stemmed, surface: surface, clause: clause))
    }
  }

  /// True for a word read together with its neighbours: a number word, "hour" ("half
  /// an hour") or "longer" ("no longer"). Each starts with one of "zotfsenhl".
  @inline(__always)
  static func needsContext(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
    // The longest of them, "seventeen", has nine letters.
    guard let first = w.first, w.count <= 9 else { return false }
    switch first {
    case 122, 111, 116, 102, 115, 101, 110:  // z o t f s e n
      return numberTable[bytes: w] != nil
    case 104:  // h
      return w.elementsEqual("hour".utf8)
    case 108:  // l
      return w.elementsEqual("longer".utf8)
    default:
      return false
    }
  }

  static func needsContext(_ word: String) -> Bool {
    var copy = word
    return copy.withUTF8 { needsContext($0) }
  }

  /// Punctuation that ends a clause: a phrase never matches across it.
  @inline(__always)
  static func isClauseMark(_ b: UInt8) -> Bool {
    switch b {
    case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
      UInt8(ascii: "?"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
      true
    default: false
    }
  }

  /// The matching words of a keyword phrase, normalised exactly as utterances are.
  package func words(_ phrase: String) -> [String] { tokens(phrase).map(\.word) }

  // MARK: - Folding

  /// Lower case, compatibility-decomposed, without accents, escapes or control characters.
  /// Only the non-ASCII characters pay for Unicode decomposition.
  static func fold(_ text: String) -> String {
    var decomposed = String.UnicodeScalarView()
    for s in text.unicodeScalars {
      if s.isASCII {
        decomposed.append(s)
      } else {
        decomposed.append(contentsOf: String(s).decomposedStringWithCompatibilityMapping.unicodeScalars)
      }
    }
    var out = String.UnicodeScalarView()
    var scalars = decomposed.makeIterator()
    while let s = scalars.next() {
      switch s.value {
      case 0x1B:  // ESC: skip a CSI sequence ("\e[31m") or the single character after it
        guard let next = scalars.next() else { break }
        if next == "[" {
          while let c = scalars.next(), !(0x40...0x7E).contains(c.value) {}
        }
        out.append(" ")
      case 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4:
        out.append("'")
      case 0x201C, 0x201D, 0x201E, 0x2033:
        out.append("\"")
      case 0x2010...0x2015, 0x2212:
        out.append("-")
      case 0x41...0x5A:  // A-Z
        out.append(Unicode.Scalar(s.value + 32)!)
      case 0x20...0x7E:
        out.append(s)
      default:
        if s.properties.generalCategory == .nonspacingMark { continue }
        if s.properties.generalCategory == .control || s.properties.generalCategory == .format {
          out.append(" ")
          continue
        }
        for lower in s.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
      }
    }
    return String(out)
  }

  /// Words with the clause each belongs to, contractions expanded. Sentence punctuation
  /// starts a new clause; letters and digits are split apart ("10min" → "10", "min").
  static func split(_ text: String) -> [(String, Int)] {
    var result: [(String, Int)] = []
    var clause = 0
    var current = String.UnicodeScalarView()
    var currentIsDigit = false
    func flush() {
      if !current.isEmpty {
        var word = String(current)
        while word.hasSuffix("'") { word.removeLast() }
        if let expanded = expandContraction(word) {
          for part in expanded { result.append((part, clause)) }
        } else if !word.isEmpty {
          result.append((word, clause))
        }
        current = String.UnicodeScalarView()
      }
    }
    let scalars = Array(text.unicodeScalars)
    for (index, s) in scalars.enumerated() {
      let isDigit = s.properties.numericType == .decimal && s.isASCII
      let isLetter = s.properties.isAlphabetic
      let nextIsDigit = index + 1 < scalars.count && scalars[index + 1].isASCII
        && scalars[index + 1].properties.numericType == .decimal
      if s == ".", currentIsDigit, !current.isEmpty, nextIsDigit, !current.contains(".") {
        // A decimal point between digits: "1.5" is one number, not the end of a clause.
        current.append(s)
        continue
      }
      if isDigit || isLetter {
        if !current.isEmpty && isDigit != currentIsDigit && current.last != "'" { flush() }
        current.append(s)
        currentIsDigit = isDigit
      } else if s == "'" && !current.isEmpty && !currentIsDigit {
        current.append(s)
      } else {
        flush()
        if s.isASCII && isClauseMark(UInt8(s.value)) && result.last?.1 == clause {
          clause += 1
        }
      }
    }
    flush()
    return result
  }

  // MARK: - Contractions

  static let contractions: [String: [String]] = [
    "im": ["i", "am"], "ive": ["i", "have"],
    "youre": ["you", "are"], "youve": ["you", "have"], "theyre": ["they", "are"],
    "whats": ["what", "is"], "thats": ["that", "is"], "theres": ["there", "is"],
    "hows": ["how", "is"], "wheres": ["where", "is"], "whens": ["when", "is"],
    "dont": ["do", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"],
    "cant": ["can", "not"], "cannot": ["can", "not"], "wont": ["will", "not"],
    "isnt": ["is", "not"], "arent": ["are", "not"], "wasnt": ["was", "not"],
    "werent": ["were", "not"], "havent": ["have", "not"], "hasnt": ["has", "not"],
    "hadnt": ["had", "not"], "shouldnt": ["should", "not"], "couldnt": ["could", "not"],
    "wouldnt": ["would", "not"], "mustnt": ["must", "not"], "aint": ["am", "not"],
  ]

  /// "I'm" → "i am", "don't" → "do not", "it's" → "it is", "body's" → "body";
  /// nil for a word that is not a contraction.
  static func expandContraction(_ word: String) -> [String]? {
    if word.utf8.contains(39), let apostrophe = word.firstIndex(of: "'") {
      let head = String(word[..<apostrophe])
      let tail = String(word[word.index(after: apostrophe)...]).replacingOccurrences(of: "'", with: "")
      if tail == "t", head.hasSuffix("n") {
        if let known = contractionTable[head + "t"] { return known }
        return [String(head.dropLast()), "not"]
      }
      if let known = contractionTable[head + tail] { return known }
      switch tail {
      case "m": return [head, "am"]
      case "re": return [head, "are"]
      case "ve": return [head, "have"]
      case "ll": return [head, "will"]
      case "d": return [head, "would"]
      case "s": return ["it", "that", "what", "there", "he", "she", "here", "who", "how", "where"]
        .contains(head) ? [head, "is"] : [head]
      default: return [head + tail]
      }
    }
    // Every contraction written without an apostrophe ends in m, e, s or t.
    guard let last = word.utf8.last, last == 109 || last == 101 || last == 115 || last == 116 else { return nil }
    return contractionTable[word]
  }

  static let contractionTable = WordTable(contractions)

  // MARK: - Numbers

  static let units: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
  ]
  static let tens: [String: Int] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
  ]

  static let unitsTable = WordTable(units)
  static let tensTable = WordTable(tens)
  /// Every number word, for the quick check of whether a line has any.
  static let numberTable = WordTable(units.merging(tens) { a, _ in a })

  /// "no longer" denies like "not" ("I am no longer new").
  static func readIdioms(_ words: [(String, Int)]) -> [(String, Int)] {
    guard words.contains(where: { $0.0 == "longer" }) else { return words }
    var out: [(String, Int)] = []
    for (word, clause) in words {
      if word == "longer", out.last?.0 == "no" {
        out[out.count - 1].0 = "not"
      } else {
        out.append((word, clause))
      }
    }
    return out
  }

  /// Number words become digits ("twenty five" → "25"); "half an hour" becomes "30 minutes".
  static func readNumbers(_ words: [(String, Int)]) -> [(String, Int)] {
    // Most lines hold no number word: leave them as they are, without copying. Every
    // number word starts with one of "zotfsen", and "half an hour" needs "hour".
    guard words.contains(where: { needsContext($0.0) && $0.0 != "longer" }) else { return words }
    var out: [(String, Int)] = []
    out.reserveCapacity(words.count)
    var i = 0
    func word(_ k: Int) -> String? { k < words.count ? words[k].0 : nil }
    while i < words.count {
      let (w, clause) = words[i]
      if let t = tensTable[w] {
        if let next = word(i + 1), let u = unitsTable[next], u > 0, u < 10 {
          out.append((String(t + u), clause))
          i += 2
        } else {
          out.append((String(t), clause))
          i += 1
        }
        continue
      }
      if let u = unitsTable[w] {
        out.append((String(u), clause))
        i += 1
        continue
      }
      // "half an hour", "half hour", "a quarter of an hour", "an hour and a half"
      if w == "half" || w == "quarter" {
        var k = i + 1
        if word(k) == "of" { k += 1 }
        if word(k) == "an" || word(k) == "a" { k += 1 }
        if word(k) == "hour" {
          if out.last?.0 == "a" { out.removeLast() }
          out.append((w == "half" ? "30" : "15", clause))
          out.append(("minutes", clause))
          i = k + 1
          continue
        }
      }
      if (w == "an" || w == "a"), word(i + 1) == "hour" {
        out.append(("1", clause))
        i += 1
        continue
      }
      out.append((w, clause))
      i += 1
    }
    return out
  }

  // MARK: - Negation

  /// Words that deny what follows them.
  package static let negators: Set<String> = ["not", "no", "never", "without", "nor", "neither", "none"]
  static let scopeBreakers: Set<String> = [
    "but", "and", "though", "although", "however", "yet", "except", "so", "because",
  ]
  static let negatorTable = WordTable(Dictionary(uniqueKeysWithValues: negators.map { ($0, true) }))
  static let scopeBreakerTable = WordTable(Dictionary(uniqueKeysWithValues: scopeBreakers.map { ($0, true) }))

  /// How many words after a negator it can deny.
  static let negationReach = 5

  /// Marks each word that a negator before it, in the same clause, denies.
  static func markNegation(_ tokens: inout [Token]) {
    var i = 0
    while i < tokens.count {
      // Every negator starts with n or w: most words need no lookup.
      let first = tokens[i].surface.utf8.first
      guard first == 110 || first == 119, negatorTable.contains(tokens[i].surface) else {
        i += 1
        continue
      }
      var k = i + 1
      while k < tokens.count, k <= i + negationReach, tokens[k].clause == tokens[i].clause,
        !scopeBreakerTable.contains(tokens[k].surface), !negatorTable.contains(tokens[k].surface)
      {
        tokens[k].negatedBy = i
        k += 1
      }
      i = k
    }
  }
}
