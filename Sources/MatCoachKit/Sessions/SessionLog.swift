import Foundation

/// The sessions a user has done, oldest first, and the two forms it is kept in: JSON
/// lines (the log file, one entry a line) and CSV (for a physiotherapist's spreadsheet).
///
/// Reading never fails: a line that is not a whole entry (the last line torn by a
/// crash, a line edited by hand) is skipped with a ``Problem`` and never hides the
/// entries around it.
public struct SessionLog: Hashable, Sendable {
  public var entries: [SessionEntry]

  /// A line of a log that was skipped, and why.
  public struct Problem: Hashable, Sendable, CustomStringConvertible {
    /// The line's number, from 1.
    public var line: Int
    public var message: String

    public var description: String { "line \(line): \(message)" }
  }

  public init(entries: [SessionEntry] = []) {
    self.entries = entries
  }

  /// The fields, in the order the JSON lines and the CSV write them.
  static let fields = ["date", "minutes", "guided", "pain_before", "pain_after"]

  // MARK: - JSON lines

  /// Reads a log file's text: the entries it holds, and the lines it skipped.
  public static func read(jsonLines text: String) -> (log: SessionLog, skipped: [Problem]) {
    var log = SessionLog()
    var skipped: [Problem] = []
    // One decoder for the whole file: a log of years holds thousands of lines.
    let decoder = JSONDecoder()
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty { continue }
      do {
        log.entries.append(try entry(jsonLine: trimmed, decoder: decoder))
      } catch {
        skipped.append(Problem(line: offset + 1, message: "\(error.message); skipped"))
      }
    }
    return (log, skipped)
  }

  /// One entry as one line of JSON, without the line break: the form appended to the log.
  public static func jsonLine(_ entry: SessionEntry, timeZone: TimeZone = .current) -> String {
    var fields = [
      "\"date\":\"\(timestamp(entry.date, timeZone: timeZone))\"", "\"minutes\":\(entry.minutes)",
      "\"guided\":\(entry.guided)",
    ]
    if let pain = entry.painBefore { fields.append("\"pain_before\":\(pain)") }
    if let pain = entry.painAfter { fields.append("\"pain_after\":\(pain)") }
    return "{" + fields.joined(separator: ",") + "}"
  }

  /// The fields of a log line as JSON gives them: each checked before it is used.
  private struct Line: Decodable {
    var date: String?
    var minutes: Int?
    var guided: Bool?
    var pain_before: Int?
    var pain_after: Int?
  }

  private static func entry(jsonLine line: String, decoder: JSONDecoder) throws(LogLineError) -> SessionEntry {
    guard let fields = try? decoder.decode(Line.self, from: Data(line.utf8)) else {
      throw LogLineError(message: "not a complete entry")
    }
    guard let date = fields.date.flatMap(Self.date) else { throw LogLineError(message: "no `date` in ISO 8601 form") }
    guard let minutes = fields.minutes else { throw LogLineError(message: "no whole number of `minutes`") }
    guard let guided = fields.guided else { throw LogLineError(message: "no `guided` true or false") }
    let entry = SessionEntry(
      date: date, minutes: minutes, guided: guided, painBefore: fields.pain_before, painAfter: fields.pain_after)
    if let problem = entry.problem { throw LogLineError(message: problem) }
    return entry
  }

  // MARK: - CSV

  /// The log as CSV with a header line: date, minutes, guided, pain before and after
  /// (empty when not noted). ``read(csv:)`` reads it back to the same entries.
  public func csv(timeZone: TimeZone = .current) -> String {
    var lines = [Self.fields.joined(separator: ",")]
    for entry in entries {
      let pains = [entry.painBefore, entry.painAfter].map { $0.map(String.init) ?? "" }
      lines.append(
        ([Self.timestamp(entry.date, timeZone: timeZone), String(entry.minutes), String(entry.guided)] + pains)
          .joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Reads CSV as ``csv(timeZone:)`` writes it; lines that are not entries are skipped.
  public static func read(csv text: String) -> (log: SessionLog, skipped: [Problem]) {
    var log = SessionLog()
    var skipped: [Problem] = []
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let cells = line.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",", omittingEmptySubsequences: false)
        .map(String.init)
      if cells == [""] || cells == Self.fields { continue }
      guard cells.count == Self.fields.count, let date = Self.date(cells[0]), let minutes = Int(cells[1]),
        let guided = Bool(cells[2])
      else {
        skipped.append(Problem(line: offset + 1, message: "not date,minutes,guided,pain_before,pain_after; skipped"))
        continue
      }
      // An empty pain cell is a pain not given; anything else must be a number.
      let pains = cells[3...4].map { $0.isEmpty ? Optional<Int?>.some(nil) : Int($0).map { Optional($0) } }
      guard let before = pains[0], let after = pains[1] else {
        skipped.append(Problem(line: offset + 1, message: "a pain that is not a whole number; skipped"))
        continue
      }
      let entry = SessionEntry(date: date, minutes: minutes, guided: guided, painBefore: before, painAfter: after)
      if let problem = entry.problem {
        skipped.append(Problem(line: offset + 1, message: "\(problem); skipped"))
      } else {
        log.entries.append(entry)
      }
    }
    return (log, skipped)
  }

  // MARK: - Dates

  /// Local time with its offset, to the second: `2026-11-25T08:30:00+01:00`.
  static func timestamp(_ date: Date, timeZone: TimeZone) -> String {
    Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: timeZone).format(date)
  }

  /// A date as the log writes it. A format style, not a formatter made per call: a log of
  /// years holds thousands of dates, and making a formatter for each cost most of a second
  /// at every start.
  static func date(_ text: String) -> Date? {
    try? Date.ISO8601FormatStyle().parse(text)
  }
}
