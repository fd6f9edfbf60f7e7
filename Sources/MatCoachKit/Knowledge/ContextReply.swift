/// What a short reply means after the coach offered something: a clarifying question's
/// options, or topics to ask next.
public enum ContextReply: String, Sendable, CaseIterable, Hashable {
  /// "yes", "sure", "tell me more": the first thing offered.
  case yes
  /// "no", "no thanks": none of it.
  case no
  /// "the first one".
  case first
  /// "the second one".
  case second
  /// "both".
  case both
  /// "why?": the reason for the last answer, from the guide.
  case why

  /// English defaults; a knowledge base's `coach: context:` replaces them per meaning.
  public static let defaults: [ContextReply: [String]] = [
    .yes: [
      "yes", "yes please", "yeah", "yep", "yup", "y", "sure", "ok", "okay", "ok then", "go on", "go ahead",
      "tell me more", "more", "more please", "please", "please do", "do tell", "definitely", "why not",
      "that one", "sounds good",
    ],
    .no: ["no", "no thanks", "no thank you", "nope", "nah", "not now", "neither", "none"],
    .first: ["the first one", "first one", "the first", "first", "1", "number 1", "the former", "option 1"],
    .second: ["the second one", "second one", "the second", "second", "2", "number 2", "the latter", "option 2", "the other one"],
    .both: ["both", "both please", "both of them", "both of those", "all", "all of them", "either"],
    .why: ["why", "why is that", "why so", "how come", "why do you say that", "says who", "what is that based on", "source"],
  ]
}
