/// Reads the user's lines: with libedit on a terminal, plainly otherwise.
protocol LineReader {
  /// The next line; one read with `remember` false (an answer to "how is your back,
  /// 0 to 10?") is kept out of history.
  mutating func read(prompt: String, remember: Bool) -> LineInput
  /// Ends reading (history, where kept, is written as each line is entered).
  mutating func close()
}

extension LineReader {
  /// The next line, kept in history.
  mutating func read(prompt: String) -> LineInput { read(prompt: prompt, remember: true) }
}
