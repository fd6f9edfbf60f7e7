@testable import MatCoachKit
import Testing

@Suite struct IntentMatchTests {
  func match(_ index: Int, score: Double, tier: Int = 1, guessed: Bool) -> IntentMatch {
    let phrase = MatchedPhrase(
      text: "phrase", said: guessed ? "phrsae" : "phrase", corrected: guessed, isStatement: false)
    return IntentMatch(
      index: index, id: "intent\(index)", score: score, tier: tier, phrases: [phrase], groups: [])
  }

  @Test func wordsTypedAsWrittenOutrankACloseGuess() {
    let typed = match(1, score: 1.0, guessed: false)
    let guessed = match(0, score: 1.4, guessed: true)
    #expect(IntentMatch.ranksBefore(typed, guessed))
    #expect(!IntentMatch.ranksBefore(guessed, typed))
  }

  @Test func aGuessThatSaysFarMoreOutranksWordsTypedAsWritten() {
    // "good for migrane": the guessed condition outweighs the bare "good for".
    let typed = match(0, score: 1.0, guessed: false)
    let guessed = match(1, score: 2.0, guessed: true)
    #expect(IntentMatch.ranksBefore(guessed, typed))
    #expect(!IntentMatch.ranksBefore(typed, guessed))
  }

  @Test func tierComesBeforeEverythingElse() {
    let high = match(1, score: 0.5, tier: 2, guessed: true)
    let low = match(0, score: 3.0, tier: 1, guessed: false)
    #expect(IntentMatch.ranksBefore(high, low))
  }

  @Test func equalScoresKeepTheKnowledgeBaseOrder() {
    let first = match(0, score: 1.0, guessed: false)
    let second = match(1, score: 1.0, guessed: false)
    #expect(IntentMatch.ranksBefore(first, second))
    #expect(!IntentMatch.ranksBefore(second, first))
  }
}
