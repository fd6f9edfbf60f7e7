/// One curated reply to an intent, optionally for people with particular facts.
public struct Answer: Hashable, Sendable {
  /// The reply, plain text, written in the second person.
  public var text: String
  /// All must hold for this answer to be chosen; empty for the fallback answer.
  public var conditions: [Condition]
  /// Passages copied verbatim from the guide that back what the answer says.
  public var sources: [String]
  /// True when the answer deliberately goes beyond the guide (safety advice).
  public var beyondGuide: Bool
  /// True when its wording also fits someone who only asks about the facts it is for
  /// ("is an hour ok?"), not only someone who said them of themselves.
  public var fitsQuestions = false
  /// The id of another intent that answers instead when this answer's conditions hold
  /// (`defer_to: duration`): "what next?" from someone who already has sessions is a
  /// question about lengthening them, answered there for their facts, not here again.
  public var deferTo: String?
  public var location: SourceLocation

  public init(
    text: String, conditions: [Condition] = [], sources: [String] = [], beyondGuide: Bool = false,
    location: SourceLocation
  ) {
    self.text = text
    self.conditions = conditions
    self.sources = sources
    self.beyondGuide = beyondGuide
    self.location = location
  }

  /// More conditions means more specific; the most specific answer that holds wins.
  public var specificity: Int { conditions.count }
}
