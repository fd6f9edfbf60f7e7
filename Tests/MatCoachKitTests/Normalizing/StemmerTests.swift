import MatCoachKit
import Testing

@Suite struct StemmerTests {
  @Test(arguments: [
    ("breathing", "breath"), ("breathe", "breath"), ("stretches", "stretch"),
    ("therapies", "therapy"), ("running", "run"), ("pressing", "press"), ("muscles", "muscl"),
    ("mat", "mat"), ("10", "10"), ("sessions", "session"), ("suddenly", "sudden"),
    ("slowly", "slow"), ("daily", "daily"),
  ])
  func stems(_ word: String, _ stem: String) {
    #expect(Stemmer.stem(word) == stem)
  }

  @Test func leavesShortAndNonLetterWordsAlone() {
    #expect(Stemmer.stem("is") == "is")
    #expect(Stemmer.stem("café") == "café")
  }
}
