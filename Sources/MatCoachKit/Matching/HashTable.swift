/// An open-addressing table from 64-bit hashes to 32-bit values, for the hot lookups
/// of a turn. The keys are already well-mixed hashes (FNV-1a of the words), so the
/// table can use them as they are, cheaper than `Dictionary`'s seeded rehashing.
/// Several values may share a key; callers verify what they find.
struct HashTable: Sendable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var mask: Int
  private(set) var count = 0

  init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: 0, count: size)
    values = [Int32](repeating: -1, count: size)
    mask = size - 1
  }

  /// Adds a value under a key (the same key may hold several values).
  mutating func insert(_ key: UInt64, _ value: Int32) {
    if (count + 1) * 2 > keys.count { grow() }
    var slot = Int(truncatingIfNeeded: key) & mask
    while values[slot] >= 0 { slot = (slot + 1) & mask }
    keys[slot] = key
    values[slot] = value
    count += 1
  }

  /// Appends every value stored under `key` that `into` does not hold yet.
  @inline(__always)
  func collect(_ key: UInt64, into values: inout [Int32]) {
    var slot = Int(truncatingIfNeeded: key) & mask
    while self.values[slot] >= 0 {
      if keys[slot] == key && !values.contains(self.values[slot]) { values.append(self.values[slot]) }
      slot = (slot + 1) & mask
    }
  }

  /// The first value stored under `key` for which `matches` is true.
  @inline(__always)
  func first(_ key: UInt64, where matches: (Int32) -> Bool) -> Int32? {
    var slot = Int(truncatingIfNeeded: key) & mask
    while values[slot] >= 0 {
      if keys[slot] == key && matches(values[slot]) { return values[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Calls `body` with every key stored.
  func forEachKey(_ body: (UInt64) -> Void) {
    for slot in keys.indices where values[slot] >= 0 { body(keys[slot]) }
  }

  private mutating func grow() {
    let old = zip(keys, values).filter { $0.1 >= 0 }
    self = HashTable(capacity: keys.count)
    for (key, value) in old { insert(key, value) }
  }
}
