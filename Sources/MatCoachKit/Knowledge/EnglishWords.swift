/// A list of correctly spelt English words (lower case, one a line, in byte order),
/// searched where it lies, as `look(1)` does. Loading it builds only the offsets of its
/// lines (one pass, a fraction of a millisecond), because the coach starts for every
/// piped question; with them a search compares a few words and reads nothing else.
///
/// A word on the list is never "corrected" into a keyword: "even" is not a typo of
/// "evening", nor "tell" of "tens". The list the project ships, `Intents/english-words.txt`,
/// is drawn from SCOWL by way of Debian's wamerican and wbritish (see `Intents/README.md`
/// for its licence).
public struct EnglishWords: Sendable, Hashable {
  private let bytes: [UInt8]
  /// Where each line starts, and after the last one, the end: line `i` is
  /// `starts[i]..<starts[i + 1] - 1`.
  private let starts: [Int32]

  /// The list in `bytes`; `lint` checks the order (``outOfOrderLine``), which a binary
  /// search needs.
  public init(bytes: [UInt8]) {
    let bytes = bytes.last == 0x0A || bytes.isEmpty ? bytes : bytes + [0x0A]
    var starts: [Int32] = [0]
    starts.reserveCapacity(bytes.count / 8)
    for (i, byte) in bytes.enumerated() where byte == 0x0A { starts.append(Int32(i + 1)) }
    self.bytes = bytes
    self.starts = starts
  }

  /// The line (counted from 1) that does not come after the one before it, if any.
  public var outOfOrderLine: Int? {
    var previous = 0..<0
    var start = 0
    var line = 1
    for (i, byte) in bytes.enumerated() where byte == 0x0A {
      let current = start..<i
      if line > 1 && !bytes[previous].lexicographicallyPrecedes(bytes[current]) { return line }
      previous = current
      start = i + 1
      line += 1
    }
    return nil
  }

  /// True when `word` (lower case) is on the list.
  public func contains(_ word: String) -> Bool {
    var key = word
    return key.withUTF8 { key in
      guard !key.isEmpty else { return false }
      return bytes.withUnsafeBufferPointer { list in
        starts.withUnsafeBufferPointer { starts in
          var low = 0
          var high = starts.count - 1
          while low < high {
            let middle = (low + high) / 2
            switch Self.compare(key, list, Int(starts[middle])..<Int(starts[middle + 1]) - 1) {
            case 0: return true
            case ..<0: high = middle
            default: low = middle + 1
            }
          }
          return false
        }
      }
    }
  }

  /// Byte order of `key` against `list[range]`: negative, zero or positive.
  @inline(__always)
  private static func compare(_ key: UnsafeBufferPointer<UInt8>, _ list: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    let shared = min(key.count, range.count)
    for i in 0..<shared where key[i] != list[range.lowerBound + i] {
      return Int(key[i]) - Int(list[range.lowerBound + i])
    }
    return key.count - range.count
  }
}
