import Foundation
import MatCoachKit
import Testing

@testable import MatCoachCLI

@Suite struct GuidedSessionViewTests {
  /// The shipped cues.
  static let script: SessionScript = {
    let intents = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Intents").path
    return (try? KnowledgeBaseLoader.load(directory: intents).knowledge.sessions) ?? SessionScript()
  }()

  /// Waiting moves the clock on at once; Ctrl-C can come at a chosen second.
  struct InstantClock: SessionClock {
    var now: Double = 0
    var interruptAfter: Double?
    mutating func wait(until deadline: Double) -> Bool {
      if let interruptAfter, deadline > interruptAfter {
        now = interruptAfter
        return false
      }
      now = deadline
      return true
    }
  }

  final class Screen {
    var text = ""
  }

  func show(minutes: Int, redraws: Bool = true, quiet: Bool = false, interruptAfter: Double? = nil)
    -> (text: String, outcome: GuidedSession.Outcome)
  {
    let screen = Screen()
    let presenter = ReplyPresenter(terminal: Terminal(width: 80, colour: false))
    let view = GuidedSessionView(presenter: presenter, redraws: redraws, quiet: quiet, write: { screen.text += $0 })
    var clock = InstantClock(interruptAfter: interruptAfter)
    let plan = SessionPlan(minutes: minutes, script: Self.script)
    let outcome = view.run(plan, clock: &clock)
    return (screen.text, outcome)
  }

  @Test func oneStatusLineCountsDownInPlaceWithTheCuesAboveIt() {
    let (text, outcome) = show(minutes: 10)
    #expect(outcome.minutes == 10)
    #expect(text.contains("\r\u{1B}[K  10:00 left  ░░░░░░░░░░░░░░░░░░░░  Ctrl-C ends it"))
    #expect(text.contains("\r\u{1B}[K  5:00 left  ██████████░░░░░░░░░░  Ctrl-C ends it"))
    #expect(text.contains("\r\u{1B}[K  0:01 left  ███████████████████░  Ctrl-C ends it"))
    // The status line is never ended with a line break: each cue clears it first.
    #expect(!text.contains("Ctrl-C ends it\n"))
    let order = ["Lie back slowly", "Breathe in slowly through your nose", "Half time", "One minute left", "Roll off the mat slowly"]
    let positions = order.map { text.range(of: $0)?.lowerBound }
    #expect(positions.allSatisfy { $0 != nil })
    #expect(zip(positions, positions.dropFirst()).allSatisfy { $0! < $1! })
  }

  @Test func theBellRingsAtHalfTimeAMinuteBeforeAndAtTheEndUnlessQuiet() {
    #expect(show(minutes: 10).text.filter { $0 == "\u{07}" }.count == 3)
    #expect(!show(minutes: 10, quiet: true).text.contains("\u{07}"))
  }

  @Test func ctrlCClearsTheStatusLineAndKeepsTheMinutesDone() {
    let (text, outcome) = show(minutes: 10, interruptAfter: 4 * 60 + 10)
    #expect(outcome == GuidedSession.Outcome(seconds: 250, endedEarly: true))
    #expect(text.hasSuffix("\r\u{1B}[K\n"))
    #expect(!text.contains("Half time"))
  }

  @Test func aDumbTerminalGetsNoEscapesAndCuesSayTheTimeLeft() {
    let (text, _) = show(minutes: 10, redraws: false)
    #expect(!text.contains("\u{1B}"))
    #expect(text.contains("[5:00 left] Half time."))
    #expect(text.contains("[10:00 left] Lie back slowly"))
  }
}
