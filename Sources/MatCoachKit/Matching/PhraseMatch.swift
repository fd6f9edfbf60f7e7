/// One keyword phrase found in an utterance.
package struct PhraseMatch: Hashable, Sendable {
  /// Who the phrase belongs to (an intent or a fact value), as the index's caller numbered it.
  package var owner: Int
  /// The phrase's number within its owner.
  package var phrase: Int
  /// The phrase's number in the index: the order the phrases were added in.
  package var serial: Int
  /// The tokens it covers, first to last (other words may sit between).
  package var tokens: ClosedRange<Int>
  /// How many words the phrase has (a longer phrase is more specific).
  package var length: Int
  /// The evidence it gives: the weights of its words, less for corrected words and gaps.
  package var score: Double
  /// How sure it is that the phrase was meant: 1 when typed exactly, less for each
  /// word found through a correction (the mean of the words' correction factors).
  package var confidence: Double
  /// How many of its words were typo corrections.
  package var corrections: Int
  /// True when a "not", "no" or "never" before it denies it.
  package var negated: Bool

  package init(
    owner: Int, phrase: Int, serial: Int = 0, tokens: ClosedRange<Int>, length: Int = 1, score: Double,
    confidence: Double = 1, corrections: Int, negated: Bool
  ) {
    self.owner = owner
    self.phrase = phrase
    self.serial = serial
    self.tokens = tokens
    self.length = length
    self.score = score
    self.confidence = confidence
    self.corrections = corrections
    self.negated = negated
  }
}
