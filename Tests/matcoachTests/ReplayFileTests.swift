import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `replay` and `replay --record` on files that are not what they should be.
@Suite struct ReplayFileTests {
  func replay(_ arguments: [String]) throws -> Binary.Result {
    try Binary.run(["replay", "--intents", Binary.intents] + arguments)
  }

  func mode(_ path: String) throws -> Int {
    try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! Int
  }

  /// A 20 MB transcript whose reply differs: the diff stays linear in memory (it once
  /// needed expected × actual, 3.2 GB), so replay answers within a 1 GB address space.
  @Test func aHugeTranscriptIsDiffedInLinearMemory() throws {
    let folder = try Binary.temporaryFolder()
    let file = folder.appendingPathComponent("huge.txt").path
    let line = String(repeating: "Breathe in slowly through your nose, hold it, and out. ", count: 2)
    var text = "> how should I breathe\n"
    text.reserveCapacity(21_000_000)
    while text.utf8.count < 20_000_000 { text += line + "\n" }
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "ulimit -v 1048576 && exec \"$0\" replay --intents \"$1\" \"$2\" >/dev/null", Binary.path, Binary.intents, file]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    // 1: the transcript differs (and says where); not a crash or an allocation failure.
    #expect(process.terminationStatus == 1, "\(stderr)")
  }

  @Test func recordingRefusesAFileThatIsNoTranscript() throws {
    let file = try Binary.temporaryFolder().appendingPathComponent("README.md").path
    let readme = try String(contentsOf: Binary.root.appendingPathComponent("README.md"), encoding: .utf8)
    try readme.write(toFile: file, atomically: true, encoding: .utf8)
    let result = try replay(["--record", file])
    #expect(result.status == 65)
    #expect(result.stderr.contains("not a transcript"))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == readme)
  }

  @Test func recordingKeepsTheModeAndRefusesReadOnlyFilesAndLinks() throws {
    let folder = try Binary.temporaryFolder()
    let file = folder.appendingPathComponent("mine.txt").path
    try "# mine\n> /quit\n".write(toFile: file, atomically: true, encoding: .utf8)
    chmod(file, 0o600)
    #expect(try replay(["--record", file]).status == 0)
    #expect(try mode(file) == 0o600)
    #expect(try String(contentsOfFile: file, encoding: .utf8).contains("Take care of your back. Bye!"))

    let locked = folder.appendingPathComponent("locked.txt").path
    try "> /quit\n".write(toFile: locked, atomically: true, encoding: .utf8)
    chmod(locked, 0o444)
    do {  // refused for root too, who may write anything: a file with no write bit is kept
      let result = try replay(["--record", locked])
      #expect(result.status == 73)
      #expect(result.stderr.contains("read-only"))
      #expect(try String(contentsOfFile: locked, encoding: .utf8) == "> /quit\n")
    }

    let link = folder.appendingPathComponent("link.txt").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
    let before = try String(contentsOfFile: file, encoding: .utf8)
    try (before + "> how long?\n").write(toFile: file, atomically: true, encoding: .utf8)
    let result = try replay(["--record", link])
    #expect(result.status == 73)
    #expect(result.stderr.contains("symbolic link"))
  }

  @Test func aMissingFolderOrAFolderIsAClearErrorNotStatus1() throws {
    let missing = try replay(["--record", "/nonexistent-folder/new.txt"])
    #expect(missing.status == 73)
    #expect(missing.stderr.hasPrefix("matcoach: /nonexistent-folder/new.txt cannot be written"))
    #expect(!missing.stderr.contains("NSCocoaErrorDomain"))
    let folder = try replay([Binary.root.appendingPathComponent("Transcripts").path])
    #expect(folder.status == 66)
    #expect(folder.stderr.contains("is a folder"))
  }

  @Test func aPathThroughAFileIsAnIOErrorNotStatus1() throws {
    let file = try Binary.temporaryFolder().appendingPathComponent("plain.txt").path
    try "".write(toFile: file, atomically: true, encoding: .utf8)
    for arguments in [[file + "/inside.txt"], ["--record", file + "/inside.txt"]] {
      let result = try replay(arguments)
      #expect(result.status == 74, "\(arguments)")
      #expect(result.stderr.contains("cannot be read or written: Not a directory"))
    }
  }

  @Test func aDiffShowsEscapeSequencesFromTheTranscriptNotObeysThem() throws {
    // Transcripts are anyone's files: a reply in one is shown, never obeyed.
    let file = try Binary.temporaryFolder().appendingPathComponent("escapes.txt").path
    try "> how should I breathe\nBreathe \u{1B}]0;PWNED\u{07}quickly\u{1B}[2J\u{9B}31m\n"
      .write(toFile: file, atomically: true, encoding: .utf8)
    let result = try replay([file])
    #expect(result.status == 1)
    #expect(result.stdout.contains("-Breathe \\u{1B}]0;PWNED\\u{7}quickly"))
    #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" })
  }

  @Test func aTranscriptWithWindowsLineEndsReplays() throws {
    let file = try Binary.temporaryFolder().appendingPathComponent("crlf.txt").path
    let text = try String(contentsOf: Binary.root.appendingPathComponent("Transcripts/reset.txt"), encoding: .utf8)
    try text.replacingOccurrences(of: "\n", with: "\r\n").write(toFile: file, atomically: true, encoding: .utf8)
    let result = try replay([file])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.hasSuffix("1 passed, 0 failed\n"))
  }

  @Test func aNonUTF8TranscriptSaysWhere() throws {
    let file = try Binary.temporaryFolder().appendingPathComponent("latin1.txt").path
    try Data("> caf".utf8 + [0xE9] + Data("\n".utf8)).write(to: URL(fileURLWithPath: file))
    let result = try replay([file])
    #expect(result.status == 65)
    #expect(result.stderr.contains("byte 5"))
  }
}
