/// Keyword phrases indexed by their first word, so an utterance is matched by looking
/// up its own words: the work per turn depends on the utterance, not on how many
/// phrases the knowledge base holds.
public struct PhraseIndex: Sendable {
  private struct Entry: Sendable {
    var owner: Int32
    var phrase: Int32
    var words: [Int32]
  }

  private var entries: [Entry] = []
  private var byFirstWord: [Int32: [Int32]] = [:]
  /// Per word id: how much finding it is worth. A word used by many owners says less.
  private var weights: [Double] = []
  private var ownersByWord: [Int32: Set<Int32>] = [:]

  /// At most this many other words may sit between two words of a phrase.
  public var maxGap = 1
  /// Words at least this heavy (used by four owners or fewer) are never skipped as filler.
  static let tellingWeight = 0.5

  public init() {}

  /// Adds a phrase of vocabulary word ids for an owner.
  public mutating func add(words: [Int32], owner: Int, phrase: Int) {
    guard let first = words.first else { return }
    entries.append(Entry(owner: Int32(owner), phrase: Int32(phrase), words: words))
    byFirstWord[first, default: []].append(Int32(entries.count - 1))
    for word in words { ownersByWord[word, default: []].insert(Int32(owner)) }
  }

  /// Computes word weights once every phrase is in: 1/√(owners using the word).
  public mutating func finish(vocabularySize: Int) {
    weights = [Double](repeating: 1, count: vocabularySize)
    for (word, owners) in ownersByWord {
      weights[Int(word)] = 1 / Double(owners.count).squareRoot()
    }
  }

  /// What finding this word is worth.
  public func weight(of word: Int32) -> Double {
    Int(word) < weights.count ? weights[Int(word)] : 1
  }

  /// The owners whose phrases use a word.
  public func owners(using word: Int32) -> Set<Int32> { ownersByWord[word] ?? [] }

  /// How much a word found through a correction counts, by the typed word's length
  /// and the edits: a one-edit guess at a short word is weak evidence.
  public static func correctionFactor(edits: Int, length: Int) -> Double {
    switch edits {
    case 0: 1
    case 1: length >= 5 ? 0.8 : 0.5
    default: 0.6
    }
  }

  /// Every phrase occurrence in the tokens, at most one (the best) per phrase.
  public func matches(tokens: [Token], alternatives: [[WordAlternative]]) -> [PhraseMatch] {
    var best: [Int32: PhraseMatch] = [:]
    for start in tokens.indices {
      for first in alternatives[start] {
        guard let candidates = byFirstWord[first.id] else { continue }
        for entryIndex in candidates {
          let entry = entries[Int(entryIndex)]
          guard
            let match = match(
              entry, from: start, firstEdits: first.edits, tokens: tokens,
              alternatives: alternatives)
          else { continue }
          if let old = best[entryIndex], old.score >= match.score { continue }
          best[entryIndex] = match
        }
      }
    }
    return best.keys.sorted().map { best[$0]! }
  }

  private func match(
    _ entry: Entry, from start: Int, firstEdits: Int, tokens: [Token],
    alternatives: [[WordAlternative]]
  ) -> PhraseMatch? {
    var positions = [start]
    var edits = [firstEdits]
    var position = start
    for word in entry.words.dropFirst() {
      var found: (Int, Int)?
      var j = position + 1
      while j < tokens.count, j <= position + 1 + maxGap, tokens[j].clause == tokens[start].clause {
        if let alt = alternatives[j].first(where: { $0.id == word }) {
          found = (j, alt.edits)
          break
        }
        // A gap may skip filler ("lie on the mat"), never a telling word of its own
        // ("how often should I use" is not "how should I use").
        if alternatives[j].contains(where: { weight(of: $0.id) >= Self.tellingWeight }) {
          break
        }
        j += 1
      }
      guard let (at, e) = found else { return nil }
      positions.append(at)
      edits.append(e)
      position = at
    }
    var score = 0.0
    for (k, word) in entry.words.enumerated() {
      let length = tokens[positions[k]].word.utf8.count
      score += weight(of: word) * Self.correctionFactor(edits: edits[k], length: length)
    }
    let span = start...position
    score -= 0.05 * Double(span.count - entry.words.count)
    let negated = positions.contains { p in
      guard let by = tokens[p].negatedBy else { return false }
      return !positions.contains(by)
    }
    return PhraseMatch(
      owner: Int(entry.owner), phrase: Int(entry.phrase), tokens: span, score: score,
      corrections: edits.filter { $0 > 0 }.count, negated: negated)
  }
}
