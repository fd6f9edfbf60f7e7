/// A golden conversation: what the user typed and what the coach must reply.
///
/// The text format reads like a chat log:
/// ```
/// # A beginner asks how long.
/// > I'm new to this
/// <the coach's reply, one or more lines>
/// > how long should I lie on it?
/// <reply>
/// ```
/// `> ` starts a user turn (a lone `>` is an empty line typed); the lines after it,
/// up to the next turn, are the expected reply, blank lines inside kept and trailing
/// ones ignored. `#` lines before the first turn are comments.
public struct Transcript: Hashable, Sendable {
  /// One user line and the reply expected to it.
  public struct Turn: Hashable, Sendable {
    public var input: String
    /// The expected reply's lines.
    public var reply: [String]
    /// The line of the file the turn starts on, counted from 1.
    public var line: Int

    public init(input: String, reply: [String], line: Int = 0) {
      self.input = input
      self.reply = reply
      self.line = line
    }
  }

  /// The comment lines at the top, without their `#`.
  public var comments: [String]
  public var turns: [Turn]

  public init(comments: [String] = [], turns: [Turn] = []) {
    self.comments = comments
    self.turns = turns
  }

  /// Reads the text format; it cannot fail, since any text is some transcript.
  public init(parsing text: String) {
    var comments: [String] = []
    var turns: [Turn] = []
    for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
      if line == ">" || line.hasPrefix("> ") {
        turns.append(Turn(input: String(line.dropFirst(2)), reply: [], line: n + 1))
      } else if turns.isEmpty {
        if line.hasPrefix("#") {
          comments.append(String(line.dropFirst(line.hasPrefix("# ") ? 2 : 1)))
        }
      } else {
        turns[turns.count - 1].reply.append(line)
      }
    }
    for i in turns.indices {
      while turns[i].reply.last?.allSatisfy(\.isWhitespace) == true { turns[i].reply.removeLast() }
    }
    self.init(comments: comments, turns: turns)
  }

  /// The text format, with one blank line after each reply.
  public var text: String {
    var lines = comments.map { $0.isEmpty ? "#" : "# " + $0 }
    for turn in turns {
      lines.append(turn.input.isEmpty ? ">" : "> " + turn.input)
      lines += turn.reply
      lines.append("")
    }
    return lines.joined(separator: "\n") + (lines.last == "" ? "" : "\n")
  }
}
