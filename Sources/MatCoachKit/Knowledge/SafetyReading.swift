/// A body temperature said as a number after one of its words ("temp 38.5", "my
/// temperature is 101.8F"): the sign from a threshold, and no sign below it, whatever words
/// are round it ("my temp is 36.8").
public struct SafetyReading: Hashable, Sendable {
  /// Words the number follows, within a few words, in its clause.
  public var after: [String]
  /// Words of a scale right after the number, which make it a reading wherever it is said
  /// ("101.5F last night", "38.6 degrees"), one word each.
  public var units: [String] = []
  /// Words that make a number with its scale the weather's or a room's, in its clause
  /// ("it's 38 degrees here in summer").
  public var weather: [String] = []
  /// Words that, right after a number with a decimal point opening its clause, make it a
  /// reading with no scale said ("38.6 this morning", "39.1 last night"), one word each.
  public var bare: [String] = []
  /// From this many degrees Celsius (a number from 30 to 45) the reading is the sign.
  public var celsius: Double
  /// From this many degrees Fahrenheit (a number from 86 to 113) the reading is the sign.
  public var fahrenheit: Double

  /// Numbers that can be a body temperature in each scale; others are no reading at all.
  static let celsiusRange = 30.0...45.0
  static let fahrenheitRange = 86.0...113.0

  public init(after: [String], celsius: Double, fahrenheit: Double) {
    self.after = after
    self.celsius = celsius
    self.fahrenheit = fahrenheit
  }

  /// Whether `value` is the sign (true), a temperature below it (false), or no body
  /// temperature (nil).
  public func isSign(_ value: Double) -> Bool? {
    if Self.celsiusRange.contains(value) { return value >= celsius }
    if Self.fahrenheitRange.contains(value) { return value >= fahrenheit }
    return nil
  }
}
