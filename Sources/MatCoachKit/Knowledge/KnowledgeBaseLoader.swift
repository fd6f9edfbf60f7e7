import Foundation
import Yams

/// Reads and validates a knowledge base: every problem is reported with its
/// `FILE:LINE:COLUMN`, and a knowledge base with any error is never returned half-loaded.
///
/// The schema is documented in `Intents/README.md`. The minimal form is enough:
/// ```yaml
/// intents:
///   - id: breathing
///     keywords: ["breathe", "deep breath"]
///     answer: "Breathe in slowly through your nose."
/// ```
public struct KnowledgeBaseLoader: Sendable {
  /// The guide whose passages `source:` must quote; without one, sources are not checked.
  public var guide: Guide?
  /// A source passage must be at least this long, so that it really pins down where it is from.
  public static let minimumSourceLength = 30

  public init(guide: Guide? = nil) { self.guide = guide }

  static let topKeys: Set<String> = ["intents", "facts", "synonyms", "number_phrases", "coach", "safety", "sessions"]
  static let intentKeys: Set<String> = [
    "id", "title", "kind", "keywords", "statements", "answer", "source", "beyond_guide",
    "answers", "follow_up", "outside_guide", "notes",
  ]
  static let answerKeys: Set<String> = ["say", "when", "source", "beyond_guide", "fits_questions", "defer_to"]
  static let factKeys: Set<String> = ["id", "values", "number", "durations", "over"]
  static let valueKeys: Set<String> = ["describe", "phrases", "conflicts_with", "alone", "clock"]
  static let durationKeys: Set<String> = ["about", "units", "recent", "of_other", "values"]
  static let bandKeys: Set<String> = ["length", "note"]
  static let numberKeys: Set<String> = ["units", "prefixes", "approximately", "then", "of_other", "advised_by", "range", "describe"]
  static let coachKeys: Set<String> = ["fallback", "suggest", "beyond_guide", "noted", "empty_profile", "goodbye", "help", "too_many", "context", "declined", "because", "refer_back",
    "because_beyond_guide", "general", "openers", "off_topic", "topic_words", "other_mats", "pain"]

