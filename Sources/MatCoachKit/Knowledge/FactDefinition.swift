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
  /// How a choice is read from how long something has lasted, if it can be.
  public var durations: FactDurations?
  /// Normalised phrases that tell what the fact's words said as over ("cleared up",
  /// "healed"): a value said with one, in its clause or the next, is not remembered.
  public var over: [[String]] = []
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
