import Foundation
import MatCoachKit
import Testing

@Suite struct GuideTests {
  let guide = Guide(path: "g.txt", text: "Title\n\n1. Step One\n\nDo this  first.\nThen   that.\n\nEnd.\n")

  @Test func matchesPassagesWithWhiteSpaceFolded() {
    #expect(guide.contains("Do this first. Then that."))
    #expect(!guide.contains("Do that first."))
    #expect(!guide.contains("   "))
  }

  @Test func findsTheSectionOfAPassage() {
    #expect(guide.paragraph(containing: "Then that")?.section == "1. Step One")
    #expect(guide.paragraph(containing: "Then that")?.line == 5)
  }

  /// A guide saved with Windows line ends reads as the same paragraphs and sections ("\r\n"
  /// is one character to Swift, so lines are split as bytes).
  @Test func aGuideWithWindowsLineEndsReadsTheSame() {
    let crlf = Guide(path: "g.txt", text: "Title\r\n\r\n1. Step One\r\n\r\nDo this  first.\r\nThen   that.\r\n\r\nEnd.\r\n")
    #expect(crlf.paragraphs.count == guide.paragraphs.count)
    #expect(crlf.contains("Do this first. Then that."))
    #expect(crlf.paragraph(containing: "Then that")?.section == "1. Step One")
    #expect(crlf.paragraph(containing: "Then that")?.line == 5)
  }

  static let seed = TestSupport.root.appendingPathComponent("seeds/acupressure-mat-guide.txt")
  static let shared = TestSupport.root.deletingLastPathComponent()
    .appendingPathComponent("shared/seeds/acupressure-mat-guide.txt")

  @Test(
    .enabled(
      if: FileManager.default.fileExists(atPath: shared.path),
      "../shared/seeds is not beside this checkout: the copy in seeds/ cannot be compared"))
  func theSeedIsTheSharedGuideByteForByte() throws {
    #expect(try Data(contentsOf: Self.seed) == Data(contentsOf: Self.shared))
  }

  @Test func theSeedIsThere() throws {
    #expect(try Data(contentsOf: Self.seed).count > 1000)
  }
}
