import Foundation
import FuzzerDriver
import MatCoachKit

/// One input is a transcript file. Parsing never fails (it is lenient), and what it
/// writes back must parse to the same turns: `replay --record` relies on that round trip.
func fuzzTranscript(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
  _ = Transcript.problem(in: text)
  let transcript = Transcript(parsing: text)
  let again = Transcript(parsing: transcript.text)
  let inputs = { (t: Transcript) in t.turns.map { [$0.input] + $0.reply } }
  if inputs(again) != inputs(transcript) {
    fatalError("the written transcript parses differently:\n\(transcript.text.debugDescription)")
  }
  return 0
}

exit(matcoach_fuzz(CommandLine.argc, CommandLine.unsafeArgv, fuzzTranscript))
