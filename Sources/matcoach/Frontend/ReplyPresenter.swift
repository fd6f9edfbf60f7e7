import MatCoachKit

/// Shows a reply on a terminal: wrapped to its width, with colour where it helps.
struct ReplyPresenter {
  var terminal: Terminal

  /// The reply's lines wrapped (list items keep their indent) and styled.
  func render(_ reply: Reply, kind: IntentKind?) -> String {
    let width = max(20, min(terminal.width, 100) - 1)
    var out: [String] = []
    for line in reply.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      let style: String? =
        if kind == .emergency { "1;31" }
        else if line.hasPrefix("From the guide") { "2" }
        else if line.hasPrefix("You could also ask") { "36" }
        else if line.hasPrefix("(This goes beyond") { "33" }
        else { nil }
      for wrapped in Self.wrap(line, width: width) {
        out.append(style.map { paint(wrapped, $0) } ?? wrapped)
      }
    }
    return out.joined(separator: "\n")
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
