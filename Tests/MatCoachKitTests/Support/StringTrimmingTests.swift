import Testing

@testable import MatCoachKit

@Suite struct StringTrimmingTests {
  @Test(arguments: [
    ("  how long?\n", "how long?"),
    ("\t\r\nmat\u{0B}\u{0C}", "mat"),
    ("no spaces", "no spaces"),
    ("", ""),
    (" \n\t ", ""),
    ("héllo  ", "héllo"),
    ("  été", "été"),
    ("\u{00A0}no-break\u{3000}", "no-break"),
    (" \u{2003}em space", "em space"),
    ("inner  \u{00A0} space", "inner  \u{00A0} space"),
  ])
  func trimsWhiteSpaceAtBothEnds(_ text: String, _ expected: String) {
    #expect(text.trimmingWhitespace == expected)
  }
}
