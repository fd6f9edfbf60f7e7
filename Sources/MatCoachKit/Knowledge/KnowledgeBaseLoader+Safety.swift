import Yams

/// Reads the `safety:` section: concepts, red-flag signs, their qualifiers and questions.
extension KnowledgeBaseLoader {
  static let safetyKeys: Set<String> = [
    "concepts", "signs", "qualifiers", "other_senses", "objects", "figures", "became", "verb_forms", "ask", "cleared", "yes", "no", "beyond_guide",
    "remind", "seen_to", "topic", "for_someone_else",
  ]
  static let signKeys: Set<String> = [
    "id", "tier", "title", "all", "across_clauses", "any", "history_counts", "on_purpose_matters", "explained_by", "objects_matter", "event", "reading", "for_others", "say", "source", "beyond_guide",
  ]
  static let qualifierKeys: Set<String> = [
    "someone_else", "first_person", "past", "still", "happening", "resolved", "on_purpose", "hypothetical", "not_denying",
    "imagined", "contrast", "now", "as_topic", "fine", "returned", "confirmed", "retracted", "shared", "spoken_for", "someone_else_now", "someone_else_seen_to",
    "someone_else_at_work", "someone_else_at_hand",
  ]
  static let questionKeys: Set<String> = ["id", "concept", "question", "yes", "no", "source", "answered_no_by"]

  /// The safety rules of one `safety:` section, merged into `rules`.
  func readSafety(_ node: Node, into rules: inout SafetyRules, reader: inout YAMLReader) {
    let fields = reader.entries(node, "`safety`", allowed: Self.safetyKeys)
    // Concepts first: signs and questions name them.
    var concepts: [String: [String]] = [:]
    var used: Set<String> = []
    for (key, _, value) in fields where key == "concepts" {
      for (name, nameNode, list) in reader.entries(value, "`concepts`") {
        concepts[name] = phrases(list, "concept `\(name)`", nameNode: nameNode, reader: &reader)
      }
    }
    /// A concept's phrases when `item` names one, else `item` as a phrase of its own.
    func expand(_ item: String) -> [String] {
      if let phrases = concepts[item] {
        used.insert(item)
        return phrases
      }
      return [item]
    }
    for (key, keyNode, value) in fields {
      switch key {
      case "signs":
        for signNode in reader.sequence(value, "`signs`") {
          if let sign = readSign(signNode, expand: expand, reader: &reader) {
            if let first = rules.sign(id: sign.id) {
              reader.error(signNode, "duplicate sign id `\(sign.id)`: also defined at \(first.location)")
            } else {
              rules.signs.append(sign)
            }
          }
        }
      case "qualifiers":
        for (name, nameNode, list) in reader.entries(value, "`qualifiers`", allowed: Self.qualifierKeys) {
          let words = phrases(list, "qualifier `\(name)`", nameNode: nameNode, reader: &reader)
          switch name {
          case "someone_else": rules.qualifiers.someoneElse += words
          case "first_person": rules.qualifiers.firstPerson += words
          case "past": rules.qualifiers.past += words
          case "still": rules.qualifiers.still += words
          case "happening": rules.qualifiers.happening += words
          case "resolved": rules.qualifiers.resolved += words
          case "on_purpose": rules.qualifiers.onPurpose += words
          case "not_denying": rules.qualifiers.notDenying += words
          case "imagined": rules.qualifiers.imagined += words
          case "contrast": rules.qualifiers.contrast += words
          case "now": rules.qualifiers.now += words
          case "as_topic": rules.qualifiers.asTopic += words
          case "fine": rules.qualifiers.fine += words
          case "returned": rules.qualifiers.returned += words
          case "confirmed": rules.qualifiers.confirmed += words
          case "retracted": rules.qualifiers.retracted += words
          case "shared": rules.qualifiers.shared += words
          case "spoken_for": rules.qualifiers.spokenFor += words
          case "someone_else_now": rules.qualifiers.someoneElseNow += words
          case "someone_else_seen_to": rules.qualifiers.someoneElseSeenTo += words
          case "someone_else_at_work": rules.qualifiers.someoneElseAtWork += words
          case "someone_else_at_hand": rules.qualifiers.someoneElseAtHand += words
          default: rules.qualifiers.hypothetical += words
          }
        }
      case "other_senses": rules.otherSenses += phrases(value, "`other_senses`", nameNode: keyNode, reader: &reader)
      case "objects": rules.objects += phrases(value, "`objects`", nameNode: keyNode, reader: &reader)
      case "figures": rules.figures += phrases(value, "`figures`", nameNode: keyNode, reader: &reader)
      case "became": rules.became += phrases(value, "`became`", nameNode: keyNode, reader: &reader)
      case "verb_forms":
        for group in reader.sequence(value, "`verb_forms`") {
          let forms = reader.strings(group, "a `verb_forms` group")
          for (form, formNode) in forms where form.isEmpty || !form.allSatisfy(\.isLetter) {
            reader.error(formNode, "`\(form)` in `verb_forms` is not one word: a group lists one verb's forms, a word each")
          }
          if forms.count < 2 { reader.error(group, "a `verb_forms` group needs at least two forms of one verb") }
          rules.verbForms.append(forms.map { $0.0.lowercased() })
        }
      case "cleared": rules.cleared += phrases(value, "`cleared`", nameNode: keyNode, reader: &reader)
      case "yes": rules.yes = phrases(value, "`yes`", nameNode: keyNode, reader: &reader)
      case "no": rules.no = phrases(value, "`no`", nameNode: keyNode, reader: &reader)
      case "beyond_guide": rules.beyondGuideNote = reader.string(value, "`beyond_guide`") ?? rules.beyondGuideNote
      case "topic": rules.topic = reader.string(value, "`topic`")
      case "seen_to": rules.seenTo = reader.string(value, "`seen_to`")?.trimmingWhitespace ?? rules.seenTo
      case "for_someone_else":
        rules.forSomeoneElse = reader.string(value, "`for_someone_else`")?.trimmingWhitespace ?? rules.forSomeoneElse
      case "remind":
        let tiers = Set(SafetyTier.allCases.map(\.rawValue))
        for (name, _, text) in reader.entries(value, "`remind`", allowed: tiers) {
          if let tier = SafetyTier(rawValue: name), let wording = reader.string(text, "`\(name)`") {
            rules.reminders[tier] = wording.trimmingWhitespace
          }
        }
      case "ask":
        for questionNode in reader.sequence(value, "`ask`") {
          if let question = readQuestion(questionNode, concepts: concepts, used: &used, reader: &reader) {
            rules.questions.append(question)
          }
        }
      default: break  // concepts, read above
      }
    }
    for (key, _, value) in fields where key == "concepts" {
      for (name, nameNode, _) in reader.entries(value, "`concepts`") where !used.contains(name) {
        reader.warning(nameNode, "concept `\(name)` is used by no sign or question")
      }
    }
  }

