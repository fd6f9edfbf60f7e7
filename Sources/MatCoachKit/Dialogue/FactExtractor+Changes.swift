extension FactExtractor {
  /// Amounts told as changes to the one the user had, in place of the numbers read as
  /// said: "went from 10 to 15 minutes" does 15, "upped it by 5 minutes from 10" and "added
  /// ten more minutes onto my usual 10" do 15 and 20, "cut back to half what I was doing
  /// (30)" does 15; "knocked 5 off", "added an extra 5 mins" and "halved it" change the
  /// amount remembered (`FactUpdate.change`), which the coach applies.
  func readChanges(_ updates: inout [FactUpdate], in tokens: [Token], fact: String, spec: NumberFact) {
    var start = 0
    while start < tokens.count {
      var end = start
      while end + 1 < tokens.count, tokens[end + 1].clause == tokens[start].clause { end += 1 }
      if let update = changedAmount(in: start...end, tokens: tokens, fact: fact, spec: spec) {
        updates.removeAll { $0.fact == fact && $0.entry.number != nil && (start...end).contains($0.tokens.lowerBound) }
        updates.append(update)
      }
      start = end + 1
    }
  }

  /// The amount a clause changes to, or the change itself when the clause names nothing it
  /// changes from.
  private func changedAmount(
    in clause: ClosedRange<Int>, tokens: [Token], fact: String, spec: NumberFact
  ) -> FactUpdate? {
    // So many times as much, at `k`: not "half" before a number, which tells the time ("half ten"),
    // nor the half "and a half" adds to a number ("9 and a half minutes").
    func factor(at k: Int) -> Double? {
      guard let f = Self.times[tokens[k].surface] else { return nil }
      guard tokens[k].surface == "half" else { return f }
      let beforeANumber = k < clause.upperBound && tokens[k + 1].isNumber
      let added = k - 2 >= clause.lowerBound && tokens[k - 2].surface == "and" && ["a", "an"].contains(tokens[k - 1].surface)
      return beforeANumber || added ? nil : f
    }
    // Or compared with before, with no verb of changing: "doing 10 minutes less than before"
    // (not "than my wife": compared with someone else, nothing of the user's changed; nor
    // "the redness lasted 20 minutes longer than last time": no session's length).
    func compares(at k: Int) -> Bool {
      guard tokens[k].surface == "than", k - 2 >= clause.lowerBound, k < clause.upperBound, Self.isOneself(after: k, in: tokens),
        Self.isMoreOrLess(tokens[k - 1]), !Self.namesASensation(clauseOf: k, in: tokens)
      else { return false }
      return tokens[k - 2].isNumber || (k - 3 >= clause.lowerBound && spec.units[tokens[k - 2].word] != nil && tokens[k - 3].isNumber)
    }
    guard let changing = clause.first(where: { k in
      tokens[k].negatedBy == nil && (Self.changeVerbs.contains(tokens[k].surface) || factor(at: k) != nil || compares(at: k))
    }) else { return nil }
    /// The amount at `k`, in the fact's unit, and where it ends: a number, and its unit if
    /// one follows; nil for a count of something else ("3 sessions").
    func amount(at k: Int, reached: Bool = false) -> (value: Double, end: Int)? {
      guard clause.contains(k), tokens[k].isNumber, let n = Double(tokens[k].word) else { return nil }
      if k + 1 <= clause.upperBound, let unit = spec.units[tokens[k + 1].word] { return (n * unit, k + 1) }
      // Bare, it ends the clause or goes on to something else; one reached ("to 20") may be
      // followed by when ("doubled it to 20 this week"), though not by what it counts.
      let next = k + 1 <= clause.upperBound ? tokens[k + 1] : nil
      guard let next else { return (n, k) }
      if reached ? Self.counted.contains(next.word) : !(Self.afterABareAmount.contains(next.surface) || spec.thenWords.contains(next.word)) {
        return nil
      }
      return (n, k)
    }
    func update(_ value: Double, _ span: ClosedRange<Int>, change: FactChange? = nil) -> FactUpdate? {
      let number = (value * 100).rounded() / 100
      guard change != nil || spec.range.contains(number) else { return nil }
      let text = Self.text(of: number)
      let entry = Profile.Entry(
        value: text, number: number, said: Token.quote(tokens, span),
        describe: spec.describe.replacingOccurrences(of: "{value}", with: text))
      var update = FactUpdate(fact: fact, entry: entry, tokens: span, words: 1)
      update.change = change
      return update
    }
    // What it changes from, after a word that names it: "from 10", "my usual 10", "what I
    // was doing (30)".
    // (Not the change itself, "doing 10 minutes less", nor a length of something else, "I
    // was 10 minutes late".)
    let base = clause.lazy.compactMap { k -> (value: Double, at: Int)? in
      guard k > clause.lowerBound, Self.basedOn.contains(tokens[k - 1].surface), let a = amount(at: k),
        a.end == clause.upperBound || !(Self.isMoreOrLess(tokens[a.end + 1]) || spec.ofOther.contains(tokens[a.end + 1].word))
      else { return nil }
      return (a.value, k)
    }.first
    // Changed to an amount: "doubled it to 20", "went from 10 to 15", "drop down from 25 mins to 10".
    if Self.changeVerbs.contains(tokens[changing].surface),
      let to = clause.first(where: { $0 > changing && tokens[$0].surface == "to" }), let b = amount(at: to + 1, reached: true),
      // Not a count changed: "went from 2 sessions to 3".
      !clause.contains(where: { $0 < to && tokens[$0].isNumber && amount(at: $0) == nil })
    {
      return update(b.value, (to + 1)...b.end)
    }
    // By an amount more or less: "upped it by 5", "10 more minutes", "an extra 5", "knocked 5 off".
    for k in clause where k != base?.at {
      guard let a = amount(at: k) else { continue }
      let before = k > clause.lowerBound ? tokens[k - 1].surface : ""
      let after = a.end + 1 <= clause.upperBound ? tokens[a.end + 1].surface : ""
      let more = Self.more.contains(after) || Self.more.contains(before)
      let less = Self.less.contains(after)
      guard more || less || before == "by" else { continue }
      let lessened = less || clause.contains { Self.lessening.contains(tokens[$0].surface) && $0 < k }
      let delta = lessened ? -a.value : a.value
      if let base { return update(base.value + delta, min(base.at, k)...max(base.at, a.end)) }
      // What it came to, said after the change: "10 minutes less than before so 15 now".
      if let result = clause.first(where: { j in
        j > a.end + 1 && tokens[j].isNumber && Self.comesTo(j, after: a.end, in: tokens)
      }),
        let r = amount(at: result)
      {
        return update(r.value, result...r.end)
      }
      return update(delta, k...a.end, change: .by(delta))
    }
    // So many times as much: "cut back to half what I was doing (30)", "halved it".
    if let factor = clause.lazy.compactMap(factor(at:)).first {
      // What it was, said with it: "half what I was doing (30)".
      let said = clause.lazy.compactMap { k in amount(at: k).map { (value: $0.value, at: k, end: $0.end) } }.first
      if let said { return update(said.value * factor, said.at...said.end) }
      // Of the amount remembered, said with a verb of changing it: "halved it" ("a half
      // marathon" halves nothing).
      guard clause.allSatisfy({ !tokens[$0].isNumber }), Self.changeVerbs.contains(tokens[changing].surface) else { return nil }
      return update(factor, changing...changing, change: .times(factor))
    }
    return nil
  }

  /// The remembered amount changed as `update` says, as the update to remember; nil when
  /// nothing is remembered to change.
  package func applying(_ update: FactUpdate, to remembered: Profile.Entry?) -> FactUpdate? {
    guard let change = update.change else { return update }
    guard let base = remembered?.number, let spec = numberFacts.first(where: { facts[$0.fact].name == update.fact })?.spec
    else { return nil }
    let number = (change.applied(to: base) * 100).rounded() / 100
    guard spec.range.contains(number) else { return nil }
    var changed = update
    let text = Self.text(of: number)
    changed.entry = Profile.Entry(
      value: text, number: number, said: update.entry.said, describe: spec.describe.replacingOccurrences(of: "{value}", with: text))
    changed.change = nil
    return changed
  }

  /// Verbs of changing an amount, before "to" and what it became.
  static let changeVerbs: Set<String> = [
    "went", "gone", "moved", "increased", "upped", "built", "worked", "dropped", "drop", "cut", "jumped", "progressed",
    "stepped", "bumped", "reduced", "lowered", "raised", "doubled", "halved", "tripled", "knocked", "added", "shaved",
    "took", "upping", "adding", "increasing", "dropping", "cutting", "reducing",
  ]
  /// Words after an amount, or before it, that add it: "10 more minutes", "an extra 5".
  static let more: Set<String> = ["more", "extra", "longer", "another"]
  /// Words after an amount that take it away: "knocked 5 off", "5 less".
  static let less: Set<String> = ["off", "less", "shorter", "fewer"]
  /// Verbs before "by" an amount that take it away: "cut it by 5".
  static let lessening: Set<String> = ["cut", "dropped", "drop", "reduced", "lowered", "shaved", "knocked", "cutting", "reducing", "dropping"]
  /// Words before the amount a change is made from: "from 10", "my usual 10", "doing (30)".
  static let basedOn: Set<String> = ["from", "usual", "normal", "regular", "doing", "was"]
  /// Whether the words after "than" at `k` compare with the user's own amount before: "than
  /// before", "than last week", "than when I started", "than I used to" (not "than my
  /// wife", nor "than I expected").
  private static func isOneself(after k: Int, in tokens: [Token]) -> Bool {
    guard k + 1 < tokens.count else { return false }
    if tokens[k + 1].surface == "i" { return k + 2 < tokens.count && myOwnBefore.contains(tokens[k + 2].surface) }
    return earlierSelf.contains(tokens[k + 1].surface)
  }
  /// Words after "than" that name a time of the user's own before.
  private static let earlierSelf: Set<String> = [
    "before", "usual", "normal", "normally", "usually", "last", "yesterday", "when", "previously", "earlier", "first",
    "start", "beginning", "then", "originally",
  ]
  /// Verbs after "than I" that tell of the user's own before: "than I used to", "than I did".
  private static let myOwnBefore: Set<String> = ["used", "did", "was", "do", "normally", "usually", "had"]

  /// Whether `token` adds to an amount or takes from it: "10 more", "5 less".
  private static func isMoreOrLess(_ token: Token) -> Bool { more.contains(token.surface) || less.contains(token.surface) }

  /// Whether the number at `j` is what a change ending at `end` came to: a word that joins on
  /// the result stands before it, with nothing but words that point at the amount between
  /// ("5 less so 15 now", "5 more making it 20"; not "so I was 10 minutes late").
  private static func comesTo(_ j: Int, after end: Int, in tokens: [Token]) -> Bool {
    var k = j - 1
    while k > end, pointingAtTheAmount.contains(tokens[k].surface) { k -= 1 }
    return k > end && (resultJoiners.contains(tokens[k].surface) || tokens[k].surface == "makes")
  }
  /// Words between a joining word and the amount it came to: "making it 20", "so it's up to 20".
  private static let pointingAtTheAmount: Set<String> = ["it", "is", "up", "to", "about", "around"]
  /// Words of so many times as much.
  static let times: [String: Double] = ["doubled": 2, "tripled": 3, "halved": 0.5, "half": 0.5]
  /// What an amount reached may count instead of minutes: "up to 3 sessions".
  static let counted: Set<String> = [
    "session", "time", "day", "week", "month", "year", "go", "kg", "kilo", "pound", "lb", "stone", "rep", "set", "kid", "mile",
    "km", "step", "night", "morning", "evening",
  ]
  /// Words that may follow a bare amount in a change: "knocked 5 off that", "5 more".
  static let afterABareAmount: Set<String> = ["more", "extra", "off", "less", "longer", "shorter", "on", "onto", "to", "from"]
}
