extension FactExtractor {
  /// A session told by the clock times it starts and ends, as its length in minutes: "on it
  /// from 9:30 to 9:45 each night" (15), "10pm till quarter past" (15), "from half ten to
  /// eleven" (30), "on at 7, off at 7:20" (20). Only when the line says no length itself,
  /// and at least one end is plainly a time ("9:30", "10pm", "half ten", "quarter past"):
  /// "from 10 to 15" is a range of minutes.
  func clockRange(in tokens: [Token], fact: String, spec: NumberFact) -> FactUpdate? {
    // A fact counted in minutes, with hours among its units.
    guard spec.units.values.contains(1), spec.units.values.contains(60) else { return nil }
    for (k, token) in tokens.enumerated() where Self.rangeJoiners.contains(token.surface) || token.surface == "off" {
      let off = token.surface == "off"
      guard let end = off ? (k + 2 < tokens.count && tokens[k + 1].surface == "at" ? Self.time(at: k + 2, in: tokens) : nil)
        : Self.time(at: k + 1, in: tokens)
      else { continue }
      // Its start: right before the joining word, or after "on at" earlier ("on at 7, off at 7:20").
      var start: (minutes: Int, plain: Bool, first: Int)?
      if off {
        if let on = (0..<k).last(where: { $0 >= 1 && tokens[$0 - 1].surface == "on" && tokens[$0].surface == "at" }) {
          start = Self.time(at: on + 1, in: tokens).map { ($0.minutes, $0.plain, on - 1) }
        }
      } else {
        start = Self.timeEnding(at: k - 1, in: tokens).map { ($0.minutes, $0.plain, $0.first) }
      }
      guard let start, start.plain || end.plain, end.last + 1 >= tokens.count || spec.units[tokens[end.last + 1].word] == nil
      else { continue }
      var length = end.relative ? end.minutes : end.minutes - start.minutes
      while length <= 0 { length += 12 * 60 }
      guard spec.range.contains(Double(length)) else { continue }
      let text = Self.text(of: Double(length))
      let span = start.first...end.last
      return FactUpdate(
        fact: fact,
        entry: Profile.Entry(
          value: text, number: Double(length), said: Token.quote(tokens, span),
          describe: spec.describe.replacingOccurrences(of: "{value}", with: text)),
        tokens: span, words: 1)
    }
    return nil
  }

  /// Words between the two times of a range.
  static let rangeJoiners: Set<String> = ["to", "till", "until", "til"]

  /// A time of day read from `i`: minutes past twelve, whether it is plainly a time, and
  /// its last token; "quarter past" is `relative`, minutes after the start.
  static func time(at i: Int, in tokens: [Token]) -> (minutes: Int, plain: Bool, last: Int, relative: Bool)? {
    guard i < tokens.count else { return nil }
    let word = tokens[i].surface
    if word == "quarter" || word == "half", i + 1 < tokens.count {
      let next = tokens[i + 1].surface
      if next == "past" { return (word == "half" ? 30 : 15, true, i + 1, true) }
      // "Half ten" is half past ten; "quarter to eleven", a quarter before.
      if word == "half", let hour = hour(tokens[i + 1]) { return (hour * 60 + 30, true, i + 1, false) }
      if word == "quarter", next == "to", i + 2 < tokens.count, let hour = hour(tokens[i + 2]) {
        return (hour * 60 - 15, true, i + 2, false)
      }
      return nil
    }
    guard tokens[i].isNumber else { return nil }
    let parts = tokens[i].surface.split(separator: ".")
    guard let h = Int(parts[0]), (0...24).contains(h) else { return nil }
    var minutes = (h % 12) * 60
    var plain = false
    if parts.count == 2 {
      guard parts[1].count == 2, let m = Int(parts[1]), m < 60 else { return nil }
      minutes += m
      plain = true
    }
    var last = i
    if i + 1 < tokens.count, tokens[i + 1].clause == tokens[i].clause, ["am", "pm"].contains(tokens[i + 1].surface) {
      plain = true
      last = i + 1
    }
    return (minutes, plain, last, false)
  }

  /// The time that ends at `last`, and where it starts: "9:30", "10pm", "half ten".
  static func timeEnding(at last: Int, in tokens: [Token]) -> (minutes: Int, plain: Bool, first: Int)? {
    // The longest that fits: "half ten", not "ten".
    guard last >= 0 else { return nil }
    for first in max(0, last - 2)...last {
      if let t = time(at: first, in: tokens), t.last == last, !t.relative { return (t.minutes, t.plain, first) }
    }
    return nil
  }

  /// An hour named alone: "ten", read as 10.
  private static func hour(_ token: Token) -> Int? {
    guard token.isNumber, let h = Int(token.surface), (1...12).contains(h) else { return nil }
    return h
  }
}
