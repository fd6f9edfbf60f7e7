import MatCoachKit

/// Shows a guided session in a terminal: one status line, redrawn in place, with the
/// minutes left and a progress bar; each cue printed above it as it comes; the bell at
/// half time, a minute before the end and at the end, for someone lying with their eyes
/// closed.
struct GuidedSessionView {
  var presenter: ReplyPresenter
  /// False on a terminal that cannot move the cursor (`TERM=dumb`): no status line
  /// there, and each cue says the time left instead.
  var redraws: Bool
  /// No bell (`--quiet`).
  var quiet: Bool
  /// Where the session is shown: standard output, or a test's buffer.
  var write: (String) -> Void = StandardStreams.write

  /// Runs the session by `clock`, writing to standard output as it goes.
  func run<Clock: SessionClock>(_ plan: SessionPlan, clock: inout Clock) -> GuidedSession.Outcome {
    var statusShown = false
    let outcome = GuidedSession(plan: plan).run(clock: &clock) { event in
      switch event {
      case .cue(let cue):
        var text = ""
        if statusShown { text += "\r\u{1B}[K" }
        statusShown = false
        var words = cue.line.text
        if !redraws && cue.kind != .end { words = "[\(SessionPlan.clock(plan.seconds - cue.at)) left] " + words }
        if !words.isEmpty { text += presenter.paragraph(words, style: Self.style(cue.kind)) + "\n" }
        // Someone lying with their eyes closed hears half time, the last minute and the end.
        if cue.kind != .start && cue.kind != .breathe && !quiet { text += "\u{07}" }
        write(text)
      case .tick(let elapsed, let remaining):
        guard redraws else { return }
        write("\r\u{1B}[K" + status(elapsed: elapsed, remaining: remaining, total: plan.seconds))
        statusShown = true
      }
    }
    if statusShown { write("\r\u{1B}[K") }
    if outcome.endedEarly { write("\n") }
    return outcome
  }

  /// `  7:32 left  ██████░░░░░░░░░░░░░░  Ctrl-C ends it`, within the terminal's width.
  func status(elapsed: Int, remaining: Int, total: Int) -> String {
    let width = 20
    let filled = total == 0 ? width : elapsed * width / total
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let line = "  \(SessionPlan.clock(remaining)) left  \(bar)  Ctrl-C ends it"
    let room = max(10, presenter.terminal.width - 1)
    return line.count > room ? String(line.prefix(room)) : line
  }

  private static func style(_ kind: SessionPlan.Cue.Kind) -> String? {
    switch kind {
    case .halfway, .oneMinuteLeft, .end: "1"
    case .start, .breathe: nil
    }
  }
}
