import MatCoachKit

/// A clock for tests: waiting moves it on at once, and the user can press Ctrl-C at a
/// chosen second.
struct FakeClock: SessionClock {
  var now: Double = 1_000
  /// Seconds after the start at which the user ends the session, if they do.
  var interruptAfter: Double?
  private let start: Double = 1_000
  private(set) var waits = 0

  init(interruptAfter: Double? = nil) {
    self.interruptAfter = interruptAfter
  }

  mutating func wait(until deadline: Double) -> Bool {
    waits += 1
    if let interruptAfter, deadline > start + interruptAfter {
      now = start + interruptAfter
      return false
    }
    now = deadline
    return true
  }
}
