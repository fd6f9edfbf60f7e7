/// The keyword words each token of an utterance may stand for, in one flat buffer.
public struct Alternatives: Sendable {
  private var items: [WordAlternative] = []
  private var ends: [Int] = []

  public init() {}

  mutating func reserve(_ tokens: Int) {
    ends.reserveCapacity(tokens)
    items.reserveCapacity(tokens)
  }

  mutating func append(_ alternative: WordAlternative) { items.append(alternative) }

  mutating func endToken() { ends.append(items.count) }

  /// The number of tokens.
  public var count: Int { ends.count }

  /// The alternatives of token `i`.
  public subscript(i: Int) -> ArraySlice<WordAlternative> {
    items[(i == 0 ? 0 : ends[i - 1])..<ends[i]]
  }
}
