/// What the coach says during a guided session and about the session log: the
/// knowledge base's `sessions:` section. Cues quote the guide, as answers do.
///
/// Without a `sessions:` section a guided session is a bare timer and nothing is said
/// about the log: the defaults are neutral, so a knowledge base about anything reads right.
public struct SessionScript: Hashable, Sendable {
  /// One thing said during a session, and the guide passages it rests on.
  public struct Line: Hashable, Sendable {
    public var text: String
    public var sources: [String]

    public init(_ text: String, sources: [String] = []) {
      self.text = text
      self.sources = sources
    }
  }

  /// The intent that asks for a guided session ("time me for 15 minutes").
  public var intent: String?
  /// The keyword group of `intent` whose phrases ask to start a session ("time me");
  /// nil: any match of the intent starts one.
  public var startWhen: String?
  /// The longest session the coach times; longer requests are refused with the reason.
  public var maxTimedMinutes = 60
  /// Said as the session starts.
  public var start: Line?
  /// Breathing cues, said in turn through the session.
  public var breathe: [Line] = []
  /// Seconds between breathing cues.
  public var breatheEvery = 120
  /// Said at half time.
  public var halfway: Line?
  /// Said one minute before the end.
  public var oneMinuteLeft: Line?
  /// Said at the end: how to get off the mat.
  public var end: Line?
  /// Asked before and after a timed session; Enter skips it.
  public var painBefore = "How is your back right now, 0 (no pain) to 10? Enter to skip."
  public var painAfter = "How is your back now, 0 to 10? Enter to skip."
  /// Said instead of timing a session where the coach cannot (no terminal).
  public var untimed = "I can't time a session here (this is not a terminal), so I've logged it as done without the timer."
  /// The length a session starts at when nothing is known about the user.
  public var firstMinutes = 10
  /// The length for someone who finds the spikes too intense.
  public var gentleMinutes = 5
  /// Facts and values (`sensitivity: high`) that call for the gentle length.
  public var gentleWhen: [String: String] = [:]
  /// The longest length the guide names; longer requests are timed with a caution.
  public var longestMinutes = 30
  /// Said when a session longer than `longestMinutes` is asked for.
  public var longerThanGuide: String?
  /// Opens duration advice taken from the log: `{minutes}` and `{days}` are filled in.
  public var fromLog: String?
  /// Added to frequency advice: `{sessions}` and `{days}` are filled in.
  public var frequencyFromLog: String?
  /// The intent whose answer `frequencyFromLog` is added to.
  public var frequencyIntent: String?

  public init() {}
}
