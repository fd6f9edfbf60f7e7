/// Reads the user's lines: with libedit on a terminal, plainly otherwise.
protocol LineReader {
  mutating func read(prompt: String) -> LineInput
  /// Ends reading (history, where kept, is written as each line is entered).
  mutating func close()
}
