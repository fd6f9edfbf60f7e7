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

  @Test func theSeedIsTheSharedGuideByteForByte() throws {
    let seed = TestSupport.root.appendingPathComponent("seeds/acupressure-mat-guide.txt")
    let shared = TestSupport.root.deletingLastPathComponent().appendingPathComponent("shared/seeds/acupressure-mat-guide.txt")
    let ours = try Data(contentsOf: seed)
    if let theirs = try? Data(contentsOf: shared) { #expect(ours == theirs) }
  }
}
