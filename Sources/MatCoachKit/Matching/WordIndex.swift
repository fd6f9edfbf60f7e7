/// A map from words to 32-bit values whose slots hold the words themselves, so that
/// a lookup reads one place in memory: the slot it lands on holds the hash bits to
/// compare and, for any word of up to 15 bytes, the word's bytes too (Swift keeps
/// such strings inline). This is the lookup every word of every turn goes through.
struct WordIndex: Sendable {
  private struct Slot: Sendable {
    var word: String
    /// The low 32 bits of the word's hash, which also choose its slot.
    var tag: UInt32
    var value: Int32
    var isEmpty: Bool { value == Int32.min }
  }

  private var slots: [Slot]
  private var mask: Int
  private(set) var count = 0

  /// Values may be anything but `Int32.min`, which marks an empty slot.
  init(capacity: Int = 8) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Slot(word: "", tag: 0, value: Int32.min), count: size)
    mask = size - 1
  }

  /// The value stored for a word.
  subscript(word: String) -> Int32? {
    let tag = Self.tag(word)
    var slot = Int(tag) & mask
    while !slots[slot].isEmpty {
      if slots[slot].tag == tag && slots[slot].word == word { return slots[slot].value }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Stores a value for a word, replacing any value it had.
  mutating func set(_ word: String, _ value: Int32) {
    precondition(value != Int32.min)
    let tag = Self.tag(word)
    var slot = Int(tag) & mask
    while !slots[slot].isEmpty {
      if slots[slot].tag == tag && slots[slot].word == word {
        slots[slot].value = value
        return
      }
      slot = (slot + 1) & mask
    }
    if (count + 1) * 2 > slots.count {
      grow()
      set(word, value)
      return
    }
    slots[slot] = Slot(word: word, tag: tag, value: value)
    count += 1
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(word: "", tag: 0, value: Int32.min), count: old.count * 2)
    mask = slots.count - 1
    for entry in old where !entry.isEmpty {
      var slot = Int(entry.tag) & mask
      while !slots[slot].isEmpty { slot = (slot + 1) & mask }
      slots[slot] = entry
    }
  }

  @inline(__always)
  private static func tag(_ word: String) -> UInt32 {
    UInt32(truncatingIfNeeded: fnv1a(word))
  }
}
