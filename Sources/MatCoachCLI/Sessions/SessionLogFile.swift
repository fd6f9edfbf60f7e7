import Foundation
import MatCoachKit

#if canImport(Glibc)
  import Glibc
#endif

/// The session log on disk: one JSON object a line, appended and flushed to disk per
/// entry, in a private file (``PrivateFile``). A crash can tear at most the last line,
/// which reading skips with a warning; every earlier entry stays readable.
struct SessionLogFile {
  /// Why the log could not be read.
  struct Failure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  let path: String
  /// Whether a folder that others can read is made private (0700): yes for the
  /// coach's own `matcoach` folder, no for a folder the user named with `--data-dir`,
  /// which may hold other things (the log file itself is 0600 either way).
  var tightensFolder = true

  /// The log's entries and a warning per line skipped; an empty log when there is no file yet.
  func read() throws(Failure) -> (log: SessionLog, warnings: [String]) {
    let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else {
      if errno == ENOENT { return (SessionLog(), []) }
      if errno == ELOOP { throw Failure(message: "\(path) is a symbolic link; it is not followed") }
      throw Failure(message: "cannot read \(path): \(PrivateFile.reason(errno))")
    }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n < 0 { throw Failure(message: "cannot read \(path): \(PrivateFile.reason(errno))") }
      if n == 0 { break }
      bytes += buffer[0..<n]
    }
    let (log, skipped) = SessionLog.read(jsonLines: String(decoding: bytes, as: UTF8.self))
    return (
      log,
      skipped.map {
        "\(path):\($0.line): \($0.message) (a crash while writing, or an edit?); delete or mend that line to stop this warning"
      }
    )
  }

  /// Appends one entry and flushes it to disk; the reason it could not, if any.
  func append(_ entry: SessionEntry) -> String? {
    if let problem = PrivateFile(path: path, tightensFolder: tightensFolder).prepare() { return problem }
    // Read and write: the last byte is read to see whether a torn line needs ending.
    let fd = open(path, O_RDWR | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else { return "cannot write \(path): \(PrivateFile.reason(errno))" }
    defer { close(fd) }
    // A line torn by an earlier crash is ended first, so the new entry starts a line.
    var info = stat()
    var line = SessionLog.jsonLine(entry) + "\n"
    if fstat(fd, &info) == 0, info.st_size > 0, lastByte(fd, size: info.st_size) != 0x0A { line = "\n" + line }
    let failure = line.withUTF8 { bytes -> Int32? in
      Glibc.write(fd, bytes.baseAddress, bytes.count) == bytes.count ? nil : errno
    }
    if let failure { return "cannot write \(path): \(PrivateFile.reason(failure))" }
    if fsync(fd) != 0 { return "cannot flush \(path) to disk: \(PrivateFile.reason(errno))" }
    return nil
  }

  private func lastByte(_ fd: Int32, size: off_t) -> UInt8? {
    var byte: UInt8 = 0
    return pread(fd, &byte, 1, size - 1) == 1 ? byte : nil
  }
}