  /// Loads the files; the knowledge base is nil when any diagnostic is an error.
  public func load(_ files: [KnowledgeFile]) -> (knowledge: KnowledgeBase?, diagnostics: [Diagnostic]) {
    var readers: [YAMLReader] = []
    var sections: [(reader: Int, key: String, keyNode: Node, value: Node)] = []
    // Built once: Yams makes a new one, with its tables, each time `.default` is read.
    let constructor = Constructor.default
    for file in files {
      var reader = YAMLReader(path: file.path)
      do {
        // Every value is read as text here, so the basic resolver (no regular
        // expressions for numbers, booleans and dates) is enough, and much faster. The
        // encoding is named: by default Yams reads the whole environment to choose one.
        if let root = try Yams.compose(yaml: file.contents, .basic, constructor, .utf8) {
          for (key, keyNode, value) in reader.entries(
            root, "the top level", allowed: Self.topKeys)
          {
            sections.append((readers.count, key, keyNode, value))
          }
        } else {
          reader.warning(nil, "the file is empty")
        }
      } catch {
        reader.diagnostics.append(Self.diagnostic(for: error, path: file.path, text: file.contents))
      }
      readers.append(reader)
    }

    // Synonyms and number phrases first: they change how every keyword is normalised.
    var synonyms: [String: [String]] = [:]
    for s in sections where s.key == "synonyms" {
      readSynonyms(s.value, into: &synonyms, reader: &readers[s.reader])
    }
    var numberPhrases: [String: String] = [:]
    for s in sections where s.key == "number_phrases" {
      readNumberPhrases(s.value, into: &numberPhrases, reader: &readers[s.reader])
    }
    let normalizer = Normalizer(synonyms: synonyms, numberPhrases: numberPhrases)

    var facts: [FactDefinition] = []
    var conflicts: [(reader: Int, fact: String, value: String, node: Node)] = []
    for s in sections where s.key == "facts" {
      for node in readers[s.reader].sequence(s.value, "`facts`") {
        if let fact = readFact(node, normalizer: normalizer, reader: &readers[s.reader]) {
          if let first = facts.first(where: { $0.name == fact.name }) {
            readers[s.reader].error(node, "duplicate fact `\(fact.name)` (first declared at \(first.location))")
          } else {
            facts.append(fact)
            for (value, body) in Self.conflictNodes(of: node) {
              conflicts.append((s.reader, fact.name, value, body))
            }
          }
        }
      }
    }
    // Conflicts may name facts declared after them: read once every fact is known.
    for c in conflicts {
      let read = readConditions(c.node, groups: [], facts: facts, reader: &readers[c.reader])
      guard let f = facts.firstIndex(where: { $0.name == c.fact }),
        let v = facts[f].values.firstIndex(where: { $0.name == c.value })
      else { continue }
      if read.contains(where: { $0.factName == c.fact }) {
        readers[c.reader].error(c.node, "`conflicts_with` of `\(c.fact): \(c.value)` names its own fact; a fact holds one value at a time anyway")
      }
      facts[f].values[v].conflicts = read.filter { $0.factName != c.fact }
    }

    var intents: [Intent] = []
    var positions: [String: Int] = [:]
    for s in sections where s.key == "intents" {
      for node in readers[s.reader].sequence(s.value, "`intents`") {
        guard let intent = readIntent(node, facts: facts, normalizer: normalizer, reader: &readers[s.reader])
        else { continue }
        if let first = positions[intent.id] {
          readers[s.reader].error(
            node, "duplicate intent id `\(intent.id)`: also defined at \(intents[first].location)")
        } else {
          positions[intent.id] = intents.count
          intents.append(intent)
        }
      }
    }

    var settings = CoachSettings()
    var suggestionNodes: [(String, Node, Int)] = []
    for s in sections where s.key == "coach" {
      for (key, _, value) in readers[s.reader].entries(s.value, "`coach`", allowed: Self.coachKeys) {
        switch key {
        case "fallback": settings.fallback = readers[s.reader].string(value, "`fallback`") ?? settings.fallback
        case "beyond_guide":
          settings.beyondGuideNote = readers[s.reader].string(value, "`beyond_guide`") ?? settings.beyondGuideNote
        case "noted": settings.notedHint = readers[s.reader].string(value, "`noted`") ?? settings.notedHint
        case "refer_back":
          settings.referBack = Set(readers[s.reader].strings(value, "`refer_back`").map { $0.0.lowercased() })
        case "off_topic": settings.offTopic = readers[s.reader].string(value, "`off_topic`")
        case "topic_words":
          settings.topicWords = Set(readers[s.reader].strings(value, "`topic_words`").map { $0.0.lowercased() })
        case "other_mats":
          settings.otherMats = Set(readers[s.reader].strings(value, "`other_mats`").map { $0.0.lowercased() })
        case "declined": settings.declined = readers[s.reader].string(value, "`declined`") ?? settings.declined
        case "because": settings.because = readers[s.reader].string(value, "`because`") ?? settings.because
        case "because_beyond_guide":
          settings.becauseBeyondGuide = readers[s.reader].string(value, "`because_beyond_guide`") ?? settings.becauseBeyondGuide
        case "context":
          let meanings = Set(ContextReply.allCases.map(\.rawValue))
          for (name, _, list) in readers[s.reader].entries(value, "`context`", allowed: meanings) {
            if let meaning = ContextReply(rawValue: name) {
              settings.contextReplies[meaning] = readers[s.reader].strings(list, "`\(name)`").map { $0.0.lowercased() }
            }
          }
        case "too_many":
          settings.tooManyQuestions = readers[s.reader].string(value, "`too_many`") ?? settings.tooManyQuestions
        case "empty_profile":
          settings.emptyProfile = readers[s.reader].string(value, "`empty_profile`") ?? settings.emptyProfile
        case "goodbye": settings.goodbye = readers[s.reader].string(value, "`goodbye`") ?? settings.goodbye
        case "pain":
          for (id, node) in readers[s.reader].strings(value, "`pain`") {
            suggestionNodes.append((id, node, s.reader))
            settings.painTopics.append(id)
          }
        case "general":
          for (id, node) in readers[s.reader].strings(value, "`general`") {
            suggestionNodes.append((id, node, s.reader))
            settings.generalTopics.insert(id)
          }
        case "openers":
          for (id, node) in readers[s.reader].strings(value, "`openers`") {
            suggestionNodes.append((id, node, s.reader))
            settings.openers.insert(id)
          }
        case "help":
          if let id = readers[s.reader].string(value, "`help`") {
            settings.helpIntent = id
            suggestionNodes.append((id, value, s.reader))
          }
        default:
          for (id, node) in readers[s.reader].strings(value, "`suggest`") {
            suggestionNodes.append((id, node, s.reader))
            settings.suggestions.append(id)
          }
        }
      }
    }

    var safety = SafetyRules()
    for s in sections where s.key == "safety" {
      readSafety(s.value, into: &safety, reader: &readers[s.reader])
    }

    var sessions = SessionScript()
    var sessionIntents: [(String, Node, Int)] = []
    for s in sections where s.key == "sessions" {
      var named: [(String, Node)] = []
      readSessions(s.value, into: &sessions, intentNodes: &named, reader: &readers[s.reader])
      sessionIntents += named.map { ($0.0, $0.1, s.reader) }
    }

    var diagnostics = readers.flatMap(\.diagnostics)
    // A file that did not parse leaves its ids undefined: naming them elsewhere is no news.
    let unparsed = diagnostics.contains { $0.message.hasPrefix("malformed YAML") }
    if !unparsed {
      diagnostics += crossCheck(intents: intents, facts: facts)
      if let topic = safety.topic, positions[topic] == nil {
        diagnostics.append(Diagnostic(.error, at: safety.signs.first?.location ?? SourceLocation(file: files.first?.path ?? "", line: 1, column: 1), "`safety: topic:` names unknown intent `\(topic)`"))
      }
      for question in safety.questions where safety.sign(id: question.yes) == nil {
        diagnostics.append(
          Diagnostic(.error, at: question.location, "question `\(question.id)`: `yes` names no sign: `\(question.yes)`"))
      }
    }
    for (id, node, r) in suggestionNodes where !unparsed && positions[id] == nil {
      diagnostics.append(
        Diagnostic(.error, at: readers[r].location(node), "`coach:` names unknown intent `\(id)`"))
    }
    for (id, node, r) in sessionIntents where !unparsed && positions[id] == nil {
      diagnostics.append(
        Diagnostic(.error, at: readers[r].location(node), "`sessions:` names unknown intent `\(id)`"))
    }
    if !unparsed, let group = sessions.startWhen, let id = sessions.intent, let at = positions[id],
      !intents[at].phrases.contains(where: { $0.group == group })
    {
      diagnostics.append(
        Diagnostic(.error, at: intents[at].location, "`sessions: start_when:` names no keyword group of `\(id)`: `\(group)`"))
    }
    if intents.isEmpty && !diagnostics.contains(where: { $0.severity == .error }) {
      let at = SourceLocation(file: files.first?.path ?? "(no files)", line: 1, column: 1)
      diagnostics.append(Diagnostic(.error, at: at, "the knowledge base has no intents"))
    }
    guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }

