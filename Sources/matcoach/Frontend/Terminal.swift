import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What the terminal on stdout can show: its width, and whether colour is welcome.
struct Terminal {
  var width: Int
  var colour: Bool

  /// Colour only on a terminal that is not `TERM=dumb`, and never with `NO_COLOR` set.
  static func current() -> Terminal {
    let env = ProcessInfo.processInfo.environment
    let tty = isatty(STDOUT_FILENO) == 1
    let dumb = env["TERM"] == nil || env["TERM"] == "dumb"
    let noColour = !(env["NO_COLOR"] ?? "").isEmpty
    return Terminal(width: columns() ?? 80, colour: tty && !dumb && !noColour)
  }

  static func columns() -> Int? {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    if let env = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(env), n > 0 { return n }
    return nil
  }
}
