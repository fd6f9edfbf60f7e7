// The one-pass reader of ASCII lines: speed only. It must give exactly the tokens the
// steps give (`NormalizerTests.asciiPathAgreesWithTheGeneralPath`), and it leaves every
// line it cannot read alone to them by returning nil.

extension Normalizer {
  /// The tokens of ASCII text read in one pass, as `generalTokens` gives them; nil when
  /// the text holds a word that needs the words around it ("twenty five", "half an
  /// hour", "no longer"), which only the general path reads.
  func tokensASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token]? {
    // An escape sequence beside a stop may make a letter of it lone or not, as the general
    // path, which reads the sequence as a space, would not ("\u{1B}[1ma.m."): left to it.
    if bytes.contains(0x1B) && bytes.contains(46) { return nil }
    var openers: [UInt8] = [0]
    let read = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { word -> [Token]? in
      var tokens: [Token] = []
      tokens.reserveCapacity(bytes.count / 4 + 1)
      var length = 0
      var wordIsDigits = false
      // A letter drawn out ("hellooo"), as `split` reads it: 0 when none.
      var drawnOut: UInt8 = 0
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
        // A dollar sign before a number is a price, which the general path reads.
        if b == 36 && i < bytes.count && bytes[i] >= 48 && bytes[i] <= 57 { return nil }
        if b >= 65 && b <= 90 { b += 32 }
        if b < 97 || b > 122 { drawnOut = 0 }
        let isDigit = b >= 48 && b <= 57
        if isDigit || (b >= 97 && b <= 122) {
          if length > 0 && isDigit != wordIsDigits && word[length - 1] != 39 {
            guard appendWord(word, length: length, isDigits: wordIsDigits, clause: clause, to: &tokens) else { return nil }
            length = 0
          }
          if !isDigit && b == drawnOut && length > 0 && word[length - 1] == b { continue }
          drawnOut = 0
          if !isDigit && length >= 2 && word[length - 1] == b && word[length - 2] == b {
            length -= 1
            drawnOut = b
            continue
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
        } else if b == 46 && Self.isDottedAbbreviation(at: i - 1, in: bytes) {
          // The stops of "e.g.", "a.m." end no clause: the letters are one word.
          continue
        } else if b == 58 && wordIsDigits && Self.isClockColon(at: i - 1, in: bytes) {
          // A clock's colon ("9:30") is read as its other way of writing, "9.30".
          word[length] = 46
          length += 1
        } else {
          guard appendWord(word, length: length, isDigits: wordIsDigits, clause: clause, to: &tokens) else { return nil }
          length = 0
          if tokens.last?.clause == clause,
            (Self.isClauseMark(b) && !Self.bracketsANumber(at: i - 1, in: bytes)) || (b == 45 && Self.isPauseDash(at: i - 1, in: bytes))
          {
            clause += 1
            openers.append(b == 45 ? UInt8(ascii: ",") : b)
          }
        }
      }
      return appendWord(word, length: length, isDigits: wordIsDigits, clause: clause, to: &tokens) ? tokens : nil
    }
    guard var tokens = read else { return nil }
    Self.markOpeners(&tokens, openers)
    Self.readWords(&tokens, sinceAsFor: readsSinceBeforeALengthAsFor)
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
    if needsContext(w) { return false }
    let last = w[length - 1]
    // Only a word with an apostrophe, or ending like "dont", "im", "whats", "youre",
    // can be a contraction.
    guard w.contains(39) || ((last == 109 || last == 101 || last == 115 || last == 116) && Self.contractionTable[bytes: w] != nil)
      || (last == 116 && length >= 5 && (w[length - 2] == 110 || w[length - 3] == 110)
        && Self.negationWithSwappedLetters(String(decoding: w, as: UTF8.self)) != nil)
    else {
      appendStem(word, count: length, isDigits: isDigits, clause: clause, typed: nil, to: &tokens)
      return true
    }
    let typed = String(decoding: w, as: UTF8.self)
    for (k, part) in (Self.expandContraction(typed) ?? []).enumerated() {
      var copy = part
      // A part is never longer than the word it came from.
      let fits = copy.withUTF8 { p -> Bool in
        guard p.count <= length, !needsContext(p) else { return false }
        for i in p.indices { word[i] = p[i] }
        appendStem(word, count: p.count, isDigits: false, clause: clause, typed: k == 0 ? typed : "", to: &tokens)
        return true
      }
      if !fits { return false }
    }
    return true
  }

  /// Adds one word (lower-cased, no apostrophe, in `w[0..<count]`) as a token: stemmed,
  /// or replaced by its synonym. `typed` is what the user typed for it, when not the word.
  @inline(__always)
  private func appendStem(
    _ w: UnsafeMutableBufferPointer<UInt8>, count: Int, isDigits: Bool, clause: Int, typed: String?,
    to tokens: inout [Token]
  ) {
    let surface = String(decoding: UnsafeBufferPointer(rebasing: w[0..<count]), as: UTF8.self)
    let typed = typed ?? surface
    var (n, last) = (count, UInt8(0))
    if count > 3 && !isDigits { (n, last) = Stemmer.stemLength(UnsafeBufferPointer(rebasing: w[0..<count])) }
    if last != 0 {
      w[n] = last  // "y" or "e": the surface is already taken
      n += 1
    }
    let stem = UnsafeBufferPointer(rebasing: w[0..<n])
    if let replacement = synonym(ofStem: stem), allowsSynonym(word: surface, stemLength: n) {
      for (k, (stem, surface)) in replacement.enumerated() {
        tokens.append(Token(word: stem, surface: surface, clause: clause, typed: k == 0 ? typed : ""))
      }
    } else {
      let stemmed = n == count && last == 0 ? surface : String(decoding: stem, as: UTF8.self)
      tokens.append(Token(word: stemmed, surface: surface, clause: clause, typed: typed))
    }
  }

  /// True for a word read together with its neighbours, which the one-pass reader
  /// leaves to the steps: a number word ("twenty five"), "longer" ("no longer") or the
  /// last word of a number phrase ("half an hour").
  @inline(__always)
  func needsContext(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
    if Self.isNumberWordOrIdiom(w) { return true }
    guard let first = w.first else { return false }
    // Bit 31 stands for phrases ending in a word that does not start with a-z.
    let bit: UInt32 = (97...122).contains(first) ? 1 << UInt32(first - 97) : 1 << 31
    return numberPhraseEndInitials & bit != 0 && numberPhraseEnds[bytes: w] != nil
  }

  /// True for a number word, a word of an idiom read with the next or the last ("no
  /// longer", "unable to", "not able to"), or a filler ("um"), which may join two clauses.
  /// Each starts with one of "zotfsenluah".
  @inline(__always)
  static func isNumberWordOrIdiom(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
    // The longest of them, "seventeen", has nine letters.
    guard let first = w.first, w.count <= 9 else { return false }
    switch first {
    case 122, 111, 116, 102, 115, 110:  // z o t f s n
      return numberTable[bytes: w] != nil
    case 101:  // e: a number, or a filler ("erm")
      return numberTable[bytes: w] != nil || fillerTable[bytes: w] != nil
    case 108:  // l
      return w.elementsEqual("longer".utf8)
    case 117:  // u: "unable", or a filler ("um")
      return w.elementsEqual("unable".utf8) || fillerTable[bytes: w] != nil
    case 104:  // h: a filler ("hmm")
      return fillerTable[bytes: w] != nil
    case 97:  // a
      return w.elementsEqual("able".utf8)
    default:
      return false
    }
  }
}
