import CEditLine
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Signal flags, set from handlers: plain integers are all a handler may touch.
nonisolated(unsafe) private var interruptReceived: sig_atomic_t = 0
nonisolated(unsafe) private var terminationReceived: sig_atomic_t = 0
/// The words Tab completes; the C completion callback cannot capture context.
nonisolated(unsafe) private var completionWords: [String] = []
nonisolated(unsafe) private var completionMatches: [String] = []

/// Reads lines through libedit: Emacs-style editing, arrows, Home/End, Ctrl-R search,
/// Tab completion of commands and topic words, and history kept across runs.
struct EditLineReader: LineReader {
  private var history: HistoryFile?

  /// - Parameters:
  ///   - historyPath: the history file; when it cannot be written, history stays in memory
  ///     and `warning` says why.
  ///   - completions: words Tab completes.
  init(historyPath: String, completions: [String], warning: (String) -> Void) {
    setlocale(LC_ALL, "")
    matcoach_rl_set_name("matcoach")
    matcoach_rl_set_catch_signals(0)
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
      read_history(historyPath)
    }
    Self.installSignalHandlers()
  }

  mutating func read(prompt: String) -> LineInput {
    interruptReceived = 0
    guard let raw = readline(prompt) else {
      if terminationReceived != 0 { return .end }
      if interruptReceived != 0 {
        StandardStreams.write("\n")
        return .interrupted
      }
      return .end
    }
    let line = String(cString: raw)
    free(raw)
    let entry = line.trimmingCharacters(in: .whitespaces)
    if !entry.isEmpty && lastHistoryLine() != entry {
      add_history(entry)
      save()
    }
    return .line(line)
  }

  mutating func close() { save() }

  /// Whether SIGTERM or SIGHUP asked the program to end.
  static var terminationRequested: Bool { terminationReceived != 0 }

  /// Ends the process by the signal that asked it to, now that history is saved, so
  /// the parent sees how it ended.
  static func finishTermination() {
    let signalNumber = terminationReceived
    guard signalNumber != 0 else { return }
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
  }

  private func save() {
    guard let history else { return }
    write_history(history.path)
    history_truncate_file(history.path, Int32(HistoryFile.limit))
    chmod(history.path, 0o600)
  }

  private func lastHistoryLine() -> String? {
    matcoach_history_last().map { String(cString: $0) }
  }

  /// Handlers without SA_RESTART, so that a signal ends the blocked read and
  /// `readline()` returns: Ctrl-C clears the line, SIGTERM and SIGHUP end the session.
  private static func installSignalHandlers() {
    var action = sigaction()
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    action.__sigaction_handler.sa_handler = { _ in interruptReceived = 1 }
    sigaction(SIGINT, &action, nil)
    action.__sigaction_handler.sa_handler = { signalNumber in terminationReceived = signalNumber }
    sigaction(SIGTERM, &action, nil)
    sigaction(SIGHUP, &action, nil)
    // A parent may hand these down blocked (thread pools often block signals); a
    // terminal program must still hear them.
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&unblock, signalNumber) }
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
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
