/// What happens during a guided session, for a presenter to show.
public enum SessionEvent: Hashable, Sendable {
  /// Something to say: a breathing cue, half time, the end.
  case cue(SessionPlan.Cue)
  /// Once a second: how far the session has come.
  case tick(elapsed: Int, remaining: Int)
}
