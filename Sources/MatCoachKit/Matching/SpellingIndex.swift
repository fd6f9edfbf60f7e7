/// Finds the vocabulary words within one or two edits of a typed word without
/// scanning the vocabulary: a SymSpell-style index of every word's deletions.
///
/// Each vocabulary word is stored under the hashes of itself and of the strings left
/// by deleting one character (two for words of 8+ letters). A typed word's own
/// deletions are hashed the same way, without building the strings, and every
/// candidate is checked with the true edit distance, so a hash collision costs time
/// but never a wrong answer.
public struct SpellingIndex: Sendable {
  private var table = HashTable()
  private var words: [[UInt8]] = []
  /// A Bloom filter over the table's keys, small enough to stay in cache: most typed
  /// words that are not keywords have no deletion in the table at all, and the filter
  /// says so without touching the large table. 16 to 32 bits per key.
  private var filter = [UInt64](repeating: 0, count: 1024)

  /// Words shorter than this are never corrected, nor corrected to.
  public static let minimumLength = 3

  public init() {}

  /// Makes room for about this many words, so that building the index does not
  /// repeatedly grow (and for a moment double) its table.
  public mutating func reserve(words: Int) {
    guard table.count == 0 else { return }
    table = HashTable(capacity: words * 10)
    var size = filter.count
    while size * 64 < words * 10 * 16 { size *= 2 }
    filter = [UInt64](repeating: 0, count: size)
  }

  /// Adds a vocabulary word under the id the caller gives it.
  public mutating func insert(_ word: String, id: Int32) {
    let bytes = Array(word.utf8)
    guard bytes.count >= Self.minimumLength else { return }
    while words.count <= Int(id) { words.append([]) }
    words[Int(id)] = bytes
    // Repeated letters give repeated deletions ("mass" → "mas" twice): store each once.
    var keys: [UInt64] = []
    Self.forEachDeletionHash(bytes, depth: bytes.count >= 8 ? 2 : 1) { if !keys.contains($0) { keys.append($0) } }
    for key in keys {
      table.insert(key, id)
      setFilterBit(key)
    }
    if table.count * 16 > filter.count * 64 { rebuildFilter() }
  }

  /// The edits a typed word of this length may carry: none under 4 letters, 1 from 4, 2 from 8.
  public static func allowedEdits(forLength length: Int) -> Int {
    length >= 8 ? 2 : length >= 4 ? 1 : 0
  }

  /// Vocabulary ids within the allowed edits of `word`, nearest first, with their distance.
  ///
  /// - Parameter typedLength: the length of the word as typed, when `word` is its stem:
  ///   "puled" is stemmed to "pul" but was typed with five letters, so one edit is allowed.
  public func corrections(of word: String, typedLength: Int = 0) -> [(id: Int32, distance: Int)] {
    var copy = word
    return copy.withUTF8 { corrections(of: $0, limit: Self.allowedEdits(forLength: max($0.count, typedLength))) }
  }

  private func corrections(of bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [(id: Int32, distance: Int)] {
    let n = bytes.count
    guard limit > 0, n >= 2 else { return [] }
    // Loops rather than closures: this runs for every unknown word of every turn. Each
    // deletion's hash continues from the hash of the bytes before it.
    var candidates: [Int32] = []
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n + 1) { prefix in
      prefix[0] = FNV1a.basis
      for i in 0..<n { prefix[i + 1] = FNV1a.step(prefix[i], bytes[i]) }
      lookUp(FNV1a.finish(prefix[n]), into: &candidates)
      for i in 0..<n {
        var h = prefix[i]
        for k in (i + 1)..<n { h = FNV1a.step(h, bytes[k]) }
        lookUp(FNV1a.finish(h), into: &candidates)
        guard limit >= 2 else { continue }
        for j in (i + 1)..<n {
          var h = prefix[i]
          for k in (i + 1)..<n where k != j { h = FNV1a.step(h, bytes[k]) }
          lookUp(FNV1a.finish(h), into: &candidates)
        }
      }
    }
    guard !candidates.isEmpty else { return [] }
    var found: [(id: Int32, distance: Int)] = []
    for id in candidates {
      if let d = EditDistance.distance(bytes, words[Int(id)], limit: limit), d > 0 { found.append((id, d)) }
    }
    return found.sorted { ($0.distance, $0.id) < ($1.distance, $1.id) }
  }

  @inline(__always)
  private func lookUp(_ key: UInt64, into candidates: inout [Int32]) {
    // Three bits of one filter word per key: one memory access, and about 0.5% of the
    // keys that are not in the table get past it.
    let mask = Self.filterMask(key)
    guard filter[Int(truncatingIfNeeded: key >> 32) & (filter.count - 1)] & mask == mask else { return }
    table.collect(key, into: &candidates)
  }

  @inline(__always)
  private static func filterMask(_ key: UInt64) -> UInt64 {
    (1 << (key & 63)) | (1 << ((key >> 6) & 63)) | (1 << ((key >> 12) & 63))
  }

  private mutating func setFilterBit(_ key: UInt64) {
    filter[Int(truncatingIfNeeded: key >> 32) & (filter.count - 1)] |= Self.filterMask(key)
  }

  /// Keeps 16 to 32 filter bits per key as the table grows, setting the bits again
  /// from the words (the table keeps only part of each key).
  private mutating func rebuildFilter() {
    var size = filter.count
    while size * 64 < table.count * 32 { size *= 2 }
    filter = [UInt64](repeating: 0, count: size)
    for bytes in words where !bytes.isEmpty {
      Self.forEachDeletionHash(bytes, depth: bytes.count >= 8 ? 2 : 1) { setFilterBit($0) }
    }
  }

  /// Hashes of the word and of every string left by deleting one or two characters.
  static func forEachDeletionHash(_ word: UnsafeBufferPointer<UInt8>, depth: Int, _ body: (UInt64) -> Void) {
    let n = word.count
    body(fnv1a(word))
    guard depth >= 1, n > 1 else { return }
    for i in 0..<n { body(fnv1a(word, skipping: i)) }
    guard depth >= 2, n > 2 else { return }
    for i in 0..<n { for j in (i + 1)..<n { body(fnv1a(word, skipping: i, j)) } }
  }

  static func forEachDeletionHash(_ word: [UInt8], depth: Int, _ body: (UInt64) -> Void) {
    word.withUnsafeBufferPointer { forEachDeletionHash($0, depth: depth, body) }
  }
}
