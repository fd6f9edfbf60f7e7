/// Reads lines from standard input without editing or history (a dumb terminal), in
/// lines of at most `StandardStreams.maxLineBytes`, like a pipe.
struct PlainLineReader: LineReader {
  private var lines = StandardStreams.lines().makeIterator()

  mutating func read(prompt: String, remember: Bool) -> LineInput {
    StandardStreams.write(prompt)
    return lines.next().map(LineInput.line) ?? .end
  }

  mutating func close() {}
}
