/// Reads facts about the user from an utterance, wherever they appear in it.
///
/// Choice facts come from their values' phrases (not when denied: "I'm not new");
/// number facts from a number followed by one of the fact's units ("ten mins",
/// "a 15-minute session", "half an hour"), or ending a clause after one of its
/// prefixes ("can I go up to 30?").
package struct FactExtractor: Sendable {
  package let facts: [FactDefinition]
  private let index: PhraseIndex
  /// Owner number in the index → (fact, value) positions.
  private let owners: [(fact: Int, value: Int)]
  /// Per number fact: its units and prefixes as normalised words.
  private let numberFacts: [(fact: Int, spec: NumberFact)]

  /// - Parameter vocabulary: holds every word of the facts' phrases.
  package init(facts: [FactDefinition], vocabulary: Vocabulary) {
    self.facts = facts
    var index = PhraseIndex()
    var owners: [(Int, Int)] = []
    var numberFacts: [(Int, NumberFact)] = []
    for (f, fact) in facts.enumerated() {
      for (v, value) in fact.values.enumerated() {
        for (p, phrase) in value.phrases.enumerated() {
          guard let ids = vocabulary.ids(of: phrase.words) else { continue }
          index.add(words: ids, owner: owners.count, phrase: p)
        }
        owners.append((f, v))
      }
      if let spec = fact.number { numberFacts.append((f, spec)) }
    }
    index.finish(vocabularySize: vocabulary.count)
    self.index = index
    self.owners = owners
    self.numberFacts = numberFacts
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
      let said = m.tokens.map { tokens[$0].surface }.joined(separator: " ")
      updates.append(
        FactUpdate(
          fact: facts[f].name,
          entry: Profile.Entry(value: value.name, said: said, describe: value.describe),
          tokens: m.tokens, words: value.phrases[m.phrase].words.count, denied: m.negated))
    }
    for (f, spec) in numberFacts {
      updates += numbers(in: tokens, fact: facts[f].name, spec: spec)
    }
    return updates.sorted { $0.position < $1.position }
  }

  private func numbers(in tokens: [Token], fact: String, spec: NumberFact) -> [FactUpdate] {
    var updates: [FactUpdate] = []
    for (i, token) in tokens.enumerated() where token.isNumber && token.negatedBy == nil {
      guard let n = Double(token.word) else { continue }
      var value: Double?
      var said = token.surface
      if i + 1 < tokens.count, tokens[i + 1].clause == token.clause,
        let factor = spec.units[tokens[i + 1].word]
      {
        value = n * factor
        said += " " + tokens[i + 1].surface
      } else if i + 1 == tokens.count || tokens[i + 1].clause != token.clause,
        let prefix = spec.prefixes.first(where: { p in
        i >= p.count && zip(tokens[(i - p.count)..<i], p).allSatisfy { $0.word == $1 }
      }) {
        value = n
        said = tokens[(i - prefix.count)...i].map(\.surface).joined(separator: " ")
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
