/// A list of correctly spelt English words (lower case, one a line, in byte order).
/// Loading it hashes each line into a table of line numbers, in the one pass that finds
/// the lines (about a millisecond for the shipped list): the coach asks it about most
/// words of every line, and a table answers in one probe where a binary search of the
/// list compared some sixteen words.
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
  /// The hash of each line → its number.
  private let lines: HashTable

  /// The list in `bytes`; `lint` checks the order (``outOfOrderLine``), which keeps the
  /// list tidy and shows a word twice.
  public init(bytes: [UInt8]) {
    let bytes = bytes.last == 0x0A || bytes.isEmpty ? bytes : bytes + [0x0A]
    // A line of the shipped list averages 9.3 bytes with its line break; the table grows
    // if a list has more lines than that suggests. (The loader reads no file over its
    // size limit, far below what `Int32` offsets can address.)
    var starts: [Int32] = [0]
    starts.reserveCapacity(bytes.count / 8)
    var lines = HashTable(capacity: bytes.count / 8)
    bytes.withUnsafeBufferPointer { list in
      guard let base = list.baseAddress else { return }
      var start = 0
      while start < list.count {
        var end = start
        var hash = FNV1a.basis
        while base[end] != 0x0A {
          hash = FNV1a.step(hash, base[end])
          end += 1
        }
        lines.insert(FNV1a.finish(hash), Int32(starts.count - 1))
        start = end + 1
        starts.append(Int32(start))
      }
    }
    self.bytes = bytes
    self.starts = starts
    self.lines = lines
  }

  public static func == (a: EnglishWords, b: EnglishWords) -> Bool { a.bytes == b.bytes }
  public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }

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
          lines.first(fnv1a(key)) { line in
            let start = Int(starts[Int(line)])
            let end = Int(starts[Int(line) + 1]) - 1
            guard end - start == key.count else { return false }
            for i in 0..<key.count where key[i] != list[start + i] { return false }
            return true
          } != nil
        }
      }
    }
  }
}
