/// A read-only map from words to values for the per-word lookups of a turn, keyed by
/// the same unseeded FNV hash as the vocabulary: cheaper than `Dictionary`'s hashing.
struct WordTable<Value: Sendable>: Sendable {
  private var table: HashTable
  private var keys: [String] = []
  private var values: [Value] = []

  init(_ pairs: [String: Value]) {
    table = HashTable(capacity: pairs.count)
    for (key, value) in pairs.sorted(by: { $0.key < $1.key }) {
      keys.append(key)
      values.append(value)
      table.insert(Self.hash(key), Int32(keys.count - 1))
    }
  }

  subscript(word: String) -> Value? {
    guard !keys.isEmpty else { return nil }
    return table.first(Self.hash(word)) { keys[Int($0)] == word }.map { values[Int($0)] }
  }

  /// The value of the word these bytes spell.
  subscript(bytes bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    guard !keys.isEmpty else { return nil }
    return table.first(fnv1a(bytes)) { keys[Int($0)].utf8.elementsEqual(bytes) }.map { values[Int($0)] }
  }

  func contains(_ word: String) -> Bool { self[word] != nil }

  static func hash(_ word: String) -> UInt64 { fnv1a(word) }
}
