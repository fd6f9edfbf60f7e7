import MatCoachKit

/// Writes each session a reply logged to the log file; when the file cannot be written,
/// says why once, and the session goes on with the log in memory.
struct SessionLogKeeper {
  var file: SessionLogFile
  private var failed = false

  init(file: SessionLogFile) {
    self.file = file
  }

  mutating func keep(_ reply: Reply) {
    guard let entry = reply.logged, !failed else { return }
    if let problem = file.append(entry) {
      StandardStreams.error("\(problem); sessions are kept for this run only")
      failed = true
    }
  }
}
