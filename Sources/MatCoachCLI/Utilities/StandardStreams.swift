import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Standard input, output and error at the edge of the program: every write checked and
/// flushed (a program at the other end of a pipe sees each reply as it is made), and
/// input read in lines of bounded length.
enum StandardStreams {
  /// The longest input line taken, in bytes; the rest of a longer line is dropped with
  /// a notice, before any Unicode work, so an endless line cannot take all memory.
  static let maxLineBytes = 64 * 1024

  /// Writes to stdout. A closed pipe ends the program quietly, as `head` expects; any
  /// other failure (a full disk, a closed stdout) ends it with one line and status 74.
  static func write(_ text: String) {
    if let code = writeAll(text, to: STDOUT_FILENO) { failedWriting(errno: code) }
  }

  /// Writes every byte to `descriptor` (a pipe may take them in parts); the error, if any.
  /// Unbuffered: each reply reaches the reader as soon as it is written.
  static func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
    var copy = text
    return copy.withUTF8 { bytes -> Int32? in
      var offset = 0
      while offset < bytes.count {
        let n = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += n
      }
      return nil
    }
  }

  static func failedWriting(errno code: Int32) -> Never {
    if code == EPIPE {
      // The reader has gone: end the way a pipeline expects, by the signal.
      signal(SIGPIPE, SIG_DFL)
      raise(SIGPIPE)
      exit(0)
    }
    error("cannot write the output: \(String(cString: strerror(code)))")
    exit(ExitStatus.ioError.rawValue)
  }

  /// Text on stderr as it is.
  static func writeError(_ text: String) {
    _ = writeAll(text, to: STDERR_FILENO)
  }

  /// One line on stderr, prefixed with the program's name; control characters shown,
  /// not obeyed (messages quote paths and input).
  static func error(_ message: String) {
    writeError("matcoach: \(message.escapingControlCharacters)\n")
  }

  /// Every line of standard input, without its line ending (`\n` or `\r\n`); invalid
  /// UTF-8 is repaired, and a line longer than `maxLineBytes` is cut there with a notice.
  static func lines() -> AnySequence<String> {
    AnySequence {
      var reader = LineSplitter(maxBytes: maxLineBytes)
      return AnyIterator<String> {
        guard let line = reader.next() else {
          if let code = reader.failure {
            error("cannot read the input: \(String(cString: strerror(code)))")
            exit(ExitStatus.ioError.rawValue)
          }
          return nil
        }
        if line.cut { error("a line of more than \(maxLineBytes) bytes was cut to that length") }
        return line.text
      }
    }
  }
}
