import Testing

@testable import MatCoachKit

@Suite struct WordIndexTests {
  @Test func findsWhatWasSetAndNothingElse() {
    var index = WordIndex()
    index.set("mat", 1)
    index.set("acupressure-and-more-than-fifteen-bytes", 2)
    index.set("mat", 3)  // replaces
    #expect(index["mat"] == 3)
    #expect(index["acupressure-and-more-than-fifteen-bytes"] == 2)
    #expect(index["acupressure-and-more-than-fifteen-byte"] == nil)
    #expect(index["ma"] == nil)
    #expect(index[""] == nil)
    #expect(index.count == 2)
  }

  @Test func growsPastItsCapacityKeepingEveryWord() {
    var index = WordIndex(capacity: 2)
    let words = (0..<5000).map { "word\($0)" }
    for (i, word) in words.enumerated() { index.set(word, Int32(i) - 1) }
    #expect(index.count == words.count)
    for (i, word) in words.enumerated() { #expect(index[word] == Int32(i) - 1) }
    #expect(index["word5000"] == nil)
  }
}
