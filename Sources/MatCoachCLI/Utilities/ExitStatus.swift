import ArgumentParser

/// The exit statuses `matcoach` documents (sysexits where one fits).
enum ExitStatus {
  /// A check failed: a transcript differs (or holds no turns).
  static let checkFailed = ExitCode(1)
  /// The command line was wrong.
  static let usage = ExitCode(64)
  /// The knowledge base (or another input) is not valid.
  static let dataError = ExitCode(65)
  /// The knowledge base or a named file does not exist.
  static let noInput = ExitCode(66)
  /// A file could not be created (`replay --record` in a missing or read-only folder).
  static let cannotCreate = ExitCode(73)
  /// Reading or writing failed: a full disk, a closed stdout, a file that went away.
  static let ioError = ExitCode(74)
}
