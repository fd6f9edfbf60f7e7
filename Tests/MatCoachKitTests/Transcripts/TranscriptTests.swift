import MatCoachKit
import Testing

@Suite struct TranscriptTests {
  let text = """
    # A comment
    # another
    > hello
    Hi there.

    Second paragraph.


    >
    > /quit
    Bye.

    """

  @Test func parsesTurnsRepliesAndComments() {
    let transcript = Transcript(parsing: text)
    #expect(transcript.comments == ["A comment", "another"])
    #expect(transcript.turns.map(\.input) == ["hello", "", "/quit"])
    #expect(transcript.turns[0].reply == ["Hi there.", "", "Second paragraph."])
    #expect(transcript.turns[0].line == 3)
    #expect(transcript.turns[1].reply == [])
    #expect(transcript.turns[2].line == 10)
  }

  @Test func rendersWhatItParses() {
    let transcript = Transcript(parsing: text)
    let again = Transcript(parsing: transcript.text)
    #expect(again.comments == transcript.comments)
    #expect(again.turns.map(\.input) == transcript.turns.map(\.input))
    #expect(again.turns.map(\.reply) == transcript.turns.map(\.reply))
    #expect(Transcript(parsing: again.text).text == again.text)
  }

  /// Found by `make fuzz` (FuzzTranscript): a line ending in two carriage returns kept one,
  /// so `">\r"` was a reply line that, written back as `">\r\n"`, read as a turn.
  @Test func writingBackGivesTheSameTurnsWhateverTheLineEnds() {
    let bytes: [UInt8] = Array("# a comment\r\n> how long".utf8) + [0xFF, 0xFF, 0xFF, 0xFF, 0xFF]
      + Array("?\r\nStart with 5 to 10 mi.nutes.\r\n>\r\r\n\n".utf8)
    let transcript = Transcript(parsing: String(decoding: bytes, as: UTF8.self))
    let again = Transcript(parsing: transcript.text)
    #expect(again.turns.map { [$0.input] + $0.reply } == transcript.turns.map { [$0.input] + $0.reply })
    #expect(transcript.turns.count == 2)
  }

  @Test func diffMarksChangedLines() {
    #expect(TextDiff.lines(expected: ["a", "b", "c"], actual: ["a", "x", "c"]) == [" a", "-b", "+x", " c"])
    #expect(TextDiff.lines(expected: [], actual: ["new"]) == ["+new"])
  }
}
