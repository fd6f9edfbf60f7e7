import ArgumentParser
import Foundation

/// Where the user's session log is kept: `--data-dir`, else `$XDG_DATA_HOME/matcoach`,
/// else `~/.local/share/matcoach`.
struct DataOptions: ParsableArguments {
  @Option(
    name: .customLong("data-dir"),
    help: ArgumentHelp(
      "The folder for your session log (default: $XDG_DATA_HOME/matcoach or ~/.local/share/matcoach).",
      valueName: "folder"))
  var dataDirectory: String?

  /// The session log for this environment: a folder named with `--data-dir` is the
  /// user's, and its mode is left alone.
  func logFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> SessionLogFile {
    var file = SessionLogFile(path: logPath(environment: environment))
    file.tightensFolder = dataDirectory?.isEmpty ?? true
    return file
  }

  /// The session log's path for this environment.
  func logPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    Self.logPath(dataDirectory, environment)
  }

  static func logPath(_ dataDirectory: String?, _ environment: [String: String]) -> String {
    if let dataDirectory, !dataDirectory.isEmpty {
      return (dataDirectory as NSString).standardizingPath + "/sessions.jsonl"
    }
    return XDGFolder.path("XDG_DATA_HOME", fallback: ".local/share", environment: environment)
      + "/matcoach/sessions.jsonl"
  }
}
