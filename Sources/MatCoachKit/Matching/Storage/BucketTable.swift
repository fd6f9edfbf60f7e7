/// A read-only multimap from 64-bit hashes to 32-bit values, built in one go: a third
/// the size of `HashTable` for a table of hundreds of thousands of keys.
///
/// The values are sorted into buckets by the top bits of their keys (a counting sort,
/// no comparisons): a bucket's slots lie together, found through a small array of where
/// each bucket starts, and no empty slots are kept. A slot is the low 32 bits of its key
/// beside its value, eight bytes; a lookup reads the bucket's start and a few slots
/// after it. Distinct keys may share their low bits: callers verify what they find.
struct BucketTable: Sendable {
  private struct Slot: Sendable {
    var tag: UInt32
    var value: Int32
  }

  /// Bucket b's slots are `slots[starts[b]..<starts[b + 1]]`.
  private var starts: [UInt32]
  private var slots: [Slot]
  /// 64 minus the bits that pick a bucket.
  private var shift: UInt64

  /// An empty table.
  init() {
    self.init(count: 0) { _ in }
  }

  /// The table of the pairs `pairs` gives: it is called twice, once to count them and
  /// once to place them, and must give the same pairs, in any order, both times (the
  /// pairs are not kept in between, so that building holds no second copy of them).
  ///
  /// - Parameter count: how many pairs `pairs` gives.
  init(count: Int, pairs: (_ add: (_ key: UInt64, _ value: Int32) -> Void) -> Void) {
    // About four to eight slots a bucket: one or two cache lines to read.
    var bits: UInt64 = 1
    while (1 << bits) * 8 < count { bits += 1 }
    let shift = 64 - bits
    var starts = [UInt32](repeating: 0, count: (1 << Int(bits)) + 1)
    starts.withUnsafeMutableBufferPointer { starts in
      pairs { key, _ in starts[Int(key >> shift) + 1] += 1 }
      for b in 1..<starts.count { starts[b] += starts[b - 1] }
    }
    precondition(Int(starts[starts.count - 1]) == count, "BucketTable: the pairs did not number \(count)")
    // Each bucket fills from its start: `next` is where its next slot goes.
    var next = starts
    let slots = [Slot](unsafeUninitializedCapacity: count) { slots, initialized in
      next.withUnsafeMutableBufferPointer { next in
        pairs { key, value in
          let b = Int(key >> shift)
          slots[Int(next[b])] = Slot(tag: UInt32(truncatingIfNeeded: key), value: value)
          next[b] += 1
        }
      }
      initialized = count
    }
    self.starts = starts
    self.slots = slots
    self.shift = shift
  }

  /// How many values it holds.
  var count: Int { slots.count }

  /// Appends every value stored under `key` that `into` does not hold yet.
  @inline(__always)
  func collect(_ key: UInt64, into values: inout [Int32]) {
    let tag = UInt32(truncatingIfNeeded: key)
    let b = Int(key >> shift)
    for slot in Int(starts[b])..<Int(starts[b + 1])
    where slots[slot].tag == tag && !values.contains(slots[slot].value) {
      values.append(slots[slot].value)
    }
  }
}
