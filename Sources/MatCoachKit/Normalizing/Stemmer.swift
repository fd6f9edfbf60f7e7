/// A deliberately light English suffix stripper.
///
/// It only has to map the forms people type onto one key ("breathe", "breathing",
/// "breaths" → "breath"); keywords go through it too, so its keys need not be words.
/// Irregular variants ("lying" / "lie", "using" / "use") belong in the data's synonyms.
package enum Stemmer {
  /// The stem of a lower-case word; numbers and short words come back unchanged.
  package static func stem(_ word: String) -> String {
    var copy = word
    return copy.withUTF8 { w -> String in
      guard w.count > 3, w.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
      let (n, last) = stemLength(w)
      if n == w.count && last == 0 { return word }
      let stem = String(decoding: UnsafeBufferPointer(rebasing: w[0..<n]), as: UTF8.self)
      return last == 0 ? stem : stem + String(UnicodeScalar(last))
    }
  }

  /// How many leading bytes of `w` the stem keeps, and the letter that follows them, or 0
  /// ("therapies" → "therap" + "y", "imagined" → "imagin" + "e"). Checked by the last letter
  /// first: this runs for every word of every turn.
  @inline(__always)
  static func stemLength(_ w: UnsafeBufferPointer<UInt8>) -> (Int, UInt8) {
    var n = w.count
    // Whether the first `n` bytes end with these letters (and are longer than them).
    func ends(_ a: UInt8, _ b: UInt8) -> Bool { n > 2 && w[n - 2] == a && w[n - 1] == b }
    func ends(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool { n > 3 && w[n - 3] == a && ends(b, c) }
    func ends(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> Bool { n > 4 && w[n - 4] == a && ends(b, c, d) }
    let (d, e, g, i, l, s, y) = (UInt8(100), UInt8(101), UInt8(103), UInt8(105), UInt8(108), UInt8(115), UInt8(121))
    switch w[n - 1] {
    case s:
      if n > 4 && ends(i, e, s) { return (n - 3, y) }
      if ends(s, s, e, s) || ends(s, 104, e, s) || ends(99, 104, e, s) || ends(120, e, s) || ends(122, e, s) {
        // -sses -shes -ches -xes -zes
        n -= 2
      } else if !(w[n - 2] == s || w[n - 2] == 117 || w[n - 2] == i) {  // not -ss -us -is
        n -= 1
      }
    case d:
      if n > 4 && ends(i, e, d) { return (n - 3, y) }
      if ends(e, d) && n - 2 >= 3 {
        n = undoubled(w, n - 2)
        if n == w.count - 2 && endsInConsonantIn(w, n) { return (n, e) }
      }
    case g:
      if ends(i, 110, g) && n - 3 >= 3 {  // -ing
        n = undoubled(w, n - 3)
        if n == w.count - 3 && endsInConsonantIn(w, n) { return (n, e) }
      }
    case y:
      if ends(l, y) && n - 2 >= 4 && w[n - 3] != i && w[n - 3] != l { n -= 2 }  // -ly
    default:
      break
    }
    // A final e goes ("breathe" → "breath"), but not from "-ine": "heroine" is not
    // "heroin", nor "spine" "spin", "mine" "min" or "fine" "fin". Their "-ined" and
    // "-ining" get it back above ("imagining" → "imagine"), as "spinning", doubled, does not.
    if n >= 4 && w[n - 1] == e && !(w[n - 3] == i && w[n - 2] == 110) { n -= 1 }
    return (n, 0)
  }

  /// Whether the first `n` bytes of `w` end in a consonant and "in" ("imagin", "lin").
  @inline(__always)
  private static func endsInConsonantIn(_ w: UnsafeBufferPointer<UInt8>, _ n: Int) -> Bool {
    n >= 3 && w[n - 2] == 105 && w[n - 1] == 110 && !"aeiou".utf8.contains(w[n - 3])
  }

  /// "runn" → "run", but "press" and "fall" keep their doubled letter, and so does a
  /// doubled vowel: "weeing" is "wee", not the "we" of "we can't go on holiday".
  @inline(__always)
  private static func undoubled(_ w: UnsafeBufferPointer<UInt8>, _ n: Int) -> Int {
    guard n >= 3, w[n - 1] == w[n - 2] else { return n }
    return "lsfzaeiou".utf8.contains(w[n - 1]) ? n : n - 1
  }
}
