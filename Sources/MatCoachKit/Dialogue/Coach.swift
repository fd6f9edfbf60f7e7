import Foundation

/// One conversation: takes a line, answers it, and remembers what the user said.
///
/// A turn flows one way: normalise → read facts → match intents → choose the answer
/// that fits the remembered facts → build the reply. Slash commands are turns too.
/// Everything here is deterministic: the same lines always give the same replies.
public struct Coach: Sendable {
  /// What the coach knows, compiled once and shared; a conversation never changes it.
  public let knowledge: CompiledKnowledge

  public private(set) var profile = Profile()
  /// The last reply that answered something, for `/why`.
  public private(set) var lastAnswer: Reply?

  public init(knowledge: CompiledKnowledge) {
    self.knowledge = knowledge
  }

  /// Answers one line and updates what the coach remembers.
  public mutating func respond(to line: String) -> Reply {
    let trimmed = line.trimmingWhitespace
    if trimmed.isEmpty { return Reply(kind: .empty, profile: profile) }
    if trimmed.hasPrefix("/") { return command(trimmed) }

    let (updates, result) = knowledge.read(trimmed)
    var forgotten: [String] = []
    for update in updates {
      if !update.denied {
        profile[update.fact] = update.entry
      } else if profile[update.fact]?.value == update.entry.value {
        profile[update.fact] = nil
        forgotten.append(update.entry.describe)
      }
    }

    let reply: Reply
    if let best = result.best {
      reply = result.isAmbiguous ? clarify(result) : answer(best)
    } else if updates.contains(where: { !$0.denied }) || !forgotten.isEmpty {
      reply = noted(updates.filter { !$0.denied }, forgotten: forgotten)
    } else {
      reply = fallback(result)
    }
    if reply.kind != .empty { lastAnswer = reply }
    return reply
  }

  // MARK: - Replies

  private func answer(_ match: IntentMatch) -> Reply {
    let intent = knowledge.intents[match.index]
    guard let answer = intent.answer(for: profile, matchedGroups: match.groups) else {
      return fallback(MatchResult(ranked: []))
    }
    let tailored = answer.conditions.compactMap { condition -> String? in
      switch condition {
      case .fact(let name, _), .number(let name, _): name
      case .matchedGroup: nil
      }
    }
    let given = Reply.Answer(
      intent: intent.id, kind: intent.kind, text: fillIn(answer.text), citations: answer.sources.map(cite),
      tailoredTo: tailored, beyondGuide: answer.beyondGuide)
    // An emergency answer stands alone: nothing else to ask about.
    let next = intent.kind == .emergency ? [] : intent.followUps.compactMap { title(of: $0) }
    return Reply(
      kind: .answer, answers: [given], beyondGuideNote: answer.beyondGuide ? knowledge.base.settings.beyondGuideNote : nil,
      followUps: next, score: match.score, phrases: match.phrases, profile: profile)
  }

  /// The title of the intent with this id.
  private func title(of id: String) -> String? { knowledge.intent(id: id)?.title }

  /// Replaces `{fact}` with what the user said ("{minutes}" → "10").
  private func fillIn(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
    var result = text
    for (name, entry) in profile.entries { result = result.replacingOccurrences(of: "{\(name)}", with: entry.value) }
    return result
  }

  private func cite(_ passage: String) -> Reply.Citation {
    Reply.Citation(passage: passage, section: knowledge.base.guide?.paragraph(containing: passage)?.section)
  }

  private func clarify(_ result: MatchResult) -> Reply {
    let (a, b) = (result.ranked[0], result.ranked[1])
    let options = [a, b].map { Reply.Option(intent: $0.id, title: knowledge.intents[$0.index].title) }
    return Reply(kind: .clarify, options: options, score: a.score, phrases: a.phrases + b.phrases, profile: profile)
  }

