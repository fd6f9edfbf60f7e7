/// Reads lines from standard input without editing or history.
struct PlainLineReader: LineReader {
  mutating func read(prompt: String) -> LineInput {
    StandardStreams.write(prompt)
    return Swift.readLine().map(LineInput.line) ?? .end
  }

  mutating func close() {}
}
