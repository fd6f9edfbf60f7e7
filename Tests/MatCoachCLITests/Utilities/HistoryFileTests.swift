import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@testable import MatCoachCLI

@Suite struct HistoryFileTests {
  @Test func followsXDGStateHome() {
    #expect(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/matcoach/history")
  }

  @Test func fallsBackToHomeWhenXDGIsUnsetOrRelative() {
    #expect(HistoryFile.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/matcoach/history")
    // The XDG spec: a relative path is invalid and must be ignored.
    #expect(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"]) == "/h/.local/state/matcoach/history")
  }
}

@Suite struct HistoryFileStorageTests {
  func folder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("matcoach-history-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  @Test func entriesRoundTripThroughLibeditsFormat() {
    for entry in ["how long should I lie on it?", "back\\slash", "tab\there", "naïve 🙂", "  spaced  "] {
      let line = HistoryFile.encode(entry)
      #expect(!line.contains(" ") && !line.contains("\t") && !line.contains("\n"))
      #expect(HistoryFile.decode(Array(line.utf8)) == entry)
    }
    // libedit's own forms read too.
    #expect(HistoryFile.decode(Array("how\\040long\\s\\^A\\\\".utf8)) == "how long \u{01}\\")
  }

  @Test func appendingKeepsTheHeaderAndEveryEntry() throws {
    let file = HistoryFile(path: try folder() + "/matcoach/history")
    #expect(file.prepare() == nil)
    for i in 1...10 { #expect(file.append("line \(i)") == nil) }
    let text = try String(contentsOfFile: file.path, encoding: .utf8)
    #expect(text.hasPrefix("_HiStOrY_V2_\nline\\0401\n"))
    #expect(file.load() == (1...10).map { "line \($0)" })
  }

  @Test func aLongHistoryIsCompactedToItsNewestEntries() throws {
    let file = HistoryFile(path: try folder() + "/matcoach/history")
    #expect(file.prepare() == nil)
    for i in 1...1600 { #expect(file.append("question number \(i)") == nil) }
    let entries = file.load()
    #expect(entries.count == HistoryFile.limit)
    #expect(entries.last == "question number 1600")
    let lines = try String(contentsOfFile: file.path, encoding: .utf8).split(separator: "\n")
    #expect(lines.first == "_HiStOrY_V2_")
    #expect(lines.count <= HistoryFile.limit + HistoryFile.limit / 2 + 1)
  }

  @Test func twoWritersLoseNoLine() throws {
    let path = try folder() + "/matcoach/history"
    #expect(HistoryFile(path: path).prepare() == nil)
    // Fewer lines than the limit, so that none is compacted away: every one must be there.
    let failures = Mutex<[String]>([])
    DispatchQueue.concurrentPerform(iterations: 4) { writer in
      let file = HistoryFile(path: path)
      for i in 0..<200 {
        if let problem = file.append("writer \(writer) line \(i)") { failures.withLock { $0.append(problem) } }
      }
    }
    #expect(failures.withLock { $0 }.isEmpty)
    let entries = HistoryFile(path: path).load()
    #expect(entries.count == 800)
    #expect(Set(entries).count == 800)
    for writer in 0..<4 {
      for i in 0..<200 { #expect(entries.contains("writer \(writer) line \(i)")) }
    }
  }

  @Test func aSymbolicLinkIsNeverFollowed() throws {
    let base = try folder()
    let target = base + "/precious.txt"
    try "keep me\n".write(toFile: target, atomically: true, encoding: .utf8)
    chmod(target, 0o644)
    try FileManager.default.createDirectory(atPath: base + "/matcoach", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: base + "/matcoach/history", withDestinationPath: target)
    let file = HistoryFile(path: base + "/matcoach/history")
    #expect(file.prepare()?.contains("symbolic link") == true)
    #expect(file.append("secret") != nil)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me\n")
    let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
    #expect(mode == 0o644)
  }

  @Test func aLinkedFolderIsNotUsedNorChmodded() throws {
    let base = try folder()
    try FileManager.default.createDirectory(atPath: base + "/elsewhere", withIntermediateDirectories: true)
    chmod(base + "/elsewhere", 0o755)
    try FileManager.default.createSymbolicLink(atPath: base + "/matcoach", withDestinationPath: base + "/elsewhere")
    let file = HistoryFile(path: base + "/matcoach/history")
    #expect(file.prepare()?.contains("not a folder") == true)
    let mode = try FileManager.default.attributesOfItem(atPath: base + "/elsewhere")[.posixPermissions] as? Int
    #expect(mode == 0o755)
  }

  /// Only root can give a folder to someone else, so only root can set this case up.
  @Test(.enabled(if: geteuid() == 0, "needs root to give a folder away"))
  func aFolderSomeoneElseOwnsIsNotUsedNorChmodded() throws {
    let base = try folder()
    try FileManager.default.createDirectory(atPath: base + "/matcoach", withIntermediateDirectories: true)
    chmod(base + "/matcoach", 0o755)
    #expect(chown(base + "/matcoach", 65534, 65534) == 0)
    let file = HistoryFile(path: base + "/matcoach/history")
    #expect(file.prepare()?.contains("belongs to someone else") == true)
    let mode = try FileManager.default.attributesOfItem(atPath: base + "/matcoach")[.posixPermissions] as? Int
    #expect(mode == 0o755)
    #expect(!FileManager.default.fileExists(atPath: file.path))
  }
}
