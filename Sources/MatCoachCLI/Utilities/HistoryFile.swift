import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where REPL history is kept: `$XDG_STATE_HOME/matcoach/history`, by default
/// `~/.local/state/matcoach/history`. Users type about their health, so the folder is
/// made 0700 and the file 0600.
struct HistoryFile {
  /// How many lines are kept.
  static let limit = 1000

  let path: String

  /// The history path for this environment.
  static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    let state: String
    if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
      state = xdg
    } else {
      let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
      state = home + "/.local/state"
    }
    return state + "/matcoach/history"
  }

  /// Makes the folder (0700) and the file (0600) if needed; the reason it could not, if any.
  func prepare() -> String? {
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      return "cannot create \(folder): \(error.localizedDescription)"
    }
    chmod(folder, 0o700)
    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
    guard fd >= 0 else { return "cannot write \(path): \(String(cString: strerror(errno)))" }
    close(fd)
    guard chmod(path, 0o600) == 0 else { return "cannot set the mode of \(path): \(String(cString: strerror(errno)))" }
    return nil
  }
}
