/// A list of correctly spelt English words (lower case, one a line, in byte order).
/// Loading it hashes each line into a table of where the lines start, in the one pass that finds
/// the lines (about a millisecond for the shipped list): the coach asks it about most
/// words of every line, and a table answers in one probe where a binary search of the
/// list compared some sixteen words.
///
/// A word on the list is never "corrected" into a keyword: "even" is not a typo of
/// "evening", nor "tell" of "tens". The list the project ships, `Intents/english-words.txt`,
/// is drawn from SCOWL by way of Debian's wamerican and wbritish (see `Intents/README.md`
/// for its licence).
public struct EnglishWords: Sendable, Hashable {
  /// The list, each line ended by a line break.
  private let bytes: [UInt8]
  /// The hash of each line → where the line starts in `bytes`: a word is found in two
  /// memory reads, the table's slot and the line itself, whose line break ends it.
  private let lines: HashTable

  /// The list in `bytes`; `lint` checks the order (``outOfOrderLine``), which keeps the
  /// list tidy and shows a word twice.
  public init(bytes: [UInt8]) {
    let bytes = bytes.last == 0x0A || bytes.isEmpty ? bytes : bytes + [0x0A]
    // Counted first, so that the table is sized to the list: it is the coach's largest.
    // (The loader reads no file over its size limit, far below what `Int32` offsets can
    // address.)
    var lines = HashTable(capacity: bytes.withUnsafeBufferPointer { list in list.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } })
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
        lines.insert(FNV1a.finish(hash), Int32(start))
        start = end + 1
      }
    }
    self.bytes = bytes
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

  /// `word` with the final "g" it was said without ("sittin" for "sitting", "goin" for
  /// "going"), when `word` is no known word and the word with its "g" is.
  package static func restoringDroppedG(_ word: String, isKnown: (String) -> Bool) -> String? {
    guard word.utf8.count >= 4, word.hasSuffix("in"), !isKnown(word) else { return nil }
    let full = word + "g"
    return isKnown(full) ? full : nil
  }

  /// True when `word` (lower case) is on the list.
  public func contains(_ word: String) -> Bool {
    var key = word
    return key.withUTF8 { key in
      guard !key.isEmpty else { return false }
      return bytes.withUnsafeBufferPointer { list in
        lines.first(fnv1a(key)) { line in
          let start = Int(line)
          // A line break follows every line, so the word's bytes and then one more fit.
          guard start + key.count < list.count, list[start + key.count] == 0x0A else { return false }
          for i in 0..<key.count where key[i] != list[start + i] { return false }
          return true
        } != nil
      }
    }
  }
}
