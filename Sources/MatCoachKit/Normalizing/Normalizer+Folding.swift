import Foundation

extension Normalizer {
  /// The text's first `limit` bytes, ending on a whole Unicode scalar. Counted in bytes,
  /// not characters: one "character" can be a million combining marks.
  static func cut(_ text: String, toBytes limit: Int) -> String {
    guard text.utf8.count > limit else { return text }
    var end = text.utf8.index(text.utf8.startIndex, offsetBy: limit)
    while end > text.startIndex, text.utf8[end] & 0xC0 == 0x80 { end = text.utf8.index(before: end) }
    return String(text.utf8[..<end]) ?? ""
  }

  /// Lower case, compatibility-decomposed, without accents, escapes or control characters.
  /// Only the non-ASCII characters pay for Unicode decomposition.
  static func fold(_ text: String) -> String {
    foldCommon(text) ?? foldAny(text)
  }

  /// `fold` written straight into bytes: ASCII and the typographic quotes and dashes that
  /// fill prose (the guide, the answers, most typed lines) by a table, any other character
  /// through `foldAny`, one at a time. Gives what `foldAny` gives; nil only for an escape
  /// sequence holding a non-ASCII character, which `foldAny` reads whole.
  static func foldCommon(_ text: String) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var scalars = text.unicodeScalars.makeIterator()
    while let s = scalars.next() {
      switch s.value {
      case 0x1B:  // ESC: skip a CSI sequence ("\e[31m") or the single character after it
        guard let next = scalars.next() else { break }
        guard next.isASCII else { return nil }
        if next == "[" {
          while let c = scalars.next(), !(0x40...0x7E).contains(c.value) {
            guard c.isASCII else { return nil }
          }
        }
        out.append(0x20)
      case 0x60, 0x2018, 0x2019, 0x201B: out.append(UInt8(ascii: "'"))
      case 0x201C, 0x201D, 0x201E: out.append(UInt8(ascii: "\""))
      // An en or em dash is a pause, spaced or not ("no pain—just numbness"); a range
      // between numbers stays one ("10–15").
      case 0x2013...0x2015: out.append(contentsOf: [0x20, UInt8(ascii: "-"), 0x20])
      case 0x2010, 0x2012, 0x2212: out.append(UInt8(ascii: "-"))
      // A bullet starts a new item, as a full stop would: "• is there proof • does it help".
      case 0x2022, 0x2023, 0x2043, 0x25A0, 0x25AA, 0x25AB, 0x25CF, 0x25E6: out.append(contentsOf: [0x20, UInt8(ascii: "."), 0x20])
      case 0x41...0x5A: out.append(UInt8(s.value + 32))  // A-Z
      case 0x20...0x7E: out.append(UInt8(s.value))
      case 0..<0x20, 0x7F: out.append(0x20)  // control characters
      // Any other character folds on its own (a bullet, an accent): through Foundation.
      default: out.append(contentsOf: foldAny(String(s)).utf8)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// `fold` for any text: each non-ASCII character decomposed through Foundation.
  static func foldAny(_ text: String) -> String {
    var decomposed = String.UnicodeScalarView()
    for s in text.unicodeScalars {
      switch s.value {
      // ASCII, and the typographic quotes and dashes that fill prose: none decomposes
      // (U+2011 and U+2017 do), and asking Foundation is most of what folding prose costs.
      case 0..<0x80, 0x2010, 0x2012...0x2016, 0x2018...0x201E, 0x2212, 0x2022, 0x2023, 0x2043, 0x25A0, 0x25AA, 0x25AB, 0x25CF, 0x25E6:
        decomposed.append(s)
      default:
        decomposed.append(contentsOf: String(s).decomposedStringWithCompatibilityMapping.unicodeScalars)
      }
    }
    var out = String.UnicodeScalarView()
    var scalars = decomposed.makeIterator()
    while let s = scalars.next() {
      switch s.value {
      case 0x1B:  // ESC: skip a CSI sequence ("\e[31m") or the single character after it
        guard let next = scalars.next() else { break }
        if next == "[" {
          while let c = scalars.next(), !(0x40...0x7E).contains(c.value) {}
        }
        out.append(" ")
      case 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4:
        out.append("'")
      case 0x201C, 0x201D, 0x201E, 0x2033:
        out.append("\"")
      case 0x2013...0x2015:
        out.append(contentsOf: [" ", "-", " "])
      case 0x2010...0x2012, 0x2212:
        out.append("-")
      case 0x2022, 0x2023, 0x2043, 0x25A0, 0x25AA, 0x25AB, 0x25CF, 0x25E6:
        out.append(contentsOf: [" ", ".", " "])
      case 0x41...0x5A:  // A-Z
        out.append(Unicode.Scalar(s.value + 32)!)
      case 0x20...0x7E:
        out.append(s)
      default:
        if s.properties.generalCategory == .nonspacingMark { continue }
        if s.properties.generalCategory == .control || s.properties.generalCategory == .format {
          out.append(" ")
          continue
        }
        for lower in s.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
      }
    }
    return String(out)
  }
}
