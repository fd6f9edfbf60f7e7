/// How a choice fact is read from how long something has lasted: "my back has been sore
/// for 3 months" sets `pain: chronic`, "I hurt it 2 days ago" `pain: acute`.
///
/// A clause counts when it holds one of the `about` words (so "I've used the mat for
/// 3 months" says nothing about pain) and a number of a unit ("3 months", "two years",
/// "a week", "a few days"), or one of the `recent` phrases ("yesterday"); the value whose
/// band holds the length, in the units' base (days), is set.
public struct FactDurations: Hashable, Sendable {
  /// One value and the lengths that set it.
  public struct Band: Hashable, Sendable {
    public var value: String
    public var length: ClosedRange<Double>
    /// Said with the value when a length set it: the threshold, and whose it is when it
    /// is not the guide's.
    public var note: String?

    public init(value: String, length: ClosedRange<Double>, note: String? = nil) {
      self.value = value
      self.length = length
      self.note = note
    }
  }

  /// Words as typed (folded, not stemmed: "using" is not "used"), or two in a row ("at
  /// it"), one of which the clause must hold, not denied; a mistyped word counts when it
  /// can only be one of them.
  public var about: [String]
  /// Normalised unit word → its length in the base unit (`week: 7` for days).
  public var units: [String: Double]
  /// Normalised phrases that mean "just now" (a length of 0): "yesterday", "this morning".
  public var recent: [[String]]
  /// Words as typed that, right after a length, say it is of something else: "30 weeks
  /// pregnant", "6 months old".
  public var ofOther: [String] = []
  public var bands: [Band]

  public init(about: [String], units: [String: Double], recent: [[String]] = [], bands: [Band]) {
    self.about = about
    self.units = units
    self.recent = recent
    self.bands = bands
  }
}
