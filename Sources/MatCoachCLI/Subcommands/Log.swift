import ArgumentParser
import Foundation
import MatCoachKit

/// Shows the session log, or exports it as CSV.
struct Log: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log",
    abstract: "Show your session log, or export it as CSV.",
    discussion: """
      The log holds each guided session and each session logged with /log: when, how \
      many minutes, whether the coach timed it, and the pain (0 to 10) before and after \
      when you gave it. With --csv: the same as CSV with a header line, for a \
      spreadsheet or a physiotherapist. Lines of the log that are not whole entries (a \
      crash can tear the last) are skipped with a warning on standard error.
      """)

  @OptionGroup var data: DataOptions

  @Flag(help: "Print the log as CSV: date,minutes,guided,pain_before,pain_after.")
  var csv = false

  func run() throws {
    let file = data.logFile()
    let log: SessionLog
    do {
      let read = try file.read()
      log = read.log
      for warning in read.warnings { StandardStreams.error(warning) }
    } catch {
      StandardStreams.error("\(error)")
      throw ExitStatus.ioError
    }
    if csv {
      StandardStreams.write(log.csv())
      return
    }
    guard !log.entries.isEmpty else {
      StandardStreams.write("No sessions logged yet (\(file.path)).\n")
      return
    }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    var lines = ["date              minutes  timed  pain before  pain after"]
    for entry in log.entries {
      let cells = [
        formatter.string(from: entry.date), pad(String(entry.minutes), 7), pad(entry.guided ? "yes" : "no", 5),
        pad(entry.painBefore.map(String.init) ?? "-", 11), pad(entry.painAfter.map(String.init) ?? "-", 10),
      ]
      lines.append(cells.joined(separator: "  "))
    }
    StandardStreams.write(lines.joined(separator: "\n") + "\n")
  }

  private func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}
