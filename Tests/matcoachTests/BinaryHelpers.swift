import Foundation

/// Runs the built `matcoach` binary, as a user or a script would.
enum Binary {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The binary under test: `$MATCOACH_BINARY` when set (`make test` points it at the
  /// release build, the one people install), else the one SwiftPM built beside this
  /// test bundle.
  static var path: String {
    if let chosen = ProcessInfo.processInfo.environment["MATCOACH_BINARY"], !chosen.isEmpty {
      return chosen
    }
    var folder = Bundle.main.bundleURL
    if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
    let candidate = folder.appendingPathComponent("matcoach").path
    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    return root.appendingPathComponent(".build/debug/matcoach").path
  }

  static var intents: String { root.appendingPathComponent("Intents").path }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs with `input` on stdin (a pipe) and waits for it to finish.
  static func run(
    _ arguments: [String], input: String = "", environment: [String: String] = [:],
    directory: String? = nil
  ) throws -> Result {
    try run(arguments, bytes: Data(input.utf8), environment: environment, directory: directory)
  }

  /// Runs with raw `bytes` on stdin, which need not be UTF-8.
  static func run(
    _ arguments: [String], bytes: Data, environment: [String: String] = [:], directory: String? = nil,
    stdout output: FileHandle? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["MATCOACH_INTENTS"] = nil
    // A run keeps its session log and history apart from the user's and other tests'
    // (a log in the home folder changes what the coach says).
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("matcoach-run-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: scratch) }
    env["XDG_DATA_HOME"] = scratch.appendingPathComponent("data").path
    env["XDG_STATE_HOME"] = scratch.appendingPathComponent("state").path
    for (key, value) in environment { env[key] = value }
    process.environment = env
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = output ?? stdout
    process.standardError = stderr
    // A program that stops reading early must fail a test, not kill the test runner.
    signal(SIGPIPE, SIG_IGN)
    try process.run()
    // Written from another thread: a large input must not block while output piles up.
    let writer = stdin.fileHandleForWriting
    let feeding = Thread {
      try? writer.write(contentsOf: bytes)
      try? writer.close()
    }
    feeding.start()
    let out = output == nil ? stdout.fileHandleForReading.readDataToEndOfFile() : Data()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("matcoach-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
