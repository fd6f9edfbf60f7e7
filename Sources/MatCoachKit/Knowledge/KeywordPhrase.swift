/// A phrase that, found in an utterance, is evidence for an intent or a fact value.
public struct KeywordPhrase: Hashable, Sendable {
  /// The phrase as the curator wrote it; shown by `/why` and `classify`.
  public var text: String
  /// The phrase normalised the same way utterances are: the words that must appear, in order.
  public var words: [String]
  /// The phrase's words as written, before stemming ("numbing" where `words` holds
  /// "numb"): a typo is made in the word as written, often nearer to it than to its stem.
  /// Empty when every word is as written.
  package var written: [String] = []
  /// Every word as written: `written`, or `words` when that is empty.
  package var writtenWords: [String] { written.isEmpty ? words : written }
  /// The keyword group it belongs to, if the intent names groups (`when: {matched: GROUP}`).
  public var group: String?
  /// True for a statement about oneself rather than a question; ranks below questions.
  public var isStatement: Bool
  public var location: SourceLocation

  public init(
    text: String, words: [String], group: String? = nil, isStatement: Bool = false,
    location: SourceLocation
  ) {
    self.text = text
    self.words = words
    self.group = group
    self.isStatement = isStatement
    self.location = location
  }
}
