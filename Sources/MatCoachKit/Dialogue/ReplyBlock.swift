/// A paragraph of a reply as it is laid out, with the part it shows, so that each
/// format can style a part without reading the words.
public struct ReplyBlock: Hashable, Sendable {
  /// Which part of the reply a block shows.
  public enum Role: Hashable, Sendable {
    /// A red flag heard, or a reminder of one, of this tier.
    case safety(SafetyTier)
    /// An intent's answer, of this kind.
    case answer(IntentKind)
    /// The note that an answer goes beyond the guide.
    case beyondGuide
    /// The guide passages an answer rests on, a line each.
    case citations
    /// Topics to ask about next.
    case followUps
    /// A clarifying question.
    case clarify
    /// Anything else the coach says.
    case message
  }

  public var role: Role
  /// The block's lines.
  public var lines: [String]

  public init(_ role: Role, _ lines: [String]) {
    self.role = role
    self.lines = lines
  }
}

extension Reply {
  /// The reply laid out as paragraphs, in the order they are shown: each answer with
  /// its beyond-guide note and citations, then what to ask next.
  public var blocks: [ReplyBlock] {
    var blocks: [ReplyBlock] = []
    if let notice {
      blocks.append(ReplyBlock(.safety(notice.tier), notice.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
      if let note = notice.beyondGuideNote { blocks.append(ReplyBlock(.beyondGuide, [note])) }
      if !notice.citations.isEmpty { blocks.append(ReplyBlock(.citations, notice.citations.map(Self.cite))) }
    }
    if let message { blocks.append(ReplyBlock(.message, message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))) }
    if options.count >= 2 {
      let titles = options.map(\.title)
      let question = "Do you mean " + titles.dropLast().joined(separator: ", ") + ", or \(titles.last!)?"
      blocks.append(ReplyBlock(.clarify, [question + " Ask me about one and I'll answer it."]))
    }
    for answer in answers {
      blocks.append(ReplyBlock(.answer(answer.kind), answer.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
      if answer.beyondGuide, let note = beyondGuideNote { blocks.append(ReplyBlock(.beyondGuide, [note])) }
      if !answer.citations.isEmpty { blocks.append(ReplyBlock(.citations, answer.citations.map(Self.cite))) }
    }
    if !followUps.isEmpty {
      blocks.append(ReplyBlock(.followUps, ["You could also ask: " + Self.list(followUps, joiner: "or") + "."]))
    }
    return blocks
  }

  /// A citation as it is shown: `From the guide (Section): “passage”`.
  static func cite(_ citation: Citation) -> String {
    let quote = "“" + Guide.fold(citation.passage) + "”"
    return citation.section.map { "From the guide (\($0)): \(quote)" } ?? "From the guide: \(quote)"
  }

  /// "a", "a or b", "a, b or c".
  static func list(_ items: [String], joiner: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(joiner) " + items.last!
  }
}
