import ArgumentParser
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reading and writing transcript files without surprises: a folder, a link or a
/// read-only file is refused with a reason, and a recording replaces a file in one
/// rename, keeping its mode, so an interrupted write never leaves half a transcript.
enum TranscriptFile {
  enum Problem: Error, CustomStringConvertible, Equatable {
    case missing
    case unreadable
    case folder
    case notUTF8(offset: Int)
    case link
    case readOnly
    case cannotCreate(String)
    case io(String)

    var description: String {
      switch self {
      case .missing: "no such file"
      case .unreadable: "cannot be read (permissions?)"
      case .folder: "is a folder; name transcript files (for example Transcripts/*.txt)"
      case .notUTF8(let offset): "is not UTF-8 text (byte \(offset) is not valid)"
      case .link: "is a symbolic link; it is not written through"
      case .readOnly: "is read-only; it is not overwritten"
      case .cannotCreate(let reason): "cannot be written: \(reason)"
      case .io(let reason): "cannot be read or written: \(reason)"
      }
    }

    /// The documented exit status for it (sysexits).
    var exitStatus: ExitCode {
      switch self {
      case .missing, .unreadable, .folder: ExitStatus.noInput
      case .notUTF8: ExitStatus.dataError
      case .link, .readOnly, .cannotCreate: ExitStatus.cannotCreate
      case .io: ExitStatus.ioError
      }
    }
  }

  static func read(_ path: String) -> Result<String, Problem> {
    var info = stat()
    guard stat(path, &info) == 0 else { return .failure(errno == ENOENT ? .missing : .io(reason(errno))) }
    if info.st_mode & S_IFMT == S_IFDIR { return .failure(.folder) }
    guard let data = FileManager.default.contents(atPath: path) else { return .failure(.unreadable) }
    guard let text = String(validating: data, as: UTF8.self) else {
      return .failure(.notUTF8(offset: firstInvalidByte(in: Array(data))))
    }
    return .success(text)
  }

  /// Writes `text` to `path` through a new file in the same folder and a rename.
  static func write(_ text: String, to path: String) throws {
    var info = stat()
    var mode: mode_t = 0o644
    if lstat(path, &info) == 0 {
      if info.st_mode & S_IFMT == S_IFLNK { throw fail(path, .link) }
      if info.st_mode & S_IFMT == S_IFDIR { throw fail(path, .folder) }
      // No write bit at all says "keep this", for root too (who may write anything).
      if info.st_mode & 0o222 == 0 || access(path, W_OK) != 0 { throw fail(path, .readOnly) }
      mode = info.st_mode & 0o7777
    } else {
      let mask = umask(0)
      umask(mask)
      mode = 0o666 & ~mask
    }
    let folder = (path as NSString).deletingLastPathComponent
    let temporary = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).recording-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw fail(path, .cannotCreate(reason(errno))) }
    var copy = text
    let failure = copy.withUTF8 { bytes -> Int32? in
      var offset = 0
      while offset < bytes.count {
        let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return errno }
        offset += n
      }
      return fchmod(fd, mode) == 0 && fsync(fd) == 0 ? nil : errno
    }
    close(fd)
    if let failure {
      unlink(temporary)
      throw fail(path, .io(reason(failure)))
    }
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw fail(path, .cannotCreate(reason(code)))
    }
  }

  private static func fail(_ path: String, _ problem: Problem) -> ExitCode {
    StandardStreams.error("\(path) \(problem)")
    return problem.exitStatus
  }

  static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

  /// Where UTF-8 decoding first fails, counted from 0.
  static func firstInvalidByte(in bytes: [UInt8]) -> Int {
    var offset = 0
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return offset
      case .error: return offset
      }
    }
  }
}
