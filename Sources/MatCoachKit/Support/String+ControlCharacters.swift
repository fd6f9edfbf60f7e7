extension Unicode.Scalar {
  /// A character that steers a terminal instead of showing: C0 controls (but the line
  /// break and tab), DEL, and C1 controls (U+0080 to U+009F, which some terminals obey
  /// as escape sequences).
  package var isTerminalControl: Bool {
    (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
  }
}

extension String {
  /// The text with every terminal control character written out as `\u{1B}`, so that
  /// text from a user or a knowledge base can be shown but never steer the terminal.
  package var escapingControlCharacters: String {
    guard unicodeScalars.contains(where: \.isTerminalControl) else { return self }
    var out = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      if scalar.isTerminalControl {
        out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// The first terminal control character in the text, if any.
  package var firstControlCharacter: Unicode.Scalar? { unicodeScalars.first(where: \.isTerminalControl) }
}
