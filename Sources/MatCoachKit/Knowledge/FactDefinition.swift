/// A thing the coach remembers about the user, declared in the knowledge base.
///
/// A fact is either a choice among named values, each set by its own phrases
/// (`experience`: new / some / regular), or a number read from the utterance
/// with a unit (`minutes`: "10 minutes", "half an hour").
public struct FactDefinition: Hashable, Sendable {
  public var name: String
  /// The named values, for a choice fact; empty for a number fact.
  public var values: [FactValue]
  /// How to read the number, for a number fact.
  public var number: NumberFact?
  public var location: SourceLocation

  public init(
    name: String, values: [FactValue] = [], number: NumberFact? = nil, location: SourceLocation
  ) {
    self.name = name
    self.values = values
    self.number = number
    self.location = location
  }

  public func value(named name: String) -> FactValue? { values.first { $0.name == name } }
}

/// One value of a choice fact and the phrases that set it.
public struct FactValue: Hashable, Sendable {
  public var name: String
  /// How a reply or `/profile` describes it: "you're new to this".
  public var describe: String
  public var phrases: [KeywordPhrase]

  public init(name: String, describe: String, phrases: [KeywordPhrase]) {
    self.name = name
    self.describe = describe
    self.phrases = phrases
  }
}

/// How a number fact is read: a number followed by one of its units.
public struct NumberFact: Hashable, Sendable {
  /// Normalised unit word → how many of the fact's unit it is (`hour: 60` for minutes).
  public var units: [String: Double]
  /// Normalised phrases after which a bare number counts without a unit ("up to 30").
  public var prefixes: [[String]]
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
