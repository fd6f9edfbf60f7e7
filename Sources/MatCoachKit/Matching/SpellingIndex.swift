/// Finds the vocabulary words within one or two edits of a typed word without
/// scanning the vocabulary: a SymSpell-style index of every word's deletions.
///
/// Each vocabulary word is stored under the hashes of itself and of the strings
/// left by deleting one character (two for words of 8+ letters). A typed word's own
/// deletions are looked up the same way, and every candidate is checked with the
/// true edit distance, so hash collisions cost time but never a wrong answer.
public struct SpellingIndex: Sendable {
  private var heads: [UInt64: Int32] = [:]
  private var entries: [(word: Int32, next: Int32)] = []
  private var words: [[UInt8]] = []

  /// Words shorter than this are never corrected, nor corrected to.
  public static let minimumLength = 3

  public init() {}

  /// Adds a vocabulary word under the id the caller gives it.
  public mutating func insert(_ word: String, id: Int32) {
    let bytes = Array(word.utf8)
    guard bytes.count >= Self.minimumLength else { return }
    while words.count <= Int(id) { words.append([]) }
    words[Int(id)] = bytes
    for key in Self.deletionHashes(bytes, depth: bytes.count >= 8 ? 2 : 1) {
      entries.append((id, heads[key] ?? -1))
      heads[key] = Int32(entries.count - 1)
    }
  }

  /// The edits a typed word of this length may carry: none under 4 letters, 1 from 4, 2 from 8.
  public static func allowedEdits(forLength length: Int) -> Int {
    length >= 8 ? 2 : length >= 4 ? 1 : 0
  }

  /// Vocabulary ids within the allowed edits of `word`, nearest first, with their distance.
  public func corrections(of word: String) -> [(id: Int32, distance: Int)] {
    let bytes = Array(word.utf8)
    let limit = Self.allowedEdits(forLength: bytes.count)
    guard limit > 0 else { return [] }
    var seen: Set<Int32> = []
    var found: [(id: Int32, distance: Int)] = []
    for key in Self.deletionHashes(bytes, depth: limit) {
      var cursor = heads[key] ?? -1
      while cursor >= 0 {
        let entry = entries[Int(cursor)]
        cursor = entry.next
        guard seen.insert(entry.word).inserted else { continue }
        if let d = EditDistance.distance(bytes, words[Int(entry.word)], limit: limit), d > 0 {
          found.append((entry.word, d))
        }
      }
    }
    return found.sorted { ($0.distance, $0.id) < ($1.distance, $1.id) }
  }

  /// Hashes of the word and of every string left by deleting up to `depth` characters.
  static func deletionHashes(_ word: [UInt8], depth: Int) -> Set<UInt64> {
    var result: Set<UInt64> = [hash(word)]
    var frontier: [[UInt8]] = [word]
    for _ in 0..<depth {
      var next: [[UInt8]] = []
      for w in frontier where w.count > 1 {
        for i in w.indices {
          var shorter = w
          shorter.remove(at: i)
          if result.insert(hash(shorter)).inserted { next.append(shorter) }
        }
      }
      frontier = next
    }
    return result
  }

  /// FNV-1a, stable across runs (Swift's own hashing is seeded per process).
  static func hash(_ bytes: [UInt8]) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    return h
  }
}
