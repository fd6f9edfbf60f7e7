/// Reads the user's lines: with libedit on a terminal, plainly otherwise.
protocol LineReader {
  mutating func read(prompt: String) -> LineInput
  /// Saves history, if the reader keeps any.
  mutating func close()
}
