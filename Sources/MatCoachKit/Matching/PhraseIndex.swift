/// Keyword phrases indexed by their first word, so an utterance is matched by looking
/// up its own words: the work per turn depends on the utterance, not on how many
/// phrases the knowledge base holds.
package struct PhraseIndex: Sendable {
  /// A phrase: its owner, its number there, the order it was added in, and where its
  /// words sit in `phraseWords` (in `addedWords` until the index is finished). The
  /// first word's weight and the second word are kept here too: most phrases looked at
  /// fail on their second word, and then this is the only place read.
  private struct Entry: Sendable {
    var owner: Int32
    var phrase: Int32
    var start: Int32
    var count: Int32
    var serial: Int32
    var second: Int32 = -1
    var firstWeight: Double = 0
  }

  /// The phrases; once finished, ordered by first word, so that word id w's phrases are
  /// `entries[firstStarts[w]..<firstStarts[w + 1]]`, and their words follow one another
  /// in `phraseWords`: a lookup reads three short runs of memory, not scattered lists.
  private var entries: [Entry] = []
  private var addedWords: [Int32] = []
  private var phraseWords: [Int32] = []
  private var firstStarts: [Int32] = [0]
  /// Per word id: the owners whose phrases use it, while phrases are added.
  private var ownersByWord: [[Int32]] = []
  /// Once finished, the same in one array: word id w's owners are
  /// `owners[ownerStarts[w]..<ownerStarts[w + 1]]` (an array a word cost five times the room).
  private var ownerStarts: [Int32] = [0]
  private var owners: [Int32] = []
  /// Per word id: how much finding it is worth. A word used by many owners says less.
  private var weights: [Double] = []

  /// At most this many other words may sit between two words of a phrase.
  package var maxGap = 1
  /// Per word id: whether it is an article or possessive that another may stand for, or
  /// that may go unsaid, inside a phrase ("on my side" as "on the side" or "on side").
  private var isDeterminer: [Bool] = []
  /// Per word id: whether it is a definite one ("the", "my"), which another definite one
  /// may stand for; "a" and "the" differ ("recommend a mat" is buying one).
  private var isDefinite: [Bool] = []
  /// Per word id: whether it is a pronoun that is the object of the word before it ("time
  /// me"), and so follows it at once: "time for me" is no "time me".
  private var isObject: [Bool] = []
  /// Pairs of word ids (`first << 32 | second`) where a topic word comes right before
  /// another in some phrase ("spike mat", "acupressure mat"): such a name of a thing may
  /// stand between an article left unsaid and the noun it names ("how does spike mat work"
  /// as "how does [the] mat work"). Only topic words: "what is best mat" is no "what is
  /// [the] mat", nor "in lower back" an "in [the] back".
  private var namingPairs: Set<Int64> = []
  /// Words at least this heavy (used by four owners or fewer) are never skipped as filler.
  static let tellingWeight = 0.5

  package init() {}

  /// Adds a phrase of vocabulary word ids for an owner.
  package mutating func add(words: [Int32], owner: Int, phrase: Int) {
    guard !words.isEmpty else { return }
    let needed = Int(words.max()!) + 1
    if ownersByWord.count < needed {
      ownersByWord += Array(repeating: [], count: needed - ownersByWord.count)
    }
    entries.append(
      Entry(
        owner: Int32(owner), phrase: Int32(phrase), start: Int32(addedWords.count), count: Int32(words.count),
        serial: Int32(entries.count)))
    addedWords += words
    for word in words where ownersByWord[Int(word)].last != Int32(owner) {
      ownersByWord[Int(word)].append(Int32(owner))
    }
  }

  /// Computes word weights once every phrase is in: 1/√(owners using the word), halved
  /// for everyday words ("help", "afterwards"), which say less than topic words. Then
  /// lays the phrases out by first word.
  package mutating func finish(
    vocabularySize: Int, isEveryday: (Int32) -> Bool = { _ in false }, isDeterminer: (Int32) -> Bool = { _ in false },
    isDefinite: (Int32) -> Bool = { _ in false }, isObject: (Int32) -> Bool = { _ in false },
    isTopic: (Int32) -> Bool = { _ in false }
  ) {
    if ownersByWord.count < vocabularySize {
      ownersByWord += Array(repeating: [], count: vocabularySize - ownersByWord.count)
    }
    self.isDeterminer = ownersByWord.indices.map { isDeterminer(Int32($0)) }
    self.isDefinite = ownersByWord.indices.map { isDefinite(Int32($0)) }
    self.isObject = ownersByWord.indices.map { isObject(Int32($0)) }
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

    // A counting sort by first word, keeping the order phrases were added in.
    var starts = [Int32](repeating: 0, count: ownersByWord.count + 1)
    for entry in entries { starts[Int(addedWords[Int(entry.start)]) + 1] += 1 }
    for w in 0..<ownersByWord.count { starts[w + 1] += starts[w] }
    var next = starts
    var ordered = entries
    for entry in entries {
      let first = Int(addedWords[Int(entry.start)])
      ordered[Int(next[first])] = entry
      next[first] += 1
    }
    namingPairs = []
    for entry in entries where entry.count > 1 {
      let from = Int(entry.start)
      for k in from..<(from + Int(entry.count) - 1) where isTopic(addedWords[k]) {
        namingPairs.insert(Int64(addedWords[k]) << 32 | Int64(addedWords[k + 1]))
      }
    }
    phraseWords = []
    phraseWords.reserveCapacity(addedWords.count)
    for k in ordered.indices {
      let from = Int(ordered[k].start)
      ordered[k].firstWeight = weights[Int(addedWords[from])]
      if ordered[k].count > 1 { ordered[k].second = addedWords[from + 1] }
      ordered[k].start = Int32(phraseWords.count)
      for word in addedWords[from..<(from + Int(ordered[k].count))] {
        phraseWords.append(word)
      }
    }
    entries = ordered
    firstStarts = starts
    addedWords = []
    ownerStarts = [0]
    ownerStarts.reserveCapacity(ownersByWord.count + 1)
    owners = []
    owners.reserveCapacity(ownersByWord.reduce(0) { $0 + $1.count })
    for list in ownersByWord {
      owners += list
      ownerStarts.append(Int32(owners.count))
    }
    ownersByWord = []
  }

  /// What finding this word is worth.
  package func weight(of word: Int32) -> Double {
    Int(word) < weights.count ? weights[Int(word)] : 1
  }

  /// The owners whose phrases use a word.
  package func owners(using word: Int32) -> ArraySlice<Int32> {
    Int(word) + 1 < ownerStarts.count ? owners[Int(ownerStarts[Int(word)])..<Int(ownerStarts[Int(word) + 1])] : []
  }

  /// Every phrase occurrence in the tokens, at most one (the best) per phrase, in the
  /// order they were found (callers rank them; every tie-break is by position or id).
  package func matches(tokens: [Token], alternatives: Alternatives) -> [PhraseMatch] {
    var found: [PhraseMatch] = []
    var foundEntries: [Int32] = []
    for start in tokens.indices {
      for a in alternatives.range(start) {
        let first = alternatives.item(a)
        guard Int(first.id) + 1 < firstStarts.count else { continue }
        for k in Int(firstStarts[Int(first.id)])..<Int(firstStarts[Int(first.id) + 1]) {
          guard
            let match = match(
              entries[k], from: start, firstEdits: first.edits, firstFactor: first.factor,
              tokens: tokens,
              alternatives: alternatives)
          else { continue }
          if let i = foundEntries.firstIndex(of: Int32(k)) {
            if found[i].score < match.score { found[i] = match }
          } else {
            found.append(match)
            foundEntries.append(Int32(k))
          }
        }
      }
    }
    return found
  }

  /// Whether a word only stresses what it stands beside ("actually", "really"), and so
  /// adds nothing to a phrase it stands inside. (Compared, not hashed, as `isWhWord`.)
  @inline(__always)
  static func isEmphasis(_ word: String) -> Bool {
    switch word {
    case "actually", "really", "truly", "genuinely", "honestly", "literally", "actual", "real": return true
    default: return false
    }
  }

  /// Whether a word is a wh-word ("how", "why", "what"…), which a gap never skips, as it
  /// opens a question of its own. (Compared, not hashed: asked of every word a gap tries to
  /// skip.)
  @inline(__always)
  static func isWhWord(_ word: String) -> Bool {
    switch word {
    case "how", "why", "what", "when", "where", "which": return true
    default: return false
    }
  }

  /// Whether two words say a degree, as one word ("quite") would: "a bit", "a little",
  /// "kind of", "sort of".
  @inline(__always)
  static func isDegree(_ first: String, _ second: String) -> Bool {
    switch first {
    case "a": return second == "bit" || second == "little" || second == "lot"
    case "kind", "sort": return second == "of"
    default: return false
    }
  }

  /// Whether a word as typed is a topic word that some phrase puts right before `next`
  /// ("spike" before "mat"). (No article is a topic word, so none stands there.)
  private func namesThe(_ next: Int32, _ word: WordAlternative) -> Bool {
    word.edits == 0 && namingPairs.contains(Int64(word.id) << 32 | Int64(next))
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
      var score = entry.firstWeight * firstFactor
      var position = start
      var unsaid = 0
      var skippedLast = false
      for k in 1..<max(count, 1) where count > 1 {
        let id = k == 1 ? entry.second : phraseWords[Int(entry.start) + k]
        var found: WordAlternative?
        var j = position + 1
        // After a word left unsaid, the next follows at once: "what is this spiky thing" is
        // no "what is [the] point"; so does an object pronoun ("time for me" is no "time me").
        var gap = skippedLast || (Int(id) < isObject.count && isObject[Int(id)]) ? 0 : maxGap
        // (But a topic word some phrase puts before this one may stand there: "how does
        // spike mat work" is "how does [the] mat work".)
        if skippedLast, j + 1 < tokens.count, tokens[j + 1].clause == tokens[start].clause,
          alternatives.range(j).contains(where: { a in namesThe(id, alternatives.item(a)) })
        {
          gap = 1
        }
        skippedLast = false
        while j < tokens.count, j <= position + 1 + gap, tokens[j].clause == tokens[start].clause {
          if let alt = alternatives.alternative(at: j, for: id) {
            found = alt
            break
          }
          // A gap may skip filler ("lie on the mat", "what does it actually do") or a number
          // ("start a [5] minute session"), never a telling word of its own ("how often
          // should I use" is not "how should I use").
          if !CommonWords.contains(tokens[j].word), !tokens[j].isNumber,
            alternatives.range(j).contains(where: { weight(of: alternatives.item($0).id) >= Self.tellingWeight })
          {
            break
          }
          // Nor a question word, which opens a question of its own: "explain how the mat
          // works" is no "explain the mat".
          if Self.isWhWord(tokens[j].surface) { break }
          // A degree said in two words stands where one would: "gone a bit flat".
          if gap == 1, j == position + 1, j + 2 < tokens.count, Self.isDegree(tokens[j].surface, tokens[j + 1].surface) {
            gap = 2
          }
          // A word of emphasis takes no room of the gap: "explain how they actually work",
          // "see a real doctor".
          if Self.isEmphasis(tokens[j].surface) { gap += 1 }
          j += 1
        }
        if found == nil, k + 1 < count, Int(id) < isDeterminer.count, isDeterminer[Int(id)] {
          // An article or possessive of the phrase, typed as another or left out, as
          // people writing fast or in a second language do: "lie on the side", "lay on
          // belly". It adds nothing to the score (but counts as sure for the phrase's
          // confidence), and a phrase's last word ("hurt her") is always said.
          let next = position + 1
          if isDefinite[Int(id)], next < tokens.count, tokens[next].clause == tokens[start].clause,
            alternatives.range(next).contains(where: { a in
              let other = alternatives.item(a)
              return other.edits == 0 && Int(other.id) < isDefinite.count && isDefinite[Int(other.id)]
            })
          {
            positions[k] = next
            position = next
          } else {
            positions[k] = position
            unsaid += 1
            skippedLast = true
          }
          confidence += 1
          continue
        }
        guard let alt = found else { return nil }
        positions[k] = j
        position = j
        if alt.edits > 0 { corrections += 1 }
        confidence += alt.factor
        score += weights[Int(id)] * alt.factor
      }
      let span = start...position
      score -= 0.05 * Double(span.count - (count - unsaid))
      let matched = UnsafeBufferPointer(rebasing: positions[0..<count])
      let negated = matched.contains { p in
        guard let by = tokens[p].negatedBy else { return false }
        return !matched.contains(by)
      }
      return PhraseMatch(
        owner: Int(entry.owner), phrase: Int(entry.phrase), serial: Int(entry.serial), tokens: span, length: count, score: score,
        confidence: confidence / Double(count), corrections: corrections, negated: negated)
    }
  }
}
