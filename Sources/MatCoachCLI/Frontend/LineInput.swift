/// What reading one line from the user gave.
enum LineInput: Equatable {
  case line(String)
  /// Ctrl-C: drop the half-typed line and keep going.
  case interrupted
  /// Ctrl-D on an empty line, end of input, or SIGTERM/SIGHUP: leave.
  case end
}
