/// What the conversation has heard that matters for safety: red flags and conditions to
/// check first. Remembered until `/reset`, shown by `/profile` and in `--json` facts,
/// and recalled before any later mat advice.
public struct SafetyState: Hashable, Sendable {
  /// One red flag or condition, as the user said it.
  public struct Heard: Hashable, Sendable {
    /// The sign's id, or for a condition an intent answered, that intent's id.
    public var id: String
    public var tier: SafetyTier
    /// How the coach names it: "a fever or chills".
    public var title: String
    /// The user's words.
    public var said: String
    /// For an emergency: the user has said it has been seen to.
    public var seenTo: Bool

    public init(id: String, tier: SafetyTier, title: String, said: String, seenTo: Bool = false) {
      self.id = id
      self.tier = tier
      self.title = title
      self.said = said
      self.seenTo = seenTo
    }
  }

  public private(set) var heard: [Heard] = []

  public init() {}

  public var isEmpty: Bool { heard.isEmpty }

  /// An emergency not yet seen to: no mat advice until it is.
  public var openEmergency: Heard? { heard.first { $0.tier == .emergency && !$0.seenTo } }

  /// The most severe thing heard that still calls for a reminder.
  public var reminder: Heard? {
    heard.filter { !$0.seenTo }.max { $0.tier < $1.tier }
  }

  /// Remembers `item`; hearing the same sign again keeps the latest words.
  public mutating func hear(_ item: Heard) {
    if let i = heard.firstIndex(where: { $0.id == item.id }) {
      heard[i] = item
    } else {
      heard.append(item)
    }
  }

  /// The user says the emergency has been seen to.
  public mutating func markSeenTo() {
    for i in heard.indices where heard[i].tier == .emergency { heard[i].seenTo = true }
  }
}
