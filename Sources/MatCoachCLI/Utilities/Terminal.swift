import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What the terminal on stdout can show: its width, and whether colour is welcome.
struct Terminal {
  var width: Int
  var colour: Bool

  /// The terminal of this process, as `tty` describes it.
  static func current(_ tty: TTY) -> Terminal {
    Terminal(width: columns() ?? 80, colour: tty.colour)
  }

  static func columns() -> Int? {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    if let env = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(env), n > 0 { return n }
    return nil
  }
}
