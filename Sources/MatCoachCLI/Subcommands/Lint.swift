import ArgumentParser
import Foundation
import MatCoachKit

/// Validates the knowledge base and, with --coverage, shows what of the guide it leaves out.
struct Lint: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check the knowledge base for errors.",
    discussion: """
      Reports each problem as FILE:LINE:COLUMN: message: malformed YAML, unknown keys, \
      duplicate ids, intents without keywords or answers, `when:` naming unknown facts, \
      source passages not found verbatim in the guide, and one phrase on two intents of \
      the same rank. Exits 65 if there is any error, 66 if the knowledge base or the \
      guide cannot be found.
      """)

  @OptionGroup var knowledge: KnowledgeOptions

  @Option(help: ArgumentHelp("The guide that source passages must quote (default: the first .txt in seeds/ beside DIR).", valueName: "FILE"))
  var guide: String?

  @Flag(help: "Also list the guide's paragraphs that no answer cites.")
  var coverage = false

  func run() throws {
    let directory = try knowledge.locate()
    let files: [KnowledgeFile]
    let guideText: Guide?
    do {
      files = try KnowledgeBaseLoader.files(inDirectory: directory)
      guideText = try (guide ?? KnowledgeBaseLoader.defaultGuidePath(forIntents: directory)).map {
        path throws(KnowledgeBaseError) in try KnowledgeBaseLoader.guide(at: path)
      }
    } catch {
      if case .invalid(let problems) = error {
        for problem in problems { StandardStreams.write(problem.description + "\n") }
        StandardStreams.write("\(problems.count) error\(problems.count == 1 ? "" : "s")\n")
        throw ExitStatus.dataError
      }
      StandardStreams.error(error.description)
      throw ExitStatus.noInput
    }
    var (base, diagnostics) = KnowledgeBaseLoader(guide: guideText).load(files)
    // The word list is searched by halves: out of order, words would go unseen.
    if let words = KnowledgeBaseLoader.englishWords(inDirectory: directory), let line = words.outOfOrderLine {
      let at = SourceLocation(file: (directory as NSString).appendingPathComponent(KnowledgeBaseLoader.englishWordsFile), line: line, column: 1)
      diagnostics.append(Diagnostic(.error, at: at, "the words must be one a line, in byte order (sort them with `LC_ALL=C sort -u`)"))
      base = nil
    }
    for diagnostic in diagnostics { StandardStreams.write(diagnostic.description + "\n") }
    let errors = diagnostics.filter { $0.severity == .error }.count
    guard let base else {
      StandardStreams.write("\(errors) error\(errors == 1 ? "" : "s")\n")
      throw ExitStatus.dataError
    }
    guard let guideText else {
      // Without the guide no source was checked: that is no pass.
      StandardStreams.error("no guide found beside \(directory) (seeds/*.txt); pass --guide FILE, since answers must quote it")
      throw ExitStatus.noInput
    }
    if coverage {
      let cited = base.intents.flatMap { ($0.answers + $0.notes).flatMap(\.sources) }
      let uncited = guideText.paragraphs.filter { paragraph in
        !paragraph.isHeading && !cited.contains { Guide.fold(paragraph.text).contains(Guide.fold($0)) }
      }
      for paragraph in uncited {
        let start = Guide.fold(paragraph.text).prefix(70)
        StandardStreams.write("\(guideText.path):\(paragraph.line): not cited: “\(String(start).escapingControlCharacters)…”\n")
      }
      let total = guideText.paragraphs.filter { !$0.isHeading }.count
      StandardStreams.write("coverage: \(total - uncited.count) of \(total) paragraphs cited\n")
    }
    let warnings = diagnostics.count - errors
    StandardStreams.write(
      "ok: \(base.intents.count) intents, \(base.facts.count) facts in \(directory)"
        + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "") + "\n")
  }
}
