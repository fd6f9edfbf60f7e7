import Testing

@testable import MatCoachKit

@Suite struct WordTableTests {
  @Test func findsWhatWasSetAndNothingElse() {
    var table = WordTable<Int32>()
    table["mat"] = 1
    table["acupressure-and-more-than-fifteen-bytes"] = 2
    table["mat"] = 3  // replaces
    #expect(table["mat"] == 3)
    #expect(table["acupressure-and-more-than-fifteen-bytes"] == 2)
    #expect(table["acupressure-and-more-than-fifteen-byte"] == nil)
    #expect(table["ma"] == nil)
    #expect(table[""] == nil)
    #expect(table.count == 2)
  }

  @Test func growsPastItsCapacityKeepingEveryWord() {
    var table = WordTable<Int32>(capacity: 2)
    let words = (0..<5000).map { "word\($0)" }
    for (i, word) in words.enumerated() { table[word] = Int32(i) - 1 }
    #expect(table.count == words.count)
    for (i, word) in words.enumerated() { #expect(table[word] == Int32(i) - 1) }
    #expect(table["word5000"] == nil)
  }

  @Test func findsAWordByItsBytes() {
    let table = WordTable(["dont": ["do", "not"], "im": ["i", "am"]])
    var word = "dont"
    #expect(word.withUTF8 { table[bytes: $0] } == ["do", "not"])
    word = "don"
    #expect(word.withUTF8 { table[bytes: $0] } == nil)
    #expect(table.contains("im") && !table.contains("i"))
  }

  /// Words too long, or starting with a letter no word starts with, are ruled out before
  /// hashing; every word stored is still found, the empty one too.
  @Test func rulesOutWordsByFirstLetterAndLengthOnly() {
    var table = WordTable<Int32>()
    for (i, word) in ["how", "what", "why", "", "2"].enumerated() { table[word] = Int32(i) }
    #expect(table["how"] == 0 && table["why"] == 2 && table[""] == 3 && table["2"] == 4)
    #expect(table["whatever"] == nil && table["hat"] == nil && table["wha"] == nil)
    var word = "what"
    #expect(word.withUTF8 { table[bytes: $0] } == 1)
    word = "whatt"
    #expect(word.withUTF8 { table[bytes: $0] } == nil)
  }
}
