import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Broken knowledge bases, as a careless curator makes them: each gives
/// `FILE:LINE:COLUMN: message` and 65, or a one-line error and 66; never a crash.
@Suite struct BrokenKnowledgeTests {
  static let minimal = "intents:\n  - id: tea\n    keywords: [\"tea\"]\n    answer: \"Brew it.\"\n    beyond_guide: true\n"

  /// A folder with `files`, and a guide beside it so that lint has one.
  func knowledgeBase(_ files: [String: Data]) throws -> String {
    let root = try Binary.temporaryFolder()
    let intents = root.appendingPathComponent("Intents")
    try FileManager.default.createDirectory(at: intents, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: root.appendingPathComponent("seeds"), withIntermediateDirectories: true)
    try Data("A guide about tea, written for this test only, long enough.\n".utf8)
      .write(to: root.appendingPathComponent("seeds/guide.txt"))
    for (name, data) in files { try data.write(to: intents.appendingPathComponent(name)) }
    return intents.path
  }

  func lint(_ files: [String: Data]) throws -> Binary.Result {
    try Binary.run(["lint", "--intents", try knowledgeBase(files)])
  }

  @Test func aNonUTF8FileIsADataErrorWithItsPlace() throws {
    let result = try lint(["a.yaml": Data("intents:\n  - id: caf".utf8) + Data([0xE9]) + Data("\n".utf8)])
    #expect(result.status == 65)
    #expect(result.stdout.contains("a.yaml:2:12: not UTF-8 text: byte 20 is not valid"))
  }

  @Test func aUTF16FileIsNamedAsSuch() throws {
    let result = try lint(["a.yaml": Data([0xFF, 0xFE]) + Self.minimal.data(using: .utf16LittleEndian)!])
    #expect(result.status == 65)
    #expect(result.stdout.contains("a.yaml:1:1: the file is UTF-16"))
  }

  @Test func numbersAndPlaceholdersAreChecked() throws {
    let yaml = """
      facts:
        - id: minutes
          number:
            units: {minutes: 1}
            range: 1-240
      intents:
        - id: tea
          keywords: ["tea"]
          follow_up: [tea, tea]
          answers:
            - when: {minutes: "-5"}
              say: "Never."
              beyond_guide: true
            - when: {minutes: "99999999999999999999"}
              say: "Nor this."
              beyond_guide: true
            - say: "You do {minutes}, not {nonexist}, and {"
              beyond_guide: true
      """
    let result = try lint(["a.yaml": Data(yaml.utf8)])
    #expect(result.status == 65)
    #expect(result.stdout.contains("`minutes: -5` can never hold: `minutes` is read from 1 to 240"))
    #expect(result.stdout.contains("`minutes: 99999999999999999999` can never hold"))
    #expect(result.stdout.contains("`{nonexist}` names no fact; facts are: {minutes}"))
    #expect(result.stdout.contains("does not pair"))
    #expect(result.stdout.contains("`follow_up` names `tea` twice"))
  }

  @Test func controlCharactersInTextAreRefusedAndNeverEchoed() throws {
    let yaml = "intents:\n  - id: tea\n    keywords: [\"tea\"]\n    answer: \"Brew \\e]0;PWNED\\a it \\x9b2J.\"\n    beyond_guide: true\n"
    let result = try lint(["a.yaml": Data(yaml.utf8)])
    #expect(result.status == 65)
    #expect(result.stdout.contains("a.yaml:4:13: `answer` holds a control character (U+001B)"))
    #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" })
  }

  @Test func aRepeatedKeyIsReportedWhereItIs() throws {
    let yaml = "intents:\n  - id: a\n    keywords: [\"a\"]\n    answer: \"A.\"\n    beyond_guide: true\n    id: b\n"
    let result = try lint(["a.yaml": Data(yaml.utf8)])
    #expect(result.status == 65)
    #expect(result.stdout.contains("a.yaml:6:5: malformed YAML: `id` appears twice in one mapping (first at 2:5)"))
    #expect(!result.stdout.contains("Context:"))
  }

  @Test func aKeywordWithALineBreakIsRefused() throws {
    let yaml = "intents:\n  - id: tea\n    keywords: [\"te\\na\"]\n    answer: \"Brew.\"\n    beyond_guide: true\n"
    let result = try lint(["a.yaml": Data(yaml.utf8)])
    #expect(result.status == 65)
    #expect(result.stdout.contains("holds a line break or a tab"))
  }

  @Test func anAliasBombIsNotExpanded() throws {
    var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
    for level in 1...9 {
      let previous = Character(UnicodeScalar(96 + level)!)
      let name = Character(UnicodeScalar(97 + level)!)
      yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
    }
    let result = try lint(["a.yaml": Data(yaml.utf8), "b.yaml": Data(Self.minimal.utf8)])
    #expect(result.status == 65)
    #expect(result.stdout.contains("a.yaml:1:1: unknown key `a` in the top level"))
  }

  @Test func aHugeFileAFolderNamedYamlAndAnUnreadableFileAreClear() throws {
    let huge = try lint(["a.yaml": Data(repeating: 0x20, count: 20 * 1_048_576)])
    #expect(huge.status == 65)
    #expect(huge.stdout.contains("a.yaml:1:1: the file is 20 MiB; a knowledge-base file may be at most 4 MiB"))

    let folder = try knowledgeBase(["b.yaml": Data(Self.minimal.utf8)])
    try FileManager.default.createDirectory(atPath: folder + "/a.yaml", withIntermediateDirectories: true)
    let result = try Binary.run(["lint", "--intents", folder])
    #expect(result.status == 66)
    #expect(result.stderr.contains("a.yaml: cannot read: it is a folder"))

    let loop = try knowledgeBase(["b.yaml": Data(Self.minimal.utf8)])
    try FileManager.default.createSymbolicLink(atPath: loop + "/c.yaml", withDestinationPath: loop + "/c.yaml")
    let looped = try Binary.run(["lint", "--intents", loop])
    #expect(looped.status == 66)
    #expect(looped.stderr.split(separator: "\n").count == 1)
  }

  @Test func lintFailsWithoutAGuideInsteadOfSayingOK() throws {
    let folder = try Binary.temporaryFolder().appendingPathComponent("Intents")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(Self.minimal.utf8).write(to: folder.appendingPathComponent("a.yaml"))
    let result = try Binary.run(["lint", "--intents", folder.path])
    #expect(result.status == 66)
    #expect(result.stderr.contains("no guide found"))
    #expect(!result.stdout.contains("ok:"))
  }
}
