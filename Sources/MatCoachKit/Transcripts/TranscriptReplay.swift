import Foundation

/// Replays a transcript through a fresh coach and compares every reply.
public struct TranscriptReplay: Sendable {
  /// A turn whose reply differs from the transcript's.
  public struct Mismatch: Hashable, Sendable {
    /// The line of the turn in the file.
    public var line: Int
    public var input: String
    public var expected: [String]
    public var actual: [String]

    /// `--- expected` / `+++ actual`, a hunk header naming the turn, and the marked lines.
    public func diff(file: String) -> String {
      var lines = ["--- expected", "+++ actual", "@@ \(file):\(line) > \(input) @@"]
      lines += TextDiff.lines(expected: expected, actual: actual)
      return lines.joined(separator: "\n")
    }
  }

  public let knowledge: CompiledKnowledge

  public init(knowledge: CompiledKnowledge) { self.knowledge = knowledge }

  /// Transcripts replay on one fixed morning, in UTC, with an empty session log, so
  /// that `/log` and `/progress` read the same on any day and anywhere.
  public static let day = Date(timeIntervalSince1970: 1_772_442_000)  // 2026-03-02 09:00 UTC
  static let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

  /// The transcript as the coach says it now: same turns and comments, actual replies.
  public func record(_ transcript: Transcript) -> Transcript {
    var coach = Coach(knowledge: knowledge, now: { Self.day }, calendar: Self.calendar)
    var recorded = transcript
    for i in recorded.turns.indices {
      recorded.turns[i].reply = Self.lines(of: coach.respond(to: recorded.turns[i].input).text)
    }
    return recorded
  }

  /// Every turn whose reply is not the one in the transcript.
  public func mismatches(in transcript: Transcript) -> [Mismatch] {
    let actual = record(transcript)
    return zip(transcript.turns, actual.turns).compactMap { expected, actual in
      expected.reply == actual.reply
        ? nil
        : Mismatch(line: expected.line, input: expected.input, expected: expected.reply, actual: actual.reply)
    }
  }

  /// A reply's text as transcript lines; trailing blank lines dropped as the parser does.
  static func lines(of text: String) -> [String] {
    guard !text.isEmpty else { return [] }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
    return lines
  }
}
