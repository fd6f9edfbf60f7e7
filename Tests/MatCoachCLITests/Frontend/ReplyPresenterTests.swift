import MatCoachKit
import Testing

@testable import MatCoachCLI

@Suite struct ReplyPresenterTests {
  @Test func wrapsAtTheWidthKeepingEveryWord() {
    let line = "Start with 5 to 10 minutes. As you get used to it, build up to 15, then about 20 minutes."
    let lines = ReplyPresenter.wrap(line, width: 30)
    #expect(lines.allSatisfy { $0.count <= 30 })
    #expect(lines.joined(separator: " ") == line)
  }

  @Test func aListItemHangsUnderItsText() {
    let lines = ReplyPresenter.wrap("  2. Lie down slowly on the mat with your back on the spikes", width: 24)
    #expect(lines[0].hasPrefix("  2. "))
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("     ") && !$0.hasPrefix("      ") })
  }

  @Test func aWordLongerThanTheLineStandsAlone() {
    let lines = ReplyPresenter.wrap("see https://example.org/a/very/long/address/indeed ok", width: 12)
    #expect(lines == ["see", "https://example.org/a/very/long/address/indeed", "ok"])
  }

  @Test func coloursByPartNotByWording() {
    let reply = Reply(
      kind: .answer,
      answers: [.init(intent: "x", kind: .question, text: "Answer.", citations: [.init(passage: "a passage")], beyondGuide: true)],
      beyondGuideNote: "Any wording at all.", followUps: ["how to breathe"])
    let coloured = ReplyPresenter(terminal: Terminal(width: 80, colour: true)).render(reply)
    #expect(coloured.contains("\u{1B}[33mAny wording at all.\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[2mFrom the guide: “a passage”\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[36mYou could also ask: how to breathe.\u{1B}[0m"))
    let plain = ReplyPresenter(terminal: Terminal(width: 80, colour: false)).render(reply)
    #expect(plain == reply.text)
  }

  @Test func anEmergencyIsBoldRed() {
    let reply = Reply(kind: .answer, answers: [.init(intent: "red-flags", kind: .emergency, text: "Call now.")])
    let coloured = ReplyPresenter(terminal: Terminal(width: 80, colour: true)).render(reply)
    #expect(coloured == "\u{1B}[1;31mCall now.\u{1B}[0m")
  }

  @Test func controlCharactersAreShownNotObeyed() {
    // A guide's heading reaches the reply as it is written; the REPL must not obey it.
    let nasty = "\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{9B}31m"
    let reply = Reply(
      kind: .answer,
      answers: [
        .init(
          intent: "x", kind: .question, text: "Answer \(nasty).",
          citations: [.init(passage: "a passage", section: "Heading \(nasty)")])
      ])
    let presenter = ReplyPresenter(terminal: Terminal(width: 80, colour: false))
    for shown in [presenter.render(reply), presenter.paragraph("Pain \(nasty)?", style: "1")] {
      #expect(!shown.unicodeScalars.contains { $0.isTerminalControl }, "\(shown.debugDescription)")
      #expect(shown.contains("\\u{1B}]0;PWNED"))
    }
  }
}
