import ArgumentParser
import MatCoachKit

/// Which intent each input line matches, for checking and tuning the knowledge base.
struct Classify: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "classify",
    abstract: "Print the intent each input line matches.",
    discussion: """
      Per line of standard input, one line: INTENT_ID<TAB>SCORE<TAB>matched phrases \
      (comma-separated), or `-` alone when nothing matched. Nothing is remembered \
      between lines.
      """)

  @OptionGroup var knowledge: KnowledgeOptions

  func run() throws {
    let compiled = CompiledKnowledge(try knowledge.load())
    for line in StandardStreams.lines() {
      guard let best = compiled.classify(line).best else {
        StandardStreams.write("-\n")
        continue
      }
      // One line per input line, whatever the knowledge base holds.
      let phrases = best.phrases.map(\.text).joined(separator: ", ").escapingControlCharacters
        .replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
      StandardStreams.write("\(best.id)\t\(IntentMatch.format(score: best.score))\t\(phrases)\n")
    }
  }
}
