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
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["MATCOACH_INTENTS"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
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
