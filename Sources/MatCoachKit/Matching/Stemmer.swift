/// A deliberately light English suffix stripper.
///
/// It only has to map the forms people type onto one key ("breathe", "breathing",
/// "breaths" → "breath"); keywords go through it too, so its keys need not be words.
/// Irregular variants ("lying" / "lie", "using" / "use") belong in the data's synonyms.
public enum Stemmer {
  /// The stem of a lower-case word; numbers and short words come back unchanged.
  public static func stem(_ word: String) -> String {
    var copy = word
    return copy.withUTF8 { w -> String in
      guard w.count > 3, w.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
      var n = w.count
      func ends(_ s: StaticString) -> Bool { Self.ends(w, n, s) }
      var y = false  // "ies"/"ied" → "y"
      if (ends("ies") || ends("ied")) && n > 4 {
        n -= 3
        y = true
      } else if ends("ing") && n - 3 >= 3 {
        n -= 3
        n = undoubled(w, n)
      } else if ends("ed") && n - 2 >= 3 {
        n -= 2
        n = undoubled(w, n)
      } else if ends("sses") || ends("shes") || ends("ches") || ends("xes") || ends("zes") {
        n -= 2
      } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
        n -= 1
      } else if ends("ly") && n - 2 >= 4 && !ends("ily") && !ends("lly") {
        n -= 2  // "suddenly" → "sudden", "slowly" → "slow"
      }
      if !y && n >= 4 && w[n - 1] == 101 { n -= 1 }  // a final e
      let stem = String(decoding: UnsafeBufferPointer(rebasing: w[0..<n]), as: UTF8.self)
      return y ? stem + "y" : stem
    }
  }

  /// Whether the first `n` bytes of `w` end with `s` (and are longer than it).
  @inline(__always)
  private static func ends(_ w: UnsafeBufferPointer<UInt8>, _ n: Int, _ s: StaticString) -> Bool {
    let k = s.utf8CodeUnitCount
    guard n > k else { return false }
    for i in 0..<k where w[n - k + i] != s.utf8Start[i] { return false }
    return true
  }

  /// "runn" → "run", but "press" and "fall" keep their doubled letter.
  private static func undoubled(_ w: UnsafeBufferPointer<UInt8>, _ n: Int) -> Int {
    guard n >= 3, w[n - 1] == w[n - 2] else { return n }
    return "lsfz".utf8.contains(w[n - 1]) ? n : n - 1
  }
}
