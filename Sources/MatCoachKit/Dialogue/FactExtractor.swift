/// Reads facts about the user from an utterance, wherever they appear in it.
///
/// Choice facts come from their values' phrases (not when denied: "I'm not new");
/// number facts from a number followed by one of the fact's units ("ten mins",
/// "a 15-minute session", "half an hour"), or ending a clause after one of its
/// prefixes ("can I go up to 30?"). A choice fact with `durations` is also read from how
/// long something has lasted ("sore for 3 months").
package struct FactExtractor: Sendable {
  package let facts: [FactDefinition]
  private let index: PhraseIndex
  /// Owner number in the index → (fact, value) positions.
  private let owners: [(fact: Int, value: Int)]
  /// Per number fact: its units and prefixes as normalised words.
  private let numberFacts: [(fact: Int, spec: NumberFact)]
  /// Per fact read from lengths of time: its rules and the vocabulary ids of its `about`
  /// words, which a mistyped word ("bak") finds through its spelling alternatives.
  private let durationFacts: [(fact: Int, spec: FactDurations, about: [Int32])]

  /// - Parameter vocabulary: holds every word of the facts' phrases.
  package init(facts: [FactDefinition], vocabulary: Vocabulary) {
    self.facts = facts
    var index = PhraseIndex()
    var owners: [(Int, Int)] = []
    var numberFacts: [(Int, NumberFact)] = []
    var durationFacts: [(Int, FactDurations, [Int32])] = []
    for (f, fact) in facts.enumerated() {
      for (v, value) in fact.values.enumerated() {
        for (p, phrase) in value.phrases.enumerated() {
          guard let ids = vocabulary.ids(of: phrase.words) else { continue }
          index.add(words: ids, owner: owners.count, phrase: p)
        }
        owners.append((f, v))
      }
      if let spec = fact.number { numberFacts.append((f, spec)) }
      if let spec = fact.durations {
        durationFacts.append((f, spec, spec.about.compactMap { vocabulary.id(of: Stemmer.stem($0)) }))
      }
    }
    index.finish(vocabularySize: vocabulary.count)
    self.index = index
    self.owners = owners
    self.numberFacts = numberFacts
    self.durationFacts = durationFacts
  }

  /// The facts the tokens state, in the order they were said, and the ones they deny
  /// ("I'm not new to this", marked `denied`).
  package func extract(tokens: [Token], alternatives: Alternatives) -> [FactUpdate] {
    var updates: [FactUpdate] = []
    let found = index.matches(tokens: tokens, alternatives: alternatives).filter {
      $0.confidence >= IntentMatcher.threshold
    }
    let stated = IntentMatcher.nonOverlapping(found.filter { !$0.negated })
    let denied = IntentMatcher.nonOverlapping(found.filter(\.negated)).filter { d in
      !stated.contains { $0.tokens.overlaps(d.tokens) }
    }
    for m in stated + denied {
      let (f, v) = owners[m.owner]
      let value = facts[f].values[v]
      let said = Token.quote(tokens, m.tokens)
      updates.append(
        FactUpdate(
          fact: facts[f].name,
          entry: Profile.Entry(value: value.name, said: said, describe: value.describe),
          tokens: m.tokens, words: value.phrases[m.phrase].words.count, denied: m.negated))
    }
    for (f, spec) in numberFacts {
      updates += numbers(in: tokens, fact: facts[f].name, spec: spec)
    }
    for (f, spec, about) in durationFacts {
      // A phrase that already said it ("using it for a week") is not read twice.
      updates += lengths(in: tokens, alternatives: alternatives, fact: facts[f], spec: spec, about: about).filter {
        length in !updates.contains { $0.fact == length.fact && $0.tokens.overlaps(length.tokens) }
      }
    }
    return updates.sorted { $0.position < $1.position }
  }

  /// Words that count a unit without a digit: "a week", "a couple of months", "a few
  /// years", "many years"; and "for" before a bare unit ("for years", "for ages"), which
  /// is at least two of it.
  static let counts: [String: Double] = [
    "a": 1, "an": 1, "one": 1, "couple": 2, "few": 3, "several": 3, "many": 3, "for": 2,
  ]

  /// The values set by how long something has lasted, one per clause that is about it.
  private func lengths(
    in tokens: [Token], alternatives: Alternatives, fact: FactDefinition, spec: FactDurations, about: [Int32]
  ) -> [FactUpdate] {
    var updates: [FactUpdate] = []
    var start = 0
    while start < tokens.count {
      var end = start
      while end + 1 < tokens.count, tokens[end + 1].clause == tokens[start].clause { end += 1 }
      defer { start = end + 1 }
      let clause = start...end
      let isAbout = clause.contains { i in
        tokens[i].negatedBy == nil
          && (spec.about.contains(tokens[i].surface)
            || about.contains { (alternatives.alternative(at: i, for: $0)?.edits ?? 0) > 0 })
      }
      guard isAbout, let (length, span) = Self.length(in: tokens, clause: clause, spec: spec),
        let band = spec.bands.first(where: { $0.length.contains(length) }), let value = fact.value(named: band.value)
      else { continue }
      let said = Token.quote(tokens, span)
      let describe = value.describe + (band.note.map { " (\($0))" } ?? "")
      updates.append(
        FactUpdate(
          fact: fact.name, entry: Profile.Entry(value: value.name, said: said, describe: describe),
          tokens: span, words: span.count))
    }
    return updates
  }

  /// The first length of time in a clause, in the units' base, with the tokens that say it:
  /// a count and a unit ("3 months", "a few days"), or a phrase meaning just now.
  static func length(
    in tokens: [Token], clause: ClosedRange<Int>, spec: FactDurations
  ) -> (Double, ClosedRange<Int>)? {
    for i in clause where tokens[i].negatedBy == nil {
      if let unit = spec.units[tokens[i].word], i > clause.lowerBound {
        var k = i - 1
        if tokens[k].word == "of", k > clause.lowerBound { k -= 1 }  // "a couple of weeks"
        let count = tokens[k].isNumber ? Double(tokens[k].word) : counts[tokens[k].surface]
        // "a few", "a couple": the count word is what counts.
        if let count, count.isFinite {
          let first = k > clause.lowerBound && ["a", "an"].contains(tokens[k - 1].surface) && count > 1 ? k - 1 : k
          return (count * unit, first...i)
        }
      }
      for phrase in spec.recent where i + phrase.count - 1 <= clause.upperBound {
        if zip(tokens[i...], phrase).allSatisfy({ $0.word == $1 }) { return (0, i...(i + phrase.count - 1)) }
      }
    }
    return nil
  }

  private func numbers(in tokens: [Token], fact: String, spec: NumberFact) -> [FactUpdate] {
    var updates: [FactUpdate] = []
    for (i, token) in tokens.enumerated() where token.isNumber && token.negatedBy == nil {
      guard let n = Double(token.word) else { continue }
      var value: Double?
      var said = Token.quote(tokens, i...i)
      if i + 1 < tokens.count, tokens[i + 1].clause == token.clause,
        let factor = spec.units[tokens[i + 1].word]
      {
        value = n * factor
        said = Token.quote(tokens, i...(i + 1))
      } else if i + 1 == tokens.count || tokens[i + 1].clause != token.clause,
        let prefix = spec.prefixes.first(where: { p in
        i >= p.count && zip(tokens[(i - p.count)..<i], p).allSatisfy { $0.word == $1 }
      }) {
        value = n
        said = Token.quote(tokens, (i - prefix.count)...i)
      }
      guard let value, spec.range.contains(value) else { continue }
      let text = Self.text(of: value)
      updates.append(
        FactUpdate(
          fact: fact,
          entry: Profile.Entry(
            value: text, number: value, said: said,
            describe: spec.describe.replacingOccurrences(of: "{value}", with: text)),
          tokens: i...i, words: 1))
    }
    return updates
  }

  /// A number as people write it: `15`, `7.5`. Checked before converting, because a
  /// knowledge base without `range:` lets through numbers no `Int` can hold (`1e19`).
  static func text(of value: Double) -> String {
    if value == value.rounded(), let whole = Int(exactly: value), abs(whole) < 1 << 53 {
      return String(whole)
    }
    return String(value)
  }
}
