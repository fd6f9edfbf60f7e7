/// A red flag, written by curators as concepts that must meet in one clause.
public struct SafetySign: Hashable, Sendable {
  public var id: String
  public var tier: SafetyTier
  /// How the coach names it later: "numbness around the groin, bottom or genitals".
  public var title: String
  /// Phrase lists that must all occur within one clause; each list is one concept.
  public var all: [[String]]
  /// `all` may meet anywhere in the line, not only in one clause ("osteoporosis, and I
  /// knocked my back").
  public var acrossClauses: Bool
  /// Phrases any one of which is the sign on its own.
  public var any: [String]
  /// Still counts when it lies in the past ("I had cancer years ago").
  public var historyCounts: Bool
  /// Does not count when done on purpose ("losing weight on a diet").
  public var onPurposeMatters: Bool
  /// Harmless causes that explain it when said in its clause and not denied ("a big night
  /// out" for feeling ill; but "no night out" explains nothing).
  public var explainedBy: [String]
  /// Does not count when a thing is what fell or crashed ("the mat fell off the sofa").
  public var objectsMatter: Bool
  /// Something that happened rather than a state ("a fall"): only its own time says
  /// whether it is now; "since" or "still" after a time said of it speak of what followed.
  public var isEvent: Bool
  /// A measurement said as a number that is the sign from a threshold ("temp 38.5").
  public var reading: SafetyReading?
  /// Told of in someone else, now, it still gets a word to get them help ("my dad has
  /// chest pain going into his arm"), though it is not the user's.
  public var forOthers: Bool
  /// What the coach says when it hears it.
  public var say: String
  /// Guide passages the wording rests on, if any.
  public var sources: [String]
  public var location: SourceLocation

  public init(
    id: String, tier: SafetyTier, title: String, all: [[String]] = [], acrossClauses: Bool = false,
    any: [String] = [],
    historyCounts: Bool = false, onPurposeMatters: Bool = false, explainedBy: [String] = [], objectsMatter: Bool = false,
    isEvent: Bool = false, reading: SafetyReading? = nil, forOthers: Bool = false, say: String, sources: [String] = [], location: SourceLocation
  ) {
    self.id = id
    self.tier = tier
    self.title = title
    self.all = all
    self.acrossClauses = acrossClauses
    self.any = any
    self.historyCounts = historyCounts
    self.onPurposeMatters = onPurposeMatters
    self.explainedBy = explainedBy
    self.objectsMatter = objectsMatter
    self.isEvent = isEvent
    self.reading = reading
    self.forOthers = forOthers
    self.say = say
    self.sources = sources
    self.location = location
  }
}
