import Foundation
import PTYSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real binary on a pseudo-terminal, as a person uses it.
@Suite(.serialized) struct REPLTests {
  /// A running `matcoach` on a pseudo-terminal: type keys, wait for text.
  final class Session {
    let pid: pid_t
    let master: Int32
    private(set) var screen = ""

    init(home: URL) throws {
      let arguments = [Binary.path, "--intents", Binary.intents]
      let environment = [
        "HOME=\(home.path)", "XDG_STATE_HOME=\(home.path)/state", "TERM=xterm", "LANG=C.UTF-8",
        "PATH=/usr/bin:/bin",
      ]
      var master: Int32 = -1
      let pid = Self.withCStrings(arguments) { argv in
        Self.withCStrings(environment) { envp in matcoach_pty_spawn(Binary.path, argv, envp, &master) }
      }
      guard pid > 0 else { throw POSIXError(.ECHILD) }
      self.pid = pid
      self.master = master
    }

    static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
      var pointers = strings.map { strdup($0) }
      pointers.append(nil)
      defer { for p in pointers { free(p) } }
      return body(pointers)
    }

    func type(_ keys: String) { type(bytes: Array(keys.utf8)) }

    /// Types raw bytes, which need not be valid UTF-8.
    func type(bytes: [UInt8]) {
      _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads until `text` appears after `from` in the output, or gives up after a while
    /// (a wait, not a measurement: a slow machine only waits longer).
    @discardableResult
    func waitFor(_ text: String, after from: String.Index? = nil, seconds: Double = 20) -> Bool {
      let deadline = Date().addingTimeInterval(seconds)
      while Date() < deadline {
        if screen[(from ?? screen.startIndex)...].contains(text) { return true }
        if !pump() { break }
      }
      return screen[(from ?? screen.startIndex)...].contains(text)
    }

    /// Adds what the program wrote in the next 100 ms to `screen`; false once it has ended.
    private func pump() -> Bool {
      var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      guard poll(&descriptor, 1, 100) > 0 else { return true }
      var buffer = [UInt8](repeating: 0, count: 4096)
      let count = read(master, &buffer, buffer.count)
      guard count > 0 else { return false }
      screen += String(decoding: buffer[0..<count], as: UTF8.self)
      return true
    }

    var mark: String.Index { screen.endIndex }

    /// Waits until the coach is idle at its prompt: the output ends with it and the
    /// line editor has put the terminal in raw mode (keys typed before that would be
    /// read by the kernel's line discipline, not by the editor).
    @discardableResult
    func waitForPrompt(seconds: Double = 20) -> Bool {
      let deadline = Date().addingTimeInterval(seconds)
      while Date() < deadline {
        var settings = termios()
        if screen.hasSuffix("you> "), tcgetattr(master, &settings) == 0,
          settings.c_lflag & tcflag_t(ICANON) == 0
        {
          return true
        }
        if waitpid(pid, nil, WNOHANG) != 0 || !pump() { return false }
      }
      return false
    }

    /// Waits for the process to end and returns its exit status (or 128 + signal); one
    /// that does not end is killed and reported as -1, so a failing test never hangs.
    func exitStatus(seconds: Double = 20) -> Int32 {
      var status: Int32 = 0
      let deadline = Date().addingTimeInterval(seconds)
      while waitpid(pid, &status, WNOHANG) == 0 {
        guard Date() < deadline else {
          kill(pid, SIGKILL)
          waitpid(pid, &status, 0)
          close(master)
          return -1
        }
        // Keep draining the terminal so the program never blocks writing to it.
        _ = pump()
      }
      close(master)
      if status & 0x7f == 0 { return (status >> 8) & 0xff }
      return 128 + (status & 0x7f)
    }
  }

