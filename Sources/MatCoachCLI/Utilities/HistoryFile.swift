import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where REPL history is kept, and how it is read and written.
///
/// `$XDG_STATE_HOME/matcoach/history`, by default `~/.local/state/matcoach/history`.
/// Users type about their health: the folder is 0700 and the file 0600, and neither is
/// ever followed through a symbolic link or written in a folder someone else owns.
/// Each line is appended as it is entered, in one write under a lock, so a crash or
/// `kill -9` loses at most the line being written and two sessions at once lose none.
/// When the file grows past half as much again as the limit, the newest `limit` entries
/// are written to a new file that replaces it in one rename.
///
/// The format is libedit's: a `_HiStOrY_V2_` line, then one entry a line, with spaces,
/// tabs, line breaks, backslashes and control characters written as `\ooo`.
struct HistoryFile {
  /// How many lines are kept.
  static let limit = 1000
  static let header = "_HiStOrY_V2_"

  let path: String

  /// The history path for this environment.
  static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    XDGFolder.path("XDG_STATE_HOME", fallback: ".local/state", environment: environment) + "/matcoach/history"
  }


  /// Makes the folder (0700) and the file (0600) if needed; the reason it could not, if any.
  func prepare() -> String? { PrivateFile(path: path).prepare() }

  /// The entries in the file, oldest first; at most `limit`.
  func load() -> [String] {
    let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else { return [] }
    defer { close(fd) }
    let text = Self.readAll(fd)
    let entries = text.split(separator: 0x0A, omittingEmptySubsequences: true)
      .filter { !$0.elementsEqual(Self.header.utf8) }
      .map { Self.decode($0) }
      .filter { !$0.isEmpty }
    return Array(entries.suffix(Self.limit))
  }

  /// Appends one entry; compacts the file when it has grown well past the limit. The
  /// reason it could not, if any.
  func append(_ entry: String) -> String? {
    // Each retry means another session replaced the file meanwhile: rare, and bounded.
    for _ in 0..<50 {
      let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
      guard fd >= 0 else { return "cannot write \(path): \(Self.reason(errno))" }
      defer { close(fd) }
      // Waiting for the lock, a signal (a child ending, a resize) may interrupt: wait on.
      var locked = flock(fd, LOCK_EX)
      while locked != 0 && errno == EINTR { locked = flock(fd, LOCK_EX) }
      guard locked == 0 else { return "cannot lock \(path): \(Self.reason(errno))" }
      // Another session may have compacted the file (a new one took its name) while we
      // waited for the lock: then write to the new one.
      var mine = stat()
      var named = stat()
      guard fstat(fd, &mine) == 0, lstat(path, &named) == 0, mine.st_ino == named.st_ino else { continue }
      var line = (mine.st_size == 0 ? Self.header + "\n" : "") + Self.encode(entry) + "\n"
      let failure = line.withUTF8 { bytes -> Int32? in
        Glibc.write(fd, bytes.baseAddress, bytes.count) == bytes.count ? nil : errno
      }
      if let failure { return "cannot write \(path): \(Self.reason(failure))" }
      if Int(mine.st_size) > Self.limit * 4 { compactIfLong(lockedBy: fd) }
      return nil
    }
    return "cannot write \(path): it keeps being replaced"
  }

  /// Keeps the newest `limit` entries when there are half as many again, by writing
  /// them to a new file and renaming it over the old (the lock on the old one is held).
  private func compactIfLong(lockedBy fd: Int32) {
    let reader = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard reader >= 0 else { return }
    let text = Self.readAll(reader)
    close(reader)
    let lines = text.split(separator: 0x0A, omittingEmptySubsequences: true)
      .filter { !$0.elementsEqual(Self.header.utf8) }
    guard lines.count > Self.limit + Self.limit / 2 else { return }
    var kept = Self.header + "\n"
    for line in lines.suffix(Self.limit) { kept += String(decoding: line, as: UTF8.self) + "\n" }
    let temporary = path + ".new-\(getpid())"
    let out = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard out >= 0 else { return }
    let written = kept.withUTF8 { Glibc.write(out, $0.baseAddress, $0.count) == $0.count }
    let synced = fsync(out) == 0
    close(out)
    if written && synced && rename(temporary, path) == 0 { return }
    unlink(temporary)
  }

  private static func readAll(_ fd: Int32) -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { break }
      bytes += buffer[0..<n]
    }
    return bytes
  }

  /// An entry as one line: white space, backslashes and control characters as `\ooo`.
  static func encode(_ entry: String) -> String {
    var out: [UInt8] = []
    for byte in entry.utf8 {
      if byte <= 0x20 || byte == 0x5C || byte == 0x7F {
        out += [0x5C, 0x30 + (byte >> 6), 0x30 + (byte >> 3) & 7, 0x30 + byte & 7]
      } else {
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// An entry from its line: `\ooo`, `\\`, and libedit's `\^X`, `\M-x` and `\s` forms.
  static func decode<Line: Collection<UInt8>>(_ line: Line) -> String {
    let bytes = Array(line)
    var out: [UInt8] = []
    var i = 0
    func isOctal(_ k: Int) -> Bool { k < bytes.count && bytes[k] >= 0x30 && bytes[k] <= 0x37 }
    while i < bytes.count {
      guard bytes[i] == 0x5C, i + 1 < bytes.count else {
        out.append(bytes[i])
        i += 1
        continue
      }
      let next = bytes[i + 1]
      if isOctal(i + 1) {
        var value = 0
        var k = i + 1
        while k < i + 4, isOctal(k) {
          value = value * 8 + Int(bytes[k] - 0x30)
          k += 1
        }
        out.append(UInt8(truncatingIfNeeded: value))
        i = k
      } else if next == 0x5E, i + 2 < bytes.count {  // \^X
        out.append(bytes[i + 2] == 0x3F ? 0x7F : bytes[i + 2] & 0x1F)
        i += 3
      } else if next == 0x4D, i + 3 < bytes.count, bytes[i + 2] == 0x2D {  // \M-x
        out.append(bytes[i + 3] | 0x80)
        i += 4
      } else if next == 0x73 {  // \s
        out.append(0x20)
        i += 2
      } else {
        out.append(next)
        i += 2
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func reason(_ code: Int32) -> String { PrivateFile.reason(code) }
}
