/// The source text answers are drawn from, for checking and citing their passages.
public struct Guide: Sendable {
  /// One block of text between blank lines.
  public struct Paragraph: Sendable, Hashable {
    /// The line it starts on, counted from 1.
    public var line: Int
    public var text: String
    /// True for a short title line ("3. Start with Short Sessions").
    public var isHeading: Bool
    /// The nearest heading above it.
    public var section: String?
  }

  /// The path it was read from, for messages.
  public let path: String
  public let text: String
  public let paragraphs: [Paragraph]
  private let folded: [UInt8]
  private let foldedParagraphs: [[UInt8]]

  public init(path: String, text: String) {
    self.path = path
    self.text = text
    var paragraphs: [Paragraph] = []
    var section: String?
    var start = 0
    var lines: [String] = []
    func flush() {
      guard !lines.isEmpty else { return }
      let body = lines.joined(separator: "\n")
      let heading = Self.looksLikeHeading(body)
      if heading { section = Self.fold(body) }
      paragraphs.append(
        Paragraph(line: start, text: body, isHeading: heading, section: heading ? nil : section))
      lines = []
    }
    // Split as bytes: a split by characters walks grapheme clusters, and would keep "\r\n"
    // (one character) from ending a line.
    for (n, line) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
      if line.allSatisfy({ $0 == 32 || ($0 >= 9 && $0 <= 13) }) {
        flush()
      } else {
        if lines.isEmpty { start = n + 1 }
        lines.append(String(Substring(line)))
      }
    }
    flush()
    self.paragraphs = paragraphs
    self.folded = Array(Self.fold(text).utf8)
    self.foldedParagraphs = paragraphs.map { Array(Self.fold($0.text).utf8) }
  }

  /// Whether the passage appears verbatim, any run of white space matching any other.
  public func contains(_ passage: String) -> Bool {
    let p = Array(Self.fold(passage).utf8)
    return !p.isEmpty && Self.find(p, in: folded)
  }

  /// The paragraph a passage is in.
  public func paragraph(containing passage: String) -> Paragraph? {
    let p = Array(Self.fold(passage).utf8)
    guard !p.isEmpty else { return nil }
    return foldedParagraphs.firstIndex { Self.find(p, in: $0) }.map { paragraphs[$0] }
  }

  /// Byte-exact substring search (the texts are compared as written, curly quotes and all).
  static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
    guard let first = needle.first, needle.count <= haystack.count else { return false }
    return (0...(haystack.count - needle.count)).contains { start in
      haystack[start] == first && haystack[start..<(start + needle.count)].elementsEqual(needle)
    }
  }

  /// Runs of white space become one space; ends trimmed.
  public static func fold(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      if byte == 32 || (byte >= 9 && byte <= 13) {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(32) }
        pendingSpace = false
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// A single short line with no sentence-ending full stop.
  static func looksLikeHeading(_ block: String) -> Bool {
    let trimmed = fold(block)
    return !block.contains("\n") && trimmed.count <= 80 && !trimmed.hasSuffix(".")
      && !trimmed.hasSuffix(":") && !trimmed.hasPrefix("•")
  }
}
