/// A deliberately light English suffix stripper.
///
/// It only has to map the forms people type onto one key ("breathe", "breathing",
/// "breaths" → "breath"); keywords go through it too, so its keys need not be words.
/// Irregular variants ("lying" / "lie", "using" / "use") belong in the data's synonyms.
public enum Stemmer {
  /// The stem of a lower-case word; numbers and short words come back unchanged.
  public static func stem(_ word: String) -> String {
    var w = Array(word.utf8)
    guard w.count > 3, w.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
    func ends(_ suffix: String) -> Bool {
      let s = Array(suffix.utf8)
      return w.count > s.count && Array(w.suffix(s.count)) == s
    }
    if ends("ies") && w.count > 4 {
      w.removeLast(3)
      w.append(121)  // y
    } else if ends("ied") && w.count > 4 {
      w.removeLast(3)
      w.append(121)
    } else if ends("ing") && w.count - 3 >= 3 {
      w.removeLast(3)
      undouble(&w)
    } else if ends("ed") && w.count - 2 >= 3 {
      w.removeLast(2)
      undouble(&w)
    } else if ends("sses") || ends("shes") || ends("ches") || ends("xes") || ends("zes") {
      w.removeLast(2)
    } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
      w.removeLast()
    }
    if w.count >= 4 && w.last == 101 {  // e
      w.removeLast()
    }
    return String(decoding: w, as: UTF8.self)
  }

  /// "runn" → "run", but "press" and "fall" keep their doubled letter.
  private static func undouble(_ w: inout [UInt8]) {
    guard w.count >= 3, let last = w.last, w[w.count - 2] == last else { return }
    if !"lsfz".utf8.contains(last) { w.removeLast() }
  }
}
