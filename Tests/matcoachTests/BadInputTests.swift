import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Input nobody should send, and output nobody can take: a clear answer or a clear
/// error, never a crash, a hang, a lost line or a raw escape sequence.
@Suite struct BadInputTests {
  static let escapes = "/\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{9B}31m"

  @Test(arguments: [[], ["--json"], ["classify"]])
  func noEscapeSequenceTheUserTypedReachesTheTerminal(_ mode: [String]) throws {
    let input = Self.escapes + "\nhow long \u{1B}[31mshould I lie on it\n"
    let result = try Binary.run(mode + ["--intents", Binary.intents], input: input)
    #expect(result.status == 0)
    #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" })
    if mode.isEmpty { #expect(result.stdout.contains("There's no command /\\u{1B}]0;PWNED")) }
  }

  @Test(arguments: [[], ["--json"]])
  func noEscapeSequenceInTheGuideReachesTheTerminal(_ mode: [String]) throws {
    // The guide is any text file, not checked like the knowledge base: its headings are
    // quoted with each citation, and must be shown, not obeyed.
    let root = try Binary.temporaryFolder()
    try FileManager.default.createDirectory(at: root.appendingPathComponent("Intents"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: root.appendingPathComponent("seeds"), withIntermediateDirectories: true)
    try "Tea Time \(Self.escapes)\n\nBrew the tea for three minutes in hot water.\n"
      .write(to: root.appendingPathComponent("seeds/guide.txt"), atomically: true, encoding: .utf8)
    try "intents:\n  - id: tea\n    keywords: [\"tea\"]\n    answer: \"Brew it.\"\n    source:\n      - \"Brew the tea for three minutes\"\n"
      .write(to: root.appendingPathComponent("Intents/tea.yaml"), atomically: true, encoding: .utf8)
    let result = try Binary.run(mode + ["--intents", root.appendingPathComponent("Intents").path], input: "tea\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Tea Time /"))
    #expect(result.stdout.contains("PWNED"))
    #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" })
  }

  @Test func anErrorMessageShowsTheEscapeSequencesInAPathNotObeysThem() throws {
    let result = try Binary.run(["--intents", "/nope" + Self.escapes], input: "hi\n")
    #expect(result.status == 66)
    #expect(result.stderr.contains("/nope/\\u{1B}]0;PWNED"))
    #expect(!result.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" })
  }

  @Test func aDumbTerminalShowsNoRawEscapeEither() throws {
    // The plain reader of a TERM=dumb REPL prints replies through the same presenter.
    let result = try Binary.run(["--intents", Binary.intents], input: Self.escapes + "\n", environment: ["TERM": "dumb"])
    #expect(!result.stdout.contains("\u{1B}]0;"))
  }

  @Test func invalidUTF8NULsAndCRLFAreRepairedNotFatal() throws {
    var bytes = Data("how long\r\n".utf8)
    bytes += Data([0xFF, 0xFE, 0x00, 0x68, 0x6F, 0x77, 0x20, 0xC3, 0x0A])  // junk, NUL, "how ", a cut é
    bytes += Data("how should I breathe".utf8)  // no final newline
    let result = try Binary.run(["--json", "--intents", Binary.intents], bytes: bytes)
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
    #expect(first?["input"] as? String == "how long")
    let last = try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as? [String: Any]
    #expect(last?["intent"] as? String == "breathing")
  }

  @Test func aLineOpeningWithU0085IsNoCommand() throws {
    // U+0085 is white space to Unicode, but a command starts its line (after spaces and
    // tabs): this one must not end the run.
    let result = try Binary.run(["--json", "--intents", Binary.intents], input: "\u{85}/quit\nhow should I breathe\n")
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.first?.contains("\"kind\":\"quit\"") == false)
    #expect(lines.last?.contains("\"intent\":\"breathing\"") == true)
  }

  @Test func aHugeLineIsCutWithANoticeAndTheNextLineIsAnswered() throws {
    let huge = String(repeating: "spikes ", count: 300_000)  // 2 MB
    let result = try Binary.run(["--json", "--intents", Binary.intents], input: huge + "\nhow should I breathe\n")
    #expect(result.status == 0)
    #expect(result.stderr.contains("was cut to that length"))
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.last?.contains("\"intent\":\"breathing\"") == true)
  }

  @Test func emojiRightToLeftAndCombiningMarksAreJustText() throws {
    let input = "🙂🙂 how long? 👨‍👩‍👧\nكم من الوقت\nhow lo\u{301}ng should I lie on it\n"
    let result = try Binary.run(["--json", "--intents", Binary.intents], input: input)
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").count == 3)
  }

  @Test(arguments: [[], ["--json"], ["classify"], ["lint"]])
  func aFullDiskIsOneLineAndStatus74(_ mode: [String]) throws {
    let full = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
    let result = try Binary.run(mode + ["--intents", Binary.intents], bytes: Data("how long\n".utf8), stdout: full)
    #expect(result.status == 74)
    #expect(result.stderr == "matcoach: cannot write the output: No space left on device\n")
  }

  @Test func aClosedPipeEndsQuietly() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    let lines = String(repeating: "how long should I lie on it\n", count: 500)
    let file = try Binary.temporaryFolder().appendingPathComponent("questions.txt")
    try lines.write(to: file, atomically: true, encoding: .utf8)
    process.arguments = ["-c", "'\(Binary.path)' --intents '\(Binary.intents)' < '\(file.path)' | head -1 >/dev/null; echo ${PIPESTATUS:-}"]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = Pipe()
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(errors.fileHandleForReading.readDataToEndOfFile().isEmpty, "nothing on stderr")
  }
}