  private func noted(_ updates: [FactUpdate], forgotten: [String]) -> Reply {
    var clauses: [String] = []
    if !forgotten.isEmpty { clauses.append("I'll no longer assume that \(Reply.list(forgotten, joiner: "or"))") }
    if !updates.isEmpty { clauses.append(Reply.list(updates.map(\.entry.describe), joiner: "and")) }
    let text =
      "Noted: " + clauses.joined(separator: "; ") + (updates.isEmpty ? "." : ". I'll keep that in mind.")
      + " " + knowledge.base.settings.notedHint
    return Reply(kind: .noted, message: text, profile: profile)
  }

  private func fallback(_ result: MatchResult) -> Reply {
    let nearest = result.nearest.prefix(3).map { knowledge.intents[$0].title }
    let defaults = knowledge.base.settings.suggestions.compactMap { title(of: $0) }
    var text = knowledge.base.settings.fallback
    if !nearest.isEmpty {
      text += " Did you mean " + Reply.list(Array(nearest), joiner: "or") + "?"
    } else if !defaults.isEmpty {
      text += " I can help with " + Reply.list(Array(defaults.prefix(3)), joiner: "or") + "."
    }
    text += " Type /topics to see everything I know about."
    return Reply(kind: .fallback, message: text, profile: profile)
  }

  // MARK: - Commands

  private mutating func command(_ line: String) -> Reply {
    let word = line.dropFirst().split(separator: " ").first.map(String.init) ?? ""
    guard let command = SlashCommand.parse(word) else {
      return Reply(
        kind: .command, message: "There's no command /\(word). Type /help to see the commands.",
        profile: profile)
    }
    let text: String
    switch command {
    case .help:
      let commands = SlashCommand.allCases.map { "  /\($0.rawValue) — \($0.summary)" }
      let examples = knowledge.base.settings.helpIntent.flatMap { knowledge.intent(id: $0) }?.answers.first?.text
      var help = [examples ?? "Ask me anything, in your own words."]
      help.append("Commands:\n" + commands.joined(separator: "\n"))
      text = help.joined(separator: "\n\n")
    case .topics:
      let topics = knowledge.intents.filter { $0.kind != .chat }.map { "  \($0.id) — \($0.title)" }
      text = "I can talk about:\n" + topics.joined(separator: "\n")
    case .why:
      text = why()
    case .profile:
      text = describeProfile()
    case .reset:
      profile.reset()
      text = "Done: I've forgotten everything you told me about yourself."
    case .quit:
      return Reply(kind: .quit, message: knowledge.base.settings.goodbye, profile: profile)
    }
    return Reply(kind: .command, message: text, profile: profile)
  }

  private func why() -> String {
    guard let last = lastAnswer else { return "I haven't answered anything yet." }
    guard let id = last.intent else {
      switch last.kind {
      case .clarify:
        return "Your last message matched two topics about equally, so I asked which you meant: "
          + last.phrases.map { "“\($0.text)”" }.joined(separator: ", ") + "."
      case .noted: return "Your last message told me about you but asked nothing, so I noted it."
      default: return "Your last message matched no topic I know, so I suggested some."
      }
    }
    var lines = ["I answered “\(id)” (score \(IntentMatch.format(score: last.score)))."]
    for phrase in last.phrases {
      var line = "  matched “\(phrase.text)”"
      if phrase.corrected || phrase.said != phrase.text.lowercased() {
        line += " in “\(phrase.said)”"
      }
      if phrase.corrected { line += " (spelling corrected)" }
      lines.append(line)
    }
    if !last.tailoredTo.isEmpty {
      let facts = last.tailoredTo.compactMap { last.profile[$0]?.describe }
      lines.append("Tailored because " + Reply.list(facts, joiner: "and") + ".")
    }
    return lines.joined(separator: "\n")
  }

  private func describeProfile() -> String {
    guard !profile.isEmpty else {
      return knowledge.base.settings.emptyProfile
    }
    var lines = ["What I remember about you:"]
    for fact in knowledge.base.facts {
      guard let entry = profile[fact.name] else { continue }
      lines.append("  \(fact.name): \(entry.value) — you said “\(entry.said)”")
    }
    lines.append("Type /reset to make me forget.")
    return lines.joined(separator: "\n")
  }
}
