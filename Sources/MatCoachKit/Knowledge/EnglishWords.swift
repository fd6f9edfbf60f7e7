/// A list of correctly spelt English words (lower case, one a line, in byte order),
/// searched where it lies, as `look(1)` does: nothing is built when it is loaded, which
/// matters because the coach starts for every piped question.
///
/// A word on the list is never "corrected" into a keyword: "even" is not a typo of
/// "evening", nor "tell" of "tens". The list the project ships, `Intents/english-words.txt`,
/// is drawn from SCOWL by way of Debian's wamerican and wbritish (see `Intents/README.md`
/// for its licence).
public struct EnglishWords: Sendable, Hashable {
  private let bytes: [UInt8]

  /// The list in `bytes`; `lint` checks the order (``outOfOrderLine``), which a binary
  /// search needs.
  public init(bytes: [UInt8]) {
    self.bytes = bytes.last == 0x0A || bytes.isEmpty ? bytes : bytes + [0x0A]
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

  /// The line around byte `offset`: from the start of that line to its end.
  private func line(around offset: Int) -> Range<Int> {
    var start = offset
    while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
    var end = offset
    while end < bytes.count && bytes[end] != 0x0A { end += 1 }
    return start..<end
  }

  /// True when `word` (lower case) is on the list.
  public func contains(_ word: String) -> Bool {
    let key = Array(word.utf8)
    guard !key.isEmpty else { return false }
    var low = 0
    var high = bytes.count
    while low < high {
      let line = line(around: (low + high) / 2)
      let entry = bytes[line]
      if entry.elementsEqual(key) { return true }
      if key.lexicographicallyPrecedes(entry) {
        high = line.lowerBound
      } else {
        low = line.upperBound + 1
      }
    }
    return false
  }
}
