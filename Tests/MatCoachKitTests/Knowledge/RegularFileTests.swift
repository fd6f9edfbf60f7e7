import Foundation
@testable import MatCoachKit
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Reading a knowledge-base file: only a regular file of bounded size is read, and what is
/// not one is refused at once, without reading or waiting on it.
@Suite struct RegularFileTests {
  func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("regular-\(UUID())").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func aRegularFileIsReadWhole() throws {
    let path = try folder() + "/a.yaml"
    let text = String(repeating: "intents: []\n", count: 1_000)
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    #expect(RegularFile.bytes(at: path, maxBytes: 1 << 20) == .success(Array(text.utf8)))
  }

  @Test func aFileOverTheLimitIsRefusedWithItsSize() throws {
    let path = try folder() + "/a.yaml"
    try String(repeating: "x", count: 2_000).write(toFile: path, atomically: false, encoding: .utf8)
    #expect(RegularFile.bytes(at: path, maxBytes: 1_000) == .failure(.tooLarge(2_000)))
  }

  /// Before the check moved onto the open descriptor, a FIFO named `*.yaml` made the
  /// loader wait for a writer for ever.
  @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
    let path = try folder() + "/a.yaml"
    #expect(mkfifo(path, 0o600) == 0)
    #expect(RegularFile.bytes(at: path, maxBytes: 1 << 20) == .failure(.notRegular))
    #expect(throws: KnowledgeBaseError.self) { try KnowledgeBaseLoader.files(inDirectory: (path as NSString).deletingLastPathComponent) }
  }

  @Test func aLinkToADeviceIsRefused() throws {
    let path = try folder() + "/a.yaml"
    try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
    #expect(RegularFile.bytes(at: path, maxBytes: 1 << 20) == .failure(.notRegular))
  }

  @Test func aFolderAndAMissingFileSaySo() throws {
    let path = try folder()
    #expect(RegularFile.bytes(at: path, maxBytes: 1 << 20) == .failure(.folder))
    guard case .failure(.unreadable(let reason)) = RegularFile.bytes(at: path + "/none.yaml", maxBytes: 1 << 20) else {
      Issue.record("a missing file was read")
      return
    }
    #expect(reason.lowercased().contains("no such file"))
  }
}
