/// A way to show a reply: a value holding the function that renders it, in the manner
/// of swift-snapshot-testing's strategies. The command-line tool adds its terminal
/// format (wrapped and coloured) and JSON beside this plain one.
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
