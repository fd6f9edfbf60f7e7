import MatCoachKit
import Testing

@Suite struct EnglishWordsTests {
  let words = EnglishWords(bytes: Array("apple\nbanana\ncherry\ndate\n".utf8))

  @Test func findsEveryWordOnTheListAndNoOther() {
    for word in ["apple", "banana", "cherry", "date"] { #expect(words.contains(word), "\(word)") }
    for word in ["", "appl", "apples", "aardvark", "zebra", "bananas", "c"] { #expect(!words.contains(word), "\(word)") }
    #expect(words.outOfOrderLine == nil)
  }

  @Test func findsTheFirstAndLastWordsOfAnyList() {
    let unended = EnglishWords(bytes: Array("apple\nbanana".utf8))
    #expect(unended.contains("apple") && unended.contains("banana") && !unended.contains("bananas"))
    let one = EnglishWords(bytes: Array("kiwi\n".utf8))
    #expect(one.contains("kiwi") && !one.contains("kiw") && !one.contains("kiwis"))
    #expect(!EnglishWords(bytes: []).contains("kiwi"))
    // Every word of a longer list, at every place a binary search can land.
    let many = (0..<500).map { "w" + String(1000 + $0 * 2) }
    let list = EnglishWords(bytes: Array(many.joined(separator: "\n").utf8))
    for word in many { #expect(list.contains(word), "\(word)") }
    for k in 0..<500 { #expect(!list.contains("w" + String(1001 + k * 2))) }
  }

  @Test func namesTheFirstLineOutOfOrder() {
    #expect(EnglishWords(bytes: Array("b\na\nc\n".utf8)).outOfOrderLine == 2)
    #expect(EnglishWords(bytes: Array("a\na\n".utf8)).outOfOrderLine == 2)
  }

  @Test func theShippedListIsInOrderAndHoldsCommonWords() throws {
    let shipped = try #require(TestSupport.knowledge.englishWords)
    #expect(shipped.outOfOrderLine == nil)
    for word in ["even", "tell", "tingly", "washing", "machine", "fake"] { #expect(shipped.contains(word)) }
    for typo in ["breth", "matress", "sesion", "minuts"] { #expect(!shipped.contains(typo)) }
  }

  @Test func aCorrectlySpeltWordIsNeverReadAsAKeyword() {
    // "even" was once read as "evening", and the coach stored that the user uses it at night.
    #expect(TestSupport.compiled.classify("is it even worth trying?").best?.id != "bedtime")
    var coach = TestSupport.coach()
    _ = coach.respond(to: "is it even worth trying?")
    #expect(coach.profile["timing"] == nil)
    // Real typos are still read.
    #expect(TestSupport.compiled.classify("how do i breth").best?.id == "breathing")
  }

  /// A word said with its final "g" dropped is the word with it, read as typed, not as a
  /// typo: "sittin" is "sitting". A word that is one ("begin", "cabin") stays itself.
  @Test func aDroppedGIsTheWordWithIt() {
    let vocabulary = TestSupport.compiled.vocabulary
    let read = { (word: String) in
      vocabulary.alternatives(for: TestSupport.compiled.normalizer.tokens(word))[0].map { (vocabulary.words[Int($0.id)], $0.edits) }
    }
    #expect(read("sittin").contains { $0 == ("sit", 0) })
    #expect(read("lyin").contains { $0 == ("lie", 0) })
    #expect(!read("begin").contains { $0.0 == "beg" })
    #expect(TestSupport.compiled.classify("what's the usual reason folks' backs start hurtin").best?.id == "back-pain-causes")
  }
}
