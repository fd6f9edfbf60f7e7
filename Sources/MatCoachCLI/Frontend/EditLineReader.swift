import CEditLine
import CLineInput
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The words Tab completes; the C completion callback cannot capture context.
nonisolated(unsafe) private var completionWords: [String] = []
nonisolated(unsafe) private var completionMatches: [String] = []

/// Reads lines through libedit: Emacs-style editing, arrows, Home/End, Ctrl-R search,
/// Tab completion of commands and topic words, and history kept across runs.
struct EditLineReader: LineReader {
  private var history: HistoryFile?
  /// Says once why history could not be written; the session goes on in memory.
  private var warning: (String) -> Void

  /// - Parameters:
  ///   - historyPath: the history file; when it cannot be written, history stays in memory
  ///     and `warning` says why.
  ///   - completions: words Tab completes.
  init(historyPath: String, completions: [String], warning: @escaping (String) -> Void) {
    setlocale(LC_ALL, "")
    // Signals end a blocked read at once: Ctrl-C clears the line, SIGTERM/SIGHUP leave.
    matcoach_install_line_reader()
    matcoach_rl_set_name("matcoach")
    completionWords = completions.sorted()
    matcoach_rl_set_completion_entry(complete)
    matcoach_rl_set_completion_append_character(0x20)
    using_history()
    stifle_history(Int32(HistoryFile.limit))
    let file = HistoryFile(path: historyPath)
    if let problem = file.prepare() {
      warning("\(problem); history is kept for this session only")
    } else {
      history = file
      for entry in file.load() { add_history(entry) }
    }
    self.warning = warning
  }

  mutating func read(prompt: String, remember: Bool) -> LineInput {
    matcoach_reset_interrupt()
    guard let raw = readline(prompt) else {
      if matcoach_termination() != 0 { return .end }
      if matcoach_interrupted() != 0 {
        StandardStreams.write("\n")
        return .interrupted
      }
      return .end
    }
    var line = String(cString: raw)
    free(raw)
    if line.utf8.count > StandardStreams.maxLineBytes {
      line = String(decoding: line.utf8.prefix(StandardStreams.maxLineBytes), as: UTF8.self)
      StandardStreams.error("a line of more than \(StandardStreams.maxLineBytes) bytes was cut to that length")
    }
    let entry = line.trimmingCharacters(in: .whitespaces)
    if remember && !entry.isEmpty && lastHistoryLine() != entry {
      add_history(entry)
      // Written as it is entered: a crash or kill loses nothing typed before.
      if let file = history, let problem = file.append(entry) {
        warning("\(problem); history is kept for this session only")
        history = nil
      }
    }
    return .line(line)
  }

  /// Every entry is already written.
  mutating func close() {}

  /// Ends the process by the signal that asked it to, now that history is saved, so
  /// the parent sees how it ended.
  static func finishTermination() {
    let signalNumber = matcoach_termination()
    guard signalNumber != 0 else { return }
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
  }

  /// True when SIGTERM or SIGHUP asked the program to end.
  static var terminationPending: Bool { matcoach_termination() != 0 }

  /// Drops keys typed but not yet read (pressed during a guided session).
  static func discardTypeahead() {
    tcflush(STDIN_FILENO, TCIFLUSH)
  }

  /// Runs `body` with the terminal not echoing keys, so that a key pressed while lying
  /// on the mat (or Ctrl-C's `^C`) does not break the status line; restores it after.
  static func withoutEcho<T>(_ body: () -> T) -> T {
    var saved = termios()
    guard isatty(STDIN_FILENO) == 1, tcgetattr(STDIN_FILENO, &saved) == 0 else { return body() }
    var quiet = saved
    quiet.c_lflag &= ~tcflag_t(ECHO | ECHOCTL)
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
    defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    return body()
  }

  private func lastHistoryLine() -> String? {
    matcoach_history_last().map { String(cString: $0) }
  }
}

/// libedit's completion generator: called with state 0 first, then until it returns nil.
private func complete(_ text: UnsafePointer<CChar>, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
  if state == 0 {
    let prefix = String(cString: text).lowercased()
    completionMatches = completionWords.filter { $0.hasPrefix(prefix) && !prefix.isEmpty }
  }
  let index = Int(state)
  return index < completionMatches.count ? strdup(completionMatches[index]) : nil
}