  @Test func aPersonCanTalkEditRecallCompleteAndLeave() throws {
    let home = try Binary.temporaryFolder()
    let session = try Session(home: home)
    #expect(session.waitFor("Type /help", seconds: 30))
    #expect(session.waitForPrompt(seconds: 30))

    var mark = session.mark
    session.type("how should I breathe\r")
    #expect(session.waitFor("Breathe slowly and deeply", after: mark))
    #expect(session.waitForPrompt())

    // Up-arrow recalls the question.
    #expect(session.waitForPrompt())
    mark = session.mark
    session.type("\u{1B}[A")
    #expect(session.waitFor("how should I breathe", after: mark))
    session.type("\u{15}")  // Ctrl-U clears it again

    // Tab completes a slash command.
    // (libedit writes only the missing letters, so the proof is /help's own reply.)
    mark = session.mark
    session.type("/he\t")
    #expect(session.waitFor("lp", after: mark))
    session.type("\r")
    #expect(session.waitFor("Commands:", after: mark))
    #expect(session.waitForPrompt())

    // Ctrl-C drops a half-typed line and keeps the session.
    #expect(session.waitForPrompt())
    session.type("half typed")
    #expect(session.waitFor("half typed"))
    session.type("\u{03}")
    #expect(session.waitForPrompt(), "screen ends: \(session.screen.suffix(200).debugDescription)")
    mark = session.mark
    session.type("how often?\r")
    #expect(session.waitFor("consistency", after: mark))
    #expect(session.waitForPrompt())

    // Ctrl-D on an empty line leaves with status 0.
    #expect(session.waitForPrompt())
    session.type("\u{04}")
    #expect(session.exitStatus() == 0, "screen ends: \(session.screen.suffix(200).debugDescription)")

    let history = home.appendingPathComponent("state/matcoach/history")
    let attributes = try FileManager.default.attributesOfItem(atPath: history.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let folder = try FileManager.default.attributesOfItem(atPath: history.deletingLastPathComponent().path)
    #expect((folder[.posixPermissions] as? Int) == 0o700)
    let saved = try String(contentsOf: history, encoding: .utf8)
    #expect(saved.contains("how\\040should\\040I\\040breathe") || saved.contains("how should I breathe"))
    #expect(!saved.contains("half"))

    // After a restart, Up-arrow recalls the last line of the earlier run.
    let again = try Session(home: home)
    #expect(again.waitForPrompt(seconds: 30))
    mark = again.mark
    again.type("\u{1B}[A")
    #expect(again.waitFor("how often?", after: mark))
    again.type("\u{15}/quit\r")
    #expect(again.exitStatus() == 0)
  }

  @Test func aFullHistorySurvivesTheNextSessions() throws {
    let home = try Binary.temporaryFolder()
    let folder = home.appendingPathComponent("state/matcoach")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let history = folder.appendingPathComponent("history")
    // libedit's own format: a header line, then one entry a line, spaces as \040.
    let entries = (1...1000).map { "question\\040number\\040\($0)" }
    try (["_HiStOrY_V2_"] + entries).map { $0 + "\n" }.joined().write(to: history, atomically: true, encoding: .utf8)

    for round in 1...2 {
      let session = try Session(home: home)
      #expect(session.waitForPrompt(seconds: 30))
      var mark = session.mark
      session.type("\u{1B}[A")
      #expect(session.waitFor(round == 1 ? "question number 1000" : "new line 1", after: mark))
      session.type("\u{15}")
      mark = session.mark
      session.type("new line \(round)\r")
      #expect(session.waitFor("new line \(round)", after: mark))
      #expect(session.waitForPrompt())
      session.type("\u{04}")  // Ctrl-D: leaves without a history entry of its own
      #expect(session.exitStatus() == 0)

      let lines = try String(contentsOf: history, encoding: .utf8).split(separator: "\n")
      #expect(lines.first == "_HiStOrY_V2_")
      // Appended as typed: compacted only once it is half as long again as the limit.
      #expect(lines.count == 1 + 1000 + round, "round \(round): \(lines.count) lines")
      #expect(lines.last.map { $0.contains("new") && $0.contains("\(round)") } == true)
      #expect(lines.contains { $0.hasSuffix("number\\0401000") })
    }
  }

  @Test func aCutUTF8SequenceBeforeEnterKeepsTheEnter() throws {
    let home = try Binary.temporaryFolder()
    let session = try Session(home: home)
    #expect(session.waitForPrompt(seconds: 30))
    let mark = session.mark
    // The first byte of "é" and then Enter: the Enter must still end the line.
    session.type(bytes: Array("how should I breathe".utf8) + [0xC3, 0x0D])
    #expect(session.waitFor("Breathe slowly", after: mark))
    #expect(session.waitForPrompt())
    session.type("/quit\r")
    #expect(session.exitStatus() == 0)
  }

  @Test func historySurvivesKillNineAtAnyMoment() throws {
    let home = try Binary.temporaryFolder()
    let history = home.appendingPathComponent("state/matcoach/history")
    for (round, delay) in [0, 2_000, 20_000, 200_000].enumerated() {
      let session = try Session(home: home)
      #expect(session.waitForPrompt(seconds: 30))
      let mark = session.mark
      session.type("round \(round) answered\r")
      #expect(session.waitFor("round \(round) answered", after: mark))
      #expect(session.waitForPrompt())
      session.type("round \(round) cut short\r")
      usleep(useconds_t(delay))
      kill(session.pid, SIGKILL)
      _ = session.exitStatus()
      let text = try String(contentsOf: history, encoding: .utf8)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.first == "_HiStOrY_V2_")
      // Every entry before the kill is whole; the last one is whole or absent.
      for earlier in 0...round { #expect(lines.contains("round\\040\(earlier)\\040answered"), "round \(round)") }
      #expect(text.hasSuffix("\n"))
    }
  }

  @Test(arguments: [SIGTERM, SIGHUP])
  func aSignalToLeaveSavesHistoryAndEndsByTheSignal(_ signal: Int32) throws {
    let home = try Binary.temporaryFolder()
    let session = try Session(home: home)
    #expect(session.waitForPrompt(seconds: 30))
    session.type("how long?\r")
    #expect(session.waitFor("minutes"))
    #expect(session.waitForPrompt())
    session.type("half typed")
    #expect(session.waitFor("half typed"))
    kill(session.pid, signal)
    #expect(session.exitStatus() == 128 + signal)
    let history = try String(
      contentsOf: home.appendingPathComponent("state/matcoach/history"), encoding: .utf8)
    #expect(history.contains("how\\040long?") || history.contains("how long?"))
  }

  /// Ctrl-Z, and a stop and continue (what `fg` sends), leave the line editor working.
  @Test func suspendingAndResumingLeavesTheTerminalUsable() throws {
    let home = try Binary.temporaryFolder()
    let session = try Session(home: home)
    #expect(session.waitForPrompt(seconds: 30))
    session.type("\u{1A}")  // Ctrl-Z
    kill(session.pid, SIGSTOP)
    usleep(200_000)
    kill(session.pid, SIGCONT)
    var mark = session.mark
    session.type("how should I breathe\r")
    #expect(session.waitFor("Breathe slowly", after: mark))
    #expect(session.waitForPrompt())
    // Line editing still works after the stop: a word typed, erased and retyped.
    mark = session.mark
    session.type("how long shuold\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}should I lie on it?\r")
    #expect(session.waitFor("minutes", after: mark))
    session.type("/quit\r")
    #expect(session.exitStatus() == 0)
  }

  @Test func theREPLStillWorksWhenHistoryCannotBeSaved() throws {
    let home = try Binary.temporaryFolder()
    // A file where the state folder should be: the history folder cannot be made.
    try "".write(to: home.appendingPathComponent("state"), atomically: true, encoding: .utf8)
    let session = try Session(home: home)
    #expect(session.waitFor("history is kept for this session only", seconds: 30))
    #expect(session.waitForPrompt())
    let mark = session.mark
    session.type("how should I breathe\r")
    #expect(session.waitFor("Breathe slowly", after: mark))
    session.type("/quit\r")
    #expect(session.exitStatus() == 0)
  }

  @Test func aGuidedSessionCountsDownInPlaceAndCtrlCEndsItNotTheProgram() throws {
    let home = try Binary.temporaryFolder()
    let session = try Session(home: home)
    #expect(session.waitForPrompt())
    var mark = session.mark
    session.type("time me for 1 minute\r")
    #expect(session.waitFor("Ctrl-C ends it early", after: mark))
    // The pain before: a prompt of its own, and Enter skips it.
    #expect(session.waitFor("0-10> ", after: mark))
    session.type("\r")
    #expect(session.waitFor("Lie back slowly", after: mark))
    // One status line, redrawn in place: a carriage return and erase, never a new line.
    #expect(session.waitFor("\r\u{1B}[K  0:59 left  ", after: mark))
    mark = session.mark
    session.type("\u{03}")
    #expect(session.waitFor("You ended it within the first minute, so there's nothing to log.", after: mark))
    #expect(session.waitFor("Roll off the mat slowly", after: mark))
    #expect(session.waitForPrompt())
    mark = session.mark
    session.type("/progress\r")
    #expect(session.waitFor("No sessions in the last 14 days yet.", after: mark))
    session.type("/quit\r")
    #expect(session.exitStatus() == 0)
    #expect(!FileManager.default.fileExists(atPath: home.path + "/.local/share/matcoach/sessions.jsonl"))
  }

  @Test func progressDrawsTheChartOnATerminal() throws {
    let home = try Binary.temporaryFolder()
    let data = home.path + "/.local/share/matcoach"
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    let now = ISO8601DateFormatter().string(from: Date())
    try (#"{"date":"\#(now)","minutes":10,"guided":true,"pain_before":6,"pain_after":3}"# + "\n").write(
      toFile: data + "/sessions.jsonl", atomically: false, encoding: .utf8)
    let session = try Session(home: home)
    #expect(session.waitForPrompt())
    let mark = session.mark
    session.type("/progress\r")
    #expect(session.waitFor("Your last 14 days:", after: mark))
    #expect(session.waitFor("████████████████████  10 min   pain 6 → 3", after: mark))
    #expect(session.waitFor("Current streak: 1 day in a row.", after: mark))
    session.type("/quit\r")
    #expect(session.exitStatus() == 0)
  }

  @Test func ctrlCAtTheFirstPainQuestionStartsNoSessionAndAScoreIsNoHistory() throws {
    let home = try Binary.temporaryFolder()
    let session = try Session(home: home)
    #expect(session.waitForPrompt())
    var mark = session.mark
    session.type("/session 5\r")
    #expect(session.waitFor("0-10> ", after: mark))
    mark = session.mark
    session.type("\u{03}")
    #expect(session.waitFor("All right: no session this time.", after: mark))
    #expect(session.waitForPrompt())
    mark = session.mark
    session.type("/session 5\r")
    #expect(session.waitFor("0-10> ", after: mark))
    session.type("7\r")
    #expect(session.waitFor("left  ", after: mark))
    session.type("\u{03}")
    #expect(session.waitForPrompt())
    session.type("/quit\r")
    #expect(session.exitStatus() == 0)
    let history = try String(contentsOfFile: home.path + "/state/matcoach/history", encoding: .utf8)
    #expect(history.contains("/session\\0405"))
    #expect(!history.split(separator: "\n").contains("7"))
  }
}
