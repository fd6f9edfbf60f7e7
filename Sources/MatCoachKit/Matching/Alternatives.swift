/// The keyword words each token of an utterance may stand for, in one flat buffer.
package struct Alternatives: Sendable {
  private var items: [WordAlternative] = []
  private var ends: [Int] = []

  /// The tokens read as no word at all: not English, no keyword's, no name, and nothing
  /// a correction finds ("howoften"): what may be words typed run together.
  package private(set) var unread: [Int] = []

  package init() {}

  /// Marks the token being read (the next to end) as read as no word.
  mutating func markUnread() { unread.append(ends.count) }

  mutating func reserve(_ tokens: Int) {
    ends.reserveCapacity(tokens)
    items.reserveCapacity(tokens)
  }

  mutating func append(_ alternative: WordAlternative) { items.append(alternative) }

  mutating func endToken() { ends.append(items.count) }

  /// The number of tokens.
  package var count: Int { ends.count }

  /// The alternatives of token `i`.
  package subscript(i: Int) -> ArraySlice<WordAlternative> {
    items[range(i)]
  }

  /// Where token `i`'s alternatives sit, for `item(_:)`: the matcher's inner loops read
  /// them this way, without the reference counting a slice costs.
  @inline(__always)
  func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

  @inline(__always)
  func item(_ k: Int) -> WordAlternative { items[k] }

  /// The same alternatives, with token `i`'s replaced by these.
  func replacing(_ i: Int, with alternatives: [WordAlternative]) -> Alternatives {
    var copy = Alternatives()
    copy.reserve(count)
    for t in 0..<count {
      if t == i {
        for alternative in alternatives { copy.append(alternative) }
      } else {
        for k in range(t) { copy.append(items[k]) }
      }
      copy.endToken()
    }
    copy.unread = unread
    return copy
  }

  /// Token `i`'s alternative that stands for this word, if any.
  @inline(__always)
  func alternative(at i: Int, for id: Int32) -> WordAlternative? {
    for k in range(i) where items[k].id == id { return items[k] }
    return nil
  }
}