    var known: Set<String> = []
    var spelled: Set<String> = []
    func learn(_ text: String) {
      for token in normalizer.tokens(ofWhole: text) {
        known.insert(token.word)
        known.insert(token.surface)
        spelled.insert(token.surface)
      }
    }
    for intent in intents { for answer in intent.answers + intent.notes { learn(answer.text) } }
    for words in synonyms.values { learn(words.joined(separator: " ")) }
    if let guide { learn(guide.text) }
    var knowledge = KnowledgeBase(
      intents: intents, facts: facts, synonyms: synonyms, numberPhrases: numberPhrases, settings: settings,
      safety: safety, guide: guide,
      knownWords: known, spelledWords: spelled)
    knowledge.sessions = sessions
    return (knowledge, diagnostics)
  }

  // MARK: - Sections

  private func readSynonyms(_ node: Node, into synonyms: inout [String: [String]], reader: inout YAMLReader) {
    for (canonical, _, value) in reader.entries(node, "`synonyms`") {
      let replacement = Normalizer.split(Normalizer.fold(canonical)).map(\.0)
      guard !replacement.isEmpty else {
        reader.error(value, "synonym `\(canonical)` has no words")
        continue
      }
      for (variant, variantNode) in reader.strings(value, "the variants of `\(canonical)`") {
        let words = Normalizer.split(Normalizer.fold(variant)).map(\.0)
        guard words.count == 1 else {
          reader.error(variantNode, "a synonym variant must be one word; `\(variant)` is not (use a keyword phrase instead)")
          continue
        }
        if let other = synonyms[words[0]], other != replacement {
          reader.error(variantNode, "`\(variant)` is already a variant of `\(other.joined(separator: " "))`")
          continue
        }
        synonyms[words[0]] = replacement
      }
    }
  }

  /// `phrase: meaning` pairs; the meaning must be a number, then any words ("30 minutes").
  private func readNumberPhrases(_ node: Node, into phrases: inout [String: String], reader: inout YAMLReader) {
    // The words of each phrase taken, as the normaliser will read it → the phrase as written.
    var taken: [[String]: String] = [:]
    for (phrase, phraseNode, value) in reader.entries(node, "`number_phrases`") {
      guard let meaning = reader.string(value, "the meaning of `\(phrase)`") else { continue }
      let read = NumberPhrase(text: phrase, meaning: meaning)
      if read.words.isEmpty {
        reader.error(phraseNode, "number phrase `\(phrase)` has no words")
      } else if read.meaning.first.map({ Double($0)?.isFinite ?? false }) != true {
        reader.error(value, "number phrase `\(phrase)` must mean a number and its unit, like `30 minutes`; `\(meaning)` does not start with a number")
      } else if let first = taken[read.words] {
        reader.error(phraseNode, "number phrase `\(phrase)` is already given as `\(first)`")
      } else {
        taken[read.words] = phrase
        phrases[phrase] = meaning
      }
    }
  }

  /// The hours (0 to 23) from one hour of the clock to another, both said with "am" or
  /// "pm" and counted round midnight when the second is earlier: `6pm-2am`.
  static func clockHours(_ text: String) -> Set<Int>? {
    func hour(_ part: Substring) -> Int? {
      let part = part.trimmingCharacters(in: .whitespaces).lowercased()
      guard part.hasSuffix("am") || part.hasSuffix("pm"), let h = Int(part.dropLast(2)), (1...12).contains(h) else { return nil }
      return h % 12 + (part.hasSuffix("pm") ? 12 : 0)
    }
    let ends = text.split(separator: "-")
    guard ends.count == 2, let from = hour(ends[0]), let to = hour(ends[1]) else { return nil }
    var hours: Set<Int> = [from]
    var h = from
    while h != to {
      h = (h + 1) % 24
      hours.insert(h)
    }
    return hours
  }

  private func readFact(_ node: Node, normalizer: Normalizer, reader: inout YAMLReader) -> FactDefinition? {
    let fields = reader.entries(node, "a fact", allowed: Self.factKeys)
    guard let idField = fields.first(where: { $0.key == "id" }),
      let name = reader.string(idField.value, "`id`")
    else {
      reader.error(node, "a fact needs an `id`")
      return nil
    }
    if name == "safety" {
      // `--json` shows what was heard about safety under `facts.safety`.
      reader.error(idField.value, "`safety` is kept for red flags heard; name the fact otherwise")
    }
    var fact = FactDefinition(name: name, location: reader.location(node))
    for (key, _, value) in fields {
      switch key {
      case "values":
        for (valueName, valueKey, body) in reader.entries(value, "the values of `\(name)`") {
          var describe = valueName
          var phrases: [KeywordPhrase] = []
          var alone: [[String]] = []
          var hours: Set<Int> = []
          for (field, _, content) in reader.entries(body, "value `\(valueName)`", allowed: Self.valueKeys) {
            if field == "describe" {
              describe = reader.string(content, "`describe`") ?? describe
            } else if field == "alone" {
              alone = reader.strings(content, "`alone`").map { normalizer.words($0.0) }.filter { !$0.isEmpty }
            } else if field == "clock", let text = reader.string(content, "`clock`") {
              if let range = Self.clockHours(text) {
                hours = range
              } else {
                reader.error(content, "`clock` must be a range of hours such as `4am-11am` or `6pm-2am`, not `\(text)`")
              }
            } else if field == "phrases" {
              phrases = readPhrases(
                content, statement: true, group: nil, facts: nil, normalizer: normalizer, reader: &reader)
            }
          }
          if phrases.isEmpty { reader.error(valueKey, "value `\(valueName)` of fact `\(name)` has no `phrases`") }
          var factValue = FactValue(name: valueName, describe: describe, phrases: phrases)
          factValue.alone = alone
          factValue.hours = hours
          fact.values.append(factValue)
        }
      case "number":
        fact.number = readNumber(value, fact: name, normalizer: normalizer, reader: &reader)
      case "durations":
        fact.durations = readDurations(value, fact: name, normalizer: normalizer, reader: &reader)
      case "over":
        fact.over = reader.strings(value, "`over`").map { normalizer.words($0.0) }.filter { !$0.isEmpty }
      default: break
      }
    }
    if let durations = fact.durations {
      for band in durations.bands where fact.value(named: band.value) == nil {
        let known = fact.values.map { "`\($0.name)`" }.joined(separator: ", ")
        reader.error(node, "`durations` of `\(name)` sets value `\(band.value)`, which the fact does not have; its values are: \(known)")
      }
    }
    if fact.values.isEmpty && fact.number == nil {
      reader.error(node, "fact `\(name)` needs `values:` (a choice) or `number:` (a number)")
    }
    return fact
  }

  /// Each value's `conflicts_with:` mapping, found in a fact's node for the second pass.
  static func conflictNodes(of fact: Node) -> [(value: String, node: Node)] {
    guard let values = fact.mapping?["values"]?.mapping else { return [] }
    return values.compactMap { key, body in
      guard let name = key.string, let conflicts = body.mapping?["conflicts_with"] else { return nil }
      return (name, conflicts)
    }
  }

  private func readDurations(
    _ node: Node, fact: String, normalizer: Normalizer, reader: inout YAMLReader
  ) -> FactDurations? {
    var durations = FactDurations(about: [], units: [:], bands: [])
    for (key, _, value) in reader.entries(node, "`durations`", allowed: Self.durationKeys) {
      switch key {
      case "about": durations.about = singleWords(value, key, upTo: 2, normalizer: normalizer, reader: &reader)
      case "of_other": durations.ofOther = singleWords(value, key, normalizer: normalizer, reader: &reader)
      case "units":
        durations.units = readUnits(value, size: "its length in days", normalizer: normalizer, reader: &reader)
      case "recent":
        durations.recent = reader.strings(value, "`recent`").map { normalizer.words($0.0) }.filter { !$0.isEmpty }
      default:
        for (valueName, _, band) in reader.entries(value, "the values `durations` sets") {
          var length: ClosedRange<Double>?
          var note: String?
          for (field, _, content) in reader.entries(band, "value `\(valueName)`", allowed: Self.bandKeys) {
            if field == "note" {
              note = reader.string(content, "`note`")
            } else if let text = reader.string(content, "`length`"), let range = Self.range(text) {
              length = range
            } else {
              reader.error(content, "`length` must look like `<=42` or `90+`")
            }
          }
          if let length { durations.bands.append(.init(value: valueName, length: length, note: note)) }
        }
      }
    }
    if durations.about.isEmpty || durations.units.isEmpty || durations.bands.isEmpty {
      reader.error(node, "`durations` of `\(fact)` needs `about:` words, `units:` and `values:` with a `length:` each")
      return nil
    }
    return durations
  }

  /// `units:`, one word each → a positive size (`size` says what the number means).
  private func readUnits(
    _ node: Node, size meaning: String, normalizer: Normalizer, reader: inout YAMLReader
  ) -> [String: Double] {
    var units: [String: Double] = [:]
    var replaced: [(unit: String, word: String, node: Node)] = []
    var own: Set<String> = []
    for (unit, unitNode, factor) in reader.entries(node, "`units`") {
      guard let text = reader.string(factor, "a unit's size"), let size = Double(text), size > 0, size.isFinite else {
        reader.error(factor, "unit `\(unit)` needs a positive number (\(meaning))")
        continue
      }
      guard let word = normalizer.words(unit).first, normalizer.words(unit).count == 1 else {
        reader.error(unitNode, "a unit must be one word; `\(unit)` is not")
        continue
      }
      if word != Stemmer.stem(unit.lowercased()) { replaced.append((unit, word, unitNode)) } else { own.insert(word) }
      units[word] = size
    }
    // A unit that a synonym reads as another word makes that word the unit: "yr", read as
    // "your", would make "for your back" a year. (A variant of another unit is that unit.)
    for (unit, word, unitNode) in replaced where !own.contains(word) {
      reader.error(unitNode, "unit `\(unit)` is read as `\(word)` (a synonym), so every `\(word)` would count as this unit; leave it out")
    }
    return units
  }

  /// A list of single words, normalised; an entry of several words is an error naming `what`.
  private func oneWords(_ node: Node, _ what: String, normalizer: Normalizer, reader: inout YAMLReader) -> [String] {
    reader.strings(node, what).compactMap { word, wordNode in
      let words = normalizer.words(word)
      guard words.count == 1 else {
        reader.error(wordNode, "\(what) must be one word; `\(word)` is not")
        return nil
      }
      return words[0]
    }
  }

  private func readNumber(_ node: Node, fact: String, normalizer: Normalizer, reader: inout YAMLReader) -> NumberFact? {
    var spec = NumberFact(units: [:], range: 0...Double.greatestFiniteMagnitude, describe: "{value}")
    for (key, _, value) in reader.entries(node, "`number`", allowed: Self.numberKeys) {
      switch key {
      case "units":
        spec.units = readUnits(
          value, size: "how many of the fact's unit it is", normalizer: normalizer, reader: &reader)
      case "prefixes":
        spec.prefixes = reader.strings(value, "`prefixes`").map { normalizer.words($0.0) }.filter { !$0.isEmpty }
      case "then":
        spec.thenWords = Set(oneWords(value, "a `then` entry", normalizer: normalizer, reader: &reader))
      case "approximately":
        // Phrases too: "ten or so minutes", "15 give or take".
        spec.approximations = reader.strings(value, "`approximately`").map { normalizer.words($0.0).joined(separator: " ") }
          .filter { !$0.isEmpty }
      case "of_other":
        spec.ofOther = Set(oneWords(value, "an `of_other` entry", normalizer: normalizer, reader: &reader))
      case "advised_by":
        spec.advisedBy = Set(oneWords(value, "an `advised_by` entry", normalizer: normalizer, reader: &reader))
      case "range":
        if let text = reader.string(value, "`range`"), let range = Self.range(text) {
          spec.range = range
        } else {
          reader.error(value, "`range` must look like `1-180`")
        }
      default:
        spec.describe = reader.string(value, "`describe`") ?? spec.describe
      }
    }
    if spec.units.isEmpty { reader.error(node, "number fact `\(fact)` needs `units:`") }
    return spec
  }

  private func readIntent(
    _ node: Node, facts: [FactDefinition], normalizer: Normalizer, reader: inout YAMLReader
  ) -> Intent? {
    let fields = reader.entries(node, "an intent", allowed: Self.intentKeys)
    guard case .mapping = node else { return nil }
    guard let idField = fields.first(where: { $0.key == "id" }),
      let id = reader.string(idField.value, "`id`"), !id.isEmpty
    else {
      reader.error(node, "an intent needs an `id`")
      return nil
    }
    if !Self.isValidID(id) {
      reader.error(idField.value, "intent id `\(id)` may hold only letters, digits, `-` and `_`")
    }
    var intent = Intent(id: id, phrases: [], answers: [], location: reader.location(node))
    var shorthand: (text: String, node: Node)?
    var shorthandSources: [(String, Node)] = []
    var shorthandBeyond = false
    var answersNode: Node?
    var notesNode: Node?
    for (key, keyNode, value) in fields {
      switch key {
      case "title": intent.title = reader.string(value, "`title`") ?? intent.title
      case "kind":
        guard let text = reader.string(value, "`kind`") else { break }
        if let kind = IntentKind(rawValue: text) {
          intent.kind = kind
        } else {
          let kinds = IntentKind.allCases.map(\.rawValue).joined(separator: ", ")
          reader.error(value, "unknown kind `\(text)`; expected one of: \(kinds)")
        }
      case "keywords", "statements":
        let statement = key == "statements"
        if case .mapping = value {
          for (group, _, list) in reader.entries(value, "`\(key)` groups") {
            intent.phrases += readPhrases(
              list, statement: statement, group: group, facts: facts, normalizer: normalizer, reader: &reader)
          }
        } else {
          intent.phrases += readPhrases(
            value, statement: statement, group: nil, facts: facts, normalizer: normalizer, reader: &reader)
        }
      case "answer":
        if let text = reader.string(value, "`answer`") {
          shorthand = (text, value)
          checkPlaceholders(text, at: value, facts: facts, reader: &reader)
        }
      case "source": shorthandSources = reader.strings(value, "`source`")
      case "beyond_guide": shorthandBeyond = reader.bool(value, "`beyond_guide`") ?? false
      case "answers": answersNode = value
      case "notes": notesNode = value
      case "outside_guide": intent.outsideGuide = reader.bool(value, "`outside_guide`") ?? false
      case "follow_up":
        for (followUp, node) in reader.strings(value, "`follow_up`") {
          if intent.followUps.contains(followUp) {
            reader.error(node, "`follow_up` names `\(followUp)` twice")
          } else {
            intent.followUps.append(followUp)
          }
        }
      default: _ = keyNode
      }
    }
    if intent.kind == .statement {
      for i in intent.phrases.indices { intent.phrases[i].isStatement = true }
    }
    if intent.phrases.isEmpty {
      reader.error(node, "intent `\(id)` has no keywords: add `keywords:` with the phrases that ask for it")
    }
    let groups = Set(intent.phrases.compactMap(\.group))
    if let shorthand {
      if answersNode != nil {
        reader.error(shorthand.node, "intent `\(id)` has both `answer:` and `answers:`; keep one")
      }
      intent.answers.append(
        Answer(
          text: shorthand.text, sources: checkSources(shorthandSources, reader: &reader),
          beyondGuide: shorthandBeyond, location: reader.location(shorthand.node)))
    } else if !shorthandSources.isEmpty {
      reader.error(shorthandSources[0].1, "`source:` beside no `answer:`; put it in the answer it backs")
    }
    if let answersNode {
      for item in reader.sequence(answersNode, "`answers`") {
        if let answer = readAnswer(item, intent: id, groups: groups, facts: facts, reader: &reader) {
          intent.answers.append(answer)
        }
      }
    }
    if let notesNode {
      for item in reader.sequence(notesNode, "`notes`") {
        guard let note = readAnswer(item, intent: id, groups: [], facts: facts, reader: &reader) else { continue }
        if note.conditions.isEmpty || note.deferTo != nil {
          reader.error(item, "a note of `\(id)` needs a `when:` on a fact, and a `say:`: it is added only for someone the answer does not already fit")
        } else {
          intent.notes.append(note)
        }
      }
    }
    if intent.answers.isEmpty {
      reader.error(node, "intent `\(id)` has no answer: add `answer:` (or `answers:`)")
    } else if !intent.answers.contains(where: { $0.conditions.isEmpty }) && groups.isEmpty {
      reader.warning(node, "intent `\(id)` has no answer without `when:`; people its conditions miss get \"didn't catch that\"")
    }
    if guide != nil && intent.kind != .chat {
      for answer in intent.answers + intent.notes where answer.sources.isEmpty && !answer.beyondGuide && answer.deferTo == nil {
        reader.diagnostics.append(
          Diagnostic(
            .warning, at: answer.location,
            "this answer of `\(id)` cites no guide passage; add `source:`, or `beyond_guide: true` if it is not from the guide"))
      }
    }
    return intent
  }

  /// A list of single words, as typed (folded, not stemmed: "using" the mat is not "used
  /// to"), or of up to `upTo` words in a row, joined by a space; a longer entry is an error
  /// at its line.
  private func singleWords(_ node: Node, _ key: String, upTo: Int = 1, normalizer: Normalizer, reader: inout YAMLReader) -> [String] {
    var result: [String] = []
    for (word, wordNode) in reader.strings(node, "`\(key)`") {
      let words = normalizer.tokens(word).map(\.surface)
      guard (1...upTo).contains(words.count) else {
        let allowed = upTo == 1 ? "one word" : "one to \(upTo) words"
        reader.error(wordNode, "an `\(key)` entry must be \(allowed); `\(word)` is not")
        continue
      }
      result.append(words.joined(separator: " "))
    }
    return result
  }

  /// `{fact}` in an answer is filled in with what the user said: it must name a fact,
  /// and braces must pair ("20 {nonexist} {" would be printed as it stands).
  private func checkPlaceholders(_ text: String, at node: Node, facts: [FactDefinition], reader: inout YAMLReader) {
    // Most answers have no braces: a byte scan says so without walking their characters.
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) else { return }
    var rest = Substring(text)
    while let open = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
      guard rest[open] == "{", let close = rest[open...].firstIndex(of: "}") else {
        reader.error(node, "a `{` or `}` in the answer does not pair: write `{fact}` with a fact's name, or no braces")
        return
      }
      let name = String(rest[rest.index(after: open)..<close])
      if !facts.contains(where: { $0.name == name }) {
        let known = facts.map { "{\($0.name)}" }.joined(separator: ", ")
        reader.error(node, "`{\(name)}` names no fact" + (known.isEmpty ? "" : "; facts are: \(known)"))
      }
      rest = rest[rest.index(after: close)...]
    }
  }

  private func readAnswer(
    _ node: Node, intent: String, groups: Set<String>, facts: [FactDefinition], reader: inout YAMLReader
  ) -> Answer? {
    var text: String?
    var conditions: [Condition] = []
    var sources: [String] = []
    var beyond = false
    var fitsQuestions = false
    var deferTo: (id: String, node: Node)?
    for (key, _, value) in reader.entries(node, "an answer", allowed: Self.answerKeys) {
      switch key {
      case "say":
        text = reader.string(value, "`say`")
        if let text { checkPlaceholders(text, at: value, facts: facts, reader: &reader) }
      case "when": conditions = readConditions(value, groups: groups, facts: facts, reader: &reader)
      case "source": sources = checkSources(reader.strings(value, "`source`"), reader: &reader)
      case "fits_questions": fitsQuestions = reader.bool(value, "`fits_questions`") ?? false
      case "defer_to": deferTo = reader.string(value, "`defer_to`").map { ($0, value) }
      default: beyond = reader.bool(value, "`beyond_guide`") ?? false
      }
    }
    guard case .mapping = node else { return nil }
    if let deferTo {
      // The other intent's answer is given whole: words or sources here would never show.
      guard text == nil, sources.isEmpty, !conditions.isEmpty else {
        reader.error(
          deferTo.node,
          "an answer with `defer_to:` needs a `when:` and takes no `say:` or `source:`: the answer of `\(deferTo.id)` is given instead")
        return nil
      }
      guard deferTo.id != intent else {
        reader.error(deferTo.node, "`defer_to:` names the intent it is in, `\(intent)`")
        return nil
      }
      var answer = Answer(text: "", conditions: conditions, location: reader.location(node))
      answer.deferTo = deferTo.id
      return answer
    }
    guard let text, !text.isEmpty else {
      reader.error(node, "an answer of `\(intent)` has no `say:`")
      return nil
    }
    var answer = Answer(
      text: text.trimmingWhitespace,  // YAML block scalars end in a newline
      conditions: conditions,
      sources: sources, beyondGuide: beyond, location: reader.location(node))
    answer.fitsQuestions = fitsQuestions
    return answer
  }

  private func readConditions(
    _ node: Node, groups: Set<String>, facts: [FactDefinition], reader: inout YAMLReader
  ) -> [Condition] {
    var conditions: [Condition] = []
    for (key, keyNode, value) in reader.entries(node, "`when`") {
      if key == "matched" {
        for (group, groupNode) in reader.strings(value, "`matched`") {
          if groups.contains(group) {
            conditions.append(.matchedGroup(group))
          } else {
            reader.error(groupNode, "`matched: \(group)` names no keyword group of this intent")
          }
        }
        continue
      }
      guard let fact = facts.first(where: { $0.name == key }) else {
        let names = facts.map(\.name).joined(separator: ", ")
        reader.error(keyNode, "`when:` names unknown fact `\(key)`" + (names.isEmpty ? "" : "; facts are: \(names)"))
        continue
      }
      if fact.number != nil {
        guard let text = reader.string(value, "a number condition"), let range = Self.range(text) else {
          reader.error(value, "`\(key)` needs a number or a range: `10`, `10-14`, `<10`, `>30`, `>=20`")
          continue
        }
        // A condition no number the fact can hold meets is a typo ("-5", "99999").
        if let readable = fact.number?.range, !readable.overlaps(range) {
          reader.error(
            value, "`\(key): \(text)` can never hold: `\(key)` is read from \(FactExtractor.text(of: readable.lowerBound)) to \(FactExtractor.text(of: readable.upperBound))")
          continue
        }
        conditions.append(.number(key, range))
      } else {
        let values = reader.strings(value, "`\(key)`")
        for (v, vNode) in values where fact.value(named: v) == nil {
          let known = fact.values.map(\.name).joined(separator: ", ")
          reader.error(vNode, "fact `\(key)` has no value `\(v)`; its values are: \(known)")
        }
        conditions.append(.fact(key, oneOf: values.map(\.0)))
      }
    }
    return conditions
  }

  /// A list of phrases. In an intent's list (`facts` given), an item
  /// `phrases_of: {experience: new}` stands for every phrase that sets that fact value, so
  /// a phrase that both sets a fact and asks for an intent is written once, in `facts.yaml`.
  private func readPhrases(
    _ node: Node, statement: Bool, group: String?, facts: [FactDefinition]?, normalizer: Normalizer,
    reader: inout YAMLReader
  ) -> [KeywordPhrase] {
    let what = statement ? "statements" : "keywords"
    let items: [Node]
    if case .sequence(let sequence) = node { items = Array(sequence) } else { items = [node] }
    var phrases: [KeywordPhrase] = []
    for item in items {
      if case .mapping = item, let facts {
        phrases += factPhrases(item, statement: statement, group: group, facts: facts, reader: &reader)
        continue
      }
      guard let text = reader.string(item, what) else { continue }
      // (A carriage return is refused by `string` as a control character.)
      if text.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) {
        // Shown escaped: the message itself stays one line.
        let shown = text.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
        reader.error(item, "keyword `\(shown)` holds a line break or a tab: a keyword is one line of words")
        continue
      }
      let tokens = normalizer.tokens(text)
      let words = tokens.map(\.word)
      if words.isEmpty {
        reader.error(item, "keyword `\(text)` has no words to match")
        continue
      }
      var phrase = KeywordPhrase(
        text: text, words: words, group: group, isStatement: statement, location: reader.location(item))
      let written = tokens.map(\.surface)
      if written != words { phrase.written = written }
      phrases.append(phrase)
    }
    return phrases
  }

  /// The phrases of the fact values a `phrases_of: {FACT: VALUE}` item names, as keywords
  /// or statements of the intent whose list holds it (each keeps its place in `facts.yaml`).
  private func factPhrases(
    _ item: Node, statement: Bool, group: String?, facts: [FactDefinition], reader: inout YAMLReader
  ) -> [KeywordPhrase] {
    var phrases: [KeywordPhrase] = []
    for (_, _, named) in reader.entries(item, "a keyword item", allowed: ["phrases_of"]) {
      for (factName, factNode, valueNode) in reader.entries(named, "`phrases_of`") {
        guard let fact = facts.first(where: { $0.name == factName }), !fact.values.isEmpty else {
          let choices = facts.filter { !$0.values.isEmpty }.map { "`\($0.name)`" }.joined(separator: ", ")
          reader.error(factNode, "`phrases_of` names `\(factName)`, which is not a fact with values; expected one of: \(choices)")
          continue
        }
        guard let valueName = reader.string(valueNode, "a fact value") else { continue }
        guard let value = fact.value(named: valueName) else {
          let choices = fact.values.map { "`\($0.name)`" }.joined(separator: ", ")
          reader.error(valueNode, "fact `\(factName)` has no value `\(valueName)`; expected one of: \(choices)")
          continue
        }
        for var phrase in value.phrases {
          phrase.isStatement = statement
          phrase.group = group
          phrases.append(phrase)
        }
      }
    }
    return phrases
  }

  func checkSources(_ sources: [(String, Node)], reader: inout YAMLReader) -> [String] {
    for (passage, node) in sources {
      let length = Guide.fold(passage).count
      if length < Self.minimumSourceLength {
        reader.error(
          node, "source passage is too short (\(length) characters); quote at least \(Self.minimumSourceLength) so it pins down where it is from")
      } else if let guide, !guide.contains(passage) {
        reader.error(node, "source passage not found verbatim in \(guide.path): “\(passage.prefix(60))…”")
      }
    }
    return sources.map(\.0)
  }

  // MARK: - Whole knowledge base

  private func crossCheck(intents: [Intent], facts: [FactDefinition]) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let ids = Set(intents.map(\.id))
    let defers = Set(intents.filter { $0.answers.contains { $0.deferTo != nil } }.map(\.id))
    for intent in intents {
      for followUp in intent.followUps where !ids.contains(followUp) {
        diagnostics.append(
          Diagnostic(.error, at: intent.location, "intent `\(intent.id)`: `follow_up` names unknown intent `\(followUp)`"))
      }
      for answer in intent.answers {
        guard let target = answer.deferTo else { continue }
        if !ids.contains(target) {
          diagnostics.append(Diagnostic(.error, at: answer.location, "`defer_to:` names unknown intent `\(target)`"))
        } else if defers.contains(target) {
          // One hop only: a chain could loop, and a reader could not tell where an answer comes from.
          diagnostics.append(
            Diagnostic(.error, at: answer.location, "`defer_to: \(target)` names an intent that itself defers; name where the answer is written"))
        }
      }
    }
    // The same phrase on two intents of one rank could never tell them apart.
    // Keyed by words and rank; the value says where the phrase was first seen.
    var owners: [PhraseKey: (intent: Int, phrase: Int)] = [:]
    owners.reserveCapacity(intents.reduce(0) { $0 + $1.phrases.count })
    // By index, not by copies of intents and phrases: this runs over every phrase.
    for i in intents.indices {
      let kind = intents[i].kind
      for p in intents[i].phrases.indices {
        let tier = kind.tier(matchedQuestionPhrase: !intents[i].phrases[p].isStatement)
        let key = PhraseKey(words: intents[i].phrases[p].words, tier: tier)
        guard let (o, f) = owners[key] else {
          owners[key] = (i, p)
          continue
        }
        guard o != i else { continue }
        let phrase = intents[i].phrases[p]
        diagnostics.append(
          Diagnostic(
            .error, at: phrase.location,
            "phrase “\(phrase.text)” is also a keyword of `\(intents[o].id)` at \(intents[o].phrases[f].location), at the same rank; the matcher could not tell them apart"))
      }
    }
    return diagnostics
  }

  /// True for an id of letters, digits, `-` and `_` only.
  static func isValidID(_ id: String) -> Bool {
    // Nearly every id is ASCII, read byte by byte; reading characters cost a large
    // knowledge base a few per cent of its loading.
    if id.utf8.allSatisfy({ $0 < 0x80 }) {
      return id.utf8.allSatisfy { b in
        let lowered = b | 0x20  // an ASCII capital as its small letter
        return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lowered) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
          || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
      }
    }
    return id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
  }

  private struct PhraseKey: Hashable {
    var words: [String]
    var tier: Int
  }

  /// `10`, `10-14`, `<10`, `<=9`, `>30`, `>=20`, `30+`; nil for anything else, and for
  /// bounds that are not finite numbers (`nan`, `inf`, `1e400`) or that leave the range
  /// empty (`>1.7976931348623157e308`), which a curator must be told about.
  static func range(_ text: String) -> ClosedRange<Double>? {
    let t = text.replacingOccurrences(of: " ", with: "")
    let big = Double.greatestFiniteMagnitude
    func number<S: StringProtocol>(_ part: S) -> Double? {
      guard let n = Double(String(part)), n.isFinite else { return nil }
      return n
    }
    let bounds: (Double, Double)?
    if t.hasPrefix(">=") {
      bounds = number(t.dropFirst(2)).map { ($0, big) }
    } else if t.hasPrefix("<=") {
      bounds = number(t.dropFirst(2)).map { (-big, $0) }
    } else if t.hasPrefix(">") {
      bounds = number(t.dropFirst()).map { ($0.nextUp, big) }
    } else if t.hasPrefix("<") {
      bounds = number(t.dropFirst()).map { (-big, $0.nextDown) }
    } else if t.hasSuffix("+") {
      bounds = number(t.dropLast()).map { ($0, big) }
    } else if let n = number(t) {
      bounds = (n, n)
    } else {
      let parts = t.split(separator: "-", omittingEmptySubsequences: false)
      if parts.count == 2, let a = number(parts[0]), let b = number(parts[1]) {
        bounds = (a, b)
      } else {
        bounds = nil
      }
    }
    guard let (lower, upper) = bounds, lower.isFinite, upper.isFinite, lower <= upper else { return nil }
    return lower...upper
  }

  /// Where `key`, first given at line and column `first` (1-based), is given again in the
  /// same block mapping: the next line with the key at the same column, before a line that
  /// starts further left (another item or mapping). Nil when not found that way (a flow
  /// mapping).
  static func repeatedKey(_ key: String, at first: (line: Int, column: Int), in text: String) -> (line: Int, column: Int)? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let indent = first.column - 1
    guard first.line >= 1, first.line < lines.count, indent >= 0 else { return nil }
    for n in first.line..<lines.count {
      let line = lines[n]
      let content = line.drop { $0 == " " }
      if content.isEmpty || content.hasPrefix("#") { continue }
      let column = line.count - content.count
      if column < indent { return nil }
      if column == indent, content.hasPrefix("\(key):") || content.hasPrefix("\"\(key)\":") || content.hasPrefix("'\(key)':") {
        return (n + 1, column + 1)
      }
    }
    return nil
  }

  /// A YAML syntax error as a diagnostic at its mark; a key given twice, at the second,
  /// which is most often the one added by mistake (`text` is the file's).
  static func diagnostic(for error: Error, path: String, text: String = "") -> Diagnostic {
    func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: path, line: mark.line, column: mark.column) }
    switch error {
    case YamlError.scanner(let context, let problem, let mark, _),
      YamlError.parser(let context, let problem, let mark, _),
      YamlError.composer(let context, let problem, let mark, _):
      // Where the unfinished construct began is often the line to fix ("[" never closed).
      let detail = context.map { "\($0.text) (which began at \($0.mark.line):\($0.mark.column)) " } ?? ""
      return Diagnostic(.error, at: at(mark), "malformed YAML: \(detail)\(problem)")
    case YamlError.duplicatedKeysInMapping(let duplicates, let context):
      // Not 1:1 with the whole file quoted: where the key is given again, and where first.
      let keys = duplicates.sorted().map { "`\($0)`" }.joined(separator: ", ")
      let first = context.mark
      guard duplicates.count == 1, let again = repeatedKey(duplicates[0], at: (first.line, first.column), in: text) else {
        return Diagnostic(.error, at: at(first), "malformed YAML: \(keys) appears twice in one mapping")
      }
      return Diagnostic(
        .error, at: SourceLocation(file: path, line: again.line, column: again.column),
        "malformed YAML: \(keys) appears twice in one mapping (first at \(first.line):\(first.column))")
    default:
      return Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), "malformed YAML: \(error)")
    }
  }
}
