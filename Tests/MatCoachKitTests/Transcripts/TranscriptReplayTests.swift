import Foundation
import MatCoachKit
import Testing

/// Every golden conversation in Transcripts/, one test case each.
@Suite struct TranscriptReplayTests {
  static let files: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: TestSupport.transcriptsPath)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted()
  }()

  static var recording: Bool { ProcessInfo.processInfo.environment["MATCOACH_RECORD"] == "1" }

  @Test(arguments: files)
  func transcript(_ name: String) throws {
    let path = TestSupport.transcriptsPath + "/" + name
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let transcript = Transcript(parsing: text)
    let replay = TranscriptReplay(knowledge: TestSupport.compiled)
    #expect(!transcript.turns.isEmpty, "\(name) has no turns")
    if Self.recording {
      let recorded = replay.record(transcript).text
      if recorded != text {
        try recorded.write(toFile: path, atomically: true, encoding: .utf8)
        // Like snapshot tools: a recording run never passes silently.
        Issue.record("recorded new baseline for \(name); check it and run again without MATCOACH_RECORD")
      }
      return
    }
    for mismatch in replay.mismatches(in: transcript) {
      Issue.record("Transcripts/\(name):\(mismatch.line): reply differs\n\(mismatch.diff(file: "Transcripts/\(name)"))")
    }
  }

  @Test func thereAreAtLeastThirty() {
    #expect(Self.files.count >= 30)
  }

  @Test func aChangedReplyIsCaughtWithFileLineAndDiff() throws {
    let name = try #require(Self.files.first)
    let text = try String(contentsOfFile: TestSupport.transcriptsPath + "/" + name, encoding: .utf8)
    var transcript = Transcript(parsing: text)
    let turn = try #require(transcript.turns.firstIndex { !$0.reply.isEmpty })
    transcript.turns[turn].reply[0] += " (changed)"
    let mismatches = TranscriptReplay(knowledge: TestSupport.compiled).mismatches(in: transcript)
    #expect(mismatches.count == 1)
    let diff = try #require(mismatches.first).diff(file: name)
    #expect(diff.contains("@@ \(name):\(transcript.turns[turn].line)"))
    #expect(diff.contains("-" + transcript.turns[turn].reply[0]))
    #expect(diff.contains("+" + transcript.turns[turn].reply[0].replacingOccurrences(of: " (changed)", with: "")))
  }

  @Test func everyCatalogueIdAndCommandIsReached() throws {
    var reached: Set<String> = []
    var commands: Set<String> = []
    for name in Self.files {
      let text = try String(contentsOfFile: TestSupport.transcriptsPath + "/" + name, encoding: .utf8)
      var coach = TestSupport.coach()
      for turn in Transcript(parsing: text).turns {
        if let intent = coach.respond(to: turn.input).intent { reached.insert(intent) }
        if turn.input.hasPrefix("/") { commands.insert(String(turn.input.dropFirst().prefix { $0 != " " })) }
      }
    }
    let missing = Catalogue.ids.filter { !reached.contains($0) }
    #expect(missing.isEmpty, "no transcript reaches: \(missing.joined(separator: ", "))")
    let missingCommands = SlashCommand.allCases.map(\.rawValue).filter { !commands.contains($0) }
    #expect(missingCommands.isEmpty, "no transcript uses: \(missingCommands.joined(separator: ", "))")
  }
}
