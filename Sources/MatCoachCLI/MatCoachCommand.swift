import ArgumentParser

/// `matcoach`: the command-line coach. `chat` runs when no subcommand is named.
public struct MatCoachCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "matcoach",
    abstract: "A coach for using an acupressure mat for back pain.",
    discussion: """
      Ask questions in your own words; the coach answers from a curated knowledge base \
      drawn from one guide, cites the passage each answer rests on, and remembers what \
      you tell it about yourself. It gives general guidance, not medical advice.

      Examples:
        matcoach                                   talk to the coach
        echo "how long should I lie on it" | matcoach
        printf "I'm new\\nhow long?\\n" | matcoach --json
        matcoach classify < questions.txt          which intent each line matches
        matcoach replay Transcripts/*.txt          check golden conversations
        matcoach lint --coverage                   check the knowledge base

      Exit status: 0 success, 1 a transcript differs, 64 usage error, 65 invalid \
      knowledge base, 66 knowledge base, guide or file not found, 73 a transcript \
      cannot be written, 74 input or output failed.
      """,
    version: "0.1.0",
    subcommands: [Chat.self, Classify.self, Replay.self, Lint.self, Log.self],
    defaultSubcommand: Chat.self
  )

  public init() {}
}
