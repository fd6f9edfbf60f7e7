import Foundation

/// One session on the mat, as the session log keeps it: when, how long, whether the
/// coach timed it, and the pain the user noted before and after, if they did.
public struct SessionEntry: Hashable, Sendable {
  /// When the session began (for one logged by hand, when it was logged).
  public var date: Date
  /// Whole minutes on the mat.
  public var minutes: Int
  /// True when the coach timed it; false for `/log` and for a session planned where
  /// the coach could not time it.
  public var guided: Bool
  /// Pain from 0 (none) to 10 (worst) before the session, if the user said.
  public var painBefore: Int?
  /// Pain from 0 to 10 after the session, if the user said.
  public var painAfter: Int?

  /// The longest session a log accepts: a day.
  public static let maximumMinutes = 24 * 60
  /// The first moment of the year 8000, as seconds since 1970: later dates are refused.
  static let latest: TimeInterval = 190_288_396_800
  /// Pain is rated from 0 to 10.
  public static let painScale = 0...10

  public init(date: Date, minutes: Int, guided: Bool, painBefore: Int? = nil, painAfter: Int? = nil) {
    self.date = date
    self.minutes = minutes
    self.guided = guided
    self.painBefore = painBefore
    self.painAfter = painAfter
  }

  /// Why the entry cannot be kept, or nil when it can.
  public var problem: String? {
    // A date the log could not write back (year 10000, before 1970) is a typo or damage.
    if !(0..<Self.latest).contains(date.timeIntervalSince1970) {
      return "the date must be between 1970 and 8000"
    }
    if minutes < 1 || minutes > Self.maximumMinutes {
      return "minutes must be from 1 to \(Self.maximumMinutes), not \(minutes)"
    }
    for pain in [painBefore, painAfter].compactMap({ $0 }) where !Self.painScale.contains(pain) {
      return "pain must be from 0 to 10, not \(pain)"
    }
    return nil
  }
}
