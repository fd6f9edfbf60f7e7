extension Normalizer {
  /// "no longer" denies like "not" ("I am no longer new").
  static func readIdioms(_ words: [Word]) -> [Word] {
    guard words.contains(where: { $0.text == "longer" }) else { return words }
    var out: [Word] = []
    for word in words {
      if word.text == "longer", out.last?.text == "no" {
        out[out.count - 1].text = "not"
        out[out.count - 1].typed += " " + word.typed
      } else {
        out.append(word)
      }
    }
    return out
  }

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
      // "I can't not notice it": two denials in a row cancel.
      if tokens[i].surface == "not", i + 1 < tokens.count, tokens[i + 1].surface == "not",
        tokens[i + 1].clause == tokens[i].clause
      {
        i += 2
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
