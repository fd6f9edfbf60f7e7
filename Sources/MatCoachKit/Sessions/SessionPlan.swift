/// A guided session laid out in time: what is said, and when, from start to end.
public struct SessionPlan: Hashable, Sendable {
  /// Something said at a moment of the session.
  public struct Cue: Hashable, Sendable {
    /// What the cue is for, so that a presenter can show each its own way.
    public enum Kind: String, Hashable, Sendable {
      case start, breathe, halfway, oneMinuteLeft, end
    }

    /// Seconds from the start.
    public var at: Int
    public var kind: Kind
    public var line: SessionScript.Line
  }

  /// The length asked for, in minutes.
  public var minutes: Int
  /// The cues in the order they are said; the last is the end.
  public var cues: [Cue]

  public var seconds: Int { minutes * 60 }

  /// A time within a session as people read it: "9:05", "12:00".
  public static func clock(_ seconds: Int) -> String {
    let rest = seconds % 60
    return "\(seconds / 60):\(rest < 10 ? "0" : "")\(rest)"
  }

  /// Lays out a session of `minutes` from the script: the start, breathing cues every
  /// `breatheEvery` seconds (none close to another cue, so nothing is said twice in a
  /// breath), half time, a minute before the end when the session is long enough to
  /// have one, and the end.
  public init(minutes: Int, script: SessionScript) {
    self.minutes = minutes
    let total = minutes * 60
    let empty = SessionScript.Line("")
    var fixed: [Cue] = [Cue(at: 0, kind: .start, line: script.start ?? empty)]
    if minutes >= 2 { fixed.append(Cue(at: total / 2, kind: .halfway, line: script.halfway ?? empty)) }
    if minutes >= 3 { fixed.append(Cue(at: total - 60, kind: .oneMinuteLeft, line: script.oneMinuteLeft ?? empty)) }
    fixed.append(Cue(at: total, kind: .end, line: script.end ?? empty))
    var cues = fixed
    if !script.breathe.isEmpty {
      let every = max(15, script.breatheEvery)
      let quiet = min(30, every / 2, total / 4)
      // The first breathing cue comes soon after lying down, when the spikes are felt most.
      var at = min(30, total / 4)
      var turn = 0
      while at < total {
        if fixed.allSatisfy({ abs($0.at - at) >= quiet }) {
          cues.append(Cue(at: at, kind: .breathe, line: script.breathe[turn % script.breathe.count]))
          turn += 1
        }
        at += every
      }
    }
    // A cue the script leaves without words is only a mark in time; the end always stays.
    // At the same second, the order written above holds (the end last).
    self.cues = cues.enumerated()
      .filter { !$0.element.line.text.isEmpty || $0.element.kind == .end }
      .sorted { ($0.element.at, $0.element.kind == .end ? 1 : 0, $0.offset) < ($1.element.at, $1.element.kind == .end ? 1 : 0, $1.offset) }
      .map(\.element)
  }
}
