import Testing

@testable import MatCoachCLI

@Suite struct TTYTests {
  func tty(input: Bool = true, output: Bool = true, term: String? = "xterm-256color", noColour: Bool = false) -> TTY {
    TTY(inputIsTerminal: input, outputIsTerminal: output, term: term, noColour: noColour)
  }

  @Test func theREPLNeedsATerminalAtBothEnds() {
    #expect(tty().isInteractive)
    #expect(!tty(input: false).isInteractive)
    #expect(!tty(output: false).isInteractive)
  }

  @Test func aDumbOrUnsetTERMGetsNoLineEditingAndNoColour() {
    for term in ["dumb", "", nil] as [String?] {
      #expect(tty(term: term).isInteractive)
      #expect(!tty(term: term).canEditLines)
      #expect(!tty(term: term).colour)
    }
    #expect(tty().canEditLines)
  }

  @Test func colourOnlyOnATerminalAndNeverWithNO_COLOR() {
    #expect(tty().colour)
    #expect(!tty(noColour: true).colour)
    #expect(!tty(output: false).colour)
    #expect(tty(input: false).colour)  // `matcoach < questions.txt` on a terminal
  }
}
