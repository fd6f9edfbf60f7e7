import Yams

extension KnowledgeBaseLoader {
  static let sessionKeys: Set<String> = [
    "intent", "start_when", "max_timed_minutes", "start", "breathe", "breathe_every", "halfway", "one_minute_left", "end", "pain_before", "pain_after",
    "untimed", "first_minutes", "gentle_minutes", "gentle_when", "longest_minutes", "longer_than_guide", "from_log",
    "frequency_from_log", "frequency_intent",
  ]
  static let cueKeys: Set<String> = ["say", "source"]

  /// Reads `sessions:`, the guided session's cues and the words about the log. The
  /// intents it names are checked once every intent is known (`intentNodes`).
  func readSessions(
    _ node: Node, into script: inout SessionScript, intentNodes: inout [(String, Node)], reader: inout YAMLReader
  ) {
    for (key, _, value) in reader.entries(node, "`sessions`", allowed: Self.sessionKeys) {
      switch key {
      case "intent", "frequency_intent":
        guard let id = reader.string(value, "`\(key)`") else { continue }
        intentNodes.append((id, value))
        if key == "intent" { script.intent = id } else { script.frequencyIntent = id }
      case "start_when": script.startWhen = reader.string(value, "`start_when`")
      case "max_timed_minutes":
        if let n = minutes(value, key, in: 1...SessionEntry.maximumMinutes, reader: &reader) { script.maxTimedMinutes = n }
      case "start": script.start = readCue(value, key, reader: &reader)
      case "halfway": script.halfway = readCue(value, key, reader: &reader)
      case "one_minute_left": script.oneMinuteLeft = readCue(value, key, reader: &reader)
      case "end": script.end = readCue(value, key, reader: &reader)
      case "breathe": script.breathe = reader.sequence(value, "`breathe`").compactMap { readCue($0, key, reader: &reader) }
      case "breathe_every":
        if let seconds = minutes(value, key, in: 15...3600, reader: &reader) { script.breatheEvery = seconds }
      case "first_minutes":
        if let n = minutes(value, key, in: 1...240, reader: &reader) { script.firstMinutes = n }
      case "gentle_minutes":
        if let n = minutes(value, key, in: 1...240, reader: &reader) { script.gentleMinutes = n }
      case "gentle_when":
        for (fact, _, valueNode) in reader.entries(value, "`gentle_when`") {
          if let named = reader.string(valueNode, "`\(fact)`") { script.gentleWhen[fact] = named }
        }
      case "longest_minutes":
        if let n = minutes(value, key, in: 1...240, reader: &reader) { script.longestMinutes = n }
      default:
        guard let text = reader.string(value, "`\(key)`")?.trimmingWhitespace else { continue }
        switch key {
        case "pain_before": script.painBefore = text
        case "pain_after": script.painAfter = text
        case "untimed": script.untimed = text
        case "longer_than_guide": script.longerThanGuide = text
        case "from_log": script.fromLog = text
        default: script.frequencyFromLog = text
        }
      }
    }
  }

  /// A cue: `{say: …, source: [...]}`, or just its words.
  private func readCue(_ node: Node, _ key: String, reader: inout YAMLReader) -> SessionScript.Line? {
    if node.scalar != nil {
      return reader.string(node, "`\(key)`").map { SessionScript.Line($0.trimmingWhitespace) }
    }
    var say: String?
    var sources: [(String, Node)] = []
    for (field, _, value) in reader.entries(node, "a `\(key)` cue", allowed: Self.cueKeys) {
      if field == "say" { say = reader.string(value, "`say`") } else { sources = reader.strings(value, "`source`") }
    }
    guard let say else {
      reader.error(node, "a `\(key)` cue needs `say:` (what the coach says)")
      return nil
    }
    return SessionScript.Line(say.trimmingWhitespace, sources: checkSources(sources, reader: &reader))
  }

  private func minutes(_ node: Node, _ key: String, in range: ClosedRange<Int>, reader: inout YAMLReader) -> Int? {
    guard let text = reader.string(node, "`\(key)`") else { return nil }
    guard let value = Int(text), range.contains(value) else {
      reader.error(node, "`\(key)` must be a whole number from \(range.lowerBound) to \(range.upperBound), not `\(text)`")
      return nil
    }
    return value
  }
}
