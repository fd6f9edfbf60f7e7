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

  /// Reads the text format, leniently: text before the first turn that is no comment is
  /// left out (``problem(in:)`` says so). Lines may end in `\n` or `\r\n`.
  public init(parsing text: String) {
    var comments: [String] = []
    var turns: [Turn] = []
    for (n, line) in Self.lines(text).enumerated() {
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

  /// The text's lines, whether they end in `\n` or `\r\n` (which Swift reads as one
  /// character, so splitting on `\n` alone would never see it). Every carriage return at
  /// a line's end goes: one kept would make the line read differently once written back
  /// (`">\r"` is a reply line, but written as `">\r\n"` it reads as a turn).
  static func lines(_ text: String) -> [String] {
    text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { raw in
      var end = raw.endIndex
      while end > raw.startIndex, raw[raw.index(before: end)] == 0x0D { end = raw.index(before: end) }
      return String(decoding: raw[raw.startIndex..<end], as: UTF8.self)
    }
  }

  /// Why `text` is not a transcript, as (line, message); nil when it is one. A file with
  /// text before its first turn that is no `#` comment (a README, say) is not: recording
  /// over it would throw that text away.
  public static func problem(in text: String) -> (line: Int, message: String)? {
    var sawTurn = false
    for (n, line) in lines(text).enumerated() {
      if line == ">" || line.hasPrefix("> ") {
        sawTurn = true
        break
      }
      if !line.hasPrefix("#") && !line.allSatisfy(\.isWhitespace) {
        return (n + 1, "not a transcript: before the first turn (a line starting with \"> \") only `#` comments may stand")
      }
    }
    return sawTurn ? nil : (1, "no turns: a turn is a line starting with \"> \"")
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
