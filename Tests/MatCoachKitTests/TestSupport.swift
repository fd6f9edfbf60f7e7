import Foundation
import MatCoachKit

/// Paths and fixtures shared by the core's tests.
enum TestSupport {
  /// The package root, found from this file's path so tests run from any directory.
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var intentsPath: String { root.appendingPathComponent("Intents").path }
  static var guidePath: String { root.appendingPathComponent("seeds/acupressure-mat-guide.txt").path }
  static var transcriptsPath: String { root.appendingPathComponent("Transcripts").path }

  /// The real knowledge base, loaded once.
  static let knowledge: KnowledgeBase = {
    do {
      return try KnowledgeBaseLoader.load(directory: intentsPath).knowledge
    } catch {
      fatalError("the knowledge base does not load: \(error)")
    }
  }()

  /// The real knowledge base, compiled once.
  static let compiled = CompiledKnowledge(knowledge)

  static var guide: Guide { knowledge.guide! }

  /// Loads YAML written in a test, checked against the real guide.
  static func load(_ yaml: String, file: String = "test.yaml", guide: Guide? = nil)
    -> (knowledge: KnowledgeBase?, diagnostics: [Diagnostic])
  {
    KnowledgeBaseLoader(guide: guide).load([KnowledgeFile(path: file, contents: yaml)])
  }

  /// A fixture's lines, without comments and blank lines.
  static func fixtureLines(_ name: String) -> [String] {
    let url = root.appendingPathComponent("Tests/MatCoachKitTests/Fixtures/\(name)")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
  }

  /// A fixture's `LABEL<TAB>line` rows.
  static func labelledRows(_ name: String) -> [(label: String, line: String)] {
    fixtureLines(name).compactMap { row in
      let parts = row.split(separator: "\t", maxSplits: 1).map(String.init)
      return parts.count == 2 ? (parts[0], parts[1]) : nil
    }
  }

  /// A coach on the real knowledge base.
  static func coach() -> Coach { Coach(knowledge: compiled) }

  /// The replies to several lines in one conversation.
  static func conversation(_ lines: [String]) -> [Reply] {
    var coach = coach()
    return lines.map { coach.respond(to: $0) }
  }
}
