/// What reading one line from the user gave.
enum LineInput: Equatable {
  case line(String)
  /// Ctrl-C: drop the half-typed line and keep going.
  case interrupted
  /// Ctrl-D on an empty line, end of input, or SIGTERM/SIGHUP: leave.
  case end
}

/// Reads the user's lines: with libedit on a terminal, plainly otherwise.
protocol LineReader {
  mutating func read(prompt: String) -> LineInput
  /// Saves history, if the reader keeps any.
  mutating func close()
}

/// Reads lines from standard input without editing or history.
struct PlainLineReader: LineReader {
  mutating func read(prompt: String) -> LineInput {
    StandardStreams.write(prompt)
    return Swift.readLine().map(LineInput.line) ?? .end
  }

  mutating func close() {}
}
