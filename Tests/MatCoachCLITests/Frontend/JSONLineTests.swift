import Foundation
import MatCoachKit
import Testing

@testable import MatCoachCLI

@Suite struct JSONLineTests {
  func object(_ line: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
  }

  @Test func keepsTheContractsFieldsInOrder() throws {
    var profile = Profile()
    profile["minutes"] = .init(value: "10", number: 10, said: "10 minutes", describe: "you do 10")
    let knowledge = KnowledgeBase(
      intents: [], facts: [FactDefinition(name: "minutes", location: SourceLocation(file: "f", line: 1, column: 1))])
    let reply = Reply(
      kind: .answer, answers: [.init(intent: "duration", kind: .question, text: "Do 15.", citations: [.init(passage: "p")])],
      score: 1.5, profile: profile)
    let line = JSONLine.encode(input: "how long?", reply: reply, knowledge: knowledge)
    #expect(line.hasPrefix("{\"input\":\"how long?\",\"intent\":\"duration\",\"score\":1.50,\"reply\":"))
    #expect(!line.contains("\n"))
    let fields = try object(line)
    #expect(fields["kind"] as? String == "answer")
    #expect(fields["source"] as? [String] == ["p"])
    #expect((fields["facts"] as? [String: Any])?["minutes"] as? Int == 10)
    #expect(fields["answers"] as? [String] == ["duration"])
    #expect(line.hasSuffix(",\"answers\":[\"duration\"],\"off_topic\":false}"))
  }

  /// A line that asks two things lists both answers, in the order asked.
  @Test func listsEveryAnswerInOrder() throws {
    let answers: [Reply.Answer] = [
      .init(intent: "clothing", kind: .question, text: "A T-shirt.", citations: []),
      .init(intent: "duration", kind: .question, text: "5 to 10.", citations: []),
    ]
    let line = JSONLine.encode(input: "what to wear and how long?", reply: Reply(kind: .answer, answers: answers, score: 1), knowledge: KnowledgeBase(intents: []))
    #expect(try object(line)["answers"] as? [String] == ["clothing", "duration"])
    #expect(try object(line)["intent"] as? String == "clothing")
  }

  /// An emergency told of in someone else adds `someone_else` to `safety`; a notice
  /// without one reads as it always did.
  @Test func namesAnEmergencyOfSomeoneElse() throws {
    let theirs = Reply(
      kind: .answer, notice: .init(kind: .someoneElse, tier: .emergency, signs: [], someoneElse: ["chest-pain"], text: "Get them help."))
    let line = JSONLine.encode(input: "my dad has chest pain now", reply: theirs, knowledge: KnowledgeBase(intents: []))
    let safety = try #require(try object(line)["safety"] as? [String: Any])
    #expect(safety["kind"] as? String == "someone-else")
    #expect(safety["signs"] as? [String] == [])
    #expect(safety["someone_else"] as? [String] == ["chest-pain"])
    let own = Reply(kind: .answer, notice: .init(kind: .alarm, tier: .urgent, signs: ["fever"], text: "See a doctor."))
    #expect(JSONLine.encode(input: "fever", reply: own, knowledge: KnowledgeBase(intents: [])).contains(
      "\"safety\":{\"kind\":\"alarm\",\"tier\":\"urgent\",\"signs\":[\"fever\"]},"))
  }

  @Test func escapesEveryControlCharacter() throws {
    let nasty = "a\u{1B}]0;title\u{07}\u{1B}[2J\u{0}\r\n\t\u{9B}\u{2028}\"\\"
    let encoded = JSONLine.string(nasty)
    #expect(!encoded.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) || $0 == "\u{2028}" })
    let back = try JSONSerialization.jsonObject(with: Data("[\(encoded)]".utf8)) as? [String]
    #expect(back == [nasty])
  }

  @Test(arguments: [(10.0, "10"), (1.5, "1.50"), (1e19, "1e+19"), (.nan, "null"), (.infinity, "null")])
  func numbersAreAlwaysValidJSON(_ value: Double, _ text: String) {
    #expect(JSONLine.number(value) == text)
  }
}
