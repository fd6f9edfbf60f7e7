/// Wording the coach uses around answers, from the knowledge base's `coach:` section.
/// The defaults are neutral, so a knowledge base about anything reads right without it.
public struct CoachSettings: Hashable, Sendable {
  /// Said when nothing matched, before the suggestions.
  public var fallback: String
  /// Said instead of ``fallback`` when nothing matched a line whose every word is spelt
  /// right and none is one of ``topicWords``: the line was understood, and is about
  /// something else. Nil: the fallback is said for every line nothing matched.
  public var offTopic: String?
  /// Words that put a line on the coach's subject ("mat", "back", "pain"): a line holding
  /// one that nothing matched was not understood, whatever else it says.
  public var topicWords: Set<String> = []
  /// Words that name another kind of mat right before "mat" ("yoga", "mouse", "bath"): a
  /// line whose only mats are of these kinds, with nothing else of the subject in it and
  /// nothing of where a mat goes, is about something else ("the best yoga mat for hot
  /// yoga?"; not "a yoga mat underneath?").
  public var otherMats: Set<String> = []
  /// Intent ids suggested when nothing comes close.
  public var suggestions: [String]
  /// Added to every answer marked `beyond_guide: true`.
  public var beyondGuideNote: String
  /// Said after facts about the user are noted, to say what they are good for.
  public var notedHint: String
  /// What `/profile` says before the user has told the coach anything.
  public var emptyProfile: String
  /// Said on `/quit`.
  public var goodbye: String
  /// The intent whose answer `/help` shows as examples of what to ask, if any.
  public var helpIntent: String?
  /// Said before the answers when a line asks more than three things.
  public var tooManyQuestions: String
  /// Short replies that pick from what the last reply offered, by what they mean.
  public var contextReplies: [ContextReply: [String]] = ContextReply.defaults
  /// Words by which a question refers back to the last answer ("is that ok?", "what would
  /// you recommend instead?"): such a question that matches no topic is about that one.
  public var referBack: Set<String> = ["that", "this", "it", "instead", "then", "those", "these"]
  /// Topics a question names only in general ("how should I use it?"): after a statement
  /// about oneself ("I've had back pain for years, how should I use it?"), the statement's
  /// topic answers it.
  public var generalTopics: Set<String> = []
  /// The two topics to choose between when a line only says that the back hurts ("my back
  /// hurts", "I have back pain"): which pain it is decides the advice.
  public var painTopics: [String] = []
  /// Small talk that may open a line asking something else, answered first by the first
  /// sentence of its answer ("hi! how do I start?" → "Hi!"); none by default.
  public var openers: Set<String> = []
  /// Said to "no thanks" after an offer.
  public var declined = "All right. Ask me anything else."
  /// Opens the answer to "why?": the guide's passages follow.
  public var because = "Because the guide says so:"
  /// Said to "why?" about advice that goes beyond the guide.
  public var becauseBeyondGuide = "That advice goes beyond the guide: it is general safety advice, given because the guide does not cover it."

  public init(
    fallback: String = "I'm not sure I understood that.", suggestions: [String] = [],
    beyondGuideNote: String = "(This is general safety advice, not from the mat guide.)",
    notedHint: String = "Ask me a question, and I'll fit the answer to you.",
    emptyProfile: String = "I don't know anything about you yet.", goodbye: String = "Bye!",
    helpIntent: String? = nil,
    tooManyQuestions: String = "You asked about several things: here are the first three. Ask me about the rest one at a time."
  ) {
    self.tooManyQuestions = tooManyQuestions
    self.fallback = fallback
    self.suggestions = suggestions
    self.beyondGuideNote = beyondGuideNote
    self.notedHint = notedHint
    self.emptyProfile = emptyProfile
    self.goodbye = goodbye
    self.helpIntent = helpIntent
  }
}
