extension Normalizer {
  /// Fractions typed with a slash, read as the words people mean by them: "1/2 hr" is "half
  /// hr" (half an hour, not the range "1-2 hr"), "3/4 of an hour" is "three quarters of an
  /// hour". Only a lone digit each side: "12/05" is a date, "24/7" a phrase of its own.
  /// And "w/o" (or "w/out") and "w/", shorthand for "without" and "with": "how do I get
  /// up w/o wrecking my back", "w/ a towel".
  static func readFractions(_ text: String) -> String {
    // Read on every line: most hold no slash, and are passed on without a copy. The
    // bytes are searched in place; walking the UTF-8 view cost about 14 instructions a
    // byte (callgrind), a tenth of a classify's normalising.
    let slash = UInt8(ascii: "/")
    guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(slash) }) ?? text.utf8.contains(slash) else {
      return text
    }
    let bytes = Array(text.utf8)
    func isDigit(_ k: Int) -> Bool { k >= 0 && k < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[k]) }
    func isLetter(_ k: Int) -> Bool {
      k >= 0 && k < bytes.count && ((UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[k] | 0x20))
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 16)
    var i = 0
    while i < bytes.count {
      if i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "/"), isDigit(i), isDigit(i + 2), !isDigit(i - 1), !isDigit(i + 3),
        i == 0 || bytes[i - 1] != UInt8(ascii: "/"), i + 3 >= bytes.count || bytes[i + 3] != UInt8(ascii: "/"),
        let words = fractionWords[[bytes[i], bytes[i + 2]]]
      {
        out += Array(words.utf8)
        // "1/2hr": the unit as a word of its own.
        if isLetter(i + 3) { out.append(UInt8(ascii: " ")) }
        i += 3
        continue
      }
      if bytes[i] | 0x20 == UInt8(ascii: "w"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "/"), !isLetter(i - 1) {
        if i + 2 < bytes.count, bytes[i + 2] | 0x20 == UInt8(ascii: "o") {
          let out3 = i + 4 < bytes.count && bytes[i + 3] | 0x20 == UInt8(ascii: "u") && bytes[i + 4] | 0x20 == UInt8(ascii: "t")
          if out3 ? !isLetter(i + 5) : !isLetter(i + 3) {
            out += Array("without".utf8)
            i += out3 ? 5 : 3
            continue
          }
        } else if !isLetter(i + 2) && !isDigit(i + 2) {
          out += Array("with".utf8)
          i += 2
          continue
        }
      }
      out.append(bytes[i])
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The fractions people time things in, by their two digits.
  private static let fractionWords: [[UInt8]: String] = [
    [UInt8(ascii: "1"), UInt8(ascii: "2")]: "half",
    [UInt8(ascii: "1"), UInt8(ascii: "4")]: "a quarter",
    [UInt8(ascii: "3"), UInt8(ascii: "4")]: "three quarters",
  ]
}
