import MatCoachKit

/// Shows a reply on a terminal: wrapped to its width, with colour where it helps.
struct ReplyPresenter {
  var terminal: Terminal

  /// The reply's blocks, each line wrapped (list items keep their indent) and styled by
  /// the part it shows: an emergency in bold red, an urgent red flag in bold yellow, a
  /// condition to check in bold, citations dim, suggestions in cyan, the
  /// beyond-guide note in yellow.
  func render(_ reply: Reply) -> String {
    let width = max(20, min(terminal.width, 100) - 1)
    var paragraphs: [String] = []
    for block in reply.blocks {
      let style: String? =
        switch block.role {
        case .answer(.emergency), .safety(.emergency): "1;31"
        case .safety(.urgent): "1;33"
        case .safety(.check): "1"
        case .citations: "2"
        case .followUps: "36"
        case .beyondGuide: "33"
        case .answer, .clarify, .message: nil
        }
      var out: [String] = []
      for line in block.lines {
        for wrapped in Self.wrap(line.escapingControlCharacters, width: width) {
          out.append(style.map { paint(wrapped, $0) } ?? wrapped)
        }
      }
      paragraphs.append(out.joined(separator: "\n"))
    }
    return paragraphs.joined(separator: "\n\n")
  }

  /// A paragraph of the coach's own words, wrapped to the terminal and styled.
  func paragraph(_ text: String, style: String?) -> String {
    let width = max(20, min(terminal.width, 100) - 1)
    return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
      Self.wrap(String(line).escapingControlCharacters, width: width).map { wrapped in
        style.map { paint(wrapped, $0) } ?? wrapped
      }
    }.joined(separator: "\n")
  }

  func paint(_ text: String, _ code: String) -> String {
    terminal.colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Greedy word wrap; continuation lines take the line's leading indent (and list number).
  static func wrap(_ line: String, width: Int) -> [String] {
    guard line.count > width else { return [line] }
    let indentCount = line.prefix { $0 == " " }.count
    var hang = indentCount
    let body = line.dropFirst(indentCount)
    if let dot = body.firstIndex(of: "."), body[..<dot].allSatisfy(\.isNumber), body.index(after: dot) < body.endIndex {
      hang += body.distance(from: body.startIndex, to: dot) + 2
    }
    var lines: [String] = []
    var current = String(repeating: " ", count: indentCount)
    for word in body.split(separator: " ") {
      let candidate = current.allSatisfy { $0 == " " } ? current + word : current + " " + word
      if candidate.count > width && !current.allSatisfy({ $0 == " " }) {
        lines.append(current)
        current = String(repeating: " ", count: hang) + word
      } else {
        current = candidate
      }
    }
    lines.append(current)
    return lines
  }
}
