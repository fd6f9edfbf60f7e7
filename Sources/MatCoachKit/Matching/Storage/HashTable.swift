// Matching/Storage holds the code that exists only for speed: this table, the word
// table over it and the hash both use. Every word of every turn is looked up here, so
// they trade `Dictionary`'s generality for fewer memory reads and no per-process seed.
// Nothing here knows about intents or facts; replacing all of it with `Dictionary`
// would change no answer, only the time each takes (`make bench`).

/// An open-addressing table from 64-bit hashes to 32-bit values, for the hot lookups
/// of a turn. The keys are already well-mixed hashes, so the table uses them as they
/// are, cheaper than `Dictionary`'s seeded rehashing.
///
/// A slot keeps its value beside the low 32 bits of its key, which also choose the
/// slot: eight bytes in all, so a probe touches one cache line, a large table stays
/// small, and the table can still grow. Several values may share a key, and distinct
/// keys may share their low bits: callers verify what they find.
struct HashTable: Sendable {
  private struct Slot: Sendable {
    var tag: UInt32
    /// -1 for an empty slot.
    var value: Int32
  }

  private var slots: [Slot]
  private var mask: Int
  private(set) var count = 0

  init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Slot(tag: 0, value: -1), count: size)
    mask = size - 1
  }

  /// Adds a value under a key (the same key may hold several values).
  mutating func insert(_ key: UInt64, _ value: Int32) {
    if (count + 1) * 2 > slots.count { grow() }
    place(Slot(tag: UInt32(truncatingIfNeeded: key), value: value))
    count += 1
  }

  /// Appends every value stored under `key` that `into` does not hold yet.
  @inline(__always)
  func collect(_ key: UInt64, into values: inout [Int32]) {
    let tag = UInt32(truncatingIfNeeded: key)
    var slot = Int(tag) & mask
    while slots[slot].value >= 0 {
      if slots[slot].tag == tag && !values.contains(slots[slot].value) { values.append(slots[slot].value) }
      slot = (slot + 1) & mask
    }
  }

  /// The first value stored under `key` for which `matches` is true.
  @inline(__always)
  func first(_ key: UInt64, where matches: (Int32) -> Bool) -> Int32? {
    let tag = UInt32(truncatingIfNeeded: key)
    var slot = Int(tag) & mask
    while slots[slot].value >= 0 {
      if slots[slot].tag == tag && matches(slots[slot].value) { return slots[slot].value }
      slot = (slot + 1) & mask
    }
    return nil
  }

  private mutating func place(_ entry: Slot) {
    var slot = Int(entry.tag) & mask
    while slots[slot].value >= 0 { slot = (slot + 1) & mask }
    slots[slot] = entry
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(tag: 0, value: -1), count: old.count * 2)
    mask = slots.count - 1
    for entry in old where entry.value >= 0 { place(entry) }
  }
}
