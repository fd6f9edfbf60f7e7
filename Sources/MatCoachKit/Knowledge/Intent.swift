/// Something a user may ask or say, the phrases that recognise it, and its answers.
public struct Intent: Hashable, Sendable, Identifiable {
  /// A stable id such as `duration`; other tools depend on these.
  public var id: String
  public var kind: IntentKind
  /// A short human name, used in suggestions and `/topics`.
  public var title: String
  /// Keyword phrases and statements, in the order written.
  public var phrases: [KeywordPhrase]
  /// Answers in the order written; the most specific that holds is chosen.
  public var answers: [Answer]
  /// Sentences added to the chosen answer for a remembered fact it does not weigh
  /// ("In the morning, the lengths are the same …" after an answer chosen by the minutes).
  public var notes: [Answer] = []
  /// Ids of intents worth suggesting after this one.
  public var followUps: [String]
  /// A topic the guide does not cover (price, pets, ...), recognised so that the coach
  /// can say so honestly instead of "I didn't catch that".
  public var outsideGuide: Bool = false
  public var location: SourceLocation

  public init(
    id: String, kind: IntentKind = .question, title: String? = nil, phrases: [KeywordPhrase],
    answers: [Answer], followUps: [String] = [], location: SourceLocation
  ) {
    self.id = id
    self.kind = kind
    self.title = title ?? String(id.map { $0 == "-" ? " " : $0 })
    self.phrases = phrases
    self.answers = answers
    self.followUps = followUps
    self.location = location
  }

  /// The most specific answer whose conditions all hold; the first written wins a tie.
  public func answer(for profile: Profile, matchedGroups: Set<String> = []) -> Answer? {
    var best: Answer?
    for answer in answers
    where answer.conditions.allSatisfy({ $0.holds(in: profile, matchedGroups: matchedGroups) }) {
      if best == nil || answer.specificity > best!.specificity { best = answer }
    }
    return best
  }

  /// The notes whose conditions hold and whose facts `answer` does not already weigh.
  public func notes(adding answer: Answer, for profile: Profile) -> [Answer] {
    let weighed = Set(answer.conditions.compactMap(\.factName))
    return notes.filter { note in
      note.conditions.allSatisfy { $0.holds(in: profile, matchedGroups: []) }
        && !note.conditions.contains { $0.factName.map(weighed.contains) == true }
    }
  }
}
