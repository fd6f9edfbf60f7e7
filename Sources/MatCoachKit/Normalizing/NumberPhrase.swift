/// A phrase that means a number ("half an hour" → "30 minutes"), from the knowledge
/// base's `number_phrases:`, as the normaliser reads it.
struct NumberPhrase: Sendable {
  /// The phrase's words, folded and split as a typed line's are (not stemmed).
  var words: [String]
  /// The words it is read as: a number and, usually, its unit.
  var meaning: [String]

  init(text: String, meaning: String) {
    words = Normalizer.split(Normalizer.fold(text)).map(\.0)
    self.meaning = Normalizer.split(Normalizer.fold(meaning)).map(\.0)
  }

  /// False when the phrase or its meaning has no words: there is nothing to read.
  var isUsable: Bool { !words.isEmpty && !meaning.isEmpty }
}
