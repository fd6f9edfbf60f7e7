import Foundation
import Testing

/// The session log as the real binary keeps it: where, with what modes, and what it
/// does with a torn line or a link.
@Suite struct SessionLogFileTests {
  func mode(_ path: String) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
  }

  @Test func sessionsLoggedInAPipeAreAppendedToAPrivateFileAndExportAsCSV() throws {
    let folder = try Binary.temporaryFolder()
    let data = folder.appendingPathComponent("data/matcoach").path
    let chat = try Binary.run(
      ["--intents", Binary.intents, "--data-dir", data], input: "/log 15 pain 6 3\ntime me for 10 minutes\n/progress\n")
    #expect(chat.status == 0)
    #expect(chat.stderr.isEmpty)
    #expect(chat.stdout.contains("Logged: 15 minutes today. Pain 6 before, 3 after."))
    #expect(chat.stdout.contains("I can't time a session here"))
    #expect(chat.stdout.contains("Last 7 days: 2 sessions on 1 day."))
    let file = data + "/sessions.jsonl"
    #expect(try mode(file) == 0o600)
    #expect(try mode(data) == 0o700)
    // One entry a line: no blank line between them, a line break after the last.
    let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3)
    #expect(lines[2].isEmpty)
    #expect(lines[0].contains(#""minutes":15,"guided":false,"pain_before":6,"pain_after":3}"#))
    #expect(lines[1].contains(#""minutes":10,"guided":false}"#))

    let csv = try Binary.run(["log", "--csv", "--data-dir", data])
    #expect(csv.status == 0)
    let rows = csv.stdout.split(separator: "\n")
    #expect(rows.first == "date,minutes,guided,pain_before,pain_after")
    #expect(rows.count == 3)
    #expect(rows[1].hasSuffix(",15,false,6,3"))
    #expect(rows[2].hasSuffix(",10,false,,"))
    // The CSV holds every field of every entry, as the log file has it.
    for (line, row) in zip(lines.prefix(2), rows.dropFirst()) {
      let entry = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let cells = [
        entry["date"] as? String, (entry["minutes"] as? Int).map(String.init), (entry["guided"] as? Bool).map(String.init),
        (entry["pain_before"] as? Int).map(String.init) ?? "", (entry["pain_after"] as? Int).map(String.init) ?? "",
      ]
      #expect(cells.map { $0 ?? "?" }.joined(separator: ",") == String(row))
    }
    let table = try Binary.run(["log", "--data-dir", data])
    #expect(table.stdout.hasPrefix("date              minutes  timed  pain before  pain after\n"))

    // The next run reads the log: advice starts from it.
    let next = try Binary.run(["--intents", Binary.intents, "--data-dir", data], input: "how long should I lie on it?\n")
    #expect(next.stdout.hasPrefix("Your log: sessions of about 10 minutes on 1 of the last 7 days."))
  }

  @Test func withoutDataDirTheLogIsInXDGDataHome() throws {
    let folder = try Binary.temporaryFolder()
    let result = try Binary.run(
      ["--intents", Binary.intents], input: "/log 20\n",
      environment: ["XDG_DATA_HOME": folder.path + "/xdg", "HOME": folder.path + "/home"])
    #expect(result.status == 0)
    #expect(FileManager.default.fileExists(atPath: folder.path + "/xdg/matcoach/sessions.jsonl"))
    let json = try Binary.run(
      ["--intents", Binary.intents, "--json"], input: "/log 5\n",
      environment: ["XDG_DATA_HOME": "relative/ignored", "HOME": folder.path + "/home"])
    #expect(json.stdout.contains(#""session":null,"logged":{"date":"#))
    #expect(json.stdout.contains(#""minutes":5,"guided":false},"answers":[],"off_topic":false}"#))
    #expect(FileManager.default.fileExists(atPath: folder.path + "/home/.local/share/matcoach/sessions.jsonl"))
  }

  @Test func aTornLastLineIsSkippedWithAWarningAndTheNextEntryStartsALine() throws {
    let folder = try Binary.temporaryFolder()
    let data = folder.path + "/data"
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    let whole = #"{"date":"2026-11-20T08:00:00Z","minutes":10,"guided":true}"#
    try (whole + "\n" + #"{"date":"2026-11-21T08:00:00Z","minu"#).write(
      toFile: data + "/sessions.jsonl", atomically: false, encoding: .utf8)
    let csv = try Binary.run(["log", "--csv", "--data-dir", data])
    #expect(csv.status == 0)
    // The date is written in the local time zone, whatever it is here.
    #expect(csv.stdout.split(separator: "\n").count == 2)
    #expect(csv.stdout.hasSuffix(",10,true,,\n"))
    #expect(
      csv.stderr == "matcoach: \(data)/sessions.jsonl:2: not a complete entry; skipped "
        + "(a crash while writing, or an edit?); delete or mend that line to stop this warning\n")
    let logged = try Binary.run(["--intents", Binary.intents, "--data-dir", data], input: "/log 12\n")
    #expect(logged.stderr.contains("sessions.jsonl:2: not a complete entry; skipped"))
    let after = try Binary.run(["log", "--csv", "--data-dir", data])
    #expect(after.stdout.split(separator: "\n").count == 3)
    // The torn line was ended before the new entry: it stays one bad line, not two.
    let text = try String(contentsOfFile: data + "/sessions.jsonl", encoding: .utf8)
    #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == 4)
    #expect(after.stdout.contains(",12,false,,"))
  }

  @Test func aLinkedLogIsNeitherReadNorWrittenThrough() throws {
    let folder = try Binary.temporaryFolder()
    let data = folder.path + "/data"
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    let target = folder.path + "/other.txt"
    try "someone else's file\n".write(toFile: target, atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: data + "/sessions.jsonl", withDestinationPath: target)
    let result = try Binary.run(["--intents", Binary.intents, "--data-dir", data], input: "/log 12\n")
    #expect(result.status == 0)
    #expect(result.stdout.contains("Logged: 12 minutes today."))
    #expect(result.stderr.contains("is a symbolic link; it is not followed"))
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "someone else's file\n")
    #expect(try Binary.run(["log", "--data-dir", data]).status == 74)
  }

  @Test func aLogOthersCouldReadIsMadePrivate() throws {
    let folder = try Binary.temporaryFolder()
    let data = folder.path + "/data"
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    let file = data + "/sessions.jsonl"
    try (#"{"date":"2026-11-20T08:00:00Z","minutes":10,"guided":true}"# + "\n").write(
      toFile: file, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
    let result = try Binary.run(["--intents", Binary.intents, "--data-dir", data], input: "/log 12\n")
    #expect(result.status == 0)
    #expect(try mode(file) == 0o600)
    #expect(try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").count == 2)
  }

  @Test func aFolderNamedWithDataDirKeepsItsModeAndTheLogIsPrivateInIt() throws {
    let folder = try Binary.temporaryFolder()
    let data = folder.path + "/project"
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: data)
    let result = try Binary.run(["--intents", Binary.intents, "--data-dir", data], input: "/log 12\n")
    #expect(result.status == 0)
    #expect(try mode(data) == 0o755)
    #expect(try mode(data + "/sessions.jsonl") == 0o600)
    // A folder it creates is private.
    let fresh = folder.path + "/fresh/log"
    _ = try Binary.run(["--intents", Binary.intents, "--data-dir", fresh], input: "/log 12\n")
    #expect(try mode(fresh) == 0o700)
  }
}
