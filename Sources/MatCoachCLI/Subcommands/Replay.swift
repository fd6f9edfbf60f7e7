import ArgumentParser
import Foundation
import MatCoachKit

/// Replays golden transcripts and reports every reply that changed.
struct Replay: ParsableCommand {
  static let configuration = CommandConfiguration(
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
      let exists = FileManager.default.fileExists(atPath: file)
      guard exists || record else {
        StandardStreams.error("\(file): no such file")
        throw ExitStatus.noInput
      }
      let text = exists ? (try? String(contentsOfFile: file, encoding: .utf8)) : ""
      guard let text else {
        StandardStreams.error("\(file): cannot read it as UTF-8 text")
        throw ExitStatus.noInput
      }
      let transcript = Transcript(parsing: text)
      if record {
        let recorded = replay.record(transcript).text
        if recorded != text {
          try recorded.write(toFile: file, atomically: true, encoding: .utf8)
          StandardStreams.write("recorded \(file)\n")
        }
        passed += 1
        continue
      }
      if transcript.turns.isEmpty {
        // A file that checks nothing must not count as a pass.
        failed += 1
        StandardStreams.write("\(file):1: no turns: a turn is a line starting with \"> \"\n\n")
        continue
      }
      let mismatches = replay.mismatches(in: transcript)
      if mismatches.isEmpty {
        passed += 1
      } else {
        failed += 1
        for mismatch in mismatches {
          StandardStreams.write("\(file):\(mismatch.line): reply differs\n\(mismatch.diff(file: file))\n\n")
        }
      }
    }
    StandardStreams.write("\(passed) passed, \(failed) failed\n")
    if failed > 0 { throw ExitStatus.checkFailed }
  }
}
