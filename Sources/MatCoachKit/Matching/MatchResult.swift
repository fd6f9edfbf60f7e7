/// What the matcher made of one utterance.
public struct MatchResult: Hashable, Sendable {
  /// Intents over the threshold, best first.
  public var ranked: [IntentMatch]
  /// When nothing matched: intent indices that came closest, closest first.
  public var nearest: [Int]
  /// When the line asks several things one after another ("how long and how often?"):
  /// each, in the order asked (at most three).
  public var separately: [IntentMatch] = []
  /// True when the line asked more than `separately` holds.
  public var askedMore = false
  /// True when the line asks something (a question mark, or a clause opening with a
  /// question word), whether or not a topic matched.
  public var asks = false
  /// The clauses that ask or suppose (``IntentMatcher/askingClauses(_:)``), and the last one
  /// when the line ends with a question mark: read once a line, for every step that asks it.
  package var askingClauses: Set<Int> = []

  public init(ranked: [IntentMatch], nearest: [Int] = []) {
    self.ranked = ranked
    self.nearest = nearest
  }

  public var best: IntentMatch? { ranked.first }

  /// Drops the matches `drop` picks, from the ranking and from the questions asked separately.
  public mutating func removeAll(where drop: (IntentMatch) -> Bool) {
    ranked.removeAll(where: drop)
    separately.removeAll(where: drop)
  }

  /// True when the two best are in the same tier and too close in score to choose
  /// between: the coach asks rather than guesses.
  public var isAmbiguous: Bool {
    guard ranked.count >= 2, separately.count < 2 else { return false }
    let (a, b) = (ranked[0], ranked[1])
    return a.tier == b.tier && a.hasExactPhrase == b.hasExactPhrase && a.score - b.score < IntentMatcher.closeCall
  }
}
