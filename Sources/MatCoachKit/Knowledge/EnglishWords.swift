/// A list of correctly spelt English words (lower case, one a line, in byte order),
/// searched where it lies: no set is built, so loading it costs one read.
///
/// A word on the list is never "corrected" into a keyword: "even" is not a typo of
/// "evening", nor "tell" of "tens". The list the project ships, `Intents/english-words.txt`,
/// is drawn from SCOWL by way of Debian's wamerican and wbritish (see `Intents/README.md`
/// for its licence).
public struct EnglishWords: Sendable, Hashable {
  private let bytes: [UInt8]
  /// Where each line starts.
  private let starts: [Int32]

  /// The list in `text`; nil when its lines are not in byte order (a binary search would
  /// miss words), with the first line out of order.
  public init?(text: String) {
    var bytes = Array(text.utf8)
    if bytes.last != 0x0A { bytes.append(0x0A) }
    var starts: [Int32] = []
    var start = 0
    for (i, byte) in bytes.enumerated() where byte == 0x0A {
      if i > start { starts.append(Int32(start)) }
      start = i + 1
    }
    self.bytes = bytes
    self.starts = starts
    guard outOfOrderLine == nil else { return nil }
  }

  /// The first line (counted from 1) that is not after the one before it, if any.
  var outOfOrderLine: Int? {
    for i in starts.indices.dropFirst() where compare(Array(word(at: i - 1)), i) >= 0 { return i + 1 }
    return nil
  }

  public var count: Int { starts.count }

  private func word(at i: Int) -> ArraySlice<UInt8> {
    let start = Int(starts[i])
    var end = start
    while bytes[end] != 0x0A { end += 1 }
    return bytes[start..<end]
  }

  /// `key` against line `i`: negative when it comes first, 0 when equal.
  private func compare<Key: Collection<UInt8>>(_ key: Key, _ i: Int) -> Int {
    var k = key.startIndex
    var j = Int(starts[i])
    while k != key.endIndex && bytes[j] != 0x0A {
      if key[k] != bytes[j] { return Int(key[k]) - Int(bytes[j]) }
      k = key.index(after: k)
      j += 1
    }
    if k == key.endIndex { return bytes[j] == 0x0A ? 0 : -1 }
    return 1
  }

  /// True when `word` (lower case) is on the list.
  public func contains(_ word: String) -> Bool {
    var low = 0
    var high = starts.count - 1
    let key = word.utf8
    while low <= high {
      let mid = (low + high) / 2
      let order = compare(key, mid)
      if order == 0 { return true }
      if order < 0 { high = mid - 1 } else { low = mid + 1 }
    }
    return false
  }
}
