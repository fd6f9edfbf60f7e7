import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writing to stdout and stderr, flushed per call so a program on the other end of a
/// pipe sees each reply as soon as it is made.
enum StandardStreams {
  static func write(_ text: String) {
    print(text, terminator: "")
    fflush(nil)
  }

  /// Text on stderr as it is.
  static func writeError(_ text: String) {
    fflush(nil)
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// One line on stderr, prefixed with the program's name.
  static func error(_ message: String) {
    writeError("matcoach: \(message)\n")
  }

  /// Every line of standard input, without its newline; invalid UTF-8 is repaired.
  static func lines() -> AnySequence<String> {
    AnySequence { AnyIterator { Swift.readLine(strippingNewline: true) } }
  }
}
