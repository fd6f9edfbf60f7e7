import Foundation
import Testing

/// The real binary driven through pipes, as scripts and other programs use it.
@Suite struct PipeTests {
  @Test func answersAPipedQuestionWithPlainText() throws {
    let result = try Binary.run(["--intents", Binary.intents], input: "how should I breathe\n")
    #expect(result.status == 0)
    #expect(result.stdout.contains("Breathe slowly and deeply"))
    #expect(!result.stdout.contains("\u{1B}"), "no escape sequence of any kind")
    #expect(result.stdout.hasSuffix("\n\n"))
    #expect(!result.stdout.contains("MatCoach —"), "no banner")
    #expect(result.stderr.isEmpty)
  }

  @Test func findsTheKnowledgeBaseWithoutFlagsFromAnyFolder() throws {
    let result = try Binary.run([], input: "how often?\n", directory: "/")
    #expect(result.status == 0)
    #expect(result.stdout.contains("consistency"))
  }

  @Test func theEnvironmentNamesTheKnowledgeBase() throws {
    let result = try Binary.run([], input: "hi\n", environment: ["MATCOACH_INTENTS": "/nope/env"])
    #expect(result.status == 66)
    #expect(result.stderr.contains("/nope/env"))
  }

  @Test func aMissingKnowledgeBaseIsOneLineNamingIt() throws {
    let result = try Binary.run(["--intents", "/nope"], input: "hi\n")
    #expect(result.status == 66)
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stderr.contains("/nope"))
    #expect(result.stdout.isEmpty)
  }

  @Test func jsonGivesOneObjectPerLineWithTheContractFields() throws {
    let result = try Binary.run(["--json", "--intents", Binary.intents], input: "I'm new\nhow long?\n\nwho won the football last night\n")
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 4)
    let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    for object in objects {
      for key in ["input", "intent", "score", "reply", "source", "facts", "kind", "safety", "offered", "answers", "off_topic"] {
        #expect(object.keys.contains(key), "missing \(key)")
      }
    }
    #expect(objects[0]["input"] as? String == "I'm new")
    #expect(objects[1]["intent"] as? String == "duration")
    #expect((objects[1]["reply"] as? String)?.hasPrefix("Since you're new to this") == true)
    #expect((objects[1]["source"] as? [String])?.isEmpty == false)
    #expect((objects[1]["facts"] as? [String: Any])?["experience"] as? String == "new")
    #expect(objects[2]["intent"] is NSNull)
    #expect(objects[2]["off_topic"] as? Bool == false)
    #expect(objects[3]["kind"] as? String == "fallback")
    #expect(objects[3]["off_topic"] as? Bool == true)
  }

  @Test func aNumberNoIntegerHoldsIsAnsweredNotATrap() throws {
    // A curator deleted the number fact's optional `range:` line.
    let folder = try Binary.temporaryFolder()
    for file in try FileManager.default.contentsOfDirectory(atPath: Binary.intents) where file.hasSuffix(".yaml") {
      let text = try String(contentsOfFile: Binary.intents + "/" + file, encoding: .utf8)
      let kept = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("range: 1-240") }
      try kept.joined(separator: "\n").write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
    }
    let input = "10000000000000000000 minutes\nhow long?\n"
    for mode in [["--json"], [], ["classify"]] {
      let result = try Binary.run(mode + ["--intents", folder.path], input: input)
      #expect(result.status == 0, "\(mode): \(result.stderr)")
      #expect(result.stdout.split(separator: "\n").count >= 2, "\(mode)")
      if mode == ["--json"] {
        for line in result.stdout.split(separator: "\n") {
          #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "not JSON: \(line)")
        }
      }
    }
  }

  @Test func twoProcessesGiveByteIdenticalOutput() throws {
    // Each process seeds Swift's hashing afresh: any order taken from a Set or a
    // Dictionary would show here, where a test inside one process cannot see it.
    let input = [
      "I'm new", "how long should I breathe and stretch", "how oftn should I use it", "is it safe",
      "something about nerves and lungs", "I do 15 minutes and have chronic pain", "/profile", "/why",
      "what about the spine", "thanks",
    ].joined(separator: "\n") + "\n"
    for mode in [["--json"], ["classify"], []] {
      let first = try Binary.run(mode + ["--intents", Binary.intents], input: input)
      let second = try Binary.run(mode + ["--intents", Binary.intents], input: input)
      #expect(first.status == 0)
      #expect(first.stdout == second.stdout, "\(mode)")
      #expect(!first.stdout.isEmpty)
    }
  }

  @Test func jsonKeepsNumbersAsNumbersAndNullSources() throws {
    let result = try Binary.run(["--json", "--intents", Binary.intents], input: "I do 10 minutes\nI have a fever\n")
    let lines = result.stdout.split(separator: "\n")
    let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
    #expect((first["facts"] as? [String: Any])?["minutes"] as? Int == 10)
    let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as! [String: Any]
    #expect(second["intent"] as? String == "red-flags")
    #expect(second["source"] is NSNull)
  }

  @Test func classifyPrintsIntentScoreAndPhrases() throws {
    let result = try Binary.run(["classify", "--intents", Binary.intents], input: "how oftn should I use it\nthe weather\n")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    let fields = lines[0].split(separator: "\t").map(String.init)
    #expect(fields.count == 3)
    #expect(fields[0] == "frequency")
    #expect(Double(fields[1]) != nil)
    #expect(fields[2].contains("how often"))
    #expect(lines[1] == "-")
  }

  @Test func lintPassesOnTheRealKnowledgeBase() throws {
    let result = try Binary.run(["lint", "--intents", Binary.intents])
    #expect(result.status == 0)
    #expect(result.stdout.contains("ok: "))
  }

  @Test func lintReportsFileLineColumnAndFails() throws {
    let folder = try Binary.temporaryFolder()
    try "intents:\n  - id: x\n    keywords: [\"a\"]\n    answer: \"b\"\n    colour: red\n"
      .write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
    let result = try Binary.run(["lint", "--intents", folder.path])
    #expect(result.status == 65)
    #expect(result.stdout.contains("bad.yaml:5:5: unknown key `colour`"))
    let chat = try Binary.run(["--intents", folder.path], input: "hi\n")
    #expect(chat.status == 65, "a bad knowledge base never starts a chat")
    #expect(chat.stdout.isEmpty)
  }

  @Test func lintCoverageListsUncitedParagraphs() throws {
    let result = try Binary.run(["lint", "--coverage", "--intents", Binary.intents])
    #expect(result.status == 0)
    #expect(result.stdout.contains("coverage: "))
  }

  @Test func replayIsGreenOnTheSuiteAndRedOnAChangedReply() throws {
    let transcripts = Binary.root.appendingPathComponent("Transcripts")
    let files = try FileManager.default.contentsOfDirectory(atPath: transcripts.path)
      .filter { $0.hasSuffix(".txt") }.sorted().map { transcripts.appendingPathComponent($0).path }
    let green = try Binary.run(["replay", "--intents", Binary.intents] + files)
    #expect(green.status == 0)
    #expect(green.stdout.hasSuffix("\(files.count) passed, 0 failed\n"))

    let folder = try Binary.temporaryFolder()
    let copy = folder.appendingPathComponent("changed.txt")
    try "# breathing\n> how should I breathe\n".write(to: copy, atomically: true, encoding: .utf8)
    #expect(try Binary.run(["replay", "--record", "--intents", Binary.intents, copy.path]).status == 0)
    var text = try String(contentsOf: copy, encoding: .utf8)
    text = text.replacingOccurrences(of: "slowly and deeply", with: "quickly")
    try text.write(to: copy, atomically: true, encoding: .utf8)
    let red = try Binary.run(["replay", "--intents", Binary.intents, copy.path])
    #expect(red.status == 1)
    #expect(red.stdout.contains("\(copy.path):2: reply differs"))
    #expect(red.stdout.contains("-Breathe quickly"))
    #expect(red.stdout.contains("+Breathe slowly and deeply"))
    #expect(red.stdout.hasSuffix("0 passed, 1 failed\n"))
  }

  @Test func aTranscriptWithNoTurnsFails() throws {
    let folder = try Binary.temporaryFolder()
    let file = folder.appendingPathComponent("empty.txt")
    try "# nothing here yet\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try Binary.run(["replay", "--intents", Binary.intents, file.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("\(file.path):1: no turns"))
    #expect(result.stdout.hasSuffix("0 passed, 1 failed\n"))
  }

  @Test func replayRecordWritesNewFiles() throws {
    let folder = try Binary.temporaryFolder()
    let file = folder.appendingPathComponent("new.txt")
    try "# new\n> how often?\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try Binary.run(["replay", "--record", "--intents", Binary.intents, file.path])
    #expect(result.status == 0)
    let recorded = try String(contentsOf: file, encoding: .utf8)
    #expect(recorded.hasPrefix("# new\n> how often?\nRegular use matters most"))
    #expect(try Binary.run(["replay", "--intents", Binary.intents, file.path]).status == 0)
  }

  @Test func helpHasExamplesAndVersionPrints() throws {
    let help = try Binary.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("Examples:"))
    #expect(try Binary.run(["--version"]).stdout == "0.1.0\n")
  }

  @Test func badUsageExits64() throws {
    #expect(try Binary.run(["--bogus"]).status == 64)
  }
}
