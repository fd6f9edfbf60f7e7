extension Normalizer {
  /// A word as the steps pass it on: its text, its clause, and what was typed for it
  /// (empty for the second part of a contraction and the like).
  typealias Word = (text: String, clause: Int, typed: String)

  /// Signs of money before a number: "£20", "$35", "€60".
  static let currencySigns: Set<Unicode.Scalar> = ["$", "£", "€", "¥", "₹"]

  /// Words with the clause each belongs to, contractions expanded. Sentence punctuation
  /// starts a new clause; letters and digits are split apart ("10min" → "10", "min").
  static func split(_ text: String) -> [Word] {
    var openers: [UInt8] = []
    return split(text, openers: &openers)
  }

  /// Words as `split(_:)` gives them, and in `openers` the mark that opened each clause, by
  /// its number (0 for the first).
  static func split(_ text: String, openers: inout [UInt8]) -> [Word] {
    openers = [0]
    var result: [Word] = []
    var clause = 0
    // The word so far, as scalars in an array: its length and last letters are read at
    // every letter, which a String's scalar view would count from the start each time.
    var current: [Unicode.Scalar] = []
    var currentIsDigit = false
    // A letter drawn out ("hellooo", "sooo"): English has no letter three times running.
    var drawnOut: Unicode.Scalar?
    func flush() {
      drawnOut = nil
      if !current.isEmpty {
        var word = String(String.UnicodeScalarView(current))
        while word.hasSuffix("'") { word.removeLast() }
        if let expanded = expandContraction(word) {
          for (k, part) in expanded.enumerated() { result.append((part, clause, k == 0 ? word : "")) }
        } else if !word.isEmpty {
          result.append((word, clause, word))
        }
        current.removeAll(keepingCapacity: true)
      }
    }
    let scalars = Array(text.unicodeScalars)
    for (index, s) in scalars.enumerated() {
      // Only ASCII digits are digits here; ASCII letters are answered without the
      // Unicode tables, which the rest of the world's letters need.
      let isDigit = (48...57).contains(s.value)
      let isLetter = s.isASCII ? (65...90).contains(s.value) || (97...122).contains(s.value) : s.properties.isAlphabetic
      let nextIsDigit = index + 1 < scalars.count && (48...57).contains(scalars[index + 1].value)
      if !isLetter { drawnOut = nil }
      if s == ".", currentIsDigit, !current.isEmpty, nextIsDigit, !current.contains(".") {
        // A decimal point between digits: "1.5" is one number, not the end of a clause.
        current.append(s)
        continue
      }
      if s == ".", isDottedAbbreviation(at: index, in: scalars.lazy.map { $0.isASCII ? UInt8($0.value) : 0 }) {
        // The stops of "e.g.", "i.e.", "a.m." end no clause: the letters are one word, "eg", "am".
        continue
      }
      if s == ":", currentIsDigit, isClockColon(at: index, in: scalars.lazy.map { $0.isASCII ? UInt8($0.value) : 0 }) {
        // A clock's colon ("9:30") is read as its other way of writing, "9.30".
        current.append(".")
        continue
      }
      if isDigit || isLetter {
        if !current.isEmpty && isDigit != currentIsDigit && current.last != "'" { flush() }
        if isLetter, s == drawnOut, current.last == s { continue }
        drawnOut = nil
        if isLetter, current.count >= 2, current[current.count - 1] == s, current[current.count - 2] == s {
          current.removeLast()
          drawnOut = s
          continue
        }
        current.append(s)
        currentIsDigit = isDigit
      } else if s == "'" && !current.isEmpty && !currentIsDigit {
        current.append(s)
      } else if currencySigns.contains(s), nextIsDigit {
        // A currency sign before a number says it is a price: "€25 vs €60 mat".
        flush()
        result.append(("price", clause, String(s)))
      } else {
        flush()
        let bytes = scalars.lazy.map { $0.isASCII ? UInt8($0.value) : 0 }
        if result.last?.clause == clause,
          (s.isASCII && isClauseMark(UInt8(s.value)) && !bracketsANumber(at: index, in: bytes)) || isPauseDash(at: index, in: bytes)
        {
          clause += 1
          openers.append(s.isASCII && isClauseMark(UInt8(s.value)) ? UInt8(s.value) : UInt8(ascii: ","))
        }
      }
    }
    flush()
    return result
  }

  /// Whether the full stop at `i` is one of an abbreviation of single letters with a stop
  /// after each ("e.g.", "i.e.", "a.m.", "p.m."): it follows a lone letter, and another
  /// lone letter and stop come before or after it.
  static func isDottedAbbreviation<C: Collection>(at i: Int, in text: C) -> Bool where C.Element == UInt8, C.Index == Int {
    func isLetter(_ k: Int) -> Bool { k >= text.startIndex && k < text.endIndex && (text[k] | 0x20) >= 97 && (text[k] | 0x20) <= 122 }
    func isLoneLetter(_ k: Int) -> Bool { isLetter(k) && !isLetter(k - 1) && !isLetter(k + 1) }
    let stop = UInt8(ascii: ".")
    guard text[i] == stop, isLoneLetter(i - 1) else { return false }
    let before = i - 3 >= text.startIndex && text[i - 2] == stop && isLoneLetter(i - 3)
    let after = i + 2 < text.endIndex && isLoneLetter(i + 1) && text[i + 2] == stop
    return before || after
  }

  /// Whether the colon at `i` is a clock's: one or two digits before it, two after, and no
  /// digit on either side of those ("9:30", "21:45"; not "2:1" or a ratio "16:9").
  static func isClockColon<C: Collection>(at i: Int, in text: C) -> Bool where C.Element == UInt8, C.Index == Int {
    func isDigit(_ k: Int) -> Bool { k >= text.startIndex && k < text.endIndex && text[k] >= 48 && text[k] <= 57 }
    let before = isDigit(i - 2) ? 2 : 1
    return isDigit(i - 1) && !isDigit(i - before - 1) && isDigit(i + 1) && isDigit(i + 2) && !isDigit(i + 3)
      && (text[i + 1] - 48) <= 5
  }

  /// Whether the bracket at `i` is one of a pair round a number alone ("my dad (78) fell",
  /// "a survivor (2019)"): such an aside belongs to its sentence, where other brackets,
  /// like commas, end a clause (and with it what a "no" denies: "no fever (chills though)").
  static func bracketsANumber<C: Collection>(at i: Int, in text: C) -> Bool where C.Element == UInt8, C.Index == Int {
    let open = UInt8(ascii: "("), close = UInt8(ascii: ")")
    func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    if text[i] == open {
      var k = i + 1
      while k < text.endIndex, isDigit(text[k]) { k += 1 }
      return k > i + 1 && k < text.endIndex && text[k] == close
    }
    if text[i] == close {
      var k = i - 1
      while k >= text.startIndex, isDigit(text[k]) { k -= 1 }
      return k < i - 1 && k >= text.startIndex && text[k] == open
    }
    return false
  }

  /// Whether the hyphen at `i` is a pause, as a comma is: between spaces ("Delivery driver -
  /// been feeling ill"; `fold` spaces an en or em dash, "no pain—just numbness"), not between
  /// two numbers, as a range is ("10 - 15 minutes"), nor going on with "or" or "nor" ("no
  /// falls - or accidents" denies both). A hyphen inside a word ("rear-ended") is no pause.
  static func isPauseDash<C: Collection>(at i: Int, in text: C) -> Bool where C.Element == UInt8, C.Index == Int {
    let dash = UInt8(ascii: "-"), space = UInt8(ascii: " ")
    guard text[i] == dash else { return false }
    var start = i, end = i
    while start > text.startIndex, text[start - 1] == dash { start -= 1 }
    while end + 1 < text.endIndex, text[end + 1] == dash { end += 1 }
    guard start > text.startIndex, end + 1 < text.endIndex, text[start - 1] == space, text[end + 1] == space else { return false }
    var before = start - 1, after = end + 1
    while before > text.startIndex, text[before] == space { before -= 1 }
    while after + 1 < text.endIndex, text[after] == space { after += 1 }
    func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    if isDigit(text[before]) && isDigit(text[after]) { return false }
    func isLetter(_ k: Int) -> Bool { k < text.endIndex && (text[k] | 0x20) >= 97 && (text[k] | 0x20) <= 122 }
    for word in ["or", "nor"] {
      let bytes = Array(word.utf8)
      if after + bytes.count <= text.endIndex, (0..<bytes.count).allSatisfy({ text[after + $0] | 0x20 == bytes[$0] }),
        !isLetter(after + bytes.count)
      {
        return false
      }
    }
    return !pairsRoundAShortAside(start: start, end: end, in: text)
  }

  /// Whether the spaced dash at `start...end` and another one word or two away enclose an
  /// aside, as brackets do: "I've been using again - injecting - after two clean years"
  /// is one sentence. (Letters and apostrophes only between them: a longer stretch, or
  /// punctuation, is a pause of its own, "Delivery driver - been feeling ill - help"; and so
  /// is a denial, an answer of its own: "no - not really - I wet myself".)
  static func pairsRoundAShortAside<C: Collection>(start: Int, end: Int, in text: C) -> Bool
  where C.Element == UInt8, C.Index == Int {
    let dash = UInt8(ascii: "-"), space = UInt8(ascii: " "), apostrophe = UInt8(ascii: "'")
    func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 || b == apostrophe }
    // Words and spaces from `from` on in `step`'s direction, up to a spaced dash: how many
    // words, or nil when something else comes first.
    func wordsToADash(from: Int, step: Int) -> Int? {
      var k = from, words = 0, inWord = false
      var word: [UInt8] = []
      func denies() -> Bool { Self.denials.contains(String(decoding: step > 0 ? word : word.reversed(), as: UTF8.self)) }
      while k >= text.startIndex, k < text.endIndex {
        let b = text[k]
        if b == dash { return inWord || denies() ? nil : words }
        if b == space {
          if denies() { return nil }
          inWord = false
          word.removeAll()
        } else if isLetter(b) {
          if !inWord { words += 1 }
          inWord = true
          word.append(b | 0x20)
          if words > 2 { return nil }
        } else {
          return nil
        }
        k += step
      }
      return nil
    }
    // A line of more dashes is a list of items, each its own: "bladder - no problems -
    // bowels - I had an accident this morning".
    guard spacedDashes(in: text) == 2 else { return false }
    let forward = wordsToADash(from: end + 1, step: 1)
    let backward = wordsToADash(from: start - 1, step: -1)
    return (forward.map { $0 >= 1 } ?? false) || (backward.map { $0 >= 1 } ?? false)
  }

  /// How many runs of hyphens between spaces a text holds.
  static func spacedDashes<C: Collection>(in text: C) -> Int where C.Element == UInt8, C.Index == Int {
    let dash = UInt8(ascii: "-"), space = UInt8(ascii: " ")
    var count = 0
    var k = text.startIndex
    while k < text.endIndex {
      guard text[k] == dash else {
        k += 1
        continue
      }
      var end = k
      while end + 1 < text.endIndex, text[end + 1] == dash { end += 1 }
      if k > text.startIndex, end + 1 < text.endIndex, text[k - 1] == space, text[end + 1] == space { count += 1 }
      k = end + 1
    }
    return count
  }

  /// Words that deny, which make what two dashes enclose an answer rather than an aside.
  static let denials: Set<String> = ["no", "not", "none", "never", "nothing", "nope", "nah", "nor"]

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

  /// Gives each clause's first token the mark that opened it, from `openers` (by clause
  /// number, as `split` counts them).
  static func markOpeners(_ tokens: inout [Token], _ openers: [UInt8]) {
    for i in tokens.indices where i == 0 || tokens[i - 1].clause != tokens[i].clause {
      let clause = tokens[i].clause
      tokens[i].openedBy = clause < openers.count ? openers[clause] : 0
    }
  }
}
