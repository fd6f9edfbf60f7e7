/// Wording the coach uses around answers, from the knowledge base's `coach:` section.
public struct CoachSettings: Hashable, Sendable {
  /// Said when nothing matched, before the suggestions.
  public var fallback: String
  /// Intent ids suggested when nothing comes close.
  public var suggestions: [String]
  /// Added to every answer marked `beyond_guide: true`.
  public var beyondGuideNote: String

  public init(
    fallback: String = "I'm not sure I understood that.", suggestions: [String] = [],
    beyondGuideNote: String = "(This is general safety advice, not from the mat guide.)"
  ) {
    self.fallback = fallback
    self.suggestions = suggestions
    self.beyondGuideNote = beyondGuideNote
  }
}
