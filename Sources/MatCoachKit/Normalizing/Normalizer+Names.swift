extension Normalizer {
  /// The words typed as names, folded to lower case: a capital first letter inside a
  /// sentence ("the weather in Leeds", "is Shakti any good"). A name is never a typo of a
  /// keyword or a symptom ("Leeds" is no "bleeds"), so these are never corrected.
  ///
  /// Not a name: the first word of a sentence, "I" and its contractions, a word in capitals
  /// throughout ("MY LEGS ARE NUMB" is shouting), and every word of a line typed mostly in
  /// capitals or Title Case, where a capital says nothing.
  package static func names(in line: String) -> Set<String> {
    // Most lines have no capital after their first letter: nothing to read.
    var copy = line
    guard copy.withUTF8({ $0.dropFirst().contains { (65...90).contains($0) } }) else { return [] }
    var names: Set<String> = []
    var words = 0
    var capitalised = 0
    var sentenceStart = true
    var current: [UInt8] = []
    var currentIsName = false
    var currentHasCapital = false
    var currentAllCapitals = true
    func finish() {
      guard !current.isEmpty else { return }
      words += 1
      if currentHasCapital { capitalised += 1 }
      if currentIsName && !currentAllCapitals {
        // "Shakti's" is read as "shakti", as the normaliser reads it.
        let word = String(decoding: current.prefix { $0 != 39 }, as: UTF8.self)
        if word != "i" && !word.hasPrefix("i'") { names.insert(word) }
      }
      current.removeAll(keepingCapacity: true)
      sentenceStart = false
    }
    for b in line.utf8 {
      let isUpper = (65...90).contains(b)
      let isLower = (97...122).contains(b)
      if isUpper || isLower || (b == 39 && !current.isEmpty) {
        if current.isEmpty {
          currentIsName = isUpper && !sentenceStart
          currentHasCapital = isUpper
          currentAllCapitals = true
        }
        if isLower { currentAllCapitals = false }
        current.append(isUpper ? b + 32 : b)
      } else {
        finish()
        if b == 46 || b == 33 || b == 63 || b == 10 || b == 58 { sentenceStart = true }
      }
    }
    finish()
    // In Title Case or capitals a capital marks no name.
    guard !names.isEmpty, capitalised * 2 <= words else { return [] }
    return names
  }
}
