/// What the coach remembers about the user: one entry per fact, with what they said.
public struct Profile: Hashable, Sendable {
  /// A remembered value and the words that set it.
  public struct Entry: Hashable, Sendable {
    /// The value's name (`new`), or the number as text for a number fact.
    public var value: String
    /// The number, for a number fact.
    public var number: Double?
    /// The user's words that set it, as `/profile` shows them.
    public var said: String
    /// How replies describe it: "you're new to this".
    public var describe: String

    public init(value: String, number: Double? = nil, said: String, describe: String) {
      self.value = value
      self.number = number
      self.said = said
      self.describe = describe
    }
  }

  public private(set) var entries: [String: Entry] = [:]
  /// Red flags and conditions to check first that the user mentioned.
  public var safety = SafetyState()

  public init() {}

  public subscript(name: String) -> Entry? {
    get { entries[name] }
    set { entries[name] = newValue }
  }

  public var isEmpty: Bool { entries.isEmpty && safety.isEmpty }

  /// Forgets everything.
  public mutating func reset() {
    entries = [:]
    safety = SafetyState()
  }
}
