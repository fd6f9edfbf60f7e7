import Foundation
import FuzzerDriver
import MatCoachKit

/// One input is a session log file as a crash, a disk or a hand edit may leave it, read
/// both as JSON lines and as CSV. Besides not crashing: every entry read is valid, and
/// writing the entries back and reading them again gives the same entries, with nothing
/// skipped.
func fuzzSessionLog(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
  let utc = TimeZone(identifier: "UTC")!
  for (log, _) in [SessionLog.read(jsonLines: text), SessionLog.read(csv: text)] {
    if let entry = log.entries.first(where: { $0.problem != nil }) {
      fatalError("an invalid entry was read: \(entry)")
    }
    let lines = log.entries.map { SessionLog.jsonLine($0, timeZone: utc) }.joined(separator: "\n")
    let again = SessionLog.read(jsonLines: lines)
    // Dates are kept to the second: compare what the log file keeps.
    let kept = log.entries.map { SessionLog.jsonLine($0, timeZone: utc) }
    guard again.skipped.isEmpty, again.log.entries.map({ SessionLog.jsonLine($0, timeZone: utc) }) == kept else {
      fatalError("the JSON lines do not read back: \(lines.debugDescription)")
    }
    let csv = SessionLog.read(csv: log.csv(timeZone: utc))
    guard csv.skipped.isEmpty, csv.log.entries.map({ SessionLog.jsonLine($0, timeZone: utc) }) == kept else {
      fatalError("the CSV does not read back: \(log.csv(timeZone: utc).debugDescription)")
    }
  }
  return 0
}

exit(matcoach_fuzz(CommandLine.argc, CommandLine.unsafeArgv, fuzzSessionLog))
