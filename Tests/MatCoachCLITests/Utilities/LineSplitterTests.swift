import Testing

@testable import MatCoachCLI

@Suite struct LineSplitterTests {
  /// The lines of `input`, handed over in pieces of at most `chunk` bytes, as a pipe may.
  func lines(_ input: [UInt8], maxBytes: Int, chunk: Int = 7) -> [(text: String, cut: Bool)] {
    var offset = 0
    var splitter = LineSplitter(maxBytes: maxBytes) { buffer, count in
      let n = min(count, chunk, input.count - offset)
      if n > 0 { input.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress! + offset, byteCount: n) } }
      offset += n
      return n
    }
    var out: [(text: String, cut: Bool)] = []
    while let line = splitter.next() { out.append(line) }
    return out
  }

  @Test func aLongLineIsCutToTheLimitAsItIsReadAndTheNextLineIsWhole() {
    let read = lines(Array(String(repeating: "spikes ", count: 100).utf8) + Array("\nhow long?\n".utf8), maxBytes: 64)
    #expect(read.count == 2)
    #expect(read.first?.text == String(String(repeating: "spikes ", count: 100).prefix(64)))
    #expect(read.first?.cut == true)
    #expect(read.last?.text == "how long?")
    #expect(read.last?.cut == false)
  }

  @Test func aCutThroughACharacterIsRepaired() {
    let read = lines(Array(String(repeating: "é", count: 10).utf8), maxBytes: 5)
    #expect(read.map(\.text) == ["éé\u{FFFD}"])
    #expect(read.first?.cut == true)
  }

  @Test func crlfLineEndsAndAMissingLastNewlineAreHandled() {
    let read = lines(Array("how long\r\nhow often\r\n\r\nlast".utf8), maxBytes: 64)
    #expect(read.map(\.text) == ["how long", "how often", "", "last"])
    #expect(read.allSatisfy { !$0.cut })
  }
}
