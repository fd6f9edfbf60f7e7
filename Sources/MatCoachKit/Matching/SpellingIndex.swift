/// Finds the vocabulary words within one or two edits of a typed word without
/// scanning the vocabulary: a SymSpell-style index of every word's deletions.
///
/// Each vocabulary word is stored under the hashes of itself and of the strings left
/// by deleting one character (two for words of 8+ letters). A typed word's own
/// deletions are hashed the same way, without building the strings, and every
/// candidate is checked with the true edit distance, so a hash collision costs time
/// but never a wrong answer. A word may also be stored for another word's id: a
/// synonym's variant, so that "dangerus" finds "safe" through "dangerous".
package struct SpellingIndex: Sendable {
  /// Deletion hash → entry, for the entries `finish()` indexed.
  private var table = BucketTable()
  /// Every entry's word, one after another: entry e's ends at `ends[e]`, where the
  /// next one starts (one array, not an array a word: a third of the room).
  private var bytes: [UInt8] = []
  private var ends: [Int32] = []
  /// Per entry: the id it stands for, and the deletions it is stored under (1, or 2
  /// for a long word).
  private var ids: [Int32] = []
  private var depths: [UInt8] = []
  /// Entries from here on were inserted after `finish()` and are not in the table:
  /// each is compared with the typed word, so that a forgotten `finish()` costs time,
  /// never an answer.
  private var indexed = 0
  /// A Bloom filter over the table's keys, small enough to stay in cache: most typed
  /// words that are not keywords have no deletion in the table at all, and the filter
  /// says so without touching the large table. 8 to 16 bits per key: 1 to 3% of
  /// absent keys get past it, and cost one read of the table.
  private var filter: [UInt64] = [0]

  /// The longest word indexed: a typed word longer by more than the edits allowed
  /// cannot be a misspelling of any (and a pasted wall of letters costs nothing).
  private var maxLength = 0

  /// Words shorter than this are never corrected, nor corrected to.
  package static let minimumLength = 3

  package init() {}

  /// Makes room for about this many words, so that adding them does not repeatedly
  /// grow (and for a moment double) the arrays.
  package mutating func reserve(words: Int) {
    ids.reserveCapacity(words)
    ends.reserveCapacity(words)
    depths.reserveCapacity(words)
    bytes.reserveCapacity(words * 8)
  }

  /// Adds a word under the id the caller gives it: its own, or the id of the word it
  /// stands for. It is found quickly once `finish()` has indexed it.
  ///
  /// - Parameter oneEdit: store it one deletion deep even when it is long, so that it is
  ///   sure to be found only through typos of one edit (a two-edit typo may still reach
  ///   it through a shared deletion). A word stored under another's id as well as that
  ///   word (a stem's form as written) needs no more, and costs a quarter of the room.
  package mutating func insert(_ word: String, id: Int32, oneEdit: Bool = false) {
    let utf8 = word.utf8
    guard utf8.count >= Self.minimumLength else { return }
    bytes.append(contentsOf: utf8)
    ends.append(Int32(bytes.count))
    ids.append(id)
    depths.append(utf8.count >= 8 && !oneEdit ? 2 : 1)
    maxLength = max(maxLength, utf8.count)
  }

  /// Indexes every word inserted so far by its deletions: built once, when all the
  /// words are in, the table is sized to them and holds no empty slots.
  package mutating func finish() {
    guard indexed < ids.count else { return }
    // The filter is sized to at most the keys (repeated deletions are dropped below)
    // and filled on the pass that counts them.
    let most = zip(ends.indices, depths).reduce(0) { $0 + Self.keyCount(length: range(of: $1.0).count, depth: Int($1.1)) }
    var size = 1
    while size * 64 < most * 8 { size *= 2 }
    var filter = [UInt64](repeating: 0, count: size)
    var count = 0
    forEachKey { key, _ in
      filter[Int(truncatingIfNeeded: key >> 32) & (size - 1)] |= Self.filterMask(key)
      count += 1
    }
    let table = BucketTable(count: count) { add in forEachKey(add) }
    self.filter = filter
    self.table = table
    indexed = ids.count
  }

  /// Calls `body` with each deletion hash of each entry and the entry, each hash of an
  /// entry once: repeated letters give repeated deletions ("mass" → "mas" twice).
  private func forEachKey(_ body: (UInt64, Int32) -> Void) {
    bytes.withUnsafeBufferPointer { all in
      for entry in ends.indices {
        let word = UnsafeBufferPointer(rebasing: all[range(of: entry)])
        let depth = Int(depths[entry])
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.keyCount(length: word.count, depth: depth)) { keys in
          let n = Self.deletionHashes(word, depth: depth, into: keys)
          var written = UnsafeMutableBufferPointer(rebasing: keys[0..<n])
          written.sort()
          for (k, key) in written.enumerated() where k == 0 || written[k - 1] != key { body(key, Int32(entry)) }
        }
      }
    }
  }

  /// Where an entry's word lies in `bytes`.
  private func range(of entry: Int) -> Range<Int> {
    (entry == 0 ? 0 : Int(ends[entry - 1]))..<Int(ends[entry])
  }

  /// The bytes of an entry's word.
  private func word(_ entry: Int) -> ArraySlice<UInt8> { bytes[range(of: entry)] }

  /// The edits a typed word of this length may carry: none under 4 letters, 1 from 4, 2 from 8.
  package static func allowedEdits(forLength length: Int) -> Int {
    length >= 8 ? 2 : length >= 4 ? 1 : 0
  }

  /// Vocabulary ids within the allowed edits of `word`, nearest first, with their distance
  /// and the word stored for them that was that near (the id's own word, or a variant).
  ///
  /// - Parameter typedLength: the length of the word as typed, when `word` is its stem:
  ///   "puled" is stemmed to "pul" but was typed with five letters, so one edit is allowed.
  package func corrections(of word: String, typedLength: Int = 0) -> [(id: Int32, distance: Int, meant: String)] {
    var copy = word
    return copy.withUTF8 { corrections(of: $0, limit: Self.allowedEdits(forLength: max($0.count, typedLength))) }
  }

  /// Vocabulary ids within `edits` of `word`, whatever its length: for a caller that
  /// checks a short word's reading some other way ("fel" only where it completes a phrase).
  package func corrections(of word: String, edits: Int) -> [(id: Int32, distance: Int, meant: String)] {
    var copy = word
    return copy.withUTF8 { corrections(of: $0, limit: edits) }
  }

  private func corrections(of typed: UnsafeBufferPointer<UInt8>, limit: Int) -> [(id: Int32, distance: Int, meant: String)] {
    let n = typed.count
    guard limit > 0, n >= 2, n <= maxLength + limit else { return [] }
    // The keys the filter lets through, then their words: no closure here captures a
    // variable, because this runs for every unknown word of every turn.
    let maybe = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.keyCount(length: n, depth: limit)) { keys in
      var kept = 0
      for k in 0..<Self.deletionHashes(typed, depth: limit, into: keys) where mayHold(keys[k]) {
        keys[kept] = keys[k]
        kept += 1
      }
      return Array(keys[0..<kept])
    }
    guard !maybe.isEmpty || indexed < ids.count else { return [] }
    var candidates: [Int32] = []
    for key in maybe { table.collect(key, into: &candidates) }
    candidates += (indexed..<ids.count).map(Int32.init)
    var found: [(id: Int32, distance: Int, entry: Int32)] = []
    for entry in candidates {
      if let d = EditDistance.distance(typed, word(Int(entry)), limit: limit), d > 0 {
        found.append((ids[Int(entry)], d, entry))
      }
    }
    // One result per id, at its nearest; of its words as near, the one stored last: a
    // form as written ("shaped") is stored after the stem it stands for ("shap").
    found.sort { ($0.distance, $0.id, $1.entry) < ($1.distance, $1.id, $0.entry) }
    var seen: [Int32] = []
    return found.compactMap { f in
      guard !seen.contains(f.id) else { return nil }
      seen.append(f.id)
      return (f.id, f.distance, String(decoding: word(Int(f.entry)), as: UTF8.self))
    }
  }

  /// False when the table certainly does not hold the key. Three bits of one filter
  /// word per key: one memory access.
  @inline(__always)
  private func mayHold(_ key: UInt64) -> Bool {
    let mask = Self.filterMask(key)
    return filter[Int(truncatingIfNeeded: key >> 32) & (filter.count - 1)] & mask == mask
  }

  @inline(__always)
  private static func filterMask(_ key: UInt64) -> UInt64 {
    (1 << (key & 63)) | (1 << ((key >> 6) & 63)) | (1 << ((key >> 12) & 63))
  }

  /// How many hashes `deletionHashes` gives for a word of this length.
  static func keyCount(length n: Int, depth: Int) -> Int {
    1 + (depth >= 1 && n > 1 ? n : 0) + (depth >= 2 && n > 2 ? n * (n - 1) / 2 : 0)
  }

  /// Multiplier of the polynomial hash: odd, with bits spread over the whole word.
  static let radix: UInt64 = 0x9E37_79B9_7F4A_7C15

  /// Writes the hash of the word, and of every string left by deleting one character
  /// (and two, for `depth` 2), into `keys`; returns how many it wrote (`keyCount`).
  ///
  /// The hash is a polynomial in the bytes, so a deletion's hash comes in constant time
  /// from the hashes of the part before it and the part after it: linear work for the
  /// one-deletion hashes, not quadratic, and no long chain of dependent multiplications.
  /// `FNV1a.finish` then mixes every bit into the low ones.
  @inline(__always)
  static func deletionHashes(
    _ word: UnsafeBufferPointer<UInt8>, depth: Int, into keys: UnsafeMutableBufferPointer<UInt64>
  ) -> Int {
    let n = word.count
    return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 3 * (n + 1)) { buffer in
      // prefix[i]: the hash of word[0..<i]; suffix[i]: of word[i..<n]; power[k]: radix^k.
      let prefix = buffer.baseAddress!
      let suffix = prefix + (n + 1)
      let power = suffix + (n + 1)
      prefix[0] = 0
      power[0] = 1
      for i in 0..<n {
        prefix[i + 1] = prefix[i] &* radix &+ UInt64(word[i]) &+ 1
        power[i + 1] = power[i] &* radix
      }
      suffix[n] = 0
      for i in stride(from: n - 1, through: 0, by: -1) {
        suffix[i] = (UInt64(word[i]) &+ 1) &* power[n - 1 - i] &+ suffix[i + 1]
      }
      var count = 0
      keys[count] = FNV1a.finish(prefix[n])
      count += 1
      if depth >= 1 && n > 1 {
        for i in 0..<n {
          // Without i: the part before it, shifted past what follows, plus what follows.
          keys[count] = FNV1a.finish(prefix[i] &* power[n - 1 - i] &+ suffix[i + 1])
          count += 1
        }
      }
      if depth >= 2 && n > 2 {
        for i in 0..<n {
          for j in (i + 1)..<n {
            // Without i and j: before i, then i+1..<j, then after j.
            let between = prefix[j] &- prefix[i + 1] &* power[j - i - 1]
            keys[count] = FNV1a.finish(prefix[i] &* power[n - 2 - i] &+ between &* power[n - 1 - j] &+ suffix[j + 1])
            count += 1
          }
        }
      }
      return count
    }
  }

  /// The deletion hashes of a word, as an array (for building the index).
  static func deletionHashes(_ word: [UInt8], depth: Int) -> [UInt64] {
    let n = word.count
    return [UInt64](unsafeUninitializedCapacity: keyCount(length: n, depth: depth)) { keys, count in
      count = word.withUnsafeBufferPointer { deletionHashes($0, depth: depth, into: keys) }
    }
  }
}
