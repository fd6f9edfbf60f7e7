/// Keyword phrases indexed by their first word, so an utterance is matched by looking
/// up its own words: the work per turn depends on the utterance, not on how many
/// phrases the knowledge base holds.
public struct PhraseIndex: Sendable {
  /// A phrase: its owner, its number there, and where its words sit in `words`.
  private struct Entry: Sendable {
    var owner: Int32
    var phrase: Int32
    var start: Int32
    var count: Int32
  }

  private var entries: [Entry] = []
  /// Every phrase's word ids, one after another (plain values: no reference counting
  /// on the hot path).
  private var words: [Int32] = []
  /// Per word id: the entries whose phrase starts with it, while phrases are added...
  private var byFirstWord: [[Int32]] = []
  /// ... and then in one flat array: word id w's entries are
  /// `firstEntries[firstStarts[w]..<firstStarts[w + 1]]` (no nested arrays to retain per lookup).
  private var firstStarts: [Int32] = [0]
  private var firstEntries: [Int32] = []
  /// Per word id: the owners whose phrases use it.
  private var ownersByWord: [[Int32]] = []
  /// Per word id: how much finding it is worth. A word used by many owners says less.
  private var weights: [Double] = []

  /// At most this many other words may sit between two words of a phrase.
  public var maxGap = 1
  /// Words at least this heavy (used by four owners or fewer) are never skipped as filler.
  static let tellingWeight = 0.5

  public init() {}

  /// Adds a phrase of vocabulary word ids for an owner.
  public mutating func add(words: [Int32], owner: Int, phrase: Int) {
    guard let first = words.first else { return }
    let needed = Int(words.max()!) + 1
    if byFirstWord.count < needed {
      byFirstWord += Array(repeating: [], count: needed - byFirstWord.count)
      ownersByWord += Array(repeating: [], count: needed - ownersByWord.count)
    }
    entries.append(Entry(owner: Int32(owner), phrase: Int32(phrase), start: Int32(self.words.count), count: Int32(words.count)))
    self.words += words
    byFirstWord[Int(first)].append(Int32(entries.count - 1))
    for word in words where ownersByWord[Int(word)].last != Int32(owner) {
      ownersByWord[Int(word)].append(Int32(owner))
    }
  }

  /// Computes word weights once every phrase is in: 1/√(owners using the word), halved
  /// for everyday words ("help", "afterwards"), which say less than topic words.
  public mutating func finish(vocabularySize: Int, isEveryday: (Int32) -> Bool = { _ in false }) {
    if byFirstWord.count < vocabularySize {
      byFirstWord += Array(repeating: [], count: vocabularySize - byFirstWord.count)
      ownersByWord += Array(repeating: [], count: vocabularySize - ownersByWord.count)
    }
    firstStarts = [0]
    firstEntries = []
    for list in byFirstWord {
      firstEntries += list
      firstStarts.append(Int32(firstEntries.count))
    }
    byFirstWord = []  // the flat arrays hold the same lists now
    for i in ownersByWord.indices where ownersByWord[i].count > 1 {
      ownersByWord[i].sort()
      var unique = 0
      for owner in ownersByWord[i] where unique == 0 || ownersByWord[i][unique - 1] != owner {
        ownersByWord[i][unique] = owner
        unique += 1
      }
      ownersByWord[i].removeLast(ownersByWord[i].count - unique)
    }
    weights = ownersByWord.indices.map { i in
      let owners = ownersByWord[i].count
      let weight = owners == 0 ? 1 : 1 / Double(owners).squareRoot()
      return isEveryday(Int32(i)) ? weight / 2 : weight
    }
  }

  /// What finding this word is worth.
  public func weight(of word: Int32) -> Double {
    Int(word) < weights.count ? weights[Int(word)] : 1
  }

  /// The owners whose phrases use a word.
  public func owners(using word: Int32) -> [Int32] {
    Int(word) < ownersByWord.count ? ownersByWord[Int(word)] : []
  }

  /// Every phrase occurrence in the tokens, at most one (the best) per phrase, in the
  /// order they were found (callers rank them; every tie-break is by position or id).
  public func matches(tokens: [Token], alternatives: Alternatives) -> [PhraseMatch] {
    var found: [PhraseMatch] = []
    var foundEntries: [Int32] = []
    for start in tokens.indices {
      for first in alternatives[start] where Int(first.id) + 1 < firstStarts.count {
        for k in Int(firstStarts[Int(first.id)])..<Int(firstStarts[Int(first.id) + 1]) {
          let entryIndex = firstEntries[k]
          guard
            let match = match(
              entries[Int(entryIndex)], from: start, firstEdits: first.edits, firstFactor: first.factor,
              tokens: tokens,
              alternatives: alternatives)
          else { continue }
          if let k = foundEntries.firstIndex(of: entryIndex) {
            if found[k].score < match.score { found[k] = match }
          } else {
            found.append(match)
            foundEntries.append(entryIndex)
          }
        }
      }
    }
    return found
  }

  private func match(
    _ entry: Entry, from start: Int, firstEdits: Int, firstFactor: Double, tokens: [Token],
    alternatives: Alternatives
  ) -> PhraseMatch? {
    let count = Int(entry.count)
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { positions in
      positions[0] = start
      var corrections = firstEdits > 0 ? 1 : 0
      var confidence = firstFactor
      var score = weight(of: words[Int(entry.start)]) * firstFactor
      var position = start
      for k in 1..<max(count, 1) where count > 1 {
        let word = words[Int(entry.start) + k]
        var found: WordAlternative?
        var j = position + 1
        while j < tokens.count, j <= position + 1 + maxGap, tokens[j].clause == tokens[start].clause {
          if let alt = alternatives[j].first(where: { $0.id == word }) {
            found = alt
            break
          }
          // A gap may skip filler ("lie on the mat", "what does it actually do"), never
          // a telling word of its own ("how often should I use" is not "how should I use").
          if !CommonWords.contains(tokens[j].word),
            alternatives[j].contains(where: { weight(of: $0.id) >= Self.tellingWeight })
          {
            break
          }
          j += 1
        }
        guard let alt = found else { return nil }
        positions[k] = j
        position = j
        if alt.edits > 0 { corrections += 1 }
        confidence += alt.factor
        score += weight(of: word) * alt.factor
      }
      let span = start...position
      score -= 0.05 * Double(span.count - count)
      let matched = UnsafeBufferPointer(rebasing: positions[0..<count])
      let negated = matched.contains { p in
        guard let by = tokens[p].negatedBy else { return false }
        return !matched.contains(by)
      }
      return PhraseMatch(
        owner: Int(entry.owner), phrase: Int(entry.phrase), tokens: span, length: count, score: score,
        confidence: confidence / Double(count), corrections: corrections, negated: negated)
    }
  }
}
