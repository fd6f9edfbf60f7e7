import Foundation
import MatCoachKit
import Testing

@Suite struct ProgressReportTests {
  typealias S = SessionTestSupport

  /// Two weeks of practice: 10 minutes most days, building to 20, pain easing.
  static let fortnight: [SessionEntry] = {
    var entries: [SessionEntry] = []
    for back in stride(from: 13, through: 0, by: -1) where back != 9 && back != 4 {
      let minutes = back > 6 ? 10 : 20 - back
      let pain = 7 - (13 - back) / 3
      entries.append(SessionEntry(date: S.day(back), minutes: minutes, guided: true, painBefore: pain, painAfter: max(0, pain - 2)))
    }
    entries.append(SessionEntry(date: S.day(0, hour: 20), minutes: 10, guided: false))
    return entries
  }()

  let report = ProgressReport(log: SessionLog(entries: fortnight), now: S.now, calendar: S.calendar)

  @Test func itCountsTheWeekTheStreakAndTheLongest() {
    #expect(report.days.count == 14)
    #expect(report.days.last?.minutes == 30)
    #expect(report.days.last?.sessions == 2)
    #expect(report.sessionsThisWeek == 7)
    #expect(report.daysThisWeek == 6)
    #expect(report.streak == 4)
    #expect(report.longest?.minutes == 20)
    #expect(report.typicalMinutes == 17)
    #expect(!report.isEmpty)
  }

  @Test func theChartDrawsABarPerDayWithMinutesAndPain() {
    let lines = report.chart.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0] == "Your last 14 days:")
    #expect(lines[1] == "  Thu 12 Nov  ██████▋               10 min   pain 7 → 5")
    #expect(lines[5] == "  Mon 16 Nov" + String(repeating: " ", count: 25) + "–")
    #expect(lines[14] == "  Wed 25 Nov  ████████████████████  30 min   pain 3 → 1")
    #expect(lines[16...] == [
      "Last 7 days: 7 sessions on 6 days.",
      "Current streak: 4 days in a row.",
      "Longest session: 20 minutes, on Wed 25 Nov.",
      "Pain (0 to 10) after your sessions: 5 on Thu 12 Nov, 1 on Wed 25 Nov.",
    ])
  }

  @Test func thePlainTableHasNoDrawingCharacters() {
    let table = report.table
    #expect(table.hasPrefix("date        minutes  sessions  pain before  pain after\n2026-11-12       10         1            7           5\n"))
    #expect(table.contains("2026-11-16        0         0            -           -"))
    #expect(!table.contains("█") && !table.contains("▏"))
    #expect(table.contains("Current streak: 4 days in a row."))
  }

  @Test func anOldOrEmptyLogIsEmpty() {
    let old = [SessionEntry(date: S.day(30), minutes: 10, guided: true)]
    let report = ProgressReport(log: SessionLog(entries: old), now: S.now, calendar: S.calendar)
    #expect(report.isEmpty)
    #expect(report.streak == 0)
    #expect(report.longest?.minutes == 10)
    #expect(report.typicalMinutes == nil)
  }

  @Test func aStreakRunsToYesterdayUntilTodaysSession() {
    let entries = [1, 2, 3].map { SessionEntry(date: S.day($0), minutes: 10, guided: true) }
    #expect(ProgressReport(log: SessionLog(entries: entries), now: S.now, calendar: S.calendar).streak == 3)
    let gap = [2, 3].map { SessionEntry(date: S.day($0), minutes: 10, guided: true) }
    #expect(ProgressReport(log: SessionLog(entries: gap), now: S.now, calendar: S.calendar).streak == 0)
  }
}

extension ProgressReportTests {
  /// README shows the chart of this test's fortnight: it must be what the coach draws.
  @Test func theREADMEShowsTheChartAsDrawn() throws {
    let readme = try String(contentsOf: TestSupport.root.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "```text\nYour last 14 days:"))
    let end = try #require(readme[start.upperBound...].range(of: "\n```"))
    let shown = String(readme[readme.index(start.lowerBound, offsetBy: 8)..<end.lowerBound])
    #expect(shown == report.chart)
  }
}

extension ProgressReportTests {
  /// In Santiago the clocks went forward at midnight on 6 September 2026: that day
  /// began at 01:00. The days before it must still be found.
  @Test func aDayThatBeginsAtOneInTheMorningBreaksNothing() throws {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = try #require(TimeZone(identifier: "America/Santiago"))
    let now = try #require(calendar.date(from: DateComponents(year: 2026, month: 9, day: 6, hour: 18)))
    let entries = (0..<5).map { back in
      SessionEntry(date: calendar.date(byAdding: .day, value: -back, to: now)!, minutes: 10, guided: true)
    }
    let report = ProgressReport(log: SessionLog(entries: entries), now: now, calendar: calendar)
    #expect(report.streak == 5)
    #expect(report.days.suffix(5).allSatisfy { $0.minutes == 10 })
    #expect(report.sessionsThisWeek == 5)
  }

  @Test func withPainOnlyBeforeTheTrendSaysBefore() {
    let entries = [2, 0].map { SessionEntry(date: S.day($0), minutes: 10, guided: false, painBefore: 7 - $0) }
    let report = ProgressReport(log: SessionLog(entries: entries), now: S.now, calendar: S.calendar)
    #expect(report.chart.hasSuffix("Pain (0 to 10) before your sessions: 5 on Mon 23 Nov, 7 on Wed 25 Nov."))
  }
}

extension ProgressReportTests {
  @Test func aStreakLongerThanTheChartIsCountedWhole() {
    let entries = (0..<40).reversed().map { SessionEntry(date: S.day($0), minutes: 10, guided: true) }
    let report = ProgressReport(log: SessionLog(entries: entries), now: S.now, calendar: S.calendar)
    #expect(report.streak == 40)
    #expect(report.days.count == 14)
    #expect(report.sessionsThisWeek == 7)
  }
}