  /// A list of phrases, each with words to match; an empty list is an error.
  private func phrases(_ node: Node, _ what: String, nameNode: Node, reader: inout YAMLReader) -> [String] {
    let items = reader.strings(node, what)
    if items.isEmpty { reader.error(nameNode, "\(what) needs at least one phrase") }
    var phrases: [String] = []
    for (text, itemNode) in items {
      // (A cheap check: the screen normalises each phrase once, when it is compiled.)
      if !text.contains(where: { $0.isLetter || $0.isNumber }) {
        reader.error(itemNode, "phrase `\(text)` in \(what) has no words to match")
      } else {
        phrases.append(text)
      }
    }
    return phrases
  }

  private func readSign(_ node: Node, expand: (String) -> [String], reader: inout YAMLReader) -> SafetySign? {
    var id: String?
    var tier: SafetyTier?
    var title: String?
    var all: [[String]] = []
    var any: [String] = []
    var explained: [String] = []
    var history = false
    var purpose = false
    var objects = false
    var event = false
    var forOthers = false
    var forOthersNode: Node?
    var across = false
    var reading: SafetyReading?
    var say: String?
    var sources: [(String, Node)] = []
    for (key, keyNode, value) in reader.entries(node, "a sign", allowed: Self.signKeys) {
      switch key {
      case "id": id = reader.string(value, "`id`")
      case "tier":
        guard let text = reader.string(value, "`tier`") else { continue }
        tier = SafetyTier(rawValue: text)
        if tier == nil {
          reader.error(value, "`tier` must be one of: " + SafetyTier.allCases.map(\.rawValue).joined(separator: ", "))
        }
      case "title": title = reader.string(value, "`title`")
      case "all":
        for item in reader.sequence(value, "`all`") {
          let names = reader.strings(item, "an item of `all`")
          checkNames(names, expand: expand, reader: &reader)
          let phrases = names.flatMap { expand($0.0) }
          if phrases.isEmpty { reader.error(item, "an item of `all` needs a concept or phrases") }
          all.append(phrases)
        }
        if all.count == 1 { reader.warning(keyNode, "`all` with one concept: write it as `any`") }
      case "any":
        let names = reader.strings(value, "`any`")
        checkNames(names, expand: expand, reader: &reader)
        any = names.flatMap { expand($0.0) }
      case "explained_by":
        let names = reader.strings(value, "`explained_by`")
        checkNames(names, expand: expand, reader: &reader)
        explained = names.flatMap { expand($0.0) }
      case "history_counts": history = reader.bool(value, "`history_counts`") ?? false
      case "on_purpose_matters": purpose = reader.bool(value, "`on_purpose_matters`") ?? false
      case "across_clauses": across = reader.bool(value, "`across_clauses`") ?? false
      case "objects_matter": objects = reader.bool(value, "`objects_matter`") ?? false
      case "event": event = reader.bool(value, "`event`") ?? false
      case "for_others":
        forOthers = reader.bool(value, "`for_others`") ?? false
        forOthersNode = keyNode
      case "reading": reading = readReading(value, reader: &reader)
      case "say": say = reader.string(value, "`say`")
      case "source": sources = reader.strings(value, "`source`")
      default: _ = reader.bool(value, "`beyond_guide`")  // always beyond the guide; accepted for symmetry
      }
    }
    guard let id else {
      reader.error(node, "a sign needs an `id`")
      return nil
    }
    if all.isEmpty && any.isEmpty { reader.error(node, "sign `\(id)` needs `all:` or `any:`") }
    // Only an emergency calls for getting someone else help now.
    if forOthers, let tier, tier != .emergency, let node = forOthersNode {
      reader.error(node, "`for_others` is for emergency signs only: sign `\(id)` is \(tier.rawValue)")
    }
    guard let tier, let say else {
      if tier == nil { reader.error(node, "sign `\(id)` needs a `tier`") }
      if say == nil { reader.error(node, "sign `\(id)` needs `say:` (what the coach says)") }
      return nil
    }
    return SafetySign(
      id: id, tier: tier, title: title ?? id, all: all, acrossClauses: across, any: any, historyCounts: history,
      onPurposeMatters: purpose, explainedBy: explained, objectsMatter: objects, isEvent: event, reading: reading, forOthers: forOthers, say: say.trimmingWhitespace, sources: checkSources(sources, reader: &reader),
      location: reader.location(node))
  }

