/// A way to show a reply: a value holding the function that renders it, in the manner
/// of swift-snapshot-testing's strategies. A program embedding the coach can make its
/// own from `Reply.blocks`, as the command-line tool's terminal presenter does.
public struct ReplyFormat: Sendable {
  public var render: @Sendable (Reply) -> String

  public init(render: @escaping @Sendable (Reply) -> String) {
    self.render = render
  }

  /// Plain text: the blocks' lines, a blank line between blocks. Pipes, `--json`'s
  /// `reply` field and the golden transcripts show this.
  public static let plain = ReplyFormat { reply in
    reply.blocks.map { $0.lines.joined(separator: "\n") }.joined(separator: "\n\n")
  }
}
