import MatCoachKit
import Testing

@Suite struct SpellingIndexTests {
  func index(_ words: [String]) -> SpellingIndex {
    var index = SpellingIndex()
    for (i, word) in words.enumerated() { index.insert(word, id: Int32(i)) }
    return index
  }

  @Test func findsOneEditForWordsOfFourLetters() {
    let index = index(["often", "breath", "mat"])
    #expect(index.corrections(of: "oftn").map(\.id) == [0])
    #expect(index.corrections(of: "breth").map(\.id) == [1])
    #expect(index.corrections(of: "matt").map(\.id) == [2])
    #expect(index.corrections(of: "ofetn").map(\.id) == [0])  // a swap is one edit
  }

  @Test func findsTwoEditsOnlyForLongWords() {
    let index = index(["acupressur", "stretch"])
    #expect(index.corrections(of: "accupresur").map(\.id) == [0])
    #expect(index.corrections(of: "strtc").isEmpty)
  }

  @Test func neverCorrectsShortWords() {
    let index = index(["mat", "bed"])
    #expect(index.corrections(of: "bad").isEmpty)
    #expect(index.corrections(of: "mad").isEmpty)
  }

  @Test func distanceIsDamerauLevenshtein() {
    #expect(EditDistance.distance(Array("often".utf8), Array("ofetn".utf8), limit: 2) == 1)
    #expect(EditDistance.distance(Array("kitten".utf8), Array("sitting".utf8), limit: 3) == 3)
    #expect(EditDistance.distance(Array("kitten".utf8), Array("sitting".utf8), limit: 2) == nil)
  }
}
