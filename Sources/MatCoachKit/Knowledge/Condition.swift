/// One test in an answer's `when:`: a remembered fact, or the keyword group that matched.
public enum Condition: Hashable, Sendable {
  /// The fact holds one of these values (`experience: new`, `experience: [new, some]`).
  case fact(String, oneOf: [String])
  /// The numeric fact lies in the closed range (`minutes: "10-14"`, `">30"`, `"<10"`, `30`).
  case number(String, ClosedRange<Double>)
  /// A phrase of this keyword group matched in the utterance (`matched: emergency`).
  case matchedGroup(String)

  /// The fact it tests; nil for a keyword group.
  public var factName: String? {
    switch self {
    case .fact(let name, _), .number(let name, _): name
    case .matchedGroup: nil
    }
  }

  /// Whether the condition holds for this profile and these matched groups.
  public func holds(in profile: Profile, matchedGroups: Set<String>) -> Bool {
    switch self {
    case .fact(let name, let values):
      guard let value = profile[name]?.value else { return false }
      return values.contains(value)
    case .number(let name, let range):
      guard let number = profile[name]?.number else { return false }
      return range.contains(number)
    case .matchedGroup(let group):
      return matchedGroups.contains(group)
    }
  }
}
