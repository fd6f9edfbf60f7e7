/// Runs a planned session by a clock: says each cue when it is due, ticks once a
/// second, and stops at the end or when the user ends it early.
public struct GuidedSession: Sendable {
  /// How a session went.
  public struct Outcome: Hashable, Sendable {
    /// Seconds on the mat.
    public var seconds: Int
    /// True when the user ended it before the end (Ctrl-C).
    public var endedEarly: Bool
    /// Whole minutes on the mat: what the log keeps.
    public var minutes: Int { seconds / 60 }

    public init(seconds: Int, endedEarly: Bool) {
      self.seconds = seconds
      self.endedEarly = endedEarly
    }
  }

  public let plan: SessionPlan

  /// A cue more than this many seconds late (the computer slept) is not said: a string
  /// of breathing cues at once helps nobody. Half time, a minute left and the end are
  /// always said.
  static let staleAfter = 5

  public init(plan: SessionPlan) {
    self.plan = plan
  }

  /// Runs the session, showing each event as it happens.
  public func run<Clock: SessionClock>(clock: inout Clock, show: (SessionEvent) -> Void) -> Outcome {
    let start = clock.now
    var next = 0
    var second = 0
    while true {
      while next < plan.cues.count, plan.cues[next].at <= second {
        let cue = plan.cues[next]
        if cue.kind != .breathe || second - cue.at <= Self.staleAfter { show(.cue(cue)) }
        next += 1
      }
      if second >= plan.seconds { return Outcome(seconds: plan.seconds, endedEarly: false) }
      show(.tick(elapsed: second, remaining: plan.seconds - second))
      let finished = clock.wait(until: start + Double(second + 1))
      let elapsed = min(plan.seconds, max(second, Int((clock.now - start).rounded(.down))))
      guard finished else { return Outcome(seconds: elapsed, endedEarly: true) }
      second = max(second + 1, elapsed)
    }
  }
}
