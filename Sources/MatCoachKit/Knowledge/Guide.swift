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
  private let folded: String
  private let foldedParagraphs: [String]

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
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.allSatisfy(\.isWhitespace) {
        flush()
      } else {
        if lines.isEmpty { start = n + 1 }
        lines.append(String(line))
      }
    }
    flush()
    self.paragraphs = paragraphs
    self.folded = Self.fold(text)
    self.foldedParagraphs = paragraphs.map { Self.fold($0.text) }
  }

  /// Whether the passage appears verbatim, any run of white space matching any other.
  public func contains(_ passage: String) -> Bool {
    let p = Self.fold(passage)
    return !p.isEmpty && folded.contains(p)
  }

  /// The paragraph a passage is in.
  public func paragraph(containing passage: String) -> Paragraph? {
    let p = Self.fold(passage)
    guard !p.isEmpty else { return nil }
    return foldedParagraphs.firstIndex { $0.contains(p) }.map { paragraphs[$0] }
  }

  /// Runs of white space become one space; ends trimmed.
  public static func fold(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// A single short line with no sentence-ending full stop.
  static func looksLikeHeading(_ block: String) -> Bool {
    let trimmed = fold(block)
    return !block.contains("\n") && trimmed.count <= 80 && !trimmed.hasSuffix(".")
      && !trimmed.hasSuffix(":") && !trimmed.hasPrefix("•")
  }
}
