/// Every word the knowledge base's phrases use, with an id each, and the spelling
/// index that maps a mistyped word onto them.
///
/// Words the knowledge base knows but never uses as a keyword (from its answers and
/// the guide) are "known": they are taken as typed, never corrected to a keyword,
/// so "head" is not read as "heat".
public struct Vocabulary: Sendable {
  private var ids: [String: Int32] = [:]
  public private(set) var words: [String] = []
  private var known: Set<String> = []
  private var spelling = SpellingIndex()

  public init() {}

  /// The id of a keyword word, adding it if new.
  @discardableResult
  public mutating func add(_ word: String) -> Int32 {
    if let id = ids[word] { return id }
    let id = Int32(words.count)
    ids[word] = id
    words.append(word)
    spelling.insert(word, id: id)
    return id
  }

  /// Records a word that is spelled right even though no keyword uses it.
  public mutating func addKnown(_ word: String) { known.insert(word) }

  public func id(of word: String) -> Int32? { ids[word] }

  public var count: Int { words.count }

  /// For each token, the keyword words it may stand for: itself if it is one,
  /// otherwise the nearest corrections (never for numbers, known or short words).
  public func alternatives(for tokens: [Token]) -> [[WordAlternative]] {
    tokens.map { token in
      if let id = ids[token.word] { return [WordAlternative(id: id, edits: 0)] }
      if token.isNumber || known.contains(token.word) || known.contains(token.surface) {
        return []
      }
      let found = spelling.corrections(of: token.word)
      guard let nearest = found.first?.distance else { return [] }
      // Only the nearest corrections: a word one edit away beats every word two away.
      return found.prefix { $0.distance == nearest }.prefix(4).map {
        WordAlternative(id: $0.id, edits: $0.distance)
      }
    }
  }
}

/// A keyword word that a token may stand for, and how many edits that takes.
public struct WordAlternative: Hashable, Sendable {
  public var id: Int32
  /// 0 when the token is the word itself.
  public var edits: Int

  public init(id: Int32, edits: Int) {
    self.id = id
    self.edits = edits
  }
}
