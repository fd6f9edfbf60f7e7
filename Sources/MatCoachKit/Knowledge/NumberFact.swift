/// How a number fact is read: a number followed by one of its units.
public struct NumberFact: Hashable, Sendable {
  /// Normalised unit word → how many of the fact's unit it is (`hour: 60` for minutes).
  public var units: [String: Double]
  /// Normalised phrases after which a bare number counts without a unit ("up to 30").
  public var prefixes: [[String]]
  /// Normalised words or phrases that only make the number approximate ("about", "ish",
  /// "or so"): read past between a prefix, the number and its unit. A phrase's words are
  /// joined by single spaces.
  public var approximations: [String] = []
  /// Normalised words that may follow a bare number after a prefix, opening what comes
  /// next rather than saying what the number counts ("down to 15 because of work").
  public var thenWords: Set<String> = []
  /// Normalised words for other things that last a while ("commute", "drive"): a length
  /// said of one ("my commute is 40 minutes", "a 40 minute drive") is not the fact.
  public var ofOther: Set<String> = []
  /// Normalised words that report advice ("says", "recommended"): a number after one in
  /// its clause is what someone advised, not what the user does.
  public var advisedBy: Set<String> = []
  /// Numbers outside this range are not taken ("I've done it 300 minutes" is a typo).
  public var range: ClosedRange<Double>
  /// How `/profile` describes it; `{value}` stands for the number.
  public var describe: String

  public init(
    units: [String: Double], prefixes: [[String]] = [], range: ClosedRange<Double>,
    describe: String
  ) {
    self.units = units
    self.prefixes = prefixes
    self.range = range
    self.describe = describe
  }
}