  /// A sign's `reading:` — `after:` words, the `units:` that may follow the number, the
  /// `weather:` words that make such a number no body's, the `bare:` words after which a
  /// decimal number alone is one, and the thresholds in `celsius:` and `fahrenheit:`.
  private func readReading(_ node: Node, reader: inout YAMLReader) -> SafetyReading? {
    var after: [String] = []
    var units: [String] = []
    var weather: [String] = []
    var bare: [String] = []
    var thresholds: [String: Double] = [:]
    for (key, _, value) in reader.entries(node, "`reading`", allowed: ["after", "units", "weather", "bare", "celsius", "fahrenheit"]) {
      if key == "after" {
        after = reader.strings(value, "`after`").map { $0.0.lowercased() }
        continue
      }
      if key == "units" || key == "bare" {
        let words = reader.strings(value, "`\(key)`")
        for (word, node) in words where word.contains(" ") {
          reader.error(node, "a `\(key)` entry is one word, not `\(word)`")
        }
        if key == "units" { units = words.map { $0.0.lowercased() } } else { bare = words.map { $0.0.lowercased() } }
        continue
      }
      if key == "weather" {
        weather = reader.strings(value, "`weather`").map { $0.0.lowercased() }
        continue
      }
      guard let text = reader.string(value, "`\(key)`") else { continue }
      guard let number = Double(text), number.isFinite else {
        reader.error(value, "`\(key)` must be a number of degrees, not `\(text)`")
        continue
      }
      let scale = key == "celsius" ? SafetyReading.celsiusRange : SafetyReading.fahrenheitRange
      guard scale.contains(number) else {
        reader.error(value, "`\(key)` must be a body temperature, from \(Int(scale.lowerBound)) to \(Int(scale.upperBound)) degrees")
        continue
      }
      thresholds[key] = number
    }
    guard !after.isEmpty, let celsius = thresholds["celsius"], let fahrenheit = thresholds["fahrenheit"] else {
      reader.error(node, "a `reading` needs `after:` words, `celsius:` and `fahrenheit:`")
      return nil
    }
    var reading = SafetyReading(after: after, celsius: celsius, fahrenheit: fahrenheit)
    reading.units = units
    reading.weather = weather
    reading.bare = bare
    return reading
  }

  /// A name with an underscore is meant as a concept: phrases have none.
  private func checkNames(_ names: [(String, Node)], expand: (String) -> [String], reader: inout YAMLReader) {
    for (name, node) in names where name.contains("_") && expand(name) == [name] {
      reader.error(node, "`\(name)` names no concept")
    }
  }

  private func readQuestion(
    _ node: Node, concepts: [String: [String]], used: inout Set<String>, reader: inout YAMLReader
  ) -> SafetyQuestion? {
    var values: [String: String] = [:]
    var phrases: [String] = []
    var sources: [(String, Node)] = []
    var answeredNoBy: [String] = []
    for (key, _, value) in reader.entries(node, "a question", allowed: Self.questionKeys) {
      switch key {
      case "concept":
        guard let name = reader.string(value, "`concept`") else { continue }
        if let list = concepts[name] {
          phrases = list
          used.insert(name)
        } else {
          reader.error(value, "`concept` names no concept: `\(name)`")
        }
      case "source": sources = reader.strings(value, "`source`")
      case "answered_no_by": answeredNoBy = reader.strings(value, "`answered_no_by`").map(\.0)
      default: values[key] = reader.string(value, "`\(key)`")
      }
    }
    guard let id = values["id"], let question = values["question"], let yes = values["yes"], let no = values["no"],
      !phrases.isEmpty
    else {
      reader.error(node, "a question needs `id`, `concept`, `question`, `yes` (a sign id) and `no` (what to say)")
      return nil
    }
    return SafetyQuestion(
      id: id, phrases: phrases, question: question.trimmingWhitespace, yes: yes, no: no.trimmingWhitespace,
      sources: checkSources(sources, reader: &reader), answeredNoBy: answeredNoBy, location: reader.location(node))
  }
}
