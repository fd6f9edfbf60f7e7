@testable import MatCoachKit
import Testing

@Suite struct SpellingIndexTests {
  func index(_ words: [String]) -> SpellingIndex {
    var index = SpellingIndex()
    for (i, word) in words.enumerated() { index.insert(word, id: Int32(i)) }
    index.finish()
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

  @Test func deletionHashesAreTheHashesOfTheDeletedStrings() {
    func hashes(_ word: String, depth: Int) -> [UInt64] { SpellingIndex.deletionHashes(Array(word.utf8), depth: depth) }
    for word in ["acupressure", "mat", "breathing", "zz", "a"] {
      let bytes = Array(word.utf8)
      let keys = hashes(word, depth: 2)
      #expect(keys.count == SpellingIndex.keyCount(length: bytes.count, depth: 2))
      #expect(keys[0] == hashes(word, depth: 0)[0])
      guard bytes.count > 2 else { continue }
      var k = 1
      for i in bytes.indices {
        var deleted = bytes
        deleted.remove(at: i)
        #expect(keys[k] == hashes(String(decoding: deleted, as: UTF8.self), depth: 0)[0], "\(word) without \(i)")
        k += 1
      }
      for i in bytes.indices {
        for j in (i + 1)..<bytes.count {
          var deleted = bytes
          deleted.remove(at: j)
          deleted.remove(at: i)
          #expect(keys[k] == hashes(String(decoding: deleted, as: UTF8.self), depth: 0)[0], "\(word) without \(i), \(j)")
          k += 1
        }
      }
    }
  }

  @Test func aWordFarLongerThanAnyIndexedOneHasNoCorrections() {
    let index = index(["acupressure", "mat"])
    #expect(index.corrections(of: String(repeating: "acupressure", count: 150)).isEmpty)
    #expect(index.corrections(of: "acupressuree").map(\.id) == [0])
  }

  @Test func aVariantStoredForAnotherIdFindsThatId() {
    var index = index(["safe", "often"])
    index.insert("dangerous", id: 0)  // a synonym's variant of "safe"
    let found = index.corrections(of: "dangerus")
    #expect(found.map(\.id) == [0])
    #expect(found.first?.meant == "dangerous")
    #expect(index.corrections(of: "saef").map(\.id) == [0])  // the word itself still
  }

  @Test func aWordInsertedAfterFinishIsStillFound() {
    var index = index(["often", "breath"])
    index.insert("stretch", id: 2)
    #expect(index.corrections(of: "strech").map(\.id) == [2])
    #expect(index.corrections(of: "oftn").map(\.id) == [0])
    index.finish()
    #expect(index.corrections(of: "strech").map(\.id) == [2])
    #expect(index.corrections(of: "breth").map(\.id) == [1])
  }

  @Test func manyWordsAreEachFoundThroughATypo() {
    // Enough words for the table's buckets to hold several each.
    let words = (0..<3000).map { n in "w" + String(n, radix: 26).map { c in Character(UnicodeScalar(UInt8(c.asciiValue! % 26 + 97))) } + "qzx" }
    let index = index(words)
    for (i, word) in words.enumerated() where i % 7 == 0 {
      let typo = String(word.dropLast())  // one letter lost
      #expect(index.corrections(of: typo).contains { $0.id == Int32(i) && $0.distance == 1 }, "\(typo)")
    }
  }

  /// Two neighbouring letters typed the wrong way round are the commonest slip: in a short
  /// word they count as much as one edit in a long one, and a 3-letter word, too short for
  /// a search, is still read through them ("dgo" is "dog").
  @Test func aSwapOfNeighbouringLettersIsAStrongSlip() {
    #expect(Vocabulary.isAdjacentSwap("waer", "wear"))
    #expect(!Vocabulary.isAdjacentSwap("waer", "water"))
    #expect(!Vocabulary.isAdjacentSwap("abcd", "badc"))
    #expect(Vocabulary.correctionFactor(typed: "waer", meant: "wear", edits: 1) > Vocabulary.correctionFactor(typed: "waer", meant: "water", edits: 1) - 0.1)
    #expect(Vocabulary.correctionFactor(typed: "wer", meant: "wear", edits: 1) == 0.5)
    #expect(Vocabulary.adjacentSwaps(of: "dgo") == ["gdo", "dog"])
    #expect(Vocabulary.adjacentSwaps(of: "too") == ["oto"])
    var coach = TestSupport.coach()
    #expect(coach.respond(to: "my dgo keeps lying on my mat, is that ok").answers.map(\.intent) == ["pets"])
  }
}
