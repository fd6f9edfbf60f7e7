/// A question the coach asks when a line holds a word that alone cannot tell a red flag
/// from the mat at work ("tingling": in the legs, or where the spikes press?).
public struct SafetyQuestion: Hashable, Sendable {
  public var id: String
  /// The phrases that raise the question.
  public var phrases: [String]
  public var question: String
  /// The sign a plain "yes" means.
  public var yes: String
  /// What the coach says to a "no".
  public var no: String
  /// Guide passages behind the "no" answer.
  public var sources: [String]
  /// Phrases that, said in the clause of the word that raises the question, answer it
  /// already: "a tingle in my back where the spikes press" is no warning sign, and no
  /// question is asked.
  public var answeredNoBy: [String]
  public var location: SourceLocation

  public init(
    id: String, phrases: [String], question: String, yes: String, no: String, sources: [String] = [],
    answeredNoBy: [String] = [], location: SourceLocation
  ) {
    self.id = id
    self.phrases = phrases
    self.question = question
    self.yes = yes
    self.no = no
    self.sources = sources
    self.answeredNoBy = answeredNoBy
    self.location = location
  }
}
