extension Normalizer {
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

  /// The knowledge base's number phrases replaced by what they mean ("half an hour" →
  /// "30 minutes"), the longest that fits first, never across a clause.
  func readNumberPhrases(_ words: [Word]) -> [Word] {
    guard !numberPhrases.isEmpty, words.contains(where: { numberPhraseEnds.contains($0.text) }) else { return words }
    var out: [Word] = []
    out.reserveCapacity(words.count)
    var i = 0
    reading: while i < words.count {
      let clause = words[i].clause
      for phrase in numberPhrases where phrase.words.count <= words.count - i {
        let span = words[i..<(i + phrase.words.count)]
        guard zip(span, phrase.words).allSatisfy({ $0.text == $1 && $0.clause == clause }) else { continue }
        let typed = span.map(\.typed).filter { !$0.isEmpty }.joined(separator: " ")
        for (k, word) in phrase.meaning.enumerated() { out.append((word, clause, k == 0 ? typed : "")) }
        i += phrase.words.count
        continue reading
      }
      out.append(words[i])
      i += 1
    }
    return out
  }

  /// Number words become digits: "ten" → "10", "twenty five" and "twenty-five" → "25".
  static func readNumbers(_ words: [Word]) -> [Word] {
    // Most lines hold no number word: leave them as they are, without copying.
    guard words.contains(where: { numberTable.contains($0.text) }) else { return words }
    var out: [Word] = []
    out.reserveCapacity(words.count)
    var i = 0
    while i < words.count {
      let (w, clause, typed) = words[i]
      if let t = tensTable[w] {
        if i + 1 < words.count, let u = unitsTable[words[i + 1].text], u > 0, u < 10 {
          out.append((String(t + u), clause, typed + " " + words[i + 1].typed))
          i += 2
        } else {
          out.append((String(t), clause, typed))
          i += 1
        }
      } else if let u = unitsTable[w] {
        out.append((String(u), clause, typed))
        i += 1
      } else {
        out.append(words[i])
        i += 1
      }
    }
    return out
  }
}
