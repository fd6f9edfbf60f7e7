import Foundation
import MatCoachKit

/// Dates and coaches for the session tests: a fixed "now" in UTC.
enum SessionTestSupport {
  /// Wednesday 25 November 2026, 18:00 UTC.
  static let now = Date(timeIntervalSince1970: 1_795_629_600)

  static let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

  /// `days` days before now, at `hour` o'clock.
  static func day(_ days: Int, hour: Int = 8) -> Date {
    let start = calendar.startOfDay(for: now)
    return calendar.date(byAdding: .hour, value: hour - days * 24, to: start)!
  }

  /// A coach on the real knowledge base that times sessions (or not) with this log.
  static func coach(log: [SessionEntry] = [], timesSessions: Bool = true) -> Coach {
    Coach(
      knowledge: TestSupport.compiled, log: SessionLog(entries: log), timesSessions: timesSessions,
      now: { now }, calendar: calendar)
  }
}
