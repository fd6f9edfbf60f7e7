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

  @Test func diffMarksChangedLines() {
    #expect(TextDiff.lines(expected: ["a", "b", "c"], actual: ["a", "x", "c"]) == [" a", "-b", "+x", " c"])
    #expect(TextDiff.lines(expected: [], actual: ["new"]) == ["+new"])
  }
}
