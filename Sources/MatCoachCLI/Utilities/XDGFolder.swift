import Foundation

/// A folder of the XDG base directory rules: the variable's value when it is an
/// absolute path (a relative one is invalid and ignored), else the default under `$HOME`.
enum XDGFolder {
  /// - Parameters:
  ///   - variable: `XDG_STATE_HOME`, `XDG_DATA_HOME`…
  ///   - fallback: the default below the home folder: `.local/state`, `.local/share`…
  static func path(_ variable: String, fallback: String, environment: [String: String]) -> String {
    if let value = environment[variable], value.hasPrefix("/") { return value }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/" + fallback
  }
}
