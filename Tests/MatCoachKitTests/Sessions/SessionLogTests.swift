import Foundation
import MatCoachKit
import Testing

@Suite struct SessionLogTests {
  typealias S = SessionTestSupport
  let utc = TimeZone(identifier: "UTC")!

  let entries = [
    SessionEntry(date: S.day(2), minutes: 10, guided: true, painBefore: 6, painAfter: 4),
    SessionEntry(date: S.day(1), minutes: 15, guided: false),
    SessionEntry(date: S.day(0), minutes: 20, guided: true, painAfter: 3),
  ]

  var jsonLines: String { entries.map { SessionLog.jsonLine($0, timeZone: utc) }.joined(separator: "\n") + "\n" }

  @Test func anEntryIsOneLineOfJSONWithDateMinutesAndWhetherTimed() {
    #expect(
      SessionLog.jsonLine(entries[0], timeZone: utc)
        == #"{"date":"2026-11-23T08:00:00Z","minutes":10,"guided":true,"pain_before":6,"pain_after":4}"#)
    #expect(SessionLog.jsonLine(entries[1], timeZone: utc) == #"{"date":"2026-11-24T08:00:00Z","minutes":15,"guided":false}"#)
    // Local time keeps its offset, and reads back to the same moment.
    let paris = TimeZone(identifier: "Europe/Paris")!
    let line = SessionLog.jsonLine(entries[0], timeZone: paris)
    #expect(line.contains("2026-11-23T09:00:00+01:00"))
    #expect(SessionLog.read(jsonLines: line).log.entries == [entries[0]])
  }

  @Test func theJSONLinesReadBackToTheSameEntries() {
    let (log, skipped) = SessionLog.read(jsonLines: jsonLines)
    #expect(log.entries == entries)
    #expect(skipped.isEmpty)
  }

  @Test func aTornLastLineIsSkippedWithAWarningAndHidesNothingBeforeIt() {
    let whole = jsonLines
    // Cut the file anywhere inside its last line, as a crash mid-write would.
    let lastStart = whole.dropLast().lastIndex(of: "\n").map { whole.index(after: $0) }!
    var cut = whole.index(after: lastStart)
    while cut < whole.index(before: whole.endIndex) {
      let (log, skipped) = SessionLog.read(jsonLines: String(whole[..<cut]))
      #expect(log.entries == Array(entries.prefix(2)), "cut at \(whole.distance(from: whole.startIndex, to: cut))")
      #expect(skipped.map(\.line) == [3])
      #expect(skipped.first?.message == "not a complete entry; skipped")
      cut = whole.index(after: cut)
    }
  }

  @Test func linesThatAreNotEntriesAreSkippedEachWithItsReason() {
    let text = """
      {"date":"2026-11-23T08:00:00Z","minutes":10,"guided":true}
      not json at all
      {"date":"yesterday","minutes":10,"guided":true}
      {"date":"2026-11-23T08:00:00Z","minutes":"ten","guided":true}
      {"date":"2026-11-23T08:00:00Z","minutes":0,"guided":true}
      {"date":"2026-11-23T08:00:00Z","minutes":10,"guided":true,"pain_after":11}
      {"date":"2026-11-23T08:00:00Z","minutes":10}

      {"date":"2026-11-24T08:00:00Z","minutes":12,"guided":false,"note":"fields added later are ignored"}
      """
    let (log, skipped) = SessionLog.read(jsonLines: text)
    #expect(log.entries.map(\.minutes) == [10, 12])
    #expect(skipped.map(\.line) == [2, 3, 4, 5, 6, 7])
    #expect(skipped[1].message == "no `date` in ISO 8601 form; skipped")
    #expect(skipped[3].message == "minutes must be from 1 to 1440, not 0; skipped")
    #expect(skipped[4].message == "pain must be from 0 to 10, not 11; skipped")
    #expect(skipped[5].message == "no `guided` true or false; skipped")
    #expect(skipped[0].description == "line 2: not a complete entry; skipped")
  }

  @Test func theCSVHasAHeaderAndRoundTripsTheLog() {
    let log = SessionLog(entries: entries)
    let csv = log.csv(timeZone: utc)
    #expect(
      csv == """
        date,minutes,guided,pain_before,pain_after
        2026-11-23T08:00:00Z,10,true,6,4
        2026-11-24T08:00:00Z,15,false,,
        2026-11-25T08:00:00Z,20,true,,3

        """)
    let (back, skipped) = SessionLog.read(csv: csv)
    #expect(back == log)
    #expect(skipped.isEmpty)
    #expect(SessionLog.read(csv: "date,minutes\nnonsense,1,2,3,4\n").skipped.map(\.line) == [1, 2])
  }
}

extension SessionLogTests {
  @Test func aDateTheLogCouldNotWriteBackIsRefused() {
    let (log, skipped) = SessionLog.read(jsonLines: """
      {"date":"8500-01-01T00:00:00Z","minutes":10,"guided":true}
      {"date":"1969-12-31T23:59:59Z","minutes":10,"guided":true}
      """)
    #expect(log.entries.isEmpty)
    #expect(skipped.map(\.message) == Array(repeating: "the date must be between 1970 and 8000; skipped", count: 2))
  }
}

extension SessionLogTests {
  @Test func aCSVPainThatIsNoNumberSkipsTheLine() {
    let (log, skipped) = SessionLog.read(csv: "2026-11-23T08:00:00Z,10,true,six,\n2026-11-23T08:00:00Z,10,true,,2\n")
    #expect(log.entries.map(\.painAfter) == [2])
    #expect(skipped.map(\.message) == ["a pain that is not a whole number; skipped"])
  }
}
