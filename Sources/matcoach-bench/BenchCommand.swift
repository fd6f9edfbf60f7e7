import ArgumentParser
import Foundation
import MatCoachKit

#if canImport(Glibc)
  import Glibc
#endif

/// `matcoach-bench`: loading, classifying and turn times, memory and accuracy for
/// generated knowledge bases of several sizes, and the start-up of the real binary.
@main
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "matcoach-bench",
    abstract: "Measure loading, classify and turn times, memory and accuracy on generated knowledge bases.",
    discussion: """
      Each size runs in fresh processes (--runs); the table shows the best figure of those runs \
      and the spread is printed under it.

      Examples:
        matcoach-bench                              the table behind `make bench`
        matcoach-bench --child 10000 --misses       one size in this process, printing misses
        matcoach-bench --child 10000 --rounds 50    classify timed 50 times over: for a profiler
        matcoach-bench --stages                     the median of each stage of a classify
      """)

  @Option(help: "Knowledge-base sizes, in intents, comma-separated.", transform: Self.sizes)
  var sizes: [Int] = [30, 1000, 10000]

  @Option(help: "Utterances generated per size.")
  var utterances = 2000

  @Option(help: "Whole-process start-up runs to time (0: none).")
  var startupRuns = 30

  @Option(help: "Measure this one size in this process and print its report line.")
  var child: Int?

  @Flag(help: "With --child: print each utterance classified wrongly.")
  var misses = false

  @Flag(help: "Print the median time of each stage of a classify.")
  var stages = false

  @Option(help: "How many times over each utterance is classified.")
  var rounds = 3

  @Option(help: "Fresh processes per size; the table shows the best of them.")
  var runs = 3

  @Option(
    help: ArgumentHelp(
      "Draw the workload from this list of real English words (one a line).",
      discussion: "Filler words are then real words, some one edit from a keyword, and the coach takes the list as correctly spelt, as the shipped coach does with Intents/english-words.txt.",
      valueName: "file"))
  var english: String?

  static func sizes(_ text: String) throws -> [Int] {
    let sizes = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
    guard !sizes.isEmpty, sizes.allSatisfy({ ($0 ?? 0) > 0 }) else {
      throw ValidationError("--sizes takes positive whole numbers separated by commas, e.g. 30,1000,10000")
    }
    return sizes.map { $0! }
  }

  func validate() throws {
    guard utterances > 0, rounds > 0, runs > 0, startupRuns >= 0 else {
      throw ValidationError("--utterances, --rounds and --runs must be at least 1, --startup-runs at least 0")
    }
  }

  func run() throws {
    let showMisses = misses
    if stages {
      for size in child.map({ [$0] }) ?? sizes { StageProbe.run(intents: size, utterances: utterances) }
      return
    }
    let englishBytes = try english.map { path -> [UInt8] in
      guard let data = FileManager.default.contents(atPath: path) else {
        throw ValidationError("--english: cannot read \(path)")
      }
      return Array(data)
    }
    if let child {
      print(
        SizeReport.measure(
          intents: child, utterances: utterances, rounds: rounds, showMisses: showMisses, english: englishBytes
        ).line)
      return
    }

    // Each size runs `runs` times, each in a fresh process, and every time shown is the
    // best of them: on a shared machine interference only ever adds time. The spread
    // is printed too, so that nobody mistakes the best for the typical.
    var reports: [SizeReport] = []
    var spreads: [String] = []
    for size in sizes {
      var attempts: [SizeReport] = []
      for _ in 0..<runs {
        let output = try Self.run(
          Self.executable(),
          ["--child", "\(size)", "--utterances", "\(utterances)"] + (english.map { ["--english", $0] } ?? []))
        guard let report = SizeReport(line: output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
          throw BenchError("the run for \(size) intents printed: \(output)")
        }
        attempts.append(report)
      }
      reports.append(SizeReport(bestOf: attempts))
      let classify = attempts.map(\.classifyMedianMicroseconds).sorted()
      let load = attempts.map(\.loadMilliseconds).sorted()
      spreads.append(
        String(
          format: "%d intents: classify median %.2f–%.2f µs, load %.1f–%.1f ms", size, classify.first!, classify.last!,
          load.first!, load.last!))
    }
    print(Self.table(reports, utterances: utterances, runs: runs, english: english != nil))
    if runs > 1 { print("\nAcross the \(runs) runs: " + spreads.joined(separator: "; ")) }
    if let first = reports.first, let last = reports.last, reports.count > 1 {
      let ratio = last.classifyMedianMicroseconds / first.classifyMedianMicroseconds
      let turnRatio = last.turnMedianMicroseconds / first.turnMedianMicroseconds
      print(String(format: "\n%d/%d-intent ratio: classify median %.2f, turn median %.2f", last.intents, first.intents, ratio, turnRatio))
    }
    if startupRuns > 0 { try Self.startup(runs: startupRuns) }
  }

  static func table(_ reports: [SizeReport], utterances: Int, runs: Int, english: Bool = false) -> String {
    var rows = [
      "| intents | load (ms) | classify median (µs) | classify p99 (µs) | turn median (µs) | turn p99 (µs) | peak memory (MiB) | exact | one typo | no phrase: none matched |",
      "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in reports {
      func percent(_ kind: Workload.Utterance.Kind) -> String {
        guard let (right, total) = r.accuracy[kind], total > 0 else { return "-" }
        return String(format: "%.1f%% (%d)", 100 * Double(right) / Double(total), total)
      }
      rows.append(
        String(
          format: "| %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.1f | %@ | %@ | %@ |", r.intents, r.loadMilliseconds,
          r.classifyMedianMicroseconds, r.classifyP99Microseconds, r.turnMedianMicroseconds, r.turnP99Microseconds,
          r.peakMemoryMiB, percent(.exact), percent(.typo), percent(.none)))
    }
    return "Generated knowledge bases\(english ? " of real English words" : ""), \(utterances) utterances each (classify timed 3 times over); "
      + "best of \(runs) runs, each in its own process:\n\n"
      + rows.joined(separator: "\n")
  }

  /// `echo "how long should I lie on it" | matcoach` as a whole process, default knowledge base.
  static func startup(runs: Int) throws {
    let binary = URL(fileURLWithPath: executable()).deletingLastPathComponent().appendingPathComponent("matcoach").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      print("\n(start-up not measured: no matcoach binary beside this one)")
      return
    }
    var times: [Double] = []
    for _ in 0..<(runs + 3) {
      let start = Stopwatch.now()
      let output = try spawn(binary, input: "how long should I lie on it\n")
      times.append(Double(Stopwatch.now() - start) / 1e6)
      guard output.contains("minutes") else { throw BenchError("matcoach answered: \(output)") }
    }
    let sorted = times.dropFirst(3).sorted()
    print(
      String(
        format: "\nWhole process, echo \"how long should I lie on it\" | matcoach (%d runs): median %.1f ms, min %.1f ms, max %.1f ms",
        runs, Stopwatch.quantile(Array(sorted), 0.5), sorted.first!, sorted.last!))
  }

  /// Runs a program with `input` on stdin and returns its stdout, through posix_spawn:
  /// Foundation's `Process` adds tens of milliseconds of its own, which would swamp
  /// the start-up being measured.
  static func spawn(_ path: String, input: String) throws -> String {
    var stdinPipe: [Int32] = [0, 0]
    var stdoutPipe: [Int32] = [0, 0]
    guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0 else { throw BenchError("pipe failed") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
    posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
    for fd in stdinPipe + stdoutPipe { posix_spawn_file_actions_addclose(&actions, fd) }
    var pid: pid_t = 0
    let argv: [UnsafeMutablePointer<CChar>?] = [strdup(path), nil]
    defer { for p in argv { free(p) } }
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { throw BenchError("cannot start \(path)") }
    close(stdinPipe[0])
    close(stdoutPipe[1])
    _ = input.withCString { write(stdinPipe[1], $0, strlen($0)) }
    close(stdinPipe[1])
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = read(stdoutPipe[0], &buffer, buffer.count)
      if n <= 0 { break }
      output += buffer[0..<n]
    }
    close(stdoutPipe[0])
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return String(decoding: output, as: UTF8.self)
  }

  static func executable() -> String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
  }

  static func run(_ path: String, _ arguments: [String], input: String = "") throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
