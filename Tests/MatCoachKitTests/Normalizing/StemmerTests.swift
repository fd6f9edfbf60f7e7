import MatCoachKit
import Testing

@Suite struct StemmerTests {
  @Test(arguments: [
    ("breathing", "breath"), ("breathe", "breath"), ("stretches", "stretch"),
    ("therapies", "therapy"), ("running", "run"), ("pressing", "press"), ("muscles", "muscl"),
    ("mat", "mat"), ("10", "10"), ("sessions", "session"), ("suddenly", "sudden"),
    ("slowly", "slow"), ("daily", "daily"), ("weeing", "wee"), ("peeing", "pee"), ("seeing", "see"),
  ])
  func stems(_ word: String, _ stem: String) {
    #expect(Stemmer.stem(word) == stem)
  }

  /// Dropping the e of "-ine" would make another word of it.
  @Test func keepsTheEOfIneAndGivesItBackToItsForms() {
    #expect(Stemmer.stem("heroine") != Stemmer.stem("heroin"))
    #expect(Stemmer.stem("spine") != Stemmer.stem("spinning"))
    #expect(Stemmer.stem("mine") != "min")
    for (form, word) in [("imagined", "imagine"), ("imagining", "imagine"), ("lines", "line"), ("lining", "line"), ("medicines", "medicine")] {
      #expect(Stemmer.stem(form) == Stemmer.stem(word), "\(form)")
    }
    #expect(Stemmer.stem("training") == "train")
    #expect(Stemmer.stem("joined") == "join")
  }

  @Test func leavesShortAndNonLetterWordsAlone() {
    #expect(Stemmer.stem("is") == "is")
    #expect(Stemmer.stem("café") == "café")
  }
}
