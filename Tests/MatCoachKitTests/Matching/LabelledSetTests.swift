import MatCoachKit
import Testing

/// The labelled utterances in Fixtures/labelled.tsv, written as people type them.
@Suite struct LabelledSetTests {
  struct Example {
    var intent: String?
    var text: String
  }

  static let examples: [Example] = TestSupport.fixtureLines("labelled.tsv").map { row in
    let parts = row.split(separator: "\t", maxSplits: 1).map(String.init)
    return Example(intent: parts[0] == "-" ? nil : parts[0], text: parts[1])
  }

  @Test func isLargeAndCoversEveryIntent() {
    #expect(Self.examples.count >= 180)
    for intent in TestSupport.knowledge.intents {
      let count = Self.examples.filter { $0.intent == intent.id }.count
      #expect(count >= 6, "\(intent.id) has only \(count) labelled examples")
    }
  }

  /// Each line said to a fresh coach: the intent answered, red flags (found by the safety
  /// screen, answered for the `red-flags` topic) included.
  @Test func accuracyIsAtLeast95Percent() {
    var misses: [String] = []
    for example in Self.examples {
      var coach = TestSupport.coach()
      let got = coach.respond(to: example.text).intent
      if got != example.intent {
        misses.append("  “\(example.text)”: expected \(example.intent ?? "-"), got \(got ?? "-")")
      }
    }
    let accuracy = Double(Self.examples.count - misses.count) / Double(Self.examples.count)
    if !misses.isEmpty { print("Labelled-set misses (\(misses.count)):\n" + misses.joined(separator: "\n")) }
    print("Labelled-set accuracy: \(Int((accuracy * 1000).rounded()) / 10)% of \(Self.examples.count)")
    #expect(accuracy >= 0.95, "accuracy \(accuracy); misses:\n\(misses.joined(separator: "\n"))")
  }
}
