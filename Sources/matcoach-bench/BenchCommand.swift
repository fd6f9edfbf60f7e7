import Foundation
import MatCoachKit

#if canImport(Glibc)
  import Glibc
#endif

/// `matcoach-bench`: loading, classifying and turn times, memory and accuracy for
/// generated knowledge bases of several sizes, and the start-up of the real binary.
///
///     matcoach-bench [--sizes 30,1000,10000] [--utterances 2000] [--startup-runs 30]
///     matcoach-bench --child 10000 --misses     (one size in this process, printing misses)
///     matcoach-bench --child 10000 --rounds 50  (classify timed 50 times over: for a profiler)
///     matcoach-bench --stages [--sizes …]      (the median of each stage of a classify)
@main
struct BenchCommand {
  static func main() throws {
    var arguments = CommandLine.arguments.dropFirst()
    var sizes = [30, 1000, 10000]
    var utterances = 2000
    var startupRuns = 30
    var child: Int?
    var showMisses = false
    var rounds = 3
    var stages = false
    var runs = 3
    while let argument = arguments.popFirst() {
      switch argument {
      case "--sizes": sizes = (arguments.popFirst() ?? "").split(separator: ",").compactMap { Int($0) }
      case "--utterances": utterances = Int(arguments.popFirst() ?? "") ?? utterances
      case "--startup-runs": startupRuns = Int(arguments.popFirst() ?? "") ?? startupRuns
      case "--child": child = Int(arguments.popFirst() ?? "")
      case "--misses": showMisses = true
      case "--stages": stages = true
      case "--rounds": rounds = max(1, Int(arguments.popFirst() ?? "") ?? rounds)
      case "--runs": runs = max(1, Int(arguments.popFirst() ?? "") ?? runs)
      default:
        FileHandle.standardError.write(Data("usage: matcoach-bench [--sizes 30,1000,10000] [--utterances N] [--runs N] [--rounds N] [--startup-runs N] [--stages]\n".utf8))
        exit(64)
      }
    }
    if stages {
      for size in child.map({ [$0] }) ?? sizes { StageProbe.run(intents: size, utterances: utterances) }
      return
    }
    if let child {
      print(SizeReport.measure(intents: child, utterances: utterances, rounds: rounds, showMisses: showMisses).line)
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
        let output = try run(executable(), ["--child", "\(size)", "--utterances", "\(utterances)"])
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
    print(table(reports, utterances: utterances, runs: runs))
    if runs > 1 { print("\nAcross the \(runs) runs: " + spreads.joined(separator: "; ")) }
    if let first = reports.first, let last = reports.last, reports.count > 1 {
      let ratio = last.classifyMedianMicroseconds / first.classifyMedianMicroseconds
      let turnRatio = last.turnMedianMicroseconds / first.turnMedianMicroseconds
      print(String(format: "\n%d/%d-intent ratio: classify median %.2f, turn median %.2f", last.intents, first.intents, ratio, turnRatio))
    }
    if startupRuns > 0 { try startup(runs: startupRuns) }
  }

  static func table(_ reports: [SizeReport], utterances: Int, runs: Int) -> String {
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
    return "Generated knowledge bases, \(utterances) utterances each (classify timed 3 times over); "
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
