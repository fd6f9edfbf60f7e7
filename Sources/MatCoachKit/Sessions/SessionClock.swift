/// The time a guided session runs by: the system's in the tool, a made-up one in
/// tests, so that a 20-minute session runs in milliseconds.
public protocol SessionClock {
  /// Seconds since some fixed moment.
  var now: Double { get }
  /// Waits until `deadline` (seconds on the scale of `now`); false when the user ended
  /// the session first (Ctrl-C).
  mutating func wait(until deadline: Double) -> Bool
}
