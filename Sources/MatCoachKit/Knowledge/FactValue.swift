/// One value of a choice fact and the phrases that set it.
public struct FactValue: Hashable, Sendable {
  public var name: String
  /// How a reply or `/profile` describes it: "you're new to this".
  public var describe: String
  public var phrases: [KeywordPhrase]
  /// Facts that cannot hold with this value (`experience: new` with `minutes: ">=15"`):
  /// whichever the user says later replaces the other, and the coach says so.
  public var conflicts: [Condition] = []
  /// Words that state it only as a whole clause, as people write notes ("new. finds it
  /// brutal."): "new" inside a clause is a new mat, a new job.
  public var alone: [[String]] = []
  /// Hours of the clock (0 to 23) that state it when said with "am" or "pm" ("at 7am",
  /// "10.30pm"): the `clock:` range, such as `4am-11am`.
  public var hours: Set<Int> = []

  public init(name: String, describe: String, phrases: [KeywordPhrase]) {
    self.name = name
    self.describe = describe
    self.phrases = phrases
  }
}
