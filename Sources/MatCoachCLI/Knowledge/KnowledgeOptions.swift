import ArgumentParser
import Foundation
import MatCoachKit

/// `--intents DIR`, shared by every subcommand, and finding and loading the knowledge base.
struct KnowledgeOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The knowledge-base folder of .yaml files.",
      discussion: "Without it: $MATCOACH_INTENTS, else the copy built into matcoach, else ../share/matcoach/Intents beside the binary.",
      valueName: "DIR"))
  var intents: String?

  /// The folder the user chose, with `--intents` or `$MATCOACH_INTENTS`, and how.
  var chosen: (path: String, how: String)? {
    if let intents { return (intents, "--intents") }
    if let env = ProcessInfo.processInfo.environment["MATCOACH_INTENTS"], !env.isEmpty {
      return (env, "MATCOACH_INTENTS")
    }
    return nil
  }

  /// The folders tried, in order: the one chosen, or the built-in and installed copies.
  func candidates() -> [String] {
    if let chosen { return [chosen.path] }
    var paths: [String] = []
    let exe = URL(fileURLWithPath: Self.executablePath()).deletingLastPathComponent()
    paths.append(exe.appendingPathComponent("matcoach_matcoach.resources/Intents").path)
    paths.append(exe.deletingLastPathComponent().appendingPathComponent("share/matcoach/Intents").path)
    return paths
  }

  /// The first candidate folder that exists.
  func locate() throws -> String {
    let tried = candidates()
    if let found = tried.first(where: { Self.isFolder($0) }) { return found }
    if let (path, how) = chosen {
      StandardStreams.error("\(path) (from \(how)): no such knowledge-base folder; name a folder of .yaml files")
    } else {
      StandardStreams.error(
        "no knowledge base found (tried \(tried.joined(separator: ", "))); pass --intents DIR or set MATCOACH_INTENTS")
    }
    throw ExitStatus.noInput
  }

  /// Loads and validates the knowledge base, or reports every error and exits.
  func load() throws -> KnowledgeBase {
    let directory = try locate()
    do {
      return try KnowledgeBaseLoader.load(directory: directory).knowledge
    } catch {
      switch error {
      case .invalid:
        StandardStreams.writeError(error.description + "\n")
        StandardStreams.error("the knowledge base in \(directory) has errors; fix them (matcoach lint lists them)")
        throw ExitStatus.dataError
      case .noIntents, .unreadable:
        StandardStreams.error(error.description)
        throw ExitStatus.noInput
      }
    }
  }

  static func isFolder(_ path: String) -> Bool {
    var folder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
  }

  /// The running binary, through /proc so that a symlink on PATH leads to the real one.
  static func executablePath() -> String {
    if let real = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return real
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
  }
}
