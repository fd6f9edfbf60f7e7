/// Reads facts about the user from an utterance, wherever they appear in it.
///
/// Choice facts come from their values' phrases (not when denied: "I'm not new");
/// number facts from a number followed by one of the fact's units ("ten mins",
/// "a 15-minute session", "half an hour"), or ending a clause after one of its
/// prefixes ("can I go up to 30?"). A choice fact with `durations` is also read from how
/// long something has lasted ("sore for 3 months").
package struct FactExtractor: Sendable {
  package let facts: [FactDefinition]
  private let index: PhraseIndex
  /// Owner number in the index → (fact, value) positions.
  private let owners: [(fact: Int, value: Int)]
  /// Per number fact: its units and prefixes as normalised words.
  let numberFacts: [(fact: Int, spec: NumberFact)]
  /// The number facts' units ("minutes", "hrs"), as tokens' words: before "a day" they
  /// make it how much each day ("10 minutes a day"), not how long.
  private let amountUnits: Set<String>
  /// The number facts' approximations, word by word ("about", "or so"), for
  /// `holdsOnlyAnAmount(from:amount:in:)`.
  private let approximationWords: Set<String>
  /// The choice values with `alone` words, found once: most knowledge bases have none.
  private let aloneValues: [(fact: Int, value: Int)]
  /// The choice values with `clock:` hours.
  private let clockValues: [(fact: Int, value: Int)]
  /// Per fact read from lengths of time: its rules and the vocabulary ids of its `about`
  /// words, which a mistyped word ("bak") finds through its spelling alternatives.
  private let durationFacts: [(fact: Int, spec: FactDurations, about: [Int32])]

  /// - Parameter vocabulary: holds every word of the facts' phrases.
  package init(facts: [FactDefinition], vocabulary: Vocabulary) {
    self.facts = facts
    var index = PhraseIndex()
    var owners: [(Int, Int)] = []
    var numberFacts: [(Int, NumberFact)] = []
    var durationFacts: [(Int, FactDurations, [Int32])] = []
    for (f, fact) in facts.enumerated() {
      for (v, value) in fact.values.enumerated() {
        for (p, phrase) in value.phrases.enumerated() {
          guard let ids = vocabulary.ids(of: phrase.words) else { continue }
          index.add(words: ids, owner: owners.count, phrase: p)
        }
        owners.append((f, v))
      }
      if let spec = fact.number { numberFacts.append((f, spec)) }
      if let spec = fact.durations {
        durationFacts.append((f, spec, spec.about.compactMap { vocabulary.id(of: Stemmer.stem($0)) }))
      }
    }
    index.finish(vocabularySize: vocabulary.count)
    self.index = index
    self.owners = owners
    self.numberFacts = numberFacts
    self.amountUnits = Set(numberFacts.flatMap { $0.1.units.keys })
    self.approximationWords = Set(numberFacts.flatMap { $0.1.approximations.flatMap { $0.split(separator: " ").map(String.init) } })
    self.aloneValues = facts.indices.flatMap { f in facts[f].values.indices.filter { !facts[f].values[$0].alone.isEmpty }.map { (f, $0) } }
    self.clockValues = facts.indices.flatMap { f in facts[f].values.indices.filter { !facts[f].values[$0].hours.isEmpty }.map { (f, $0) } }
    self.durationFacts = durationFacts
  }

  /// The facts the tokens state, in the order they were said, and the ones they deny
  /// ("I'm not new to this", marked `denied`).
  /// `year` is this year, for a start said as a year ("since 2019"); `correcting`, the
  /// facts the line before stated: a clause that says only a length, in a line that
  /// corrects ("sorry, I meant 2 years, not 2 weeks") or going on about it ("it's been 5
  /// months really"), is about the one fact told by a length among them. `answering`, the
  /// facts the line before named without a length ("I've only had the mat a little
  /// while", ``leftUntimed(_:)``): a clause of only a length ("about a fortnight") gives it.
  package func extract(
    tokens: [Token], alternatives: Alternatives, year: Int? = nil, correcting: Set<String> = [], answering: Set<String> = []
  ) -> [FactUpdate] {
    var updates: [FactUpdate] = []
    let found = index.matches(tokens: tokens, alternatives: alternatives).filter {
      $0.confidence >= IntentMatcher.threshold
    }
    // A "not" a phrase holds is that phrase's and denies nothing said apart from it:
    // "doesn't hurt any more, got used to it" says "got used to it" too (but "never used
    // one before" shares its words with "never used", and denies "used one before").
    let plain = IntentMatcher.nonOverlapping(found.filter { !$0.negated })
    func negatorIsHeld(_ m: PhraseMatch) -> Bool {
      m.tokens.allSatisfy { i in
        tokens[i].negatedBy.map { by in plain.contains { $0.tokens.contains(by) && !$0.tokens.overlaps(m.tokens) } } ?? true
      }
    }
    let stated = IntentMatcher.nonOverlapping(found.filter { !$0.negated || negatorIsHeld($0) })
    let denied = IntentMatcher.nonOverlapping(found.filter { $0.negated && !negatorIsHeld($0) }).filter { d in
      !stated.contains { $0.tokens.overlaps(d.tokens) }
    }
    for m in stated + denied {
      let (f, v) = owners[m.owner]
      let value = facts[f].values[v]
      let said = Token.quote(tokens, m.tokens)
      updates.append(
        FactUpdate(
          fact: facts[f].name,
          entry: Profile.Entry(value: value.name, said: said, describe: value.describe),
          tokens: m.tokens, words: value.phrases[m.phrase].words.count,
          denied: (m.negated && !negatorIsHeld(m)) || Self.isRuledOut(m.tokens, in: tokens)))
    }
    updates += alone(in: tokens)
    updates += clockTimes(in: tokens)
    for (f, spec) in numberFacts {
      updates += numbers(in: tokens, fact: facts[f].name, spec: spec, correcting: correcting.contains(facts[f].name))
      readChanges(&updates, in: tokens, fact: facts[f].name, spec: spec)
      if !updates.contains(where: { $0.fact == facts[f].name }), let range = clockRange(in: tokens, fact: facts[f].name, spec: spec) {
        updates.append(range)
      }
    }
    var lengthsRead: [(update: FactUpdate, distance: Int)] = []
    // A word a phrase of another fact told by a length holds is that fact's: "mine" in "I
    // tweaked mine a few days ago" is the back, not the mat. (A fact no length tells leaves
    // it: "using" in "been using it every night for 6 weeks" is the mat's, though "using it
    // every night" says when.)
    let phrased = updates.filter { !$0.denied }.map { ($0.fact, $0.tokens) }
    let toldByLengths = Set(durationFacts.map { facts[$0.fact].name })
    for (f, spec, about) in durationFacts {
      let others = phrased.filter { $0.0 != facts[f].name && toldByLengths.contains($0.0) }.map(\.1)
      let stated = Set(phrased.filter { $0.0 == facts[f].name }.map { tokens[$0.1.lowerBound].clause })
      // Only when the line before stated one fact told by a length: with two ("pain for 5
      // years and the mat for 2 weeks"), "sorry, 3 weeks" could be either.
      let continuing = correcting.contains(facts[f].name)
        && durationFacts.filter { correcting.contains(facts[$0.fact].name) }.count == 1
      let corrected = continuing && tokens.contains { Self.correctionWords.contains($0.surface) }
      // Only when one fact was left untimed: "about a fortnight" could be either of two.
      let answers = answering.count == 1 && answering.contains(facts[f].name)
      lengthsRead += lengths(
        in: tokens, alternatives: alternatives, fact: facts[f], spec: spec, about: about, year: year,
        heldElsewhere: { i in others.contains { $0.contains(i) } },
        toldElsewhere: { i in phrased.contains { $0.0 != facts[f].name && $0.1.contains(i) } }, statedIn: stated,
        corrected: corrected || answers, continuing: continuing)
    }
    // One length, two facts' words in its clause ("can I use it on a back I hurt 2 days
    // ago"): it is about the word nearest to it. Of a fact's lengths in one clause, the one
    // nearest its words is its own ("bad for years and flaring up this week"; "back pain
    // for 10 years, and got the mat 2 weeks ago").
    let kept = lengthsRead.filter { read in
      !lengthsRead.contains { other in
        other.update.fact != read.update.fact && other.update.tokens == read.update.tokens && other.distance < read.distance
      }
    }
    var nearest: [FactClause: (tokens: ClosedRange<Int>, distance: Int)] = [:]
    for read in kept {
      let key = FactClause(fact: read.update.fact, clause: tokens[read.update.tokens.lowerBound].clause)
      if let best = nearest[key], best.distance <= read.distance { continue }
      nearest[key] = (read.update.tokens, read.distance)
    }
    for read in kept {
      let key = FactClause(fact: read.update.fact, clause: tokens[read.update.tokens.lowerBound].clause)
      guard nearest[key]?.tokens == read.update.tokens else { continue }
      let length = read.update
      // "this morning" in "I hurt it this morning" says when it happened, not when the
      // user lies on the mat: words a length of time took are no other fact's.
      updates.removeAll { $0.fact != length.fact && length.tokens.contains($0.tokens.lowerBound) && length.tokens.contains($0.tokens.upperBound) }
      let said = updates.indices.filter { updates[$0].fact == length.fact && updates[$0].tokens.overlaps(length.tokens) }
      if said.isEmpty {
        updates.append(length)
      } else if tokens[length.tokens.lowerBound].surface != "for" {
        // A count ("for a week") says more than a phrase that matches the same words by
        // their stems ("for weeks"); a bare "for months" says no more than the phrase.
        for i in said.reversed() { updates.remove(at: i) }
        updates.append(length)
      }
    }
    // "It used to hurt too much", "I used to do 30", "I was completely new to it back in
    // the spring": no longer so.
    // ("Again" right after it brings it back to now: "I used to use one years ago and just
    // started again".)
    updates.removeAll { update in
      let again = update.tokens.upperBound + 1 < tokens.count && tokens[update.tokens.upperBound + 1].surface == "again"
      return (Self.isPastHabit(at: update.tokens.lowerBound, in: tokens) && !again) || Self.isPastState(at: update.tokens.lowerBound, in: tokens)
    }
    // "Years ago I pulled my back, but that cleared up completely": over, not now. Told
    // after it: what follows is news ("the strain has healed but I've had a long ache").
    // In the next clause only when that clause speaks of it ("…, it healed"; not "my cold
    // went away").
    updates.removeAll { update in
      guard !update.denied, let over = facts.first(where: { $0.name == update.fact })?.over, !over.isEmpty else { return false }
      let clause = tokens[update.tokens.lowerBound].clause
      let next = tokens.first { $0.clause == clause + 1 && !Self.joining.contains($0.surface) }
      let clauses = next.map { Self.itself.contains($0.surface) } == true ? clause...(clause + 1) : clause...clause
      return over.contains { Self.occurs($0, in: tokens, after: update.tokens.upperBound, clauses: clauses) }
    }
    return updates.sorted { $0.position < $1.position }
  }

  /// The facts a line tells as over by themselves, in a clause that opens with "it" or
  /// "that" (after any joining word): "but that cleared up now", "it's all gone". Which
  /// fact "that" is, the caller knows: the one stated just before. So does a clause that
  /// opens naming the pain ("good news, the pain's gone now", "my back pain has cleared
  /// up"). Not when it is said to be back after ("it went away for a day but came back worse").
  /// Returns each such fact, and whether the clause named it (`named`) rather than said "it".
  package func toldAsOver(_ tokens: [Token]) -> [(fact: String, named: Bool)] {
    // ("My back" is no coming back: "my back pain has gone"; "it's back" is.)
    guard !tokens.indices.contains(where: { i in
      Self.returning.contains(tokens[i].surface)
        && (tokens[i].surface != "back" || Self.isBackAsAnAdverb(i, in: tokens) || (i > 0 && Self.beingBack.contains(tokens[i - 1].surface)))
    }) else { return [] }
    func names(_ i: Int) -> Bool {
      Self.namingThePain.contains(tokens[i].surface) && i + 1 < tokens.count && tokens[i + 1].clause == tokens[i].clause
        && Self.thePain.contains(tokens[i + 1].surface)
    }
    return facts.compactMap { fact in
      guard !fact.over.isEmpty else { return nil }
      let opening = tokens.indices.filter { i in
        (Self.itself.contains(tokens[i].surface) || (fact.name == Self.painFact && names(i))) && tokens[i].negatedBy == nil
          && (0..<i).allSatisfy { tokens[$0].clause != tokens[i].clause || Self.joining.contains(tokens[$0].surface) }
      }
      // From the opening word on: "it is gone now" is a phrase of its own. Not where it
      // goes on to where or how far: "the pain's gone down my leg", "has gone up a notch",
      // "gone for now".
      let over = opening.filter { i in
        fact.over.contains { phrase in
          Self.occurs(phrase, in: tokens, after: i - 1, clauses: tokens[i].clause...tokens[i].clause) { end in
            end >= tokens.count || tokens[end].clause != tokens[i].clause || !Self.goingOnFrom.contains(tokens[end].surface)
          }
        }
      }
      return over.isEmpty ? nil : (fact.name, over.contains(where: names))
    }
  }

  /// Values stated by an hour of the clock said with "am" or "pm" after "at", "around" or
  /// the like ("I use it at 7am", "on it by 10.30 pm"), by the values' `clock:` hours. Not
  /// the hour of waking or of an alarm ("woke at 6am", "set an alarm for 7am").
  func clockTimes(in tokens: [Token]) -> [FactUpdate] {
    guard !clockValues.isEmpty else { return [] }
    var updates: [FactUpdate] = []
    // After a word that leads to a time, or opening its clause: "10pm till quarter past".
    for k in tokens.indices.dropLast() where tokens[k].isNumber && tokens[k + 1].clause == tokens[k].clause
      && (k == 0 || tokens[k - 1].clause != tokens[k].clause || Self.clockLeads.contains(tokens[k - 1].surface))
      && !tokens.contains(where: { $0.clause == tokens[k].clause && Self.otherClocks.contains($0.surface) })
    {
      let half = tokens[k + 1].surface
      guard half == "am" || half == "pm", let h = Int(tokens[k].surface.prefix { $0 != "." }), (1...12).contains(h) else { continue }
      let hour = h % 12 + (half == "pm" ? 12 : 0)
      for (f, v) in clockValues where facts[f].values[v].hours.contains(hour) {
        let value = facts[f].values[v]
        updates.append(
          FactUpdate(
            fact: facts[f].name, entry: Profile.Entry(value: value.name, said: Token.quote(tokens, k...(k + 1)), describe: value.describe),
            tokens: k...(k + 1), words: 2))
      }
    }
    return updates
  }

  /// Whether a value that opens its clause is said, in the present, to be too much for the
  /// user: "mornings are too rushed", "evenings are just too busy" (not "the first time
  /// was too much", which tells it).
  static func isRuledOut(_ phrase: ClosedRange<Int>, in tokens: [Token]) -> Bool {
    let clause = tokens[phrase.lowerBound].clause
    guard Token.opensItsClause(tokens, at: phrase.lowerBound, after: joining) else { return false }
    var k = phrase.upperBound + 1
    guard k < tokens.count, tokens[k].clause == clause, ["is", "are"].contains(tokens[k].surface) else { return false }
    k += 1
    while k < tokens.count, tokens[k].clause == clause, Self.degreesBeforeToo.contains(tokens[k].surface) { k += 1 }
    return k < tokens.count && tokens[k].clause == clause && tokens[k].surface == "too"
  }
  /// Words of degree between "are" and "too": "mornings are just too busy".
  private static let degreesBeforeToo: Set<String> = ["just", "far", "way", "always", "a", "bit", "usually", "often", "simply", "much"]

  /// Values stated by a clause that is nothing but their `alone` words: "new." in "new.
  /// finds it brutal. evenings before bed." Opened by "not", such a clause denies them:
  /// "well, not new exactly".
  func alone(in tokens: [Token]) -> [FactUpdate] {
    guard !aloneValues.isEmpty else { return [] }
    var updates: [FactUpdate] = []
    var start = 0
    while start < tokens.count {
      var end = start
      while end + 1 < tokens.count, tokens[end + 1].clause == tokens[start].clause { end += 1 }
      defer { start = end + 1 }
      guard end - start < 5 else { continue }
      var words = tokens[start...end].map(\.word).filter { !Self.aloneHedges.contains($0) }
      let denied = words.first == "not"
      if denied { words.removeFirst() }
      guard words.count <= 3 else { continue }
      for (f, v) in aloneValues where facts[f].values[v].alone.contains(words) {
        let value = facts[f].values[v]
        updates.append(
          FactUpdate(
            fact: facts[f].name, entry: Profile.Entry(value: value.name, said: Token.quote(tokens, start...end), describe: value.describe),
            tokens: start...end, words: words.count, denied: denied))
      }
    }
    return updates
  }
  /// Words before an hour of the clock that say when something is done.
  private static let clockLeads: Set<String> = ["at", "around", "about", "by", "from", "before", "after", "till", "until", "roughly"]
  /// Words that make an hour of the clock another thing's.
  private static let otherClocks: Set<String> = ["woke", "wake", "waking", "wakes", "alarm", "reminder", "remind", "set"]
  /// Words that hedge a note without changing it: "not new exactly", "new really".
  private static let aloneHedges: Set<String> = ["exact", "exactly", "really", "quite", "as", "such", "anymore", "any", "more", "well", "so"]

  /// Whether the tokens from `start` on hold nothing but the amount at `amount`, numbers,
  /// the number facts' units and approximations, and the words that join a range: "about
  /// 10-15 minutes?", "20 mins or so?".
  package func holdsOnlyAnAmount(from start: Int, amount: ClosedRange<Int>, in tokens: [Token]) -> Bool {
    (start..<tokens.count).allSatisfy { k in
      amount.contains(k) || tokens[k].isNumber || amountUnits.contains(tokens[k].word)
        || approximationWords.contains(tokens[k].surface) || Self.joiningARange.contains(tokens[k].surface)
    }
  }

  /// Words between the two ends of a range, or in an amount said in words ("half an hour").
  private static let joiningARange: Set<String> = ["-", "to", "or", "a", "an", "half"]

  /// Words that tell something over is back: "came back", "it's back", "again", "returned".
  private static let returning: Set<String> = ["back", "again", "returned", "return", "returns"]

  /// Whether a clause says nothing but a length, and words that correct or go on with it:
  /// "sorry, I meant 2 years", "it's been going on for about 5 months really" (not "it took
  /// 2 weeks to arrive", nor "actually I'm off work for a week").
  static func saysOnlyALength(_ clause: ClosedRange<Int>, _ length: ClosedRange<Int>, in tokens: [Token]) -> Bool {
    clause.allSatisfy { i in
      length.contains(i) || tokens[i].isNumber || lengthOnly.contains(tokens[i].surface)
        // The length it replaces, after "not": "it's two months not two weeks".
        || (i >= 2 && tokens[i - 1].isNumber && tokens[i - 2].surface == "not")
    }
  }

  /// The words a clause that only gives a length may hold besides it.
  private static let lengthOnly: Set<String> = [
    "i", "meant", "mean", "sorry", "actually", "oops", "correction", "typo", "no", "not", "it", "its", "is", "was", "has",
    "been", "going", "on", "for", "about", "around", "roughly", "nearly", "almost", "over", "just", "really", "well", "so",
    "yeah", "oh", "um", "er", "ok", "okay", "more", "like", "that", "this", "ago", "now", "than", "a", "an", "or",
    // Going on about what was said before: "actually not new, had it a year".
    "had", "have",
    // Correcting it: "no wait, 2 weeks", "my bad, 2 years", "or rather 6 months".
    "wait", "my", "bad", "rather",
    // Give or take: "3 months or thereabouts".
    "thereabouts", "ish",
  ]

  /// Whether a clause opens, after words that only lead in, with a word for what was
  /// just said: "well, it's been going on for 5 months".
  static func goesOn(_ clause: ClosedRange<Int>, in tokens: [Token]) -> Bool {
    guard let first = clause.first(where: { !leadIns.contains(tokens[$0].surface) }) else { return false }
    return itself.contains(tokens[first].surface)
  }

  /// The facts told by a length that `tokens` name with only a vague one ("I've only had
  /// the mat a little while", "my back's been hurting for a bit"): the coach has not been
  /// told how long, and a length said next on its own gives it. Not someone else's (`isSomeoneElses`
  /// at the fact's word: "my husband's back has been bad for a while"), not a break ("I
  /// haven't used the mat for a while"), nor how long something after it lasted ("sore
  /// for a while after my first session").
  package func leftUntimed(_ tokens: [Token], isSomeoneElses: (Int) -> Bool) -> Set<String> {
    guard tokens.contains(where: { Self.vagueLengthEnds.contains($0.surface) }) else { return [] }
    var untimed: Set<String> = []
    for (f, spec, _) in durationFacts {
      for (i, token) in tokens.enumerated() where Self.vagueLengthEnds.contains(token.surface) {
        let vague = Self.vagueLengths.contains { words in
          i + 1 >= words.count && zip(tokens[(i + 1 - words.count)...i], words).allSatisfy { $0.surface == $1 && $0.clause == token.clause }
        }
        guard vague, token.negatedBy == nil else { continue }
        let clause = tokens.indices.filter { tokens[$0].clause == token.clause }
        if clause.contains(where: { Self.afterSomethingElse.contains(tokens[$0].surface) }) { continue }
        if clause.contains(where: { spec.about.contains(tokens[$0].surface) && tokens[$0].negatedBy == nil && !isSomeoneElses($0) }) {
          untimed.insert(facts[f].name)
        }
      }
    }
    return untimed
  }

  /// Lengths said without a number: "a while", "a little while", "for a bit".
  private static let vagueLengths: [[String]] = [
    ["a", "while"], ["little", "while"], ["short", "while"], ["wee", "while"], ["for", "a", "bit"], ["some", "time"],
    ["not", "long"],
  ]
  /// Words that date a vague length from something else: "sore for a while after my first
  /// session", "stopped using it for a bit".
  private static let afterSomethingElse: Set<String> = ["after", "since", "stopped", "paused", "break", "off"]
  /// The last words of `vagueLengths`, looked for first.
  private static let vagueLengthEnds: Set<String> = ["while", "bit", "time", "long"]

  /// Words that lead into a clause and say nothing: "well", "so", "yeah".
  private static let leadIns: Set<String> = ["well", "so", "and", "but", "yeah", "yes", "oh", "actually", "um", "er", "honestly", "ok", "okay"]

  /// Whether "from" at `k` says since when, not how far: "20 minutes from the start", "from
  /// day one" (not "20 minutes from work").
  static func saysSinceTheStart(at k: Int, in tokens: [Token]) -> Bool {
    tokens[k].surface == "from"
      && (k + 1...k + 2).contains { j in j < tokens.count && tokens[j].clause == tokens[k].clause && beginnings.contains(tokens[j].surface) }
  }
  private static let beginnings: Set<String> = ["start", "beginning", "outset", "off", "first", "day", "go", "get"]

  /// Forms of "be", whose prefix must open its clause.
  private static let beings: Set<String> = ["is", "are", "was", "were", "am"]

  /// Whether the words from `k` say the number before them is an age: "is 18 too young?",
  /// "is 70 too old for it?".
  static func saysAnAge(after k: Int, in tokens: [Token]) -> Bool {
    (k..<min(k + 2, tokens.count)).contains { tokens[$0].clause == tokens[k].clause && ageWords.contains(tokens[$0].surface) }
  }
  private static let ageWords: Set<String> = ["young", "old", "older", "younger"]

  /// Words that ask back what was said, in a line that corrects it: "did I say 40?".
  static let askingBack: Set<String> = ["say", "said", "type", "typed", "write", "wrote"]

  /// Words that say a line corrects the one before: "sorry, I meant 2 years".
  package static let correctionWords: Set<String> = [
    "meant", "mean", "sorry", "actually", "correction", "typo", "oops", "wait", "rather", "scratch",
  ]

  /// Words that join on what happened next: "… for 10 years and got the mat".
  private static let nextPredicate: Set<String> = ["and", "but", "then"]

  /// Words that open a clause about what was just said: "…, it healed", "that cleared up".
  private static let itself: Set<String> = ["it", "that", "this", "which"]
  /// Words before "back" that make it the pain's return: "it's back by the evening".
  private static let beingBack: Set<String> = ["is", "be", "was", "are", "been", "come", "comes", "came", "coming"]
  /// "The pain", "my back": a clause that opens naming the pain speaks of it as "it" does.
  private static let painFact = "pain"
  private static let namingThePain: Set<String> = ["the", "my"]
  private static let thePain: Set<String> = ["pain", "back", "ache", "backache", "soreness"]

  /// Whether the line names the back or the pain anywhere ("that cleared up now, back
  /// feels normal"): what a fact told over some lines back needs, where "it's gone now"
  /// alone may be of anything said since.
  package static func namesTheBackOrThePain(_ tokens: [Token]) -> Bool {
    tokens.indices.contains { thePain.contains(tokens[$0].surface) && !isBackAsAnAdverb($0, in: tokens) }
  }
  /// Words that join a clause to the one before without naming anything.
  private static let joining: Set<String> = ["but", "and", "though", "although", "then", "now"]

  /// Whether the words of `phrase` follow one another, undenied, in the tokens of
  /// `clauses` after position `after` ("it has not healed" says no "healed"; nor does
  /// "far from healed").
  /// `ends`: whether what follows the phrase, from the position after it, lets it stand.
  static func occurs(
    _ phrase: [String], in tokens: [Token], after: Int, clauses: ClosedRange<Int>, ends: (Int) -> Bool = { _ in true }
  ) -> Bool {
    guard !phrase.isEmpty, after + 1 + phrase.count <= tokens.count else { return false }
    return ((after + 1)...(tokens.count - phrase.count)).contains { start in
      clauses.contains(tokens[start].clause)
        && phrase.indices.allSatisfy { k in
          let token = tokens[start + k]
          return token.word == phrase[k] && token.clause == tokens[start].clause && token.negatedBy == nil
        } && !(start >= 2 && tokens[start - 2].surface == "far" && tokens[start - 1].surface == "from")
        && ends(start + phrase.count)
    }
  }

  /// Words after "gone" that say where or how far it went, or for how long: not over.
  private static let goingOnFrom: Set<String> = [
    "down", "up", "into", "in", "to", "from", "through", "round", "around", "across", "worse", "for", "after", "right",
  ]

  /// What "used to" may be followed by when it means accustomed: "used to it now".
  private static let accustomedTo: Set<String> = [
    "it", "this", "that", "the", "them", "my", "a", "an", "those", "these", "being", "having", "spike", "mat",
  ]
  /// Words that bring a past habit back to now: "I used to do 30 but now I do 10".
  private static let backToNow: Set<String> = ["but", "now", "nowadays", "though", "still"]

  /// Who is used to something, not who used to do it: "I'm used to 20 minutes now".
  private static let accustomedAfter: Set<String> = ["am", "is", "are", "get", "gets", "getting", "got", "be", "been", "was"]

  /// Whether the words at `i` are said of a past habit: after "used to" in its clause and
  /// a word that is no object of it ("it used to hurt too much", "I use to do 30"; not
  /// "used to it now", nor "I'm used to 20 minutes"), and not brought back to now.
  static func isPastHabit(at i: Int, in tokens: [Token]) -> Bool {
    var k = i - 1
    while k >= 1, tokens[k].clause == tokens[i].clause, !backToNow.contains(tokens[k].surface) {
      let used = tokens[k - 1]
      if tokens[k].surface == "to", used.clause == tokens[k].clause,
        used.typed == "used" || (used.typed == "use" && k >= 2 && ["i", "it", "we"].contains(tokens[k - 2].surface)),
        !accustomedTo.contains(tokens[k + 1].word), k < 2 || !accustomedAfter.contains(tokens[k - 2].surface)
      {
        return true
      }
      k -= 1
    }
    return false
  }

  /// Whether the fact at `i` is what the user was, not is: "I was new to it back then",
  /// "I was completely new" (a word of degree between at most: "I was diagnosed with
  /// chronic pain" and "I was gardening on Sunday" still tell).
  static func isPastState(at i: Int, in tokens: [Token]) -> Bool {
    // (A fact at the line's first or second word has no "I was" before it.)
    guard i >= 2 else { return false }
    let k = pastStateDegrees.contains(tokens[i - 1].surface) ? i - 2 : i - 1
    return k >= 1 && tokens[k].clause == tokens[i].clause && tokens[k - 1].clause == tokens[i].clause
      && (tokens[k].surface == "was" || tokens[k].surface == "were") && ["i", "we"].contains(tokens[k - 1].surface)
  }

  /// Words of degree between "I was" and what the user was: "I was completely new".
  private static let pastStateDegrees: Set<String> = [
    "completely", "totally", "very", "pretty", "quite", "so", "really", "still", "fairly", "brand", "super", "a", "an",
  ]

  /// A fact in one clause: where a length of time is kept per fact.
  private struct FactClause: Hashable {
    var fact: String
    var clause: Int
  }

  /// Words that say a thing lasts a length: "my commute is 40 minutes".
  static let linking: Set<String> = ["is", "was", "take", "takes", "took", "last", "lasts", "lasted"]

  /// Subjects that start something new in a clause: "my back is sore, we moved house 3
  /// weeks ago" says nothing of how long the back has hurt.
  static let newSubjects: Set<String> = ["i", "we", "he", "she", "they", "you"]

  /// How much further a word of the clause before counts than any word of a length's own
  /// clause, when choosing which fact a length is about.
  static let previousClauseDistance = 100

  /// Whether the word at `i` is "back" as a way of moving, not the body part: "tried it
  /// last night and got straight back up" says nothing about the user's back. It goes
  /// somewhere ("back up", "back to normal", "back home") or follows a verb of going
  /// ("came back", "got straight back"); after a word that owns it, it is the body part
  /// ("my back up on a pillow").
  static func isBackAsAnAdverb(_ i: Int, in tokens: [Token]) -> Bool {
    guard tokens[i].surface == "back" else { return false }
    let clause = tokens[i].clause
    if i > 0, tokens[i - 1].clause == clause, Self.owners.contains(tokens[i - 1].surface) { return false }
    if i + 1 < tokens.count, tokens[i + 1].clause == clause, Self.whereBackGoes.contains(tokens[i + 1].surface) { return true }
    return i > 0 && tokens[i - 1].clause == clause && Self.goingVerbs.contains(tokens[i - 1].surface)
  }

  /// Whether the back named at `i` (or "lower back" from `i`: a part of the back, then
  /// "back") is where a thing is, not what hurts: "a new tattoo on my lower back two weeks
  /// ago".
  static func isBackAsAPlace(_ i: Int, in tokens: [Token]) -> Bool {
    let back = tokens[i].surface == "back" ? i : i + 1
    guard back < tokens.count, tokens[back].surface == "back" else { return false }
    var k = back - 1
    if k >= 0, backParts.contains(tokens[k].surface) { k -= 1 }
    guard k >= 1, owners.contains(tokens[k].surface), tokens[k - 1].clause == tokens[back].clause,
      ["on", "onto"].contains(tokens[k - 1].surface)
    else { return false }
    // A thing, with its article a word or two before "on": "a new tattoo on my back" (not
    // "flat on my back for two weeks", "fell on my back").
    return (max(0, k - 4)..<(k - 2)).contains { tokens[$0].clause == tokens[back].clause && thingArticles.contains(tokens[$0].surface) }
  }
  /// Whether the word at `i` is said of the mat, its subject right before it (an adverb or
  /// two between): "the spikes hurt a lot yesterday" tells how the mat felt, not when the
  /// pain began.
  static func isSaidOfTheMat(_ i: Int, in tokens: [Token]) -> Bool {
    var k = i - 1
    while k >= 0, k >= i - 3, tokens[k].clause == tokens[i].clause {
      if matWords.contains(tokens[k].surface) { return true }
      guard matAdverbs.contains(tokens[k].surface) else { return false }
      k -= 1
    }
    return false
  }
  /// The mat and its parts, as the subject of a feeling: "the spikes hurt".
  private static let matWords: Set<String> = ["mat", "spikes", "spike", "nails", "points", "pins", "thing"]
  /// Words between the mat and what it did: "the spikes really hurt", "the mat still stings".
  private static let matAdverbs: Set<String> = ["really", "still", "so", "just", "properly", "actually", "did", "do", "does", "kinda"]

  /// Articles before a thing on the back.
  private static let thingArticles: Set<String> = ["a", "an", "the", "this", "that", "some"]
  /// Words that say which part of the back: "lower back".
  private static let backParts: Set<String> = ["lower", "upper", "middle", "mid", "left", "right", "low"]

  /// Words that own a back: "my back", "the back".
  static let owners: Set<String> = ["my", "the", "his", "her", "your", "our", "their", "a", "me"]

  /// Words after "back" that say where something goes: "back up", "back to", "back home".
  static let whereBackGoes: Set<String> = ["up", "to", "into", "home", "again", "out", "off", "round", "around"]

  /// Verbs of going before "back": "came back", "got straight back", "went back".
  static let goingVerbs: Set<String> = [
    "came", "come", "comes", "coming", "went", "go", "goes", "going", "got", "get", "gets", "getting", "straight",
    "bounced", "bounce",
  ]

  /// Words before "a day", "a week" that make it how often or how much in all: "3 times a
  /// day", "twice a week", "two sessions a week", "20 minutes total a day".
  static let howOften: Set<String> = ["times", "once", "twice", "thrice", "sessions", "session", "goes", "go", "total"]

  /// Units counted with their number after them: "day 40", "week 3".
  static let countedUnits: Set<String> = ["day", "week", "month"]
  /// Endings of an ordinal written in figures: "3rd", "21st".
  static let ordinalEndings: Set<String> = ["st", "nd", "rd", "th"]
  /// A session named as a go or a time: counted only by a number ("50 times", "my 3rd go").
  static let sessionCounts: Set<String> = ["go", "goes", "time", "times"]

  /// Words that count a unit without a digit: "a week", "a couple of months", "a few
  /// years", "many years", "the last decade"; and "for" before a bare unit ("for years",
  /// "for ages"), which people say of several of it: "hurting for months" is long-standing.
  static let counts: [String: Double] = [
    "a": 1, "an": 1, "one": 1, "couple": 2, "few": 3, "several": 3, "many": 3, "for": 3, "last": 1, "past": 1,
  ]

  /// The values set by how long something has lasted, one per clause that is about it,
  /// each with how far from the length the nearest word it is about stands.
  /// `heldElsewhere`: whether a word is in a phrase of another fact told by a length;
  /// `toldElsewhere`: in a phrase of any other fact.
  private func lengths(
    in tokens: [Token], alternatives: Alternatives, fact: FactDefinition, spec: FactDurations, about: [Int32],
    year: Int?, heldElsewhere: (Int) -> Bool, toldElsewhere: (Int) -> Bool = { _ in false }, statedIn: Set<Int> = [],
    corrected: Bool = false, continuing: Bool = false
  ) -> [(update: FactUpdate, distance: Int)] {
    var updates: [(update: FactUpdate, distance: Int)] = []
    func aboutPositions(_ clause: ClosedRange<Int>) -> [Int] {
      clause.filter { i in
        tokens[i].negatedBy == nil && !heldElsewhere(i) && !Self.isBackAsAnAdverb(i, in: tokens)
          && !Self.isBackAsAPlace(i, in: tokens) && !Self.isSaidOfTheMat(i, in: tokens)
          && (spec.about.contains(tokens[i].surface)
            || (i < clause.upperBound && spec.about.contains(tokens[i].surface + " " + tokens[i + 1].surface))
            || about.contains { (alternatives.alternative(at: i, for: $0)?.edits ?? 0) > 0 })
      }
    }
    var start = 0
    var previous: ClosedRange<Int>?
    while start < tokens.count {
      var end = start
      while end + 1 < tokens.count, tokens[end + 1].clause == tokens[start].clause { end += 1 }
      let clause = start...end
      defer {
        start = end + 1
        // A clause of only a correction is no clause before: "… for 8 weeks, sorry, 8 months".
        if !clause.allSatisfy({ Self.lengthOnly.contains(tokens[$0].surface) }) { previous = clause }
      }
      // Each length in the clause ("bad for 3 months but I only got the mat a week ago"),
      // the length first: most clauses hold none, and it is the cheaper test.
      var from = start
      // The words it is about, found once per clause (a clause can hold many lengths).
      var aboutAt: [Int]?
      while from <= end, let (length, span) = Self.length(in: tokens, clause: from...end, spec: spec, amounts: amountUnits, year: year) {
        from = span.upperBound + 1
        // "Worse than usual today": a day named in a clause that says the fact in words
        // dates what it says (a flare), and is no length of the pain.
        if length == 0 && statedIn.contains(tokens[start].clause) { continue }
        // A length that a phrase of another fact holds is that fact's: "it arrived this
        // morning" dates the mat, not the pain told of before it.
        if heldElsewhere(span.lowerBound) && heldElsewhere(span.upperBound) { continue }
        var positions = aboutAt ?? aboutPositions(clause)
        aboutAt = positions
        // A day named in a clause that tells another fact and nothing this one is about
        // dates that fact: "it stung a lot yesterday" is when the spikes stung.
        if length == 0, positions.isEmpty, clause.contains(where: toldElsewhere) { continue }
        // A session's minutes before a time ago say when it was, not how long anything has
        // gone on: "I lay on it for 20 minutes a week ago and my back has hurt since".
        // (Nor do the words of the session before them: "on it" in "I lay on it for 20 minutes".)
        if span.upperBound < end, tokens[span.upperBound + 1].surface == "ago" {
          let session = positions.filter { amountUnits.contains(tokens[$0].word) && $0 < span.lowerBound }.max()
          positions.removeAll { k in amountUnits.contains(tokens[k].word) || session.map { k < $0 } == true }
        }
        // A word after the length and an "and" is more likely of what comes next ("pain for
        // 10 years and got the mat 2 weeks ago"), though it may be all there is ("3 months and
        // my back still aches").
        var distance = positions.map { p in
          let next = p > span.upperBound && ((span.upperBound + 1)..<p).contains { Self.nextPredicate.contains(tokens[$0].surface) }
          return abs(p - span.lowerBound) + (next ? Self.previousClauseDistance / 2 : 0)
        }.min()
        // A clause that goes on about what the one before it was about ("my back was bad
        // last month, now it's been 4 months"; "still sore, 8 months on"), with no "I" of
        // its own to start something new: that clause's words, further than its own.
        // ("I mean" corrects: "…, sorry I mean 8 months".)
        if distance == nil, let previous,
          !clause.contains(where: { k in
            Self.newSubjects.contains(tokens[k].surface)
              && !(k + 1 <= end && (tokens[k + 1].surface == "mean" || tokens[k + 1].surface == "meant"))
          }),
          let nearest = aboutPositions(previous).max()
        {
          distance = Self.previousClauseDistance + span.lowerBound - nearest
        }
        // A correction of the line before, or a clause that goes on about it ("it's been
        // going on for 5 months really"), naming nothing here: as far as can be.
        if distance == nil, Self.saysOnlyALength(clause, span, in: tokens), corrected || (continuing && Self.goesOn(clause, in: tokens)) {
          distance = 2 * Self.previousClauseDistance
        }
        guard
          let distance,
          let band = spec.bands.first(where: { $0.length.contains(length) }), let value = fact.value(named: band.value)
        else { continue }
        let said = Token.quote(tokens, span)
        let describe = value.describe + (band.note.map { " (\($0))" } ?? "")
        let update = FactUpdate(
          fact: fact.name, entry: Profile.Entry(value: value.name, said: said, describe: describe),
          tokens: span, words: span.count)
        updates.append((update, distance))
      }
    }
    return updates
  }

  /// Words before a day that make it one that comes round: "every Monday".
  static let everyTime: Set<String> = ["every", "each", "most", "some"]

  /// The months, which may stand between "in" or "since" and a year: "in march 2022".
  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  /// The words before a year that make it when something began: "since 2019", "in 2016".
  static let startsAYear: Set<String> = ["since", "in"]

  /// The first length of time in a clause, in the units' base, with the tokens that say it:
  /// a count and a unit ("3 months", "a few days"), or a phrase meaning just now.
  static func length(
    in tokens: [Token], clause: ClosedRange<Int>, spec: FactDurations, amounts: Set<String> = [], year thisYear: Int? = nil
  ) -> (Double, ClosedRange<Int>)? {
    for i in clause where tokens[i].negatedBy == nil {
      // "Since 2019": the years since a year named as the start, counted from this year
      // when it is known (and at least one when it is not); this year says no length. So
      // is a year something happened in, in a clause about the fact: "since the car crash
      // in 2019 my back has never been right", "hurt it back in 2016".
      // (A month may come between: "since we moved house in march 2022".)
      let month = i + 1 < clause.upperBound && Self.months.contains(tokens[i + 1].surface) ? 1 : 0
      if Self.startsAYear.contains(tokens[i].surface), i + month < clause.upperBound, let year = spec.units["year"],
        tokens[i + month + 1].isNumber, let named = Int(tokens[i + month + 1].word),
        (1900...max(1900, thisYear ?? 2099)).contains(named)
      {
        let years = thisYear.map { $0 - named } ?? 1
        if years >= 1 { return (Double(years) * year, i...(i + month + 1)) }
      }
      // "Since my 20s": a decade of one's life is years ago.
      if tokens[i].surface == "since", i + 3 <= clause.upperBound, let year = spec.units["year"], tokens[i + 1].surface == "my",
        tokens[i + 2].isNumber, let decade = Int(tokens[i + 2].word), decade % 10 == 0, (10...90).contains(decade),
        tokens[i + 3].surface == "s"
      {
        return (year, i...(i + 3))
      }
      // A day or week counted, its number after it, and what it counts after that or
      // nothing: "day 40 of using it", "week 3 with the mat", "it's week 2" (the first is
      // no length: "day 1" is new; "week two and my back still hurts" may count anything).
      if let unit = spec.units[tokens[i].word], Self.countedUnits.contains(tokens[i].surface), i < clause.upperBound,
        tokens[i + 1].isNumber, let count = Double(tokens[i + 1].word), count > 1,
        i + 1 == clause.upperBound || ["of", "with", "on", "since", "now"].contains(tokens[i + 2].surface),
        i == clause.lowerBound || !["a", "an", "per", "every", "each", "for", "of"].contains(tokens[i - 1].surface)
      {
        return (count * unit, i...(i + 1))
      }
      if let unit = spec.units[tokens[i].word], i > clause.lowerBound,
        i == clause.upperBound || !spec.ofOther.contains(tokens[i + 1].surface)
      {
        var k = i - 1
        // An ordinal's ending: "my 3rd go".
        if Self.ordinalEndings.contains(tokens[k].surface), k > clause.lowerBound, tokens[k - 1].isNumber { k -= 1 }
        // A session told as a go or a time counts only by its number: "had a go" says nothing.
        if Self.sessionCounts.contains(tokens[i].surface), !tokens[k].isNumber { continue }
        if tokens[k].word == "of", k > clause.lowerBound { k -= 1 }  // "a couple of weeks"
        // "3 times a day", "twice a week", "10 minutes a day": how often or how much in
        // each, not how long ("20 minutes a week ago" is when).
        let isWhen = i < clause.upperBound && tokens[i + 1].surface == "ago"
        if k > clause.lowerBound, ["a", "an", "per", "every"].contains(tokens[k].surface),
          Self.howOften.contains(tokens[k - 1].surface) || (amounts.contains(tokens[k - 1].word) && !isWhen)
            || spec.units[tokens[k - 1].word] != nil
        {
          continue
        }
        // Nor is a count of sessions of a length, or a day's split into them: "two sessions
        // of 15", "across four sessions".
        if i + 2 <= clause.upperBound, tokens[i + 1].surface == "of", tokens[i + 2].isNumber { continue }
        if k > clause.lowerBound, ["across", "into", "in"].contains(tokens[k - 1].surface), Self.howOften.contains(tokens[i].surface) {
          continue
        }
        // Nor is a count with a rate after it: "3 sessions a week", "2 days a week".
        if i + 2 <= clause.upperBound, ["a", "an", "per", "every", "each"].contains(tokens[i + 1].surface),
          spec.units[tokens[i + 2].word] != nil
        {
          continue
        }
        let count = tokens[k].isNumber ? Double(tokens[k].word) : counts[tokens[k].surface]
        // "Pregnant for 30 weeks" is as much of something else as "30 weeks pregnant".
        var before = k - 1
        if before >= clause.lowerBound, tokens[before].surface == "for" { before -= 1 }
        // So is the length of a doing that is not the fact's, with nothing the fact is about
        // before it and something else begun after it: "been teaching for 12 years and my
        // back's only started aching" (but "my back has been grumbling for years", "sciatica,
        // been flaring for two weeks").
        let ofADoing = before >= clause.lowerBound && tokens[before].typed.hasSuffix("ing")
          && !spec.about.contains(tokens[before].surface)
          && !(clause.lowerBound..<before).contains { spec.about.contains(tokens[$0].surface) }
          && ((i + 1)..<(clause.upperBound + 1)).contains { tokens[$0].surface == "and" }
        let ofOther = before >= clause.lowerBound && spec.ofOther.contains(tokens[before].surface) || ofADoing
        // "a few", "a couple": the count word is what counts.
        if let count, count.isFinite, !ofOther {
          let first = k > clause.lowerBound && ["a", "an"].contains(tokens[k - 1].surface) && count > 1 ? k - 1 : k
          return (count * unit, first...i)
        }
      }
      // Compared in place, first word first: this runs for every word of every line.
      // (Not a day that comes round: "sore after football every Monday", "on Sundays".)
      for phrase in spec.recent where i + phrase.count - 1 <= clause.upperBound && tokens[i].word == phrase[0] {
        if phrase.indices.allSatisfy({ tokens[i + $0].word == phrase[$0] }),
          !(i > clause.lowerBound && Self.everyTime.contains(tokens[i - 1].surface)),
          !phrase.indices.contains(where: { tokens[i + $0].surface.hasSuffix("days") })
        {
          return (0, i...(i + phrase.count - 1))
        }
      }
    }
    return nil
  }

  /// The number facts a line states: a number and a unit ("20 mins", "1.5 hours"), also
  /// a range ("10-15 minutes", "10 to 15 minutes": kept as said, advised from its upper
  /// end) and with the fact's approximate words around it ("15ish minutes", "about 20");
  /// or a number ending its clause after a prefix ("I do about 20").
  ///
  /// `correcting`: whether the line before stated this fact, so that a bare number in a
  /// line that says it corrects is the new value ("did I say 40? it's 20").
  private func numbers(in tokens: [Token], fact: String, spec: NumberFact, correcting: Bool = false) -> [FactUpdate] {
    var updates: [FactUpdate] = []
    func sameClause(_ k: Int, _ i: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].clause == tokens[i].clause }
    let approximations = spec.approximations.map { $0.split(separator: " ").map(String.init) }
    /// The position after any approximate words from `k` on (before, `backwards`), within
    /// `i`'s clause: "ten or so minutes", "about 20".
    func skippingApproximations(from k: Int, of i: Int, backwards: Bool = false) -> Int {
      var k = k
      while let words = approximations.first(where: { words in
        let start = backwards ? k - words.count + 1 : k
        return (start..<(start + words.count)).allSatisfy { sameClause($0, i) && tokens[$0].word == words[$0 - start] }
      }) {
        k += backwards ? -words.count : words.count
      }
      return k
    }
    // The minutes after an hour ("an hour and 15") are part of its length.
    var consumed = -1
    for (i, token) in tokens.enumerated() where token.isNumber && token.negatedBy == nil && i > consumed {
      guard let n = Double(token.word) else { continue }
      var value: Double?
      var span = i...i
      var low: Double?
      // A half more, said between the number and its unit: "9 and a half minutes".
      let halfMore = sameClause(i + 3, i) && tokens[i + 1].surface == "and" && ["a", "an"].contains(tokens[i + 2].surface)
        && tokens[i + 3].surface == "half"
      let next = skippingApproximations(from: halfMore ? i + 4 : i + 1, of: i)
      if sameClause(next, i), let factor = spec.units[tokens[next].word] {
        // A length of something else: "a 40 minute commute", "my commute is 40 minutes".
        // Or the time gone in a session now under way: "about 5 mins in, my back is going
        // warm" (but "20 mins in the morning" is a session's length).
        let start = skippingApproximations(from: i - 1, of: i, backwards: true)
        let after = next + 1
        if (sameClause(after, i) && spec.ofOther.contains(tokens[after].word) && !Self.saysSinceTheStart(at: after, in: tokens))
          || (sameClause(after, i) && tokens[after].surface == "in" && !sameClause(after + 1, i))
          || (sameClause(start - 1, i) && Self.linking.contains(tokens[start].surface) && spec.ofOther.contains(tokens[start - 1].word))
          || Self.lengthIsOfOther(forAt: start, in: tokens, spec: spec)
          || Self.lengthIsOfOther(doneBefore: start, after: next, in: tokens, spec: spec)
        {
          continue
        }
        value = (halfMore ? n + 0.5 : n) * factor
        span = i...next
        // An hour and its minutes: "1 hr 10", "an hour and 15 (minutes)".
        if factor >= 60 {
          var k = next + 1
          if sameClause(k, i), tokens[k].word == "and" { k += 1 }
          if sameClause(k, i), tokens[k].isNumber, let extra = Double(tokens[k].word), extra >= 1, extra < 60 {
            let unit = sameClause(k + 1, i) ? spec.units[tokens[k + 1].word] : nil
            // Minutes said, or a bare number ending the length ("1 hr 10 most evenings"), not
            // a count of something else ("1 hour and 2 sessions a day").
            let ends = !sameClause(k + 1, i) || spec.thenWords.contains(tokens[k + 1].word)
            if let unit, unit < 60 {
              value = n * factor + extra * unit
              span = i...(k + 1)
              consumed = k + 1
            } else if unit == nil, ends {
              value = n * factor + extra
              span = i...k
              consumed = k
            }
          }
        }
        // "10-15 minutes" (the dash is no word), "10 to 15 minutes", "10 or 15 minutes",
        // "between 20 and 25 minutes" ("and" typed "n": "between 10 n 15 mins").
        let joined = i >= 2 && (["to", "or"].contains(tokens[i - 1].word)
          || (["and", "n"].contains(tokens[i - 1].word) && i >= 3 && tokens[i - 3].word == "between"))
        let before = joined ? i - 2 : i - 1
        if sameClause(before, i), tokens[before].isNumber, let first = Double(tokens[before].word), first < n {
          low = first * factor
          span = before...next
        }
      } else if sameClause(next + 1, i), tokens[next].word == "not", tokens[next + 1].isNumber,
        !sameClause(next + 2, i) || spec.units[tokens[next + 2].word] != nil,
        !sameClause(i - 1, i) || sameClause(next + 2, i) || Self.opensCorrection(before: i, in: tokens, units: spec.units)
      {
        // A correction that names the number it replaces, alone in its clause ("scratch
        // that, 15 not 20"), after words that only say it corrects ("actually it's 15 not
        // 20") or with the unit ("15 not 20 minutes"): the first is kept. Not "I use it 2
        // not 3 times a week", nor "I'm 45 not 50".
        value = n
      } else if !sameClause(next, i) || (spec.thenWords.contains(tokens[next].word) && !Self.saysAnAge(after: next, in: tokens)) {
        // A prefix before any approximate words ("about 20"), or ending in one ("more like 25").
        let skipped = skippingApproximations(from: i - 1, of: i, backwards: true) + 1
        // ("The" before it points back at an amount said before: "should I still do the 20?".)
        let pointedBack = i >= 1 && tokens[i - 1].surface == "the" && sameClause(i - 1, i) ? [i - 1] : []
        for start in (skipped == i ? [i] : [skipped, i]) + pointedBack {
          if let prefix = spec.prefixes.first(where: { p in
            start >= p.count && zip(tokens[(start - p.count)..<start], p).allSatisfy { $0.word == $1 }
              // A "be" asks of the amount only opening its clause ("is 45 too much?"); after a
              // subject it tells what someone or something is ("my father is 70").
              && !(Self.beings.contains(p[0]) && !Token.opensItsClause(tokens, at: start - p.count, after: Normalizer.questionLeads))
          }) {
            value = n
            span = (start - prefix.count)...i
            break
          }
        }
        // A bare number said as the correction of a length just said: "I do ten minutes,
        // sorry, no, fifteen".
        if value == nil, Self.correctsALength(before: i, in: tokens, units: spec.units) { value = n }
        // Or where the user has got to, after a length or a longer or shorter said before it
        // in the line: "10 minutes less than before so 15 now", "a bit longer than last week,
        // about 20 now".
        if value == nil, Self.isWhereItStandsNow(i, skipped: skipped, in: tokens, units: spec.units) { value = n }
        // Or a bare number that corrects the one just stated, in a clause of nothing but
        // words that open a correction, in a line that says it corrects: "did I say 40?
        // it's 20", "no wait, it's 20".
        if value == nil, correcting, Self.opensCorrection(before: i, in: tokens),
          tokens.contains(where: { Self.correctionWords.contains($0.surface) || Self.askingBack.contains($0.surface) })
        {
          value = n
        }
      }
      guard let exact = value, !Self.isAdvice(at: i, in: tokens, spec: spec), !Self.isADaysTotal(span, in: tokens)
      else { continue }
      // Hundredths are as fine as anyone times a session ("90 seconds" is 1.5 minutes).
      let number = (exact * 100).rounded() / 100
      guard spec.range.contains(number) else { continue }
      // The dash of "10-15" is no token: put it back when quoting.
      let said =
        low != nil && span.lowerBound == i - 1
        ? Token.quote(tokens, (i - 1)...(i - 1)) + "-" + Token.quote(tokens, i...span.upperBound)
        : Token.quote(tokens, span)
      let text = (low.map { Self.text(of: ($0 * 100).rounded() / 100) + "-" } ?? "") + Self.text(of: number)
      updates.append(
        FactUpdate(
          fact: fact,
          entry: Profile.Entry(
            value: text, number: number, said: said,
            describe: spec.describe.replacingOccurrences(of: "{value}", with: text)),
          tokens: i...i, words: 1))
    }
    return updates
  }

  /// Whether an amount is a day's total split into several sessions, not one session's
  /// length: "about 45 minutes a day on it, in three goes", "20 minutes total a day, but in
  /// bits", "90 minutes a day but that's across four sessions" (not "20 minutes a day").
  static func isADaysTotal(_ span: ClosedRange<Int>, in tokens: [Token]) -> Bool {
    let after = tokens[(span.upperBound + 1)...].prefix(4).filter { $0.clause == tokens[span.upperBound].clause }.map(\.surface)
    let perDay = after.starts(with: ["a", "day"]) || after.starts(with: ["per", "day"]) || after.starts(with: ["each", "day"])
      || after.first == "total" || after.starts(with: ["in", "total"])
    return perDay && tokens[(span.upperBound + 1)...].contains { Self.splitInto.contains($0.surface) }
  }
  /// Words that say a day's time is split: "in three goes", "in bits", "across four sessions".
  private static let splitInto: Set<String> = ["goes", "bits", "split", "across", "spread", "chunks", "sessions", "lots"]

  /// Whether the words before `i` in its clause only say that what follows corrects
  /// something: "actually it's 15 not 20", "sorry, it was 10 not 15"; or, said straight
  /// after the length it corrects with no stop typed between, say so outright: "I do 25
  /// minutes no wait 15 not 25".
  static func opensCorrection(before i: Int, in tokens: [Token], units: [String: Double] = [:]) -> Bool {
    var k = i - 1
    var corrects = false
    while k >= 0, tokens[k].clause == tokens[i].clause {
      guard correctionOpeners.contains(tokens[k].surface) else {
        return corrects && (units[tokens[k].word] != nil || tokens[k].isNumber)
      }
      corrects = corrects || outrightCorrections.contains(tokens[k].surface)
      k -= 1
    }
    return true
  }

  /// Whether only words that correct stand between `i` and a length said before it, one
  /// of them saying so outright: "ten minutes, sorry, no, fifteen", "20 mins oops 25".
  /// (Only words that say so: "actually it was 8 before" tells of something else, a score.)
  static func correctsALength(before i: Int, in tokens: [Token], units: [String: Double]) -> Bool {
    var k = i - 1
    var outright = false
    while k >= 0, outrightCorrections.contains(tokens[k].surface) || (tokens[k].surface == "i" && outright) {
      outright = true
      k -= 1
    }
    return outright && k >= 1 && units[tokens[k].word] != nil && tokens[k - 1].isNumber
  }

  /// Whether the bare number at `i` (its approximate words from `skipped` on) tells what a
  /// length has come to: "now" follows it and ends its clause, it opens its clause or
  /// follows a word that joins on a result ("so", "making"), and a session's length, or a
  /// longer or shorter, said earlier in the line gives it its unit ("10 minutes less than
  /// before so 15 now", "a bit longer than last week, about 20 now"). Not "I'm 45 now" (a
  /// subject before it), "and it's 3 now" (the clock), "the ache lasts longer, so 7 now" (a
  /// sensation's length), nor "about 20 now" said alone (nothing gives it a unit).
  static func isWhereItStandsNow(_ i: Int, skipped: Int, in tokens: [Token], units: [String: Double]) -> Bool {
    guard i + 1 < tokens.count, tokens[i + 1].surface == "now", tokens[i + 1].clause == tokens[i].clause,
      i + 2 == tokens.count || tokens[i + 2].clause != tokens[i].clause,
      Token.opensItsClause(tokens, at: skipped, after: []) || resultJoiners.contains(tokens[skipped - 1].surface)
    else { return false }
    return tokens[..<skipped].indices.contains { j in
      (lengthComparisons.contains(tokens[j].surface) || (j > 0 && units[tokens[j].word] != nil && tokens[j - 1].isNumber))
        && !namesASensation(clauseOf: j, in: tokens)
    }
  }
  /// Words that join on what a length has come to: "so 15 now", "making 20 now".
  static let resultJoiners: Set<String> = ["so", "making", "thus"]
  /// Words that compare a session's length with one before: "a bit longer than last week".
  private static let lengthComparisons: Set<String> = ["longer", "shorter"]

  /// Whether the clause of token `k` names a sensation or an effect, whose length is no
  /// session's: "the redness lasted 20 minutes longer", "my legs tingled 10 minutes longer".
  static func namesASensation(clauseOf k: Int, in tokens: [Token]) -> Bool {
    tokens.contains { $0.clause == tokens[k].clause && sensations.contains($0.surface) }
  }
  /// Sensations and effects that last a while after a session.
  private static let sensations: Set<String> = [
    "ache", "aches", "aching", "pain", "redness", "red", "marks", "dots", "tingle", "tingled", "tingling", "tingly", "numb",
    "numbness", "sore", "soreness", "hurt", "hurts", "hurting", "burning", "stinging", "warmth", "glow", "effect", "effects",
    "relief", "feeling",
  ]

  /// Openers that say outright that what follows corrects what was said.
  private static let outrightCorrections: Set<String> = ["actually", "sorry", "no", "oops", "wait", "meant", "mean"]

  /// Words that open a correction of a number said before.
  private static let correctionOpeners: Set<String> = [
    "actually", "sorry", "no", "oops", "oh", "wait", "it", "its", "is", "was", "that", "should", "be", "have", "been", "ok", "okay",
    "i", "meant", "mean",
  ]

  /// Whether a word brings a length back to the mat ("after a walk I lie on it for 20 minutes").
  private static func namesTheMat(_ token: Token) -> Bool {
    sessionWords.contains(token.word) || sessionWords.contains(token.surface)
  }

  /// Words that bring a length back to the mat.
  private static let sessionWords: Set<String> = ["mat", "it", "lie", "lying", "lay", "laying", "session", "spike", "use", "using", "do", "doing"]

  /// Whether the "for" at `word`, before a length, counts how long something else went on:
  /// "I walk the dog for 45 minutes" (an `of_other` word before it in its clause, and no
  /// word of the mat in that clause before it).
  static func lengthIsOfOther(forAt word: Int, in tokens: [Token], spec: NumberFact) -> Bool {
    guard word >= 0, word < tokens.count, tokens[word].surface == "for" else { return false }
    var other = false
    var k = word - 1
    // The whole clause before it: "I use the mat after my walk for 20 minutes" is the mat's.
    while k >= 0, tokens[k].clause == tokens[word].clause {
      if namesTheMat(tokens[k]) { return false }
      if spec.ofOther.contains(tokens[k].word) { other = true }
      k -= 1
    }
    return other
  }

  /// Whether the word right before a length is another thing done for it, with no word
  /// of the mat after it in its clause: "I drive 45 minutes to work", but not "after my
  /// walk 20 minutes on the mat".
  ///
  /// - Parameter word: the word before the length (and any approximate words).
  static func lengthIsOfOther(doneBefore word: Int, after unit: Int, in tokens: [Token], spec: NumberFact) -> Bool {
    guard word >= 0, unit < tokens.count, tokens[word].clause == tokens[unit].clause, spec.ofOther.contains(tokens[word].word)
    else { return false }
    // Up to what the clause goes on to: "I walk 20 minutes and then do 10 on the mat".
    var k = unit + 1
    while k < tokens.count, tokens[k].clause == tokens[unit].clause, !IntentMatcher.joiners.contains(tokens[k].surface) {
      if namesTheMat(tokens[k]) { return false }
      k += 1
    }
    return true
  }

  /// Words after "I" that tell what the user does, not what they were told to.
  private static let ownDoing: Set<String> = [
    "do", "did", "have", "manage", "managed", "only", "just", "actually", "currently", "usually", "normally", "am", "lie",
    "use", "go", "went", "can",
  ]

  /// Words between a subject and the verb of its report: "I'd say", "I would have said".
  private static let auxiliaries: Set<String> = ["would", "d", "have", "do", "did", "just", "always", "only", "also"]

  /// Whether the number at `i` is someone's advice: an `advised_by` word before it in its
  /// clause ("my physio said 20 minutes", "I was told 20"), with no "I" or "but" between
  /// them, and said by someone other than the user ("I'd say about 20" is the user's).
  static func isAdvice(at i: Int, in tokens: [Token], spec: NumberFact) -> Bool {
    guard !spec.advisedBy.isEmpty else { return false }
    var k = i - 1
    while k >= 0, tokens[k].clause == tokens[i].clause {
      // The user's own doing ends the report ("… but I've only managed 5", "I do 10"); "told
      // me I need to do 20" is still the advice.
      if tokens[k].surface == "but" { return false }
      if tokens[k].surface == "i", k + 1 < tokens.count, Self.ownDoing.contains(tokens[k + 1].surface) { return false }
      if spec.advisedBy.contains(tokens[k].word) {
        var subject = k - 1
        while subject >= 0, tokens[subject].clause == tokens[i].clause, auxiliaries.contains(tokens[subject].surface) {
          subject -= 1
        }
        return subject < 0 || tokens[subject].clause != tokens[i].clause || tokens[subject].surface != "i"
      }
      k -= 1
    }
    return false
  }

  /// A number as people write it: `15`, `7.5`. Checked before converting, because a
  /// knowledge base without `range:` lets through numbers no `Int` can hold (`1e19`).
  static func text(of value: Double) -> String {
    if value == value.rounded(), let whole = Int(exactly: value), abs(whole) < 1 << 53 {
      return String(whole)
    }
    return String(value)
  }
}
