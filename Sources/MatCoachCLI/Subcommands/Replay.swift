import ArgumentParser
import Foundation
import MatCoachKit

/// Replays golden transcripts and reports every reply that changed.
struct Replay: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Check golden transcripts against the coach.",
    discussion: """
      Each file is replayed through a fresh coach. A differing reply is reported as \
      FILE:LINE with a diff of expected (-) and actual (+) lines, then a summary \
      `N passed, M failed`; the exit status is 1 if any failed. With --record the \
      actual replies are written into the files instead (new files too).
      """)

  @OptionGroup var knowledge: KnowledgeOptions

  @Flag(help: "Write the coach's actual replies into the files.")
  var record = false

  @Argument(help: "Transcript files (.txt).", completion: .file(extensions: ["txt"]))
  var files: [String]

  func validate() throws {
    if files.isEmpty { throw ValidationError("name one or more transcript files") }
  }

  func run() throws {
    let replay = TranscriptReplay(knowledge: CompiledKnowledge(try knowledge.load()))
    var passed = 0
    var failed = 0
    for file in files {
      let text = try read(file)
      if record {
        if let text, let problem = Transcript.problem(in: text), problem.message.hasPrefix("not a transcript") {
          StandardStreams.error("\(file):\(problem.line): \(problem.message); not recorded")
          throw ExitStatus.dataError
        }
        let recorded = replay.record(Transcript(parsing: text ?? "")).text
        if recorded != text {
          try TranscriptFile.write(recorded, to: file)
          StandardStreams.write("recorded \(file)\n")
        }
        passed += 1
        continue
      }
      guard let text else { continue }
      if let problem = Transcript.problem(in: text) {
        // A file that checks nothing, or is no transcript, must not count as a pass.
        failed += 1
        StandardStreams.write("\(file):\(problem.line): \(problem.message)\n\n")
        continue
      }
      let mismatches = replay.mismatches(in: Transcript(parsing: text))
      if mismatches.isEmpty {
        passed += 1
      } else {
        failed += 1
        for mismatch in mismatches {
          // Transcripts are anyone's files: shown, never obeyed.
          StandardStreams.write("\(file):\(mismatch.line): reply differs\n\(mismatch.diff(file: file).escapingControlCharacters)\n\n")
        }
      }
    }
    StandardStreams.write("\(passed) passed, \(failed) failed\n")
    if failed > 0 { throw ExitStatus.checkFailed }
  }

  /// The file's text; nil for a file that does not exist yet, which `--record` creates.
  private func read(_ file: String) throws -> String? {
    switch TranscriptFile.read(file) {
    case .success(let text): return text
    case .failure(.missing) where record: return nil
    case .failure(let problem):
      StandardStreams.error("\(file): \(problem)")
      throw problem.exitStatus
    }
  }
}
