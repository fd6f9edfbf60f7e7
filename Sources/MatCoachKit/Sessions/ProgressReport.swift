import Foundation

/// What a session log says about the last two weeks: minutes and pain day by day,
/// sessions in the last seven days, the current streak and the longest session.
public struct ProgressReport: Hashable, Sendable {
  /// One calendar day.
  public struct Day: Hashable, Sendable {
    /// The day's start, in the report's calendar.
    public var date: Date
    public var minutes: Int
    public var sessions: Int
    /// The average pain noted before and after that day's sessions, if any was.
    public var painBefore: Double?
    public var painAfter: Double?
  }

  /// The last `span` days, oldest first; today is last.
  public var days: [Day]
  /// Sessions in the last seven days, today included.
  public var sessionsThisWeek: Int
  /// Days with a session in the last seven days.
  public var daysThisWeek: Int
  /// Days in a row with a session, up to today (or yesterday, when today has none yet).
  public var streak: Int
  /// The longest session ever logged.
  public var longest: SessionEntry?
  /// The length most sessions of the last seven days had (the median), if any.
  public var typicalMinutes: Int?
  let calendar: Calendar

  /// Days the chart shows.
  public static let span = 14

  public init(log: SessionLog, now: Date, calendar: Calendar) {
    self.calendar = calendar
    let today = calendar.startOfDay(for: now)
    let starts = (0..<Self.span).reversed().compactMap { Self.day(-$0, from: today, calendar) }
    var byDay: [Date: [SessionEntry]] = [:]
    // Only the span's days (and a day more for the clock) need a calendar: a log of years
    // holds thousands of entries, and a calendar's day of each costs.
    let earliest = starts.first.map { $0.addingTimeInterval(-86_400) } ?? today
    for entry in log.entries where entry.date >= earliest {
      byDay[calendar.startOfDay(for: entry.date), default: []].append(entry)
    }
    func average(_ values: [Int]) -> Double? {
      values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
    }
    days = starts.map { start in
      let entries = byDay[start] ?? []
      return Day(
        date: start, minutes: entries.reduce(0) { $0 + $1.minutes }, sessions: entries.count,
        painBefore: average(entries.compactMap(\.painBefore)), painAfter: average(entries.compactMap(\.painAfter)))
    }
    let week = days.suffix(7)
    sessionsThisWeek = week.reduce(0) { $0 + $1.sessions }
    daysThisWeek = week.filter { $0.sessions > 0 }.count
    var run = 0
    var day = byDay[today] == nil ? Self.day(-1, from: today, calendar) : today
    var practised = Set(byDay.keys)
    var wholeLog = false
    while let current = day {
      guard practised.contains(current) else {
        // A streak longer than the span: only now is the day of every entry worth finding.
        if !wholeLog && current < earliest {
          practised = Set(log.entries.map { calendar.startOfDay(for: $0.date) })
          wholeLog = true
          continue
        }
        break
      }
      run += 1
      day = Self.day(-1, from: current, calendar)
    }
    streak = run
    longest = log.entries.max { ($0.minutes, $1.date) < ($1.minutes, $0.date) }
    let weekStart = week.first?.date ?? today
    let recent = log.entries.filter { $0.date >= weekStart && $0.date <= now }.map(\.minutes).sorted()
    typicalMinutes = recent.isEmpty ? nil : recent[(recent.count - 1) / 2]
  }

  /// The start of the day `offset` days from the day `start` begins. Counted from noon:
  /// where a clock change skips midnight, a day starts at 01:00, and adding days to that
  /// would never meet another day's start.
  static func day(_ offset: Int, from start: Date, _ calendar: Calendar) -> Date? {
    calendar.date(byAdding: .hour, value: 12, to: start)
      .flatMap { calendar.date(byAdding: .day, value: offset, to: $0) }
      .map { calendar.startOfDay(for: $0) }
  }

  /// True when the last two weeks hold no session.
  public var isEmpty: Bool { days.allSatisfy { $0.sessions == 0 } }

  // MARK: - Showing it

  /// A chart for a terminal: a bar of Unicode blocks per day, minutes and pain beside it.
  public var chart: String {
    let most = max(1, days.map(\.minutes).max() ?? 1)
    let width = 20
    var lines = ["Your last \(Self.span) days:"]
    for day in days {
      let eighths = day.minutes == 0 ? 0 : max(1, day.minutes * width * 8 / most)
      let bar = String(repeating: "█", count: eighths / 8) + (eighths % 8 == 0 ? "" : Self.partial[eighths % 8])
      let padded = bar + String(repeating: " ", count: width - bar.count)
      let minutes = day.sessions == 0 ? "  –" : String(format: "%3d min", day.minutes)
      lines.append("  \(Self.padRight(label(day.date), 10))  \(padded) \(minutes)\(pain(day))")
    }
    lines += summary
    return lines.joined(separator: "\n")
  }

  /// A plain table for pipes and files: one row per day, no drawing characters.
  public var table: String {
    var lines = ["date        minutes  sessions  pain before  pain after"]
    let formatter = DateFormatter()
    formatter.calendar = calendar
    formatter.timeZone = calendar.timeZone
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd"
    for day in days {
      let before = day.painBefore.map(Self.format) ?? "-"
      let after = day.painAfter.map(Self.format) ?? "-"
      lines.append(
        formatter.string(from: day.date) + "  " + Self.pad(String(day.minutes), 7) + "  " + Self.pad(String(day.sessions), 8)
          + "  " + Self.pad(before, 11) + "  " + Self.pad(after, 10))
    }
    lines += summary
    return lines.joined(separator: "\n")
  }

  /// The figures under the chart or table.
  var summary: [String] {
    var lines = [
      "",
      "Last 7 days: \(Self.count(sessionsThisWeek, "session")) on \(Self.count(daysThisWeek, "day")).",
      "Current streak: \(Self.count(streak, "day")) in a row.",
    ]
    if let longest {
      lines.append("Longest session: \(longest.minutes) minutes, on \(label(longest.date)).")
    }
    // The trend of the pain after sessions, else before them: each compared with itself.
    for (when, pain) in [("after", \Day.painAfter), ("before", \Day.painBefore)] {
      let noted = days.filter { $0[keyPath: pain] != nil }
      guard let first = noted.first, let last = noted.last, noted.count >= 2 else { continue }
      let mark = { (day: Day) in Self.format(day[keyPath: pain] ?? 0) }
      lines.append("Pain (0 to 10) \(when) your sessions: \(mark(first)) on \(label(first.date)), \(mark(last)) on \(label(last.date)).")
      break
    }
    return lines
  }

  private func pain(_ day: Day) -> String {
    switch (day.painBefore, day.painAfter) {
    case let (before?, after?): "   pain \(Self.format(before)) → \(Self.format(after))"
    case let (before?, nil): "   pain \(Self.format(before)) before"
    case let (nil, after?): "   pain \(Self.format(after)) after"
    case (nil, nil): ""
    }
  }

  /// "Wed 25 Nov".
  private func label(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.calendar = calendar
    formatter.timeZone = calendar.timeZone
    formatter.locale = Locale(identifier: "en_GB")
    formatter.dateFormat = "EEE d MMM"
    return formatter.string(from: date)
  }

  private static let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  static func format(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
  }

  static func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }

  static func padRight(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }

  static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
