/// An intent recognised in an utterance, with the evidence for it.
public struct IntentMatch: Hashable, Sendable {
  /// The intent's position in the knowledge base.
  public var index: Int
  public var id: String
  /// The summed weight of its matched phrases.
  public var score: Double
  /// The rank tier it matched at (see `IntentKind.tier`).
  public var tier: Int
  public var phrases: [MatchedPhrase]
  /// The keyword groups of the matched phrases, for `when: {matched: GROUP}`.
  public var groups: Set<String>
  /// The words its phrases cover, first to last, by token position; nil when it was
  /// found otherwise (a telltale word).
  public var span: ClosedRange<Int>?
  /// The words its question phrases cover, first to last: where it is asked, apart from
  /// what the user says of themselves around it ("how do I use it … for a beginner"); nil
  /// when no question phrase matched, unless the next clause asks about what it states
  /// (`IntentMatcher.liftStatementsAskedAbout`), which is then where it is asked.
  package var askedSpan: ClosedRange<Int>?

  public init(
    index: Int, id: String, score: Double, tier: Int, phrases: [MatchedPhrase],
    groups: Set<String>, span: ClosedRange<Int>? = nil
  ) {
    self.span = span
    self.index = index
    self.id = id
    self.score = score
    self.tier = tier
    self.phrases = phrases
    self.groups = groups
  }

  /// True when a phrase of it found in the line was typed as written, though a longer
  /// phrase with a typo may have been chosen over it ("relax tight muscels": "tight").
  package var hasPhraseTypedAsWritten = false

  /// True when at least one phrase was typed without a spelling correction, among those
  /// chosen or those found.
  public var hasExactPhrase: Bool { hasPhraseTypedAsWritten || phrases.contains { !$0.corrected } }

  /// Orders better matches first: tier, then words typed as they are over guessed ones
  /// ("which way" beats "rond" read as "wound"), unless the guess says far more than the
  /// words as typed ("good for migrane": "migraine", not "good for"), then score, then the
  /// knowledge base's order.
  public static func ranksBefore(_ a: IntentMatch, _ b: IntentMatch) -> Bool {
    if a.tier != b.tier { return a.tier > b.tier }
    if a.hasExactPhrase != b.hasExactPhrase {
      let (typed, guessed) = a.hasExactPhrase ? (a, b) : (b, a)
      if guessed.score <= typed.score * guessOutweighs { return a.hasExactPhrase }
    }
    if abs(a.score - b.score) > 1e-9 { return a.score > b.score }
    return a.index < b.index
  }

  /// A guess outranks words typed as written only when its score is more than this many
  /// times theirs.
  static let guessOutweighs = 1.5

  /// A score as `classify`, `/why` and JSON show it: two decimals.
  public static func format(score: Double) -> String {
    guard score.isFinite, abs(score) < 1e15 else { return String(score) }
    let hundredths = Int((score * 100).rounded())
    let fraction = abs(hundredths % 100)
    return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
  }
}
