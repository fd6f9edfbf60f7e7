/// A map from words to values for the per-word lookups of every turn (the vocabulary,
/// synonyms, contractions, number words, negators), keyed by the same unseeded FNV
/// hash everywhere: cheaper than `Dictionary`'s seeded hashing, and its lookup can take
/// the bytes of a word being read without making a `String` of them first.
struct WordTable<Value: Sendable>: Sendable {
  private var table: HashTable
  /// Each word beside its value: a word found is compared and read in one place.
  private var entries: [(key: String, value: Value)] = []
  /// The first bytes its words start with (bit `byte & 63`) and the longest word's length:
  /// most words asked of a small table (the question words, the sound-alikes) are ruled
  /// out by these before any hashing.
  private var firstBytes: UInt64 = 0
  private var longest = 0

  /// An empty table with room for about this many words before it grows.
  init(capacity: Int = 8) {
    table = HashTable(capacity: capacity)
  }

  /// A table holding these pairs, added in the order of their words so that the table's
  /// layout does not depend on the dictionary's.
  init(_ pairs: [String: Value]) {
    self.init(capacity: pairs.count)
    for (key, value) in pairs.sorted(by: { $0.key < $1.key }) { self[key] = value }
  }

  /// How many words it holds.
  var count: Int { entries.count }

  /// The value stored for a word; setting replaces any value the word had (setting nil
  /// is not supported: nothing is ever removed from these tables).
  subscript(word: String) -> Value? {
    get {
      guard let index = index(of: word) else { return nil }
      return entries[index].value
    }
    set {
      guard let newValue else { preconditionFailure("WordTable does not remove words") }
      if let index = index(of: word) {
        entries[index].value = newValue
        return
      }
      entries.append((word, newValue))
      table.insert(fnv1a(word), Int32(entries.count - 1))
      firstBytes |= Self.bit(word.utf8.first ?? 0)
      longest = max(longest, word.utf8.count)
    }
  }

  /// The value of the word these bytes spell.
  subscript(bytes bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    guard bytes.count <= longest, firstBytes & Self.bit(bytes.first ?? 0) != 0 else { return nil }
    return table.first(fnv1a(bytes)) { entries[Int($0)].key.utf8.elementsEqual(bytes) }.map { entries[Int($0)].value }
  }

  func contains(_ word: String) -> Bool { index(of: word) != nil }

  @inline(__always)
  private static func bit(_ byte: UInt8) -> UInt64 { 1 << UInt64(byte & 63) }

  @inline(__always)
  private func index(of word: String) -> Int? {
    let utf8 = word.utf8
    guard utf8.count <= longest, firstBytes & Self.bit(utf8.first ?? 0) != 0 else { return nil }
    return table.first(fnv1a(word)) { entries[Int($0)].key == word }.map { Int($0) }
  }
}

extension WordTable where Value == Void {
  /// A set of words, for the word lists a turn tests every word against (a `Set` hashes
  /// each with a per-process seed, several times dearer for a short word).
  init(_ words: Set<String>) {
    self.init(Dictionary(uniqueKeysWithValues: words.map { ($0, ()) }))
  }
}
