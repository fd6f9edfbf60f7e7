/// Reads every line for red flags, before and regardless of what else it asks.
///
/// A sign is found when its concepts meet in one clause ("numb" with "groin"), or one of
/// its own phrases appears ("incontinence"). Then its qualifiers are weighed: a "no"
/// denies it, someone else's symptom is not the user's ("my mum has cancer"), long ago
/// and over is not now ("a fever last year, gone now", "a fall in 2015"), losing weight
/// on a diet is on purpose, a thing that falls is not a person ("the mat fell off"), and
/// a "what if" or "if … ever" is a question about a symptom, not a report of one, unless
/// the line says when ("since this morning"). A turn to the user ("… but I have …") puts
/// what was said before it out of the sign's reach. Phrases are matched against the words
/// as typed (no synonyms), and a symptom's word of five letters or more also by its stem
/// ("tingles" for "tingling"), so curators list the forms people use; a mistyped word is
/// read as a safety word only when that is its only reading.
package struct SafetyScreen: Sendable {
  package let rules: SafetyRules
  /// Reads "since" as typed: "numb since 2 days" says the numbness goes on, which tells a
  /// report ("what should I do if my legs are numb since 2 days?") from a question.
  private let normalizer = Normalizer(readsSinceBeforeALengthAsFor: false)
  /// A phrase as it is matched: each word as written, and its stem when the word is long
  /// enough for the stem to stand for its other forms ("tingling", "tingles").
  private struct Phrase: Sendable {
    var set: Int
    var words: [String]
    var stems: [String?]
    /// A symptom's phrase may take one more word between two of its words ("can not
    /// really feel"); a qualifier's may not ("back in 2019" is no "back is in bits").
    var allowsGaps: Bool
    /// Opens with a feeling ("feeling has gone"): it may say where inside it ("the feeling
    /// in my foot has gone").
    var opensWithAFeeling = false
    /// Says a feeling gone ("feeling has gone", "feeling went"): the sense of touch, unless
    /// a word before it names a kind of feeling.
    var saysAFeelingGone = false
  }

  /// First word, and the stem of a long first word → the phrases that start with it.
  private let byFirstWord: [String: [Phrase]]
  /// Things named in one word (`objects:`, three letters or more: no pronoun), which no
  /// symptom's phrase takes between its words: "my mat fall" is no "my fall".
  private let thingWords: Set<String>
  /// Whom (or what) `someone_else:` names in one word after "my", "a", "the" or "our" ("my
  /// client", "a friend", and the story of "a film"), which no symptom's phrase takes between
  /// its words either: "my client's leg" is no "my leg".
  private let personWords: Set<String>
  /// Each one-word symptom phrase → the sets it is in.
  private let symptomSetsOfWord: [String: Set<Int>]
  /// Every word of every phrase: a typed word among them needs no correction.
  private let allWords: Set<String>
  /// Words of signs and questions (4+ letters), for reading a typo.
  private let conceptWords: [String]
  /// Their spelling index: the ids are positions in `conceptWords`.
  private let conceptSpelling: SpellingIndex
  /// Per sign: the set of each concept of `all`, and the set of `any`.
  private let signSets: [(all: [Int], any: Int)]
  /// How many words after a reading's word its number may come, in its clause.
  static let readingReach = 6
  /// Per sign with a `reading`: the set of the words its number follows.
  private let readingSets: [(sign: Int, set: Int, reading: SafetyReading)]
  /// Per sign: the set of its harmless causes (`explained_by`), read as written.
  private let explanationSets: [Int]
  /// Words after "gone" that make it "became" (`SafetyRules.became`).
  private let became: Set<String>
  /// Per symptom set: the sign it belongs to (questions: none).
  private let signOfSet: [Int: Int]
  private let questionSets: [Int]
  /// Per question, the set of phrases that answer it already in the clause.
  private let answeredNoSets: [Int]
  /// The sets of signs' concepts and questions' words come first, numbered below this.
  private let conceptSetCount: Int
  /// The sets of `explanationSets`, for asking whether a set is one on every line read.
  private let causeSets: Set<Int>
  private let sets: Sets
  /// The single `first_person` words that make the user the subject ("I", "me"; not "my",
  /// which also opens "my wife").
  private let ownSubjects: Set<String>

  /// The phrase sets that qualify signs, by role.
  private struct Sets {
    var someoneElse = 0, firstPerson = 0, past = 0, still = 0, happening = 0, now = 0, resolved = 0, onPurpose = 0
    var hypothetical = 0, imagined = 0, contrast = 0, notDenying = 0, asTopic = 0, fine = 0, returned = 0, confirmed = 0, retracted = 0, shared = 0, spokenFor = 0, otherSenses = 0, objects = 0, cleared = 0
    var figures = 0
    var someoneElseNow = 0, someoneElseSeenTo = 0, someoneElseAtWork = 0, someoneElseAtHand = 0
    var yes = 0, no = 0
  }

  package init(rules: SafetyRules) {
    self.rules = rules
    var lists: [[String]] = []
    func add(_ phrases: [String]) -> Int {
      lists.append(phrases)
      return lists.count - 1
    }
    signSets = rules.signs.map { sign in (sign.all.map(add), add(sign.any)) }
    questionSets = rules.questions.map { add($0.phrases) }
    answeredNoSets = rules.questions.map { add($0.answeredNoBy) }
    var owners: [Int: Int] = [:]
    for (s, sets) in signSets.enumerated() {
      for set in sets.all + [sets.any] { owners[set] = s }
    }
    signOfSet = owners
    let q = rules.qualifiers
    let qualifierSets = Sets(
      someoneElse: add(q.someoneElse), firstPerson: add(q.firstPerson), past: add(q.past), still: add(q.still),
      happening: add(q.happening), now: add(q.now), resolved: add(q.resolved), onPurpose: add(q.onPurpose), hypothetical: add(q.hypothetical), imagined: add(q.imagined), contrast: add(q.contrast), notDenying: add(q.notDenying), asTopic: add(q.asTopic), fine: add(q.fine),
      returned: add(q.returned), confirmed: add(q.confirmed), retracted: add(q.retracted), shared: add(q.shared), spokenFor: add(q.spokenFor), otherSenses: add(rules.otherSenses), objects: add(rules.objects), cleared: add(rules.cleared),
      figures: add(rules.figures),
      someoneElseNow: add(q.someoneElseNow), someoneElseSeenTo: add(q.someoneElseSeenTo),
      someoneElseAtWork: add(q.someoneElseAtWork), someoneElseAtHand: add(q.someoneElseAtHand), yes: add(rules.yes), no: add(rules.no))
    sets = qualifierSets
    explanationSets = rules.signs.map { add($0.explainedBy) }
    became = Set(rules.became)
    readingSets = rules.signs.indices.compactMap { s in rules.signs[s].reading.map { (s, add($0.after), $0) } }
    ownSubjects = Set(q.firstPerson.filter { !$0.contains(" ") && $0 != "my" })
    thingWords = Set(rules.objects.filter { !$0.contains(" ") && $0.utf8.count >= 3 }.map { $0.lowercased() })
    personWords = Set(rules.qualifiers.someoneElse.compactMap { phrase in
      let words = phrase.lowercased().split(separator: " ")
      return words.count == 2 && ["my", "a", "the", "our"].contains(words[0]) ? String(words[1]) : nil
    })

    var index: [String: [Phrase]] = [:]
    var words: Set<String> = []
    var concept: Set<String> = []
    var oneWord: [String: Set<Int>] = [:]
    let conceptSetCount = signSets.reduce(0) { $0 + $1.all.count + 1 } + questionSets.count
    self.conceptSetCount = conceptSetCount
    var formsOf: [String: [String]] = [:]
    for group in rules.verbForms {
      for form in group { formsOf[form, default: []] += group.filter { $0 != form } }
    }
    // Where a verb's other forms count too: symptoms, their other senses and their
    // harmless causes ("sat on my foot" is "sit on my foot"); not qualifiers, whose tense
    // is what they say ("went" is happening, "had" long ago).
    let explanations = Set(explanationSets)
    causeSets = explanations
    for (set, phrases) in lists.enumerated() {
      let symptom = set < conceptSetCount
      let takesForms = symptom || set == qualifierSets.otherSenses || explanations.contains(set)
      var seen: Set<[String]> = []
      for phrase in phrases {
        let written = normalizer.tokens(phrase).map(\.surface)
        for (phraseWords, replaced) in takesForms ? Self.verbVariants(of: written, formsOf: formsOf) : [(written, nil)]
        where seen.insert(phraseWords).inserted {
          guard let first = phraseWords.first else { continue }
          // A symptom's phrase stands for its other forms; a qualifier's only as written
          // ("chilling" out is no sign that "chills" are not a fever). A verb's form put in
          // by `verb_forms` is matched as written too: its stem would reach further than the
          // phrase's own word does ("falls" would find "falling behind").
          let stems = phraseWords.indices.map { k in
            symptom && k != replaced && phraseWords[k].utf8.count >= Self.stemmedLength ? Stemmer.stem(phraseWords[k]) : nil
          }
          // Whose it is may have a word inside: "my old dog", "a close friend".
          let someoneElse = set == qualifierSets.someoneElse && phraseWords.count >= 2
          var entry = Phrase(set: set, words: phraseWords, stems: stems, allowsGaps: symptom || someoneElse)
          // Read once here, not at every phrase tried against every word of a line.
          entry.opensWithAFeeling = Self.feelings.contains(first)
          entry.saysAFeelingGone = entry.opensWithAFeeling && Self.goneWords.contains(phraseWords[phraseWords.count - 1])
          index[first, default: []].append(entry)
          if let stem = stems[0], stem != first { index[stem, default: []].append(entry) }
          words.formUnion(phraseWords)
          if set < conceptSetCount {
            concept.formUnion(phraseWords)
            if phraseWords.count == 1 { oneWord[phraseWords[0], default: []].insert(set) }
          }
        }
      }
    }
    byFirstWord = index
    symptomSetsOfWord = oneWord
    allWords = words
    // And the people a sign may be someone else's: "my husbnd has the chills" is his.
    conceptWords = concept.union(personWords).filter { $0.utf8.count >= 4 }.sorted()
    var spelling = SpellingIndex()
    spelling.reserve(words: conceptWords.count)
    for (i, word) in conceptWords.enumerated() { spelling.insert(word, id: Int32(i)) }
    spelling.finish()
    conceptSpelling = spelling
  }

  /// Words after which a verb's form is a noun.
  private static let determiners: Set<String> = ["a", "an", "the", "my", "your", "his", "her", "their", "our", "this", "that"]

  /// `words`, and each phrase made by putting another form of one of its verbs in place
  /// of the form written ("feel unwell": "felt unwell", "feels unwell"), with the place.
  private static func verbVariants(of words: [String], formsOf: [String: [String]]) -> [(words: [String], replaced: Int?)] {
    var variants: [(words: [String], replaced: Int?)] = [(words, nil)]
    // A word alone may be another part of speech: "fall" is also a season.
    guard words.count > 1 else { return variants }
    for (k, word) in words.enumerated() {
      // After an article or a possessive the word is a noun: "the fall" is no "the fell".
      if k > 0, Self.determiners.contains(words[k - 1]) { continue }
      for form in formsOf[word] ?? [] {
        var variant = words
        variant[k] = form
        variants.append((variant, k))
      }
    }
    return variants
  }

  /// Whether `word` alone is a phrase of a sign's concept ("numbness", "fever").
  package func isSymptomWord(_ word: String) -> Bool { symptomSetsOfWord[word] != nil }

  /// Every word a sign or question is made of.
  package var conceptVocabulary: [String] { conceptWords }

  // MARK: - Reading a line

  /// A line read for the screen: its tokens, the words as they count, and where each
  /// phrase set occurs.
  package struct Reading: Sendable {
    var tokens: [Token]
    /// Per set, the token ranges it occurs at, in order.
    var found: [Int: [Range<Int>]]

    func occurrences(_ set: Int) -> [Range<Int>] { found[set] ?? [] }
  }

  /// Reads `line`; `isKnown` tells a correctly spelt word (never corrected) from a typo,
  /// and `hasOtherReading` whether a typo could also be some other keyword.
  package func read(
    _ line: String, isKnown: (String) -> Bool = { _ in false },
    hasOtherReading: (Token, String) -> Bool = { _, _ in false }
  ) -> Reading {
    // A knowledge base without red flags has nothing to screen for.
    guard !rules.signs.isEmpty || !rules.questions.isEmpty else { return Reading(tokens: [], found: [:]) }
    var tokens = normalizer.tokens(line)
    Self.joinSuddenToWhatFollows(&tokens)
    // A final "g" dropped, as said, is the word with it, never a slip for a sign's word:
    // "my hand is goin numb" is going ("groin" is one letter away), "tinglin" tingling.
    for i in tokens.indices where tokens[i].surface.hasSuffix("in") && !allWords.contains(tokens[i].surface) {
      guard let full = EnglishWords.restoringDroppedG(tokens[i].surface, isKnown: isKnown) else { continue }
      tokens[i].surface = full
      tokens[i].word = Stemmer.stem(full)
    }
    // Twice when the first pass read one: a typo read may let its neighbour be read
    // ("feel realy unwel").
    for _ in 0..<2 {
      var readOne = false
      for i in tokens.indices where !allWords.contains(tokens[i].surface) {
        if let meant = correction(at: i, in: tokens, isKnown: isKnown, hasOtherReading: hasOtherReading) {
          tokens[i].surface = meant
          readOne = true
        }
      }
      if !readOne { break }
    }
    var found: [Int: [Range<Int>]] = [:]
    // Where a phrase took a word between two of its own ("fell [asleep] on").
    var gapped: Set<Range<Int>> = []
    for i in tokens.indices {
      var candidates = byFirstWord[tokens[i].surface] ?? []
      if tokens[i].word != tokens[i].surface { candidates += byFirstWord[tokens[i].word] ?? [] }
      for phrase in candidates {
        guard let end = match(phrase, at: i, in: tokens) else { continue }
        if found[phrase.set]?.last == i..<end { continue }  // found through its word and its stem
        found[phrase.set, default: []].append(i..<end)
        if end - i > phrase.words.count { gapped.insert(i..<end) }
      }
    }
    // Who the user is, said first, is the user: "Delivery driver - been feeling ill for days".
    found[sets.someoneElse] = found[sets.someoneElse]?.filter { !Self.introducesTheUser($0, in: tokens) }
    // A longer phrase of one sign takes its words from a shorter one of another: "blood
    // thinners" is no sign of getting "thinner", "slipped disc" no slip.
    // (Unless the longer phrase is evidence of the same sign too: "legs just go"; nor when
    // it took a word inside it: "sudden [tearing] pain" leaves "tearing pain" whole; nor
    // when the shorter phrase is one part of a sign the line says every part of, and the
    // line holds nothing else of the longer phrase's sign: "can't feel when I wipe" is
    // numbness where one wipes, not a loss of control of nothing named. A sign said by one
    // concept alone (`any:`) has no parts, and yields: "the puppy had an accident" is no
    // crash.)
    let symptomSets = found.keys.filter { signOfSet[$0] != nil }
    let before = found
    var rangesOfSign: [Int: Set<Range<Int>>] = [:]
    for set in symptomSets { rangesOfSign[signOfSet[set]!, default: []].formUnion(before[set]!) }
    let said = Set(symptomSets)
    func hasEveryPart(_ sign: Int) -> Bool { !signSets[sign].all.isEmpty && signSets[sign].all.allSatisfy(said.contains) }
    func isWhole(_ sign: Int) -> Bool { said.contains(signSets[sign].any) || hasEveryPart(sign) }
    for set in symptomSets {
      let sign = signOfSet[set]
      let ownRanges = rangesOfSign[sign!]!
      let standsAsPart = signSets[sign!].all.contains(set) && hasEveryPart(sign!)
      found[set] = before[set]!.filter { r in
        !symptomSets.contains { other in
          signOfSet[other] != sign
            && before[other]!.contains {
              $0.count > r.count && $0.lowerBound <= r.lowerBound && $0.upperBound >= r.upperBound && !ownRanges.contains($0)
                && !gapped.contains($0)
                && (!standsAsPart || isWhole(signOfSet[other]!))
            }
        }
      }
    }
    // "No idea why my legs are numb": a "no" in such a phrase denies nothing after it.
    for range in found[sets.notDenying] ?? [] {
      for i in tokens.indices where tokens[i].negatedBy.map(range.contains) == true { tokens[i].negatedBy = nil }
    }
    // "In 2015" is as long past as "years ago" ("a bad fall in 2015").
    for i in tokens.indices.dropFirst() where tokens[i - 1].surface == "in" && tokens[i - 1].clause == tokens[i].clause && Self.isYear(tokens[i]) {
      found[sets.past, default: []].append((i - 1)..<(i + 1))
    }
    // So is an age gone by: "when I was 12", "I was aged 9" ("fell off a horse when I was
    // 12"); not one's age now ("I'm aged 67 and …").
    for i in tokens.indices {
      if let start = Self.pastAge(tokens, at: i) { found[sets.past, default: []].append(start..<(i + 1)) }
    }
    // A temperature said as a number ("temp 38.5", "temperature: 36.8") is the sign or,
    // below its threshold, another sense of the words round it. The number follows in its
    // clause, or opens the next ("took my temp, 39.4"; "temps been up and down since
    // sunday, 38.4 this morning"), a few words on ("my temperature keeps creeping up to 38").
    var readSigns: [(set: Int, range: Range<Int>)] = []
    // A number with its scale is a reading wherever it is said ("101.5F last night"),
    // unless its clause speaks of the weather or a room ("it's 38 degrees here in summer").
    for (sign, _, reading) in readingSets where !reading.units.isEmpty {
      for k in tokens.indices.dropLast() where tokens[k].isNumber && tokens[k + 1].clause == tokens[k].clause
        && reading.units.contains(tokens[k + 1].surface)
        && !tokens.contains(where: { $0.clause == tokens[k].clause && reading.weather.contains($0.surface) })
      {
        guard let value = Double(tokens[k].surface), let isSign = reading.isSign(value) else { continue }
        if isSign { readSigns.append((signSets[sign].any, k..<(k + 2))) }
      }
    }
    // So is a number with a decimal point, or one said as about ("39ish"), that opens its
    // clause and is all of it, or is followed by a word of when ("38.6 this morning", "felt
    // rough, 39.1"): a body's temperature is told to the tenth or roughly, a count seldom is.
    // (A "been" or "was" may open the clause before it: "been 38.5 since yesterday".)
    func opensItsClause(_ k: Int) -> Bool {
      if k == 0 || tokens[k - 1].clause != tokens[k].clause { return true }
      return Self.readingLeadIns.contains(tokens[k - 1].surface) && (k == 1 || tokens[k - 2].clause != tokens[k].clause)
    }
    for (sign, _, reading) in readingSets where !reading.bare.isEmpty {
      for k in tokens.indices where tokens[k].isNumber && opensItsClause(k) {
        let roughly = k + 1 < tokens.count && tokens[k + 1].surface == "ish" && tokens[k + 1].clause == tokens[k].clause
        guard tokens[k].surface.contains(".") || roughly else { continue }
        let n = roughly ? k + 2 : k + 1
        guard n == tokens.count || tokens[n].clause != tokens[k].clause || reading.bare.contains(tokens[n].surface),
          !tokens.contains(where: { $0.clause == tokens[k].clause && reading.weather.contains($0.surface) })
        else { continue }
        guard let value = Double(tokens[k].surface), reading.isSign(value) == true else { continue }
        readSigns.append((signSets[sign].any, k..<n))
      }
    }
    for (sign, set, reading) in readingSets {
      for range in found[set] ?? [] {
        let clause = tokens[range.lowerBound].clause
        let near = (range.upperBound..<min(tokens.count, range.upperBound + Self.readingReach)).first {
          tokens[$0].isNumber && tokens[$0].clause == clause
        }
        let opening = (range.upperBound..<tokens.count).first { tokens[$0].clause != clause }
          .flatMap { tokens[$0].clause == clause + 1 && tokens[$0].isNumber ? $0 : nil }
        // Or the number said first, the instrument after it: "37.0 on the ear thermometer".
        let before = (max(0, range.lowerBound - Self.readingReach)..<range.lowerBound).last {
          tokens[$0].isNumber && tokens[$0].clause == clause
        }
        guard let k = near ?? opening ?? before, let value = Double(tokens[k].surface), let isSign = reading.isSign(value)
        else { continue }
        let said = min(range.lowerBound, k)..<max(range.upperBound, k + 1)
        if isSign {
          readSigns.append((signSets[sign].any, said))
        } else {
          found[sets.otherSenses, default: []].append(said)
          // A normal reading settles what was feared before it: "thought I had a fever but
          // the thermometer said 36.8".
          let feared = (found[signSets[sign].any] ?? []).filter { fear in
            fear.upperBound <= said.lowerBound && tokens[fear.lowerBound].clause >= clause - 2
          }
          found[sets.otherSenses, default: []].append(contentsOf: feared)
        }
      }
    }
    // Words read in another sense ("fell asleep") are no evidence of anything, unless a
    // longer phrase holds them word for word ("like someone else's bum" is numbness, though
    // "like someone" is a simile; "fell asleep on" is no "fell on"). A harmless cause is no
    // evidence to mask: "leg day" is another sense of "leg" and, as itself, what explains
    // legs gone weak; nor is a reading ("body temperature 39"). A qualifier holding the
    // very words of another sense keeps them: "back to normal" is over and done with,
    // though its "back" is no body part.
    let masked = found[sets.otherSenses] ?? []
    if !masked.isEmpty {
      for (set, ranges) in found where set != sets.otherSenses && !causeSets.contains(set) {
        let qualifier = set >= conceptSetCount
        found[set] = ranges.filter { r in
          !masked.contains {
            $0.overlaps(r)
              && !((r.count > $0.count || (qualifier && r.count == $0.count)) && r.lowerBound <= $0.lowerBound
                && r.upperBound >= $0.upperBound && !gapped.contains(r))
          }
        }
      }
    }
    for (set, range) in readSigns { found[set, default: []].append(range) }
    return Reading(tokens: tokens, found: found)
  }

  /// Words this long are also matched by their stem: "collapsing" finds "collapsed".
  /// Shorter ones only as written, so that "legs" (both) and "leg" (one) stay apart.
  static let stemmedLength = 5

  /// Whether `typed` is the singular of a phrase's plural `word` and a phrase on its own in
  /// other sets: then it means that, not the plural's by their shared stem ("knees" are
  /// both legs, "knee" one leg; but "sit bone" is still "sit bones").
  private func isSingularElsewhere(_ typed: String, of word: String, set: Int) -> Bool {
    guard word.hasPrefix(typed), word.utf8.count - typed.utf8.count <= 2, word.hasSuffix("s"),
      let sets = symptomSetsOfWord[typed]
    else { return false }
    return !sets.contains(set)
  }

  /// Where `phrase` ends if it starts at `start`: its words in order within one clause,
  /// each as written or by its stem, with at most one other word between two of them
  /// ("can not really feel", "a bad fall").
  private func match(_ phrase: Phrase, at start: Int, in tokens: [Token]) -> Int? {
    let clause = tokens[start].clause
    // Someone else's last word may be a possessive typed without its apostrophe ("my sons leg").
    let possessive = phrase.set == sets.someoneElse ? phrase.words.count - 1 : -1
    func fits(_ k: Int, _ i: Int) -> Bool {
      let token = tokens[i]
      return token.clause == clause
        && (token.surface == phrase.words[k] || (token.word == phrase.stems[k] && !isSingularElsewhere(token.surface, of: phrase.words[k], set: phrase.set))
          || (k == possessive && token.surface == phrase.words[k] + "s"))
    }
    // A word between two of the phrase's words is no denial ("have no fever" is no "have
    // fever"), nor a thing the phrase would then be about ("my mat fall down" is the mat's).
    func mayBeSkipped(_ token: Token) -> Bool {
      token.clause == clause && !Normalizer.negators.contains(token.surface) && !thingWords.contains(token.surface)
        && !personWords.contains(token.surface)
    }
    guard fits(0, start) else { return nil }
    // The feeling gone is the sense of touch gone, not a kind of feeling ended.
    if phrase.saysAFeelingGone, start > 0,
      tokens[start - 1].clause == clause, !Self.theSenseOf.contains(tokens[start - 1].surface)
    {
      return nil
    }
    var i = start + 1
    var k = 1
    while k < phrase.words.count {
      defer { k += 1 }
      if i < tokens.count, fits(k, i) {
        i += 1
      } else if phrase.words[k] == "is", i > start, tokens[i - 1].isTypedWithApostropheS,
        k + 1 == phrase.words.count || (i < tokens.count && fits(k + 1, i))
      {
        // A noun's "'s" was "is" typed short: "my wee's dark red" is "my wee is dark red",
        // "my temperature's high" holds "temperature is".
        if k + 1 < phrase.words.count {
          i += 1
          k += 1
        }
      } else if phrase.allowsGaps, k + 1 < phrase.words.count, Self.articles.contains(phrase.words[k]),
        phrase.words[k + 1].first?.isLetter == true, i < tokens.count, fits(k + 1, i)
      {
        // A learner may leave the article out before a noun: "bad in all body" is "bad in
        // all the body", "can not go to toilet" is "… to the toilet" (but "5 to 10 minutes"
        // is no pain gone "to a 10").
        i += 1
        k += 1
      } else if phrase.allowsGaps, i + 1 < tokens.count, mayBeSkipped(tokens[i]), fits(k, i + 1),
        // An amount before a particle is an amount moved: "knocked 5 off" the minutes is no
        // "knocked off" a bike (but "lost 4 pounds" is "lost pounds").
        !(tokens[i].isNumber && Self.particles.contains(tokens[i + 1].surface))
      {
        i += 2
      } else if phrase.allowsGaps, let skipped = auxiliaryGap(at: i, in: tokens, clause: clause, fits: { fits(k, $0) }) {
        // A tense's helping verbs are as one word: "weeing has been really painful".
        i += skipped + 1
      } else if phrase.allowsGaps, i + 2 < tokens.count, tokens[i + 1].clause == clause,
        Self.hedges.contains([tokens[i].surface, tokens[i + 1].surface]), fits(k, i + 2)
      {
        // A hedge of two words is as one: "gone a bit dead".
        i += 3
      } else if phrase.allowsGaps, i + 2 < tokens.count, tokens[i + 1].clause == clause,
        Self.roughly.contains(tokens[i].surface), tokens[i + 1].isNumber, fits(k, i + 2)
      {
        // A rough amount is as a number: "for about 3 weeks" is "for weeks".
        i += 3
      } else if phrase.allowsGaps, let part = Self.partOfTheBack(at: i, in: tokens), fits(k, i + part) {
        // A part of the back before the word of pain is as "back" alone: "severe lower back
        // pain", "sudden severe left lower back pain" are "severe back pain".
        i += part + 1
      } else if phrase.allowsGaps, i + 1 < tokens.count, tokens[i].clause == clause, Self.kindsOfPain.contains(tokens[i].surface),
        let part = Self.partOfTheBack(at: i + 1, in: tokens), fits(k, i + 1 + part)
      {
        // One more word of what the pain was like goes before the part of the back: "severe
        // sudden lower back pain" is "severe back pain" (but "at night my lower back pain
        // eases" has no night pain).
        i += part + 2
      } else if phrase.allowsGaps, let place = Self.placeOfPain(at: i, in: tokens), i + place < tokens.count, fits(k, i + place) {
        // Where it hurts, said inside the phrase: "the worst pain in my back I've ever had".
        i += place + 1
      } else if phrase.allowsGaps, phrase.opensWithAFeeling,
        let place = Self.placeOfFeeling(at: i, in: tokens), i + place < tokens.count, fits(k, i + place)
      {
        // Where the feeling went, said inside a phrase of it: "the feeling in my foot has gone".
        i += place + 1
      } else {
        return nil
      }
    }
    return i
  }

  /// How many words a gap of helping verbs at `i` takes (one to three of them, and one
  /// more word after them that is no denial, thing or person) before a word that `fits`:
  /// "has been [really]", "is [really]".
  private func auxiliaryGap(at i: Int, in tokens: [Token], clause: Int, fits: (Int) -> Bool) -> Int? {
    var j = i
    while j < tokens.count, j - i < 3, tokens[j].clause == clause, Self.helpingVerbs.contains(tokens[j].surface) { j += 1 }
    guard j > i, j < tokens.count else { return nil }
    if fits(j) { return j - i }
    let word = tokens[j]
    guard j + 1 < tokens.count, word.clause == clause, !Normalizer.negators.contains(word.surface), !Self.weakening.contains(word.surface),
      !thingWords.contains(word.surface), !personWords.contains(word.surface), fits(j + 1)
    else { return nil }
    return j + 1 - i
  }

  /// The safety word a mistyped word stands for, when that is its only reading or the only
  /// one that completes a symptom's phrase with the words around it: one edit in a word of
  /// 4+ letters, two in one of 8+; never for a correctly spelt word. A word of three letters
  /// is one edit from too many to stand alone, and is read only as completing a phrase:
  /// "cant fel my legs" is "can't feel my legs".
  private func correction(
    at i: Int, in tokens: [Token], isKnown: (String) -> Bool, hasOtherReading: (Token, String) -> Bool
  ) -> String? {
    let token = tokens[i]
    // The surface, not the stem: "controll" is no word, though "controlling" makes its stem known.
    let isShort = token.surface.utf8.count == Self.shortestPhraseTypo
    guard token.surface.utf8.count >= Self.shortestPhraseTypo, !token.isNumber else { return nil }
    let found = isShort ? conceptSpelling.corrections(of: token.surface, edits: 1) : conceptSpelling.corrections(of: token.surface)
    // Whether the word is spelt right is asked only when it is near a safety word.
    guard let nearest = found.first, !isKnown(token.surface) else { return nil }
    // Several words as near are one reading when they say the same thing: "fevver" is as
    // near "fever" as "feaver", a way of typing it that the curators listed.
    let tiedWords = found.prefix(while: { $0.distance == nearest.distance }).map { conceptWords[Int($0.id)] }
    let tied = tiedWords.map { symptomSetsOfWord[$0] }
    if !isShort, tiedWords.count == 1 || tied.allSatisfy({ $0 != nil && $0 == tied[0] }), !hasOtherReading(token, tiedWords[0]) {
      return tiedWords[0]
    }
    // Otherwise the words around it may tell: "jeans are faling off me" is "falling off
    // me", a symptom's phrase, whatever else "faling" is one edit from.
    // Readings that complete phrases of the same concept are one reading: "givin way" is
    // "giving way" or "given way", a leg giving way either way.
    let completing = readingsCompletingAPhrase(tiedWords, at: i, in: tokens)
    if let first = completing.first, completing.allSatisfy({ $0.sets == first.sets }) { return first.word }
    if isShort { return nil }
    // Or the other parts of a sign said in its clause: "chest pians" is "chest pains",
    // though "pians" is as near "pins".
    let signing = tiedWords.filter { completesASign($0, at: i, in: tokens) }
    return completing.isEmpty && signing.count == 1 ? signing[0] : nil
  }

  /// Whether `word`, read at token `i`, is the one part of a sign missing from its clause:
  /// every other concept of the sign's `all:` is said there.
  private func completesASign(_ word: String, at i: Int, in tokens: [Token]) -> Bool {
    guard let ownSets = symptomSetsOfWord[word] else { return false }
    let clause = tokens[i].clause
    let inClause = tokens.indices.filter { $0 != i && tokens[$0].clause == clause }
    func said(_ set: Int) -> Bool {
      inClause.contains { start in
        let phrases = (byFirstWord[tokens[start].surface] ?? []) + (byFirstWord[tokens[start].word] ?? [])
        return phrases.contains { phrase in
          guard phrase.set == set, let end = match(phrase, at: start, in: tokens) else { return false }
          return !(start...end - 1).contains(i)
        }
      }
    }
    return signSets.contains { sign in
      sign.all.count >= 2 && sign.all.contains(where: ownSets.contains)
        && sign.all.allSatisfy { ownSets.contains($0) || said($0) }
    }
  }

  /// The length of the shortest mistyped word read, and only as completing a phrase.
  static let shortestPhraseTypo = 3

  /// Of the words token `i` may be read as, those that complete a symptom's phrase of two
  /// or more words with the tokens around it, each with the concepts of the phrases it completes.
  private func readingsCompletingAPhrase(_ words: [String], at i: Int, in tokens: [Token]) -> [(word: String, sets: Set<Int>)] {
    var trial = tokens
    return words.compactMap { word in
      trial[i].surface = word
      trial[i].word = word.utf8.count >= Self.stemmedLength ? Stemmer.stem(word) : word
      var sets: Set<Int> = []
      for start in max(0, i - 5)...i {
        for phrase in byFirstWord[trial[start].surface] ?? [] {
          guard phrase.words.count >= 2, phrase.words.contains(word), signOfSet[phrase.set] != nil,
            let end = match(phrase, at: start, in: trial), end > i
          else { continue }
          sets.insert(phrase.set)
        }
      }
      return sets.isEmpty ? nil : (word, sets)
    }
  }

  // MARK: - Findings

  /// A red flag heard in a line.
  package struct Hit: Hashable, Sendable {
    package var sign: SafetySign
    /// The user's words that said it.
    package var said: String
    /// Told of in someone else (a sign with `for_others`): not the user's, but they need
    /// help now.
    package var ofSomeoneElse = false
  }

  /// What the screen makes of a line.
  package enum Finding: Hashable, Sendable {
    /// Nothing to do with safety.
    case none
    /// Red flags the user reports, most severe first; then any emergency told of in
    /// someone else (`Hit.ofSomeoneElse`), the only hits when the user reports none.
    case signs([Hit])
    /// A question about red flags ("what if my legs go numb?"): information, no alarm.
    case hypothetical
    /// A word that alone cannot tell: ask this.
    case ask(SafetyQuestion, said: String)
    /// Such a word, said with what answers the question already ("a tingle where the
    /// spikes press"): no question; what a "no" gets, unless the line asks something else.
    case answeredNo(SafetyQuestion)

    package var isSigns: Bool {
      if case .signs = self { return true }
      return false
    }
  }

  package func finding(in reading: Reading) -> Finding {
    var hits: [Hit] = []
    var supposed = false
    // Words read as a sign that a harmless cause explains ("my leg went numb from crossing
    // my legs") ask nothing more.
    var explained: [Range<Int>] = []
    var others: [Hit] = []
    let evidenceOfSign = rules.signs.indices.map { self.evidence(for: $0, in: reading) }
    let choices = offeredAsAChoice(evidenceOfSign, in: reading)
    for (s, sign) in rules.signs.enumerated() {
      for evidence in evidenceOfSign[s] {
        if evidence.contains(where: choices.contains) {
          supposed = true
          continue
        }
        var verdict = verdict(on: evidence, of: s, in: reading)
        if verdict == .supposed || verdict == .dismissed, isConfirmedAfter(evidence, in: reading, supposed: verdict == .supposed) {
          verdict = .reported
        }
        switch verdict {
        case .reported:
          hits.append(Hit(sign: sign, said: said(evidence, in: reading)))
        case .supposed where sign.tier == .check:
          // "Can I use it if I'm pregnant?": the advice is the same either way.
          hits.append(Hit(sign: sign, said: said(evidence, in: reading)))
        case .supposed:
          supposed = true
          continue
        case .explained:
          explained += evidence
          continue
        case .someoneElses:
          // Read on: the user may have it too ("my husband's legs went numb, and now mine").
          if !others.contains(where: { $0.sign.id == sign.id }) {
            others.append(Hit(sign: sign, said: said(evidence, in: reading), ofSomeoneElse: true))
          }
          continue
        case .dismissed:
          continue
        }
        break
      }
    }
    // Someone else's emergency is said whatever else the line holds: after the user's own
    // signs, and before a question about symptoms.
    others.removeAll { other in hits.contains { $0.sign.id == other.sign.id } }
    if !hits.isEmpty || !others.isEmpty {
      // Most severe first; within a tier, in the knowledge base's order.
      let order = Dictionary(uniqueKeysWithValues: rules.signs.enumerated().map { ($1.id, $0) })
      return .signs(hits.sorted { ($0.sign.tier, order[$1.sign.id]!) > ($1.sign.tier, order[$0.sign.id]!) } + others)
    }
    if supposed { return .hypothetical }
    for (q, question) in rules.questions.enumerated() {
      for range in reading.occurrences(questionSets[q]) where !explained.contains(where: { $0.overlaps(range) }) {
        let evidence = [range]
        if case .reported = verdict(on: evidence, of: nil, in: reading) {
          // Answered already in its clause or the next: "a tingle where the spikes press",
          // "tingly and warm after the mat, right where the spikes were".
          let clause = reading.tokens[range.lowerBound].clause
          let answered = reading.occurrences(answeredNoSets[q]).contains { (clause...clause + 1).contains(reading.tokens[$0.lowerBound].clause) }
          return answered ? .answeredNo(question) : .ask(question, said: said(evidence, in: reading))
        }
      }
    }
    return .none
  }

  /// Whether someone else's emergency, told in `clauses`, is said to be happening now (in
  /// them or a clause either side), and nothing in the line says it is seen to already or
  /// told of at work or in a story: "my dad's got chest pain going into his arm now", not
  /// "my dad had chest pain last week and is in hospital", "a patient of mine has saddle
  /// numbness" nor "my son wet the bed last night … my back's stiff today".
  /// A time of its own in its clauses is its time: "wet the bed last night … the mat
  /// tonight" is last night's.
  private func isSomeoneElsesEmergencyNow(_ reading: Reading, near clauses: ClosedRange<Int>) -> Bool {
    func clause(_ r: Range<Int>) -> Int { reading.tokens[r.lowerBound].clause }
    let nowWords = reading.occurrences(sets.someoneElseNow)
    let dated = (reading.occurrences(sets.now) + reading.occurrences(sets.past)).contains { clauses.contains(clause($0)) }
    // Undated, the time may be told a clause or two on: "it just drags. started an hour ago".
    let near = dated ? clauses : (clauses.lowerBound - 2)...(clauses.upperBound + 2)
    // Asking whether to get help ("should I ring an ambulance?") is no help got.
    let asking = IntentMatcher.askingClauses(reading.tokens)
    // At work, only what happens before the user: "my client on the mat just gasped … started
    // a minute ago", not "a patient had chest pain today".
    // (Not the user's own role: "I'm a student, my dad is clutching his chest".)
    let tokens = reading.tokens
    let atHand = !reading.occurrences(sets.someoneElseAtHand).isEmpty
    let atWork = !atHand && reading.occurrences(sets.someoneElseAtWork).contains { r in
      !(r.lowerBound >= 2 && ["a", "an"].contains(tokens[r.lowerBound - 1].surface) && ["am", "as"].contains(tokens[r.lowerBound - 2].surface))
    }
    return nowWords.contains { near.contains(clause($0)) } && !atWork
      && !reading.occurrences(sets.someoneElseSeenTo).contains { !asking.contains(clause($0)) }
      && !reading.occurrences(sets.cleared).contains { near.contains(clause($0)) && !asking.contains(clause($0)) }
  }

  /// Signs' words offered as a choice in a question: joined by "or" to another sign's, in
  /// a clause that asks or right after one ("is it worse to have fever or chest pain?"),
  /// or to anything at all after a question that opens with "which" ("which is the bigger
  /// warning sign, fever or weight loss?"). They ask about signs and report none, as two
  /// values offered as a choice state no fact; but not when the user speaks of themselves
  /// anywhere in the line ("which should I worry about more? my groin is numb or tingly",
  /// "which is worse, fever or weight loss? I have both").
  private func offeredAsAChoice(_ evidenceOfSign: [[[Range<Int>]]], in reading: Reading) -> Set<Range<Int>> {
    let tokens = reading.tokens
    guard tokens.contains(where: { $0.surface == "or" }) else { return [] }
    // "Which should I …", "I" asking, is no telling.
    let asking = IntentMatcher.askingClauses(tokens)
    let tellsOfOneself = reading.occurrences(sets.firstPerson).contains { r in
      !(asking.contains(tokens[r.lowerBound].clause) && r.lowerBound > 0 && tokens[r.lowerBound - 1].clause == tokens[r.lowerBound].clause
        && IntentMatcher.questionWords.contains(tokens[r.lowerBound - 1].surface))
    }
    guard !tellsOfOneself else { return [] }
    func asks(_ clause: Int) -> Bool { asking.contains(clause) || asking.contains(clause - 1) }
    // A question opened by "which", in the clause or the one before ("which is worse,
    // fever or …"); not "which" joining a clause to what came before it.
    func picks(_ clause: Int) -> Bool {
      tokens.indices.contains { i in
        tokens[i].surface == "which" && (tokens[i].clause == clause || tokens[i].clause == clause - 1)
          && (i == 0 || tokens[i - 1].clause != tokens[i].clause)
      }
    }
    // Each piece of evidence as the span from its first word to its last.
    let spans = evidenceOfSign.enumerated().flatMap { s, evidences in
      evidences.map { (sign: s, span: $0.map(\.lowerBound).min()!..<$0.map(\.upperBound).max()!, ranges: $0) }
    }
    var chosen: Set<Range<Int>> = []
    for piece in spans {
      let clause = tokens[piece.span.lowerBound].clause
      guard asks(clause) else { continue }
      let orAfter = piece.span.upperBound < tokens.count && tokens[piece.span.upperBound].surface == "or"
        && tokens[piece.span.upperBound].clause == clause
      let orBefore = piece.span.lowerBound > 0 && tokens[piece.span.lowerBound - 1].surface == "or"
        && tokens[piece.span.lowerBound - 1].clause == clause
      guard orAfter || orBefore else { continue }
      let joinedToASign = spans.contains { other in
        other.sign != piece.sign
          && ((orAfter && other.span.lowerBound == piece.span.upperBound + 1)
            || (orBefore && other.span.upperBound == piece.span.lowerBound - 1))
      }
      if joinedToASign || picks(clause) { chosen.formUnion(piece.ranges) }
    }
    return chosen
  }

  /// Where sign `s` is said: for `any`, each occurrence; for `all`, in each clause and the
  /// one after it ("my legs, both of them, are numb" is one description), or for a sign
  /// that spans clauses in the whole line, one occurrence of each concept, taking ones no
  /// "no" denies where there are any, and then each other mention with the nearest of the
  /// other concepts.
  private func evidence(for s: Int, in reading: Reading) -> [[Range<Int>]] {
    var result = reading.occurrences(signSets[s].any).map { [$0] }
    let concepts = signSets[s].all
    guard !concepts.isEmpty else { return result }
    let perConcept = concepts.map { reading.occurrences($0) }
    let acrossClauses = rules.signs[s].acrossClauses
    let last = reading.tokens.last?.clause ?? 0
    let windows = acrossClauses ? [0...last] : (0...last).map { $0...($0 + 1) }
    for window in windows {
      var chosen: [Range<Int>] = []
      var mentions: [[Range<Int>]] = []
      for ranges in perConcept {
        let candidates = ranges.filter { window.contains(reading.tokens[$0.lowerBound].clause) }
        guard let pick = candidates.first(where: { !isDenied($0, in: reading, by: candidates) }) ?? candidates.first
        else { break }
        chosen.append(pick)
        mentions.append(candidates)
      }
      guard chosen.count == concepts.count else { continue }
      // Each mention, with the nearest mention of every other concept, is evidence too: a
      // first mention that is not the user's ("my dad had chest pain last year and I have
      // chest pain now") must not hide a later one that is.
      var choices = [chosen]
      for (k, candidates) in mentions.enumerated() where candidates.count > 1 {
        for anchor in candidates where anchor != chosen[k] {
          choices.append(mentions.indices.map { j in
            j == k ? anchor : mentions[j].min { abs($0.lowerBound - anchor.lowerBound) < abs($1.lowerBound - anchor.lowerBound) }!
          })
        }
      }
      // Concepts are said by different words: "peed" alone is not both a loss of control
      // and the bladder (but "legs just go" is both weakness and the legs).
      for choice in choices where Set(choice.map { [$0.lowerBound, $0.upperBound] }).count == choice.count {
        guard !isSaidOfAnotherPlace(choice, in: reading.tokens) else { continue }
        result.append(choice)
      }
    }
    return result
  }

  /// Whether the parts of a sign said over two clauses leave the later one said of
  /// another place, named before it in its own clause: in "knees bent. after 15 mins my
  /// back feels tingly" the tingling is the back's, not the knees'. (Not when it is said
  /// to be there as well, or of the legs pointed back at: "both my legs, my back is numb
  /// too", "both legs. my back hurts and I can't feel them".)
  private func isSaidOfAnotherPlace(_ choice: [Range<Int>], in tokens: [Token]) -> Bool {
    func namesAPlaceBelow(_ r: Range<Int>) -> Bool { r.contains { Self.lowerParts.contains(tokens[$0].surface) } }
    guard let later = choice.max(by: { $0.lowerBound < $1.lowerBound }),
      choice.contains(where: { tokens[$0.lowerBound].clause < tokens[later.lowerBound].clause && namesAPlaceBelow($0) })
    else { return false }
    let clause = tokens[later.lowerBound].clause
    if tokens.contains(where: { $0.clause == clause && (Self.asWell.contains($0.surface) || Self.pointingBack.contains($0.surface)) }) {
      return false
    }
    var k = later.lowerBound - 1
    while k >= 0, tokens[k].clause == clause {
      if Self.otherPlaces.contains(tokens[k].surface) { return true }
      k -= 1
    }
    return false
  }
  /// Words that may open a clause before a reading told bare: "been 38.5 since yesterday".
  private static let readingLeadIns: Set<String> = ["been", "was", "still"]
  /// Words that make what follows the cause of a sign: "because I had to kneel for ages".
  private static let causing: Set<String> = ["because", "as", "after", "cos", "cause", "since", "when", "from", "while"]
  /// Words before "to" that make what follows done because of a sign: "had to sit down".
  private static let madeTo: Set<String> = ["had", "needed", "forced", "have", "need"]
  /// Words that point back at a place said before: "my back hurts and I can't feel them".
  private static let pointingBack: Set<String> = ["they", "them", "it", "there", "those", "these"]
  /// Words that add a place to one already said: "my back is numb too".
  private static let asWell: Set<String> = ["too", "also", "as", "aswell", "same"]
  /// Parts of the body above the legs and saddle that a feeling may be said of.
  private static let otherPlaces: Set<String> = [
    "back", "spine", "hand", "hands", "arm", "arms", "face", "head", "neck", "shoulder", "shoulders", "finger", "fingers",
    "skin", "lips", "tummy", "stomach", "chest",
  ]

  /// `explained`: dismissed because a harmless cause is said with it. `someoneElses`:
  /// reported, of someone else, for a sign with `for_others`.
  private enum Verdict { case reported, supposed, dismissed, explained, someoneElses }

  /// Whether evidence of the sign at `signIndex` (nil for a question's word) is the
  /// user's, now, for real.
  private func verdict(on evidence: [Range<Int>], of signIndex: Int?, in reading: Reading) -> Verdict {
    let sign = signIndex.map { rules.signs[$0] }
    let tokens = reading.tokens
    let start = evidence.map(\.lowerBound).min()!
    let end = evidence.map(\.upperBound).max()!
    let clause = tokens[start].clause
    let clauses = clause...tokens[end - 1].clause
    func here(_ r: Range<Int>) -> Bool { clauses.contains(tokens[r.lowerBound].clause) }
    // A turn to the user ("… but I have …") puts what was said before it out of the sign's
    // reach; a turn with no one new ("my dad tried it but lost control") does not.
    let firstPerson = reading.occurrences(sets.firstPerson).filter(here)
    let turns = reading.occurrences(sets.contrast).filter { turn in
      here(turn) && turn.upperBound <= start && firstPerson.contains { $0.lowerBound >= turn.upperBound && $0.lowerBound <= start }
    }
    func inClause(_ set: Int) -> [Range<Int>] {
      reading.occurrences(set).filter { r in here(r) && !turns.contains { r.upperBound <= $0.lowerBound } }
    }
    /// Whether someone else only saw or told of a sign the user has, named after it in its
    /// clauses: "my son saw the toilet water was bright pink after I peed".
    func sawItInTheUser(_ r: Range<Int>) -> Bool {
      r.upperBound < tokens.count && Self.observing.contains(tokens[r.upperBound].surface)
        && firstPerson.contains { $0.lowerBound > start && clauses.contains(tokens[$0.lowerBound].clause) }
    }
    /// Whether the user speaks of themselves from `from` up to the sign's first word
    /// ("my mum thinks my legs …": the sign's own "my" counts, but not a "my" after a
    /// preposition, which places the other person: "a client at my gym had chest pain").
    func userBetween(_ from: Int, _ to: Int) -> Bool {
      firstPerson.contains { r in
        r.lowerBound >= from && r.lowerBound <= to
          && !(tokens[r.lowerBound].surface == "my" && r.lowerBound > 0 && Self.placing.contains(tokens[r.lowerBound - 1].surface))
      }
    }
    let history = sign?.historyCounts ?? false

    if evidence.contains(where: { isDenied($0, in: reading, by: evidence) }) { return .dismissed }
    // What nearly happened did not: "I almost slipped getting up off the mat but caught
    // myself", "nearly had a fall on the ice".
    // (Told in several words, the one "nearly" governs may come first: "nearly fell down
    // the stairs"; a fall told after it is another: "I almost fell and then I did fall down
    // the stairs".)
    if sign?.isEvent == true, let s = signIndex,
      (signSets[s].all + [signSets[s].any]).flatMap({ reading.occurrences($0) }).contains(where: { r in
        r.lowerBound <= start && r.upperBound >= start && tokens[r.lowerBound].clause == tokens[start].clause
          && Self.nearlyHappened(before: r.lowerBound, in: tokens)
      })
    {
      return .dismissed
    }
    // A sign that counts in the past, or a condition to check, is not undone by "fine"
    // ("had bowel cancer, all good now", "I'm on warfarin, all good").
    if !history, sign?.tier != .check, isSaidToBeFine(evidence, in: reading) { return .dismissed }
    // Asked and answered: "chest pain? no. fever? no." The sign is a few words naming it,
    // no one's ("I can't feel my groin. No." is said, not asked), and the clause after it a
    // bare "no".
    let signClause = tokens.indices.filter { clauses.contains(tokens[$0].clause) }
    let next = tokens.indices.filter { tokens[$0].clause == clauses.upperBound + 1 }
    if signClause.count <= 4, firstPerson.isEmpty, let first = next.first,
      reading.occurrences(sets.no).contains(first..<(next.last! + 1))
    {
      return .dismissed
    }
    // "We see saddle numbness cases", "cancer research": what someone works with or talks
    // about, not what the user feels; nor is a piece of it that is a topic just before:
    // "we had four chest pain calls tonight. my lower back is tight" reads no chest pain in
    // the tight back. (A class of people is someone else's, unless the user is one: "cancer
    // sufferers like me", "I'm one of the cancer patients here".)
    if let topic = reading.occurrences(sets.asTopic).first(where: { topic in
      evidence.contains { piece in topic.lowerBound > piece.lowerBound && topic.lowerBound - piece.upperBound <= 1 }
    }), !(Self.classesOfPeople.contains(tokens[topic.lowerBound].surface) && !firstPerson.isEmpty) {
      return .dismissed
    }
    // Someone else's: "my mum has cancer", unless the user comes back ("... says I have").
    // It may share the sign's first words: "my son's leg" is no "my leg".
    // But when the user is what it happened to ("someone rear-ended me"), it is theirs.
    // So is the user in their vehicle, named in the sign or right after it ("someone drove
    // into my car", "someone went into the back of my car").
    // The object may be inside the sign's words ("drove into me") or right after them, past
    // a preposition ("someone crashed into me").
    let userIsObject = evidence.contains { r in
      (r.lowerBound...r.upperBound + 1).contains { i in
        guard i < tokens.count, tokens[i].clause == clause else { return false }
        if Self.objectForms.contains(tokens[i].surface) { return true }
        return i + 1 < tokens.count && ["my", "our"].contains(tokens[i].surface) && tokens[i + 1].clause == clause
          && Self.vehicles.contains(tokens[i + 1].surface)
      }
    }
    // Nor is one the user says they are: "I'm a keen rider and took a tumble", "as a driver".
    func isTheUser(_ r: Range<Int>) -> Bool {
      (max(0, r.lowerBound - 4)..<r.lowerBound).contains { j in
        tokens[j].clause == tokens[r.lowerBound].clause
          && ((tokens[j].surface == "am" && j > 0 && tokens[j - 1].surface == "i") || tokens[j].surface == "as")
          && j + 1 < r.lowerBound && ["a", "an"].contains(tokens[j + 1].surface)
      }
    }
    let clauseStart = tokens.firstIndex { $0.clause == clause } ?? start
    // (The user named in the sign's own words, or right before one of them, makes it
    // theirs: "my wife has back pain and both of my legs have gone numb", "… and lost
    // control of my bladder".)
    let userInSign = inClause(sets.firstPerson).contains { r in
      r.lowerBound > start && tokens[r.lowerBound].clause == clause && !inClause(sets.someoneElse).contains { $0.overlaps(r) }
        && evidence.contains { piece in (piece.lowerBound <= r.lowerBound && r.upperBound <= piece.upperBound) || r.upperBound == piece.lowerBound }
    }
    // Someone else's, and the user's as well: "my mum's got osteoporosis and so have I".
    // Said to end its clause (or before "too", "as well"): "so do I need to worry", "I am
    // too scared to call", "me too when I was his age" go on to something else.
    // So is one the user types for, said before it: "typing for my mum who uses the mat:
    // she's had chills for two days".
    let sharedByTheUser = reading.occurrences(sets.shared).contains { r in
      r.lowerBound > start && (clauses.lowerBound...clauses.upperBound + 1).contains(tokens[r.lowerBound].clause)
        && (r.upperBound == tokens.count || tokens[r.upperBound].clause != tokens[r.lowerBound].clause
          || Self.afterShared.contains(tokens[r.upperBound].surface))
    } || reading.occurrences(sets.spokenFor).contains { $0.upperBound <= start }
    // Someone else's is dismissed, or, for an emergency worth a word to get them help, read
    // on as the user's would be and told apart at the end: "my dad has chest pain now" is
    // his emergency now; "my mum had a heart attack years ago" is long past. Every check
    // below still applies to it (over, long past, explained, supposed, things that fell),
    // and then `isSomeoneElsesEmergencyNow` asks more of it than of the user's. Not an
    // animal's: a dog has a vet.
    var signIsSomeoneElses = false
    // The user named first beside them is one of them: "me and my wife both have chest pain".
    func joinedByTheUser(_ r: Range<Int>) -> Bool {
      // (Past the name's own "my": "me and my wife".)
      let k = r.lowerBound >= 1 && ["my", "our"].contains(tokens[r.lowerBound - 1].surface) ? r.lowerBound - 1 : r.lowerBound
      return k >= 2 && tokens[k - 1].surface == "and" && ["me", "i"].contains(tokens[k - 2].surface)
        && tokens[k - 2].clause == tokens[r.lowerBound].clause
    }
    // (An animal tripped over is a thing in the way: "my mum's just tripped over the dog".)
    func trippedOver(_ k: Int) -> Bool {
      (1...2).contains { d in k - d >= 0 && tokens[k - d].surface == "over" && tokens[k - d].clause == tokens[k].clause }
    }
    let mayBeOthers = sign?.forOthers == true
      && !tokens.indices.contains { clauses.contains(tokens[$0].clause) && Self.animals.contains(tokens[$0].surface) && !trippedOver($0) }
    if !userIsObject, !userInSign, !sharedByTheUser, inClause(sets.someoneElse).contains(where: {
      $0.lowerBound <= start && $0.upperBound < end && !userBetween($0.upperBound, start) && !isTheUser($0) && !joinedByTheUser($0)
        && !sawItInTheUser($0)
    }) {
      guard mayBeOthers else { return .dismissed }
      signIsSomeoneElses = true
    }
    // Someone named in a clause of their own, with no more than a word about them after it
    // (no subject of its own: not "my wife, she's asleep. can't feel my legs"), is who the
    // next clause is about: "My husband, aged 66, has woken with numbness".
    if !userIsObject, !userInSign, !sharedByTheUser, !signIsSomeoneElses, reading.occurrences(sets.someoneElse).contains(where: { r in
      let named = tokens[r.lowerBound].clause
      return named < clause && clause - named <= 3 && (r.lowerBound == 0 || tokens[r.lowerBound - 1].clause != named)
        && (r.upperBound == tokens.count || tokens[r.upperBound].clause != named) && !userBetween(r.upperBound, start)
        && !(r.upperBound..<start).contains { tokens[$0].clause != named && Self.subjects.contains(tokens[$0].surface) }
        && !joinedByTheUser(r)
    }) {
      guard mayBeOthers else { return .dismissed }
      signIsSomeoneElses = true
    }
    // A sign told in parts that may stand apart (`across_clauses`: an illness and a back
    // pain) is not the user's when a part is someone else's, named before it in its clause
    // with the user named nowhere between: "my back is sore, my mum is unwell" (the pain the
    // user's, the illness the mum's), "my son is very sick and my back aches from carrying
    // him". (The parts of one description are one: "my husband has chronic pain and lost
    // control of my bladder".)
    if sign?.acrossClauses == true, evidence.count > 1, !userIsObject, !sharedByTheUser, evidence.contains(where: { piece in
      inClause(sets.someoneElse).contains { other in
        other.upperBound <= piece.lowerBound && tokens[other.lowerBound].clause == tokens[piece.lowerBound].clause
          && !firstPerson.contains { $0.lowerBound >= other.upperBound && $0.lowerBound < piece.upperBound }
          && !isTheUser(other)
      }
    }) {
      return .dismissed
    }
    // Whose the body is, said of a word of the sign: "numbness in both her legs" (not when
    // the user is named first, "my legs and her arms", nor "emptied on their own"), or
    // right after it ("a tearing pain in his back"); whom it happened to, said as the
    // sign's own last word ("wet himself").
    let bodyAfter = end + 2 < tokens.count && tokens[end].clause == clause && Self.bodyPrepositions.contains(tokens[end].surface)
      && Self.othersPossessives.contains(tokens[end + 1].surface) && Self.bodyParts.contains(tokens[end + 2].surface)
      && !userBetween(start, end)
    if !userIsObject, !sharedByTheUser, bodyAfter || Self.othersReflexives.contains(tokens[end - 1].surface) || (start + 1..<end).contains(where: { i in
      Self.othersPossessives.contains(tokens[i].surface) && evidence.contains { $0.contains(i + 1) } && !userBetween(start, i)
    }) {
      guard mayBeOthers else { return .dismissed }
      signIsSomeoneElses = true
    }
    // A clause that opens "who" or "whose" is of the person just named: "a friend at my
    // club, who had cancer years ago". Not past a word that starts another thought or
    // reports one: "my brother, who came round because both legs went numb", "my husband,
    // who says losing control of my bladder is serious".
    if clauseStart > 0, Self.relativeOpeners.contains(tokens[clauseStart].surface),
      !(clauseStart + 1..<start).contains(where: { Self.relativeBreaks.contains(tokens[$0].surface) }),
      let named = reading.occurrences(sets.someoneElse).last(where: { $0.upperBound <= clauseStart }),
      tokens[named.lowerBound].clause == clause - 1, !userBetween(named.upperBound, start)
    {
      return .dismissed
    }
    // And when someone else is ("his legs went from under him"), it is theirs.
    let otherIsObject = evidence.contains { r in
      r.upperBound < tokens.count && tokens[r.upperBound].clause == clause && Self.othersObjectForms.contains(tokens[r.upperBound].surface)
    }
    // (Not when the user is the subject: "I fell on him".)
    if otherIsObject, !userIsObject, !userBetween(clauseStart, end) {
      guard mayBeOthers else { return .dismissed }
      signIsSomeoneElses = true
    }
    // The part of the body it came down on, said right after it: "on my foot", "onto my
    // back" ("on" may be the sign's own last word).
    let landedOnPart = [end - 1, end].first { $0 >= start && $0 + 1 < tokens.count && ["on", "onto"].contains(tokens[$0].surface) }
      .flatMap { on in
        on + 2 < tokens.count && tokens[on + 1].surface == "my" && tokens[on + 2].clause == clause ? tokens[on + 2].surface : nil
      }
    // "A shelf came down on me", "it hit me": the thing fell on the user. (The things listed
    // are light ones: furniture, which falls on people, is none of them.) So did a thing that
    // came down on the back, the neck or the head ("a shelf fell on my back"); not on the
    // face or a hand, where a phone may fall, nor the mat itself, which weighs next to
    // nothing ("the mat fell on my back").
    // ("My" before a thing is whose the thing is: "an accident with my phone".)
    let onTheTrunk = landedOnPart.map(Self.trunk.contains) == true && !(start > 0 && ["mat", "mats"].contains(tokens[start - 1].surface))
    let onUser = onTheTrunk || inClause(sets.firstPerson).contains { r in
      r.lowerBound >= start && r.upperBound <= end
        && !(r.upperBound < tokens.count && thingWords.contains(tokens[r.upperBound].surface))
    }
    // Something that came down on a hand or a foot hurt that, not the spine: "a box fell on
    // my foot". Only a thing named as such, opening the clause with an article ("a box",
    // "the drawers") or right before the fall ("my phone fell"): the user who fell, said or
    // left out, is another matter ("I fell on my hand", "slipped and fell on my hand", "this
    // morning fell on my hand", "properly fell on my hand").
    let thingFell = start > clauseStart && !userBetween(clauseStart, start)
      && (thingWords.contains(tokens[start - 1].surface)
        || (Self.articles.contains(tokens[clauseStart].surface) && clauseStart + 1 < start
          && !Self.timeNouns.contains(tokens[clauseStart + 1].surface)))
    if sign?.objectsMatter == true, thingFell, landedOnPart.map(Self.extremities.contains) == true {
      return .dismissed
    }
    // A measure of a thing, not of the body: "lost a stone of dignity getting up off it".
    if sign?.objectsMatter == true, end + 1 < tokens.count, tokens[end].surface == "of", tokens[end + 1].clause == clause,
      inClause(sets.objects).contains(where: { $0.lowerBound == end + 1 })
    {
      return .dismissed
    }
    if sign?.objectsMatter == true, !onUser {
      // A thing that falls or crashes hurts nobody: "the mat fell off the sofa".
      // (Not a thing the user did something to, and then what the user did: "I dropped the
      // mat and fell down the stairs", "knocked the mat off the bed and fell over it", "…
      // then slipped"; but "my phone fell and smashed".)
      func joinedAfter(_ thing: Range<Int>) -> Bool {
        let handled = isSent(thing) || (clauseStart..<thing.lowerBound).contains { IntentMatcher.statementSubjects.contains(tokens[$0].surface) }
        return handled
          && (thing.upperBound..<start).contains { k in Normalizer.scopeBreakers.contains(tokens[k].surface) || tokens[k].surface == "then" }
      }
      // Sent by a verb right before it, or past a word that says whose and one that says
      // which: "dropped my new mat" (but "slid off the sofa" sends no sofa).
      func isSent(_ thing: Range<Int>) -> Bool {
        var k = thing.lowerBound - 1
        var described = false
        while k > clauseStart, !Self.sendingVerbs.contains(tokens[k].surface) {
          if Self.determiners.contains(tokens[k].surface) {
            k -= 1
          } else if !described, !Self.placing.contains(tokens[k].surface), !Self.movingAlong.contains(tokens[k].surface),
            !Normalizer.scopeBreakers.contains(tokens[k].surface)
          {
            described = true
            k -= 1
          } else {
            return false
          }
        }
        return k >= clauseStart && Self.sendingVerbs.contains(tokens[k].surface)
      }
      // (A word of when between says the user did it: "can I go on the mat after falling".)
      if inClause(sets.objects).contains(where: { thing in
        thing.upperBound <= start && start - thing.upperBound <= 2 && !userBetween(thing.upperBound, start) && !joinedAfter(thing)
          && !(thing.upperBound..<start).contains { Self.joiningTimes.contains(tokens[$0].surface) }
      }) {
        return .dismissed
      }
      // Nor does a thing sent on its way, however far: "I dropped the mat all the way down
      // the stairs".
      if inClause(sets.objects).contains(where: { thing in
        thing.upperBound <= start && isSent(thing) && !userBetween(thing.upperBound, start) && !joinedAfter(thing)
      }) {
        return .dismissed
      }
      // Nor does a figure the clause is about, however far before: "prices of these mats
      // have fallen a lot", "and the price of feed has had a fall at last" (not past a word
      // that joins another thought: "the market was busy and I fell").
      if inClause(sets.figures).contains(where: { figure in
        var k = clauseStart
        if k < figure.lowerBound, Normalizer.scopeBreakers.contains(tokens[k].surface) { k += 1 }
        if k < figure.lowerBound, Self.determiners.contains(tokens[k].surface) { k += 1 }
        return figure.lowerBound == k && figure.upperBound <= start && !userBetween(figure.upperBound, start)
          && !(figure.upperBound..<start).contains { Normalizer.scopeBreakers.contains(tokens[$0].surface) }
      }) {
        return .dismissed
      }
      // Nor does an accident with a thing, a spill or a breakage: "a little accident with a
      // glass of red wine", nor a fall in a figure: "a fall in sales", "a fall of the shares".
      // (Not one with what the user rides: "an accident with my bike"; nor a fall in the
      // snow.) The "with" may be the sign's own word ("accident with a") or the next one.
      if let with = (start..<min(end + 1, tokens.count)).first(where: { tokens[$0].surface == "with" && tokens[$0].clause == clause }),
        with + 1 < tokens.count
      {
        var k = with + 1
        if Self.determiners.contains(tokens[k].surface), k + 1 < tokens.count { k += 1 }
        if tokens[k].clause == clause, thingWords.contains(tokens[k].surface), !Self.vehicles.contains(tokens[k].surface) {
          return .dismissed
        }
      }
      // The figure may be a compound: "a fall in the share price", "a fall in house prices"
      // (not "I fell in the january sales", "a fall in my local sales office").
      if end + 1 < tokens.count, ["in", "of"].contains(tokens[end].surface), tokens[end].clause == clause,
        inClause(sets.figures).contains(where: { figure in
          figure.lowerBound == end + 1 || (figure.lowerBound == end + 2 && Self.determiners.contains(tokens[end + 1].surface))
            || (figure.lowerBound >= end + 2 && figure.lowerBound <= end + 3 && Self.figureCompounds.contains(tokens[figure.lowerBound - 1].surface)
              && (end + 1..<figure.lowerBound - 1).allSatisfy { Self.determiners.contains(tokens[$0].surface) })
        })
      {
        return .dismissed
      }
    }
    // What followed it, said to have lasted months or years right before the word that ties
    // it to the event, dates an event as long past: "back pain for about six years now after
    // a car accident", "sore for months since my fall". Not a span of something else ("used
    // the mat for years and since my fall yesterday …": a word between), not an event with a
    // time of its own ("… since my fall on Monday"), and not weeks ("for 3 weeks after a
    // fall" is recent enough to check).
    if sign?.isEvent == true, let link = (max(clauseStart, start - 3)...start).last(where: { Self.followingLinks.contains(tokens[$0].surface) }),
      let unit = (max(clauseStart, link - 2)..<link).last(where: { Self.longSpans.contains(tokens[$0].surface) }),
      (unit + 1..<link).allSatisfy({ Self.spanTrailers.contains(tokens[$0].surface) }),
      (max(clauseStart, unit - 3)..<unit).contains(where: { tokens[$0].surface == "for" }),
      !inClause(sets.now).contains(where: { $0.lowerBound >= end })
    {
      return .dismissed
    }
    // "Since" with the sign as what it counts from ("pain since a car accident years ago")
    // says the pain is now, not the accident, and so does a time said of the pain before
    // it ("hurt every day since my accident"); "since this morning my legs …" still dates
    // the sign: a time said between.
    // Of something that happened, a time said after it ("an accident 10 years ago") is its
    // time; "since", "still" or "has been" after that speak of what followed ("… and my
    // back has been bad since"). Another time is another time: "a fall last year and
    // another this morning".
    let eventDated = sign?.isEvent == true ? inClause(sets.past).first { $0.lowerBound >= end }?.lowerBound : nil
    func beforeItsTime(_ r: Range<Int>) -> Bool { eventDated.map { r.lowerBound < $0 } ?? true }
    // A habit told with "used to" right before the sign was the old habit: "I used to wake up
    // with back pain every night". Not being used to something ("I'm used to waking up every
    // night with it"), nor a "used to" of something else ("I used to do yoga and I wake up
    // every night with back pain").
    let pastHabit = inClause(sets.past).contains { r in
      tokens[r.lowerBound].surface == "used" && r.upperBound <= start && start - r.upperBound <= 2
        && (r.lowerBound == 0 || !Self.beingOrGetting.contains(tokens[r.lowerBound - 1].surface))
    }
    // Said before an event dated long ago, a state that goes on ("still sore from a fall
    // last year") is the pain's, not the event's.
    let states = eventDated == nil ? [] : inClause(sets.still).filter { $0.upperBound <= start }
    // "Now" that says the user is well now dates nothing of the sign: "last year I had the
    // fever from the dengue but now I am good" is long past (a sign told recently still
    // counts: "had crushing chest pain 20 minutes ago, now I'm ok").
    let times = inClause(sets.now).filter { r in
      (beforeItsTime(r) || tokens[r.lowerBound].surface != "since") && !(pastHabit && Self.habitWords.contains(tokens[r.lowerBound].surface))
        && !states.contains { $0.overlaps(r) } && !Self.saysWellNow(after: r, in: tokens)
    }
    let countedFrom = times.first { r in
      // (Or the sign's own first word: "since a fall", read as "since falling".)
      tokens[r.lowerBound].surface == "since" && r.count == 1
        && (r.upperBound <= start && start - r.upperBound <= 3 || r.lowerBound == start)
        && !times.contains { $0.lowerBound >= r.upperBound && $0.lowerBound < start }
    }
    let current = times.filter { r in countedFrom.map { r.lowerBound > $0.lowerBound } ?? true }
    // Before a "since" that counts from an event with a time of its own, "has been" and
    // "still" tell of what followed: "my back has been sore since a fall two years ago".
    // Before an event dated long ago, what is happening or still so is not the event: "my
    // pain started after a fall last year", "can I use the mat if I had an accident years
    // ago?", "still sore from a fall last year". Only its coming again is: "I keep falling
    // down, I fell twice last year".
    func ofTheSign(_ r: Range<Int>) -> Bool {
      beforeItsTime(r) && (eventDated == nil || countedFrom.map { r.lowerBound > $0.lowerBound } ?? true)
        && (eventDated == nil || r.upperBound > start || Self.recurring.contains(tokens[r.lowerBound].surface))
    }
    let happening = inClause(sets.happening).contains(where: ofTheSign) || !current.isEmpty
    if !history {
      // A clause of nothing but a time long gone, counted back ("ago"), dates the one before
      // it: "my legs went numb after my epidural, years ago now" (not "…, at school").
      let after = tokens.indices.filter { tokens[$0].clause == clauses.upperBound + 1 }
      let pastAfter = reading.occurrences(sets.past).filter { r in after.contains(r.lowerBound) && r.contains { tokens[$0].surface == "ago" } }
      let datedAfter = !pastAfter.isEmpty
        && after.allSatisfy { i in pastAfter.contains { $0.contains(i) } || Self.timeClauseFillers.contains(tokens[i].surface) }
      // The next clause, opened by "still" and a verb that carries the sign on, says it goes
      // on: "used to use heroin, still do sometimes" (not a state of an event's: "fell off a
      // ladder years ago, still sore").
      let goesOn = sign?.isEvent != true && reading.occurrences(sets.still).contains { r in
        tokens[r.lowerBound].clause == clauses.upperBound + 1 && Token.opensItsClause(tokens, at: r.lowerBound, after: [])
          && r.upperBound < tokens.count && Self.carryingOn.contains(tokens[r.upperBound].surface)
      }
      let long = (!inClause(sets.past).isEmpty || datedAfter) && !inClause(sets.still).contains(where: ofTheSign) && !happening && !goesOn
      // Over and done with, said after it ("gone now"), unless denied ("hasn't mended"): in
      // its clause, the next, or the one after when that names nothing else ("a tumble last
      // month, just grazed my shins, all good now"; but "fell this morning, hit my head,
      // the headache is gone now" is the headache's).
      func namesSomethingElse(_ r: Range<Int>) -> Bool {
        tokens.indices.contains { $0 < r.lowerBound && tokens[$0].clause == tokens[r.lowerBound].clause && Self.naming.contains(tokens[$0].surface) }
      }
      // Someone else said to be fine ("he is fine") ends only a sign that is no one's said:
      // "one of the twins tumbled off the sofa, he is fine", but not "I can't feel my groin,
      // my husband is with me, he is fine".
      let saidOfTheUser = userBetween(clauseStart, end - 1)
      // Back after it was over, said with a word of the sign or of "it": "numb this morning,
      // went away after an hour, now numb again", "it passed, but it came back" (but "has not
      // come back since" is over, "back still stiff" is not the sign, "I'll use the mat
      // again" is not it, and "can I use the mat again?" asks).
      let resolved = reading.occurrences(sets.resolved) + Self.fineAWhileAfter(tokens)
      let returned = reading.occurrences(sets.returned)
      // Read once, and only when a word of return is there.
      let signWords = returned.isEmpty || signIndex == nil ? [] : (signSets[signIndex!].all + [signSets[signIndex!].any]).flatMap { reading.occurrences($0) }
      let fine = returned.isEmpty ? [] : reading.occurrences(sets.fine)
      // Which clauses ask, read once for every use below (each only when something was
      // said to be over).
      let asking = resolved.isEmpty ? [] : IntentMatcher.askingClauses(tokens)
      func cameBack(after r: Range<Int>) -> Bool {
        returned.contains { back in
          let clause = tokens[back.lowerBound].clause
          guard back.lowerBound >= r.upperBound, !resolved.contains(where: { $0.overlaps(back) }),
            !isDenied(back, in: reading, by: [back]), !asking.contains(clause)
          else { return false }
          if signWords.contains(where: { tokens[$0.lowerBound].clause == clause }) { return true }
          let saidOfIt = (0..<back.lowerBound).contains { tokens[$0].clause == clause && Self.itself.contains(tokens[$0].surface) }
          // "Again" with no one's words, beside a word of now, is the sign again: "the shivers
          // are back, had them monday, went away, now again tonight".
          let againNow = tokens[back.lowerBound].surface == "again"
            && !tokens.contains { $0.clause == clause && Self.subjects.contains($0.surface) }
            && !(resolved + fine).contains { tokens[$0.lowerBound].clause == clause }
            && tokens.contains { $0.clause == clause && Self.againNow.contains($0.surface) }
          return againNow || (saidOfIt && tokens[back.lowerBound].surface != "again")
        }
      }
      // An accident said to hurt no one, and then pain told, hurt the user after all: "car
      // crash this morning, no one hurt but my back is killing me", "no injuries at the time,
      // now my lower back aches", "nobody hurt except me". (Pain only asked about is not
      // told: "…, but can I use the mat for my back?")
      // (Only one that says no one was hurt: "cleared up" is over, whatever follows, and
      // "nobody was anywhere near it" says the user was not there.)
      func hurtAfterAll(after r: Range<Int>) -> Bool {
        guard sign?.isEvent == true, r.contains(where: { Self.hurtInAnAccident.contains(tokens[$0].surface) }) else { return false }
        let clause = tokens[r.lowerBound].clause
        let rightAfter = tokens[r.upperBound...].prefix(3).filter { $0.clause == clause }.map(\.surface)
        if rightAfter.contains(where: Self.onlyThen.contains) { return true }
        return tokens.indices.contains { k in
          k >= r.upperBound && !asking.contains(tokens[k].clause) && Self.hurtWords.contains(tokens[k].surface)
        }
      }
      // Over only when told: "would a longer session help me sleep through?" hopes it will
      // be. (A question that opens its clause: "it's back to normal the second I stand up,
      // is sitting on it a good idea?" tells first.)
      // An emergency of the body told of today, over though it is, still needs seeing to:
      // "lost control of my bladder once this morning, it's been fine since" (not an
      // accident, which a fine body after it settles).
      // (So is one an hour or minutes ago, or earlier: "had chest pain an hour ago, fine now".)
      let toldToday = inClause(sets.now).contains { Self.recentDays.contains(tokens[$0.lowerBound].surface) }
        || tokens.indices.contains { k in
          clauses.contains(tokens[k].clause)
            && (tokens[k].surface == "earlier"
              || (tokens[k].surface == "ago" && k >= 1 && Self.hoursOrMinutes.contains(tokens[k - 1].surface)))
        }
      let recentEmergency = sign?.tier == .emergency && sign?.isEvent != true && toldToday
      let over = !recentEmergency && resolved.contains { r in
        let c = tokens[r.lowerBound].clause
        let opener = tokens.firstIndex { $0.clause == c }!
        // ("Now that it's cleared up" tells, inside a question or not.)
        let given = (opener..<r.lowerBound).contains { k in
          k + 1 < r.lowerBound && tokens[k].surface == "now" && tokens[k + 1].surface == "that"
        }
        guard given || !(asking.contains(c) && Self.yesNoOpeners.contains(tokens[opener].surface)) else { return false }
        let near = (clauses.contains(c) && r.lowerBound >= end) || c == clauses.upperBound + 1
          || (c == clauses.upperBound + 2 && !namesSomethingElse(r))
        let ofSomeoneElse = Self.othersSubjects.contains(tokens[r.lowerBound].surface)
        // "He's gone pale", "it's gone numb": gone to a state is a change, not an end.
        let changed = tokens[r.upperBound - 1].surface == "gone" && r.upperBound < tokens.count
          && tokens[r.upperBound].clause == c && became.contains(tokens[r.upperBound].surface)
        return near && !changed && !isDenied(r, in: reading, by: [r]) && !(ofSomeoneElse && saidOfTheUser && !signIsSomeoneElses)
          && !cameBack(after: r) && !hurtAfterAll(after: r)
      }
      let unhurt = sign?.isEvent == true && isToldUnhurt(after: clauses.upperBound, in: reading)
      // Long past, but back now: "chest pain last year was heartburn, but right now it's back".
      if (long && !cameBack(after: start..<end)) || over || unhurt { return .dismissed }
      // An account over two clauses is not now when one part is past on its own ("I was
      // really ill last year. Now my back aches").
      if clauses.count > 1, evidence.contains(where: { piece in
        let c = tokens[piece.lowerBound].clause
        func has(_ set: Int) -> Bool { inClause(set).contains { tokens[$0.lowerBound].clause == c } }
        return has(sets.past) && !has(sets.still) && !has(sets.happening) && !has(sets.now)
      }) {
        return .dismissed
      }
    }
    // "Really ill after a big night out": a harmless cause explains it, unless its clause
    // says the sign outlasts it ("numb from kneeling yesterday and still numb today", "I
    // still have weak legs from squats on Monday").
    // A cause the sign is dated from has outlasted it ("weak since leg day").
    func dates(_ cause: Range<Int>) -> Bool {
      (1...2).contains { k in cause.lowerBound - k >= 0 && tokens[cause.lowerBound - k].surface == "since" }
    }
    // A cause said to be only part of it explains nothing: "my legs feel like jelly not
    // just after the gym, even when I'm resting".
    func onlyPart(_ cause: Range<Int>) -> Bool {
      cause.lowerBound >= 2 && Self.limiting.contains(tokens[cause.lowerBound - 1].surface)
        && tokens[cause.lowerBound - 2].surface == "not"
    }
    // Or says how long it has lasted since, in its clause or the next, and not that it is
    // over: "after deadlifts both my legs went numb and it's been 4 hours", not "…, it's
    // been a day and they're fine".
    func toldToHaveLasted() -> Bool {
      let reach = clauses.lowerBound...(clauses.upperBound + 1)
      guard let k = tokens.indices.first(where: { k in
        k + 3 < tokens.count && reach.contains(tokens[k].clause) && tokens[k].surface == "it"
          && (tokens[k + 1].surface == "has" || tokens[k + 1].surface == "is") && tokens[k + 2].surface == "been"
          && tokens[(k + 3)...].prefix(4).contains { Self.lengthsOfTime.contains($0.surface) }
      }) else { return false }
      return ![sets.resolved, sets.fine, sets.cleared].contains { set in reading.occurrences(set).contains { $0.lowerBound > k } }
    }
    // A cause said as what follows from it explains nothing: "I'm running a fever today so
    // don't want to lie on the cold floor".
    // So does one the sign made the user do: "both my legs went weak and I had to sit on
    // the floor", "ended up sitting on the floor" (not one it came from: "went numb because
    // I had to sit on the floor for two hours", "as I had to pick up my toddler").
    func follows(_ cause: Range<Int>) -> Bool {
      let c = cause.lowerBound
      if c > start, c >= 2, (tokens[c - 1].surface == "to" && Self.madeTo.contains(tokens[c - 2].surface))
        || (tokens[c - 1].surface == "up" && tokens[c - 2].surface.hasPrefix("end")),
        !(max(0, c - 5)..<(c - 2)).contains(where: { Self.causing.contains(tokens[$0].surface) && tokens[$0].clause == tokens[c].clause })
      {
        return true
      }
      // ("So" right before the cause is a degree: "I feel really ill, so hungover".)
      return c > start
        && (start..<c - 1).contains { tokens[$0].surface == "so" && tokens[$0].clause == tokens[c].clause }
    }
    // The cause may be told in the clause just before, when the sign's own clauses say
    // nothing of now and no "but" turns between: "I did 200 squats yesterday, thighs are
    // jelly" (not "… yesterday, today both legs are numb", nor "feel like I've got a
    // hangover but I haven't drunk anything, just unwell all over"). Or after a sign asked
    // and answered "no" at once: "blood in my wee? no, it was beetroot".
    func causeNear(_ set: Int) -> [Range<Int>] {
      guard ![sets.now, sets.still, sets.happening].contains(where: { !inClause($0).isEmpty }) else { return [] }
      let last = tokens[end - 1].clause
      let answeredNo = end + 1 < tokens.count && tokens[end].clause == last + 1 && tokens[end + 1].clause == last + 2
        && ["no", "nope", "nah"].contains(tokens[end].surface)
      // Or said as an aside right after it, a few words with no subject: "had an HIV test
      // for a new partner, negative, back's sore".
      let aside = tokens.filter { $0.clause == last + 1 }
      let isAside = !aside.isEmpty && aside.count <= 3 && !aside.contains { Self.subjects.contains($0.surface) }
      return reading.occurrences(set).filter { cause in
        let at = tokens[cause.lowerBound].clause
        if at == clause - 1 {
          return !reading.occurrences(sets.contrast).contains { $0.lowerBound >= cause.upperBound && $0.upperBound <= start }
        }
        return (answeredNo && at == last + 2) || (isAside && at == last + 1)
      }
    }
    if let s = signIndex,
      (inClause(explanationSets[s]) + causeNear(explanationSets[s])).contains(where: {
        !isDenied($0, in: reading, by: [$0]) && !dates($0) && !onlyPart($0) && !follows($0)
      }),
      inClause(sets.still).isEmpty, !toldToHaveLasted()
    {
      return .explained
    }
    // "Not dieting" says the loss is not on purpose: its "dieting" is no purpose, though the
    // phrase frees what follows from its "not".
    let notDenying = reading.occurrences(sets.notDenying)
    // The purpose may be said in the clause before, when the sign's own clause goes on
    // from it with no subject of its own: "I'm on a diet now, lost 3kg".
    let firstClause = clauses.lowerBound
    // The user's purpose, said or with its "I" left out ("doing keto, 6 kilos down"); not
    // someone else's ("my wife's on a diet, lost a stone without trying", "husband doing
    // keto, lost a stone"), nor one given up ("stopped doing keto in spring, still lost 8
    // kilos").
    let clauseBefore = firstClause - 1
    let goesOn = firstClause > 0 && !tokens.contains { $0.clause == firstClause && Self.subjects.contains($0.surface) }
      && (userIsIn(clauseBefore, of: tokens)
        || (!tokens.contains { $0.clause == clauseBefore && (Self.subjects.contains($0.surface) || Self.givenUp.contains($0.surface)) }
          && !reading.occurrences(sets.someoneElse).contains { tokens[$0.lowerBound].clause == clauseBefore }))
    let before = goesOn ? reading.occurrences(sets.onPurpose).filter { tokens[$0.lowerBound].clause == clauseBefore } : []
    // Or said as an aside right after it, a clause of a few words with no subject: "dropped a
    // size after my running plan - totally on purpose - will the mat feel spikier?"
    let asideClause = clauses.upperBound + 1
    let asideWords = tokens.filter { $0.clause == asideClause }
    // Or given as its reason in the clause after: "lost a bit of weight, because I've been
    // walking to work and cut out crisps".
    let isAReason = asideWords.first.map { Self.reasonOpeners.contains($0.surface) } ?? false
    // Or going on with the same subject, its verb first: "lost 2kg over 3 months, been
    // cutting out sugar on purpose".
    // (Not past a contrast: "been trying to eat more but still dropping".)
    let goesOnAfter = (asideWords.first.map { Self.helpingVerbs.contains($0.surface) } ?? false)
      && !reading.occurrences(sets.contrast).contains { tokens[$0.lowerBound].clause == asideClause }
    let after = isAReason || ((asideWords.count <= 4 || goesOnAfter) && !asideWords.contains { Self.subjects.contains($0.surface) })
      ? reading.occurrences(sets.onPurpose).filter { tokens[$0.lowerBound].clause == asideClause } : []
    // Or said as what something is for: "can I use it on my feet to lose weight" (not "I
    // started to lose weight", "I seem to lose weight", which tell it happening).
    let aimedAt = start >= 1 && tokens[start - 1].surface == "to" && tokens[start - 1].clause == clause
      && (start < 2 || !Self.aspectual.contains(tokens[start - 2].surface))
    if sign?.onPurposeMatters == true, aimedAt ||
      (inClause(sets.onPurpose) + before + after).contains(where: { p in
        !isDenied(p, in: reading, by: [p]) && !notDenying.contains { $0.overlaps(p) } && !Self.isLikened(p, in: tokens)
      })
    {
      return .dismissed
    }
    // "What if my legs go numb?" supposes; "can I use it if my legs have gone numb?" reports,
    // but "what should I do if my legs ever went numb?" imagines it, unless it says when
    // ("what should I do if they have been numb since this morning").
    // Imagined before the sign is whole: "my legs were to go numb" imagines the numbness.
    let lastPart = evidence.map(\.lowerBound).max()!
    if let imagined = inClause(sets.imagined).first(where: { $0.upperBound <= lastPart }), inClause(sets.still).isEmpty {
      // A time between a dream and what happened in it is the dream's: "in a dream last
      // night I fell off a cliff". (Not a dream woken from: "after a nightmare I tripped",
      // "woke from a dream and fell"; nor a time said with "what should I do if": "… if
      // today I lost control of my bladder" tells when.)
      let dream = Self.isADream(imagined, in: tokens)
      if dream, !Self.followsADream(imagined, in: tokens),
        !(imagined.upperBound..<lastPart).contains(where: { Self.afterADream.contains(tokens[$0].surface) }),
        inClause(sets.now).allSatisfy({ $0.lowerBound >= imagined.upperBound && $0.upperBound <= lastPart })
      {
        return .supposed
      }
      if !dream, inClause(sets.now).isEmpty { return .supposed }
    }
    // (Not when the sign is said to happen to the user: "what does it mean when I wet myself".)
    // ("If I'm honest" tells: "if I'm honest I've just felt poorly for a fortnight".)
    if inClause(sets.hypothetical).contains(where: { !$0.overlaps(start..<end) && !Self.tellsRatherThanSupposes($0, in: tokens) }), !happening,
      !(clauseStart..<start).contains(where: { k in
        tokens[k].surface == "when" && k + 1 < start && ["i", "my"].contains(tokens[k + 1].surface)
      })
    {
      return .supposed
    }
    // A change that might come, inside the sign, supposes it: "my legs might go numb on it",
    // "my feet could get tingly" (not what will come, often a habit told: "my legs will go
    // numb after ten minutes"). So does one asked with the modal first: "could my legs go
    // numb on it?", "will my feet go numb?" (not "could my numb legs be from the mat?",
    // which asks about a sign at hand).
    let askedWhetherItWill = Self.askingModals.contains(tokens[clauseStart].surface) && clauseStart + 1 <= start
      && Self.askedOf.contains(tokens[clauseStart + 1].surface)
      && (start..<end).contains(where: { Self.becoming.contains(tokens[$0].surface) })
    if !happening, inClause(sets.now).isEmpty,
      askedWhetherItWill
        || (start..<max(start, end - 1)).contains(where: { k in
          Self.mayComeModals.contains(tokens[k].surface) && Self.becoming.contains(tokens[k + 1].surface)
        })
    {
      return .supposed
    }
    // An "if" after a "would" that follows a sign's first part supposes the part after it:
    // "physio said tingling would only matter if it went down into my legs" (not "tingling
    // in my back, and if I sit it goes into my legs", which tells when it comes; nor "the
    // numbness would ease if I stayed active but it spreads down both legs", where what
    // comes after a contrast is told).
    let firstPartEnd = evidence.min { $0.lowerBound < $1.lowerBound }!.upperBound
    if !happening, inClause(sets.hypothetical).contains(where: { h in
      tokens[h.lowerBound].surface == "if" && h.lowerBound > firstPartEnd && h.upperBound < end
        && !evidence.contains { $0.overlaps(h) }
        && (firstPartEnd..<h.lowerBound).contains { Self.suppositionModals.contains(tokens[$0].surface) }
        && !reading.occurrences(sets.contrast).contains { $0.lowerBound > h.upperBound && $0.upperBound <= end }
    }) {
      return .supposed
    }
    // So does a "would" before an "if" whose verb is in the past, the sign after it: "would
    // it be dangerous to use the mat if I had osteoporosis?" (not "can I use it if I have
    // osteoporosis", nor "would it help if I've had a fever since sunday", which says when;
    // nor "could" or "should", which may ask about what happened).
    // ("Had" is also how a sign that happened is told, so what is happening is not asked.)
    if inClause(sets.now).isEmpty,
      let ifAt = (clauseStart..<start).last(where: { tokens[$0].surface == "if" }), ifAt + 2 <= start,
      (clauseStart..<ifAt).contains(where: { tokens[$0].surface == "would" }),
      Self.pastOfSupposing.contains(tokens[ifAt + 2].surface) || (ifAt + 3 <= start && Self.pastOfSupposing.contains(tokens[ifAt + 3].surface))
    {
      return .supposed
    }
    // A question opened by "what" or "when" and a verb, that is the whole line, names no
    // one and points at nothing, asks about the sign in general: "when is back pain with a
    // fever serious?", "what is cauda equina syndrome?" (but "what is happening to me, I
    // can't feel my legs" names the user, "what is this numbness" points at one, "what the
    // hell, legs gone numb" asks nothing, and a clause after it may report it with its
    // "I" left out: "what is saddle numbness? got it since this morning").
    // Nor does one that asks what causes it or when it will end ("what is causing numbness in
    // both legs", "when does the numbness go away"): "the" points at a sign too, and a verb
    // in "-ing" after the question's asks about one at hand.
    // Clauses after it may say where the user met the term: "what is cauda equina? I read
    // about it online", "whats saddle numbness? saw it on a list of warning signs".
    let laterClauses = tokens.indices.filter { tokens[$0].clause > clause }
    // (Not one that says the user has it: "I've had it since I read about it".)
    let metTheTerm = Set(laterClauses.map { tokens[$0].clause }).allSatisfy { c in
      tokens.contains { $0.clause == c && Self.whereATermWasMet.contains($0.surface) }
    } && !laterClauses.contains { Self.havingIt.contains(tokens[$0].surface) }
    if !happening, clauses.count == 1, metTheTerm,
      !reading.occurrences(sets.firstPerson).contains(where: { tokens[$0.lowerBound].clause <= clause }),
      clauseStart + 1 < start,
      Self.generalQuestionWords.contains(tokens[clauseStart].surface),
      Self.generalQuestionVerbs.contains(tokens[clauseStart + 1].surface),
      !tokens[clauseStart + 2].surface.hasSuffix("ing"),
      !tokens.indices.contains(where: { tokens[$0].clause == clause && Self.pointing.contains(tokens[$0].surface) })
    {
      return .supposed
    }
    // So does a yes-or-no question that opens with its verb and has the sign as its
    // subject, or the sign of "your" body, naming no one else: "does fever with back pain
    // usually mean an infection?", "is unexplained weight loss a worry?", "can sciatica
    // make your leg tingle?" (not "is my leg numb because of the mat?", which names the
    // user, nor "is this numbness serious?", which points at one).
    // (A verb that denies tells, its "I" left out: "can't feel legs", "cant wee".)
    let opensWithItsVerb = Self.generalQuestionVerbs.contains(tokens[clauseStart].surface)
      && clauseStart + 1 < tokens.count && tokens[clauseStart + 1].surface != "not"
      && (start - clauseStart <= 3 || (clauseStart..<start).contains { ["your", "you"].contains(tokens[$0].surface) })
    if !happening, clauses.count == 1, metTheTerm, opensWithItsVerb,
      !reading.occurrences(sets.firstPerson).contains(where: { tokens[$0.lowerBound].clause <= clause }),
      !tokens.indices.contains(where: { tokens[$0].clause == clause && Self.pointingAtOne.contains(tokens[$0].surface) })
    {
      return .supposed
    }
    // A clause opened by "suppose", "imagine" or "let's say" supposes what follows: "imagine
    // I lost control of my bladder, would that be the mat?".
    if !happening, (clauseStart..<start).contains(where: { k in
      IntentMatcher.supposingOpenerTable.contains(tokens[k].surface) && IntentMatcher.opensSupposition(tokens, at: k)
    }) {
      return .supposed
    }
    // "Could a fall ever make it worse? Asking in general": a clause after it that says
    // nothing but that it is asked in general makes a question of it too.
    // Only after a sign that is itself asked ("could a fall …?"), never after one told
    // ("I have numbness in both legs. Just curious").
    let aside = tokens.indices.filter { tokens[$0].clause == clauses.upperBound + 1 }
    let signClauseOpening = tokens.first { $0.clause == clause }?.surface ?? ""
    if !happening, Self.questionOpeners.contains(signClauseOpening) || Self.questionWords.contains(signClauseOpening),
      aside.contains(where: { Self.askingWords.contains(tokens[$0].surface) }), let first = aside.first
    {
      let general = reading.occurrences(sets.hypothetical).filter { $0.lowerBound >= first && $0.upperBound <= aside.last! + 1 }
      if !general.isEmpty, aside.allSatisfy({ i in general.contains { $0.contains(i) } || Self.asideWords.contains(tokens[i].surface) }) {
        return .supposed
      }
    }
    // Taken back at once: "I fell - well no, I tripped on the rug but caught myself".
    let last = tokens[end - 1].clause
    if reading.occurrences(sets.retracted).contains(where: { r in
      tokens[r.lowerBound].clause == last + 1 && Token.opensItsClause(tokens, at: r.lowerBound, after: [])
    }) {
      return .dismissed
    }
    if signIsSomeoneElses { return isSomeoneElsesEmergencyNow(reading, near: clauses) ? .someoneElses : .dismissed }
    return .reported
  }

  /// Whether a sign only asked about, in general or of "you", is said in a later clause to
  /// be the user's: "is losing control of your bladder a warning sign? because I just
  /// did", "do red flags include pain that doesn't go when you rest? because mine doesn't";
  /// or one only supposed, to have come about: "physio said if I ever lose control of my
  /// bowels to go straight in, well it happened this morning".
  private func isConfirmedAfter(_ evidence: [Range<Int>], in reading: Reading, supposed: Bool) -> Bool {
    let confirmed = reading.occurrences(sets.confirmed)
    guard !confirmed.isEmpty else { return false }
    let tokens = reading.tokens
    let clause = evidence.map { tokens[$0.upperBound - 1].clause }.max()!
    guard supposed || IntentMatcher.askingClauses(tokens).contains(clause) else { return false }
    // ("Because I haven't" denies: the "not" after the phrase counts too.)
    let end = evidence.map(\.upperBound).max()!
    return confirmed.contains { r in
      (tokens[r.lowerBound].clause > clause || (supposed && r.lowerBound >= end)) && !isDenied(r, in: reading, by: [r])
        && !(r.upperBound < tokens.count && tokens[r.upperBound].clause == tokens[r.lowerBound].clause
          && ["not", "never"].contains(tokens[r.upperBound].surface))
    }
  }

  /// Whether a piece of the evidence is said to be as it should be, right after it:
  /// "waterworks all fine", "my legs are fine". Tokens keep no question marks, so a word
  /// of being must stand between ("numb groin normal?" and "I have numbness in my groin
  /// ok" still alarm), unless the clause is one word of a sign and the fine word
  /// ("waterworks fine"). Not when the clause opens as a question ("is my bladder ok?"),
  /// nor when the word goes on to something else ("numb legs ok to use it?"), nor when
  /// denied ("bladder not fine").
  private func isSaidToBeFine(_ evidence: [Range<Int>], in reading: Reading) -> Bool {
    let tokens = reading.tokens
    let fine = reading.occurrences(sets.fine)
    guard !fine.isEmpty else { return false }
    // After any word of it: a phrase with a gap holds the word in its gap ("pain fine at night").
    let words = Set(evidence.joined())
    return words.contains { i in
      let clause = tokens[i].clause
      var k = i + 1
      while k < tokens.count, tokens[k].clause == clause, Self.linking.contains(tokens[k].surface) { k += 1 }
      guard let said = fine.first(where: { $0.lowerBound == k }), k < tokens.count, tokens[k].clause == clause,
        !isDenied(said, in: reading, by: [said])
      else { return false }
      let clauseWords = tokens.indices.filter { tokens[$0].clause == clause }
      let opening = clauseWords[0]
      // A noun's "'s" was "is" typed short: "temperature's normal", "peeing's fine".
      let linked = k > i + 1 || tokens[i].isTypedWithApostropheS
      // Bare: the clause is a piece of the evidence and the fine word, nothing else
      // ("fever no, peeing normal, pain only when I bend").
      let bare = evidence.contains { $0.lowerBound == opening && $0.upperBound == k } && clauseWords.last == said.upperBound - 1
      guard linked || bare else { return false }
      let next = said.upperBound
      // The sign said again after it is said, not undone: "my bladder is working ok and I
      // keep leaking" (but "my back pain is fine at night" joins one phrase).
      if evidence.contains(where: { $0.lowerBound > next && tokens[$0.lowerBound].clause == clause }) { return false }
      let ends = next >= tokens.count || tokens[next].clause != clause || words.contains(next)
        || Self.afterFine.contains(tokens[next].surface)
      return ends && !Self.questionOpeners.contains(tokens[opening].surface)
    }
  }

  /// Words between a sign and a word saying it is fine: "my legs are all fine".
  private static let linking: Set<String> = [
    "is", "are", "was", "were", "been", "seem", "seems", "seemed", "feel", "feels", "felt", "working", "works", "work",
    "completely", "totally", "perfectly", "absolutely",
  ]
  /// Words after "fine" that end what is said of the sign: "bladder fine and …", "fine now".
  private static let afterFine: Set<String> = ["and", "otherwise", "now", "too", "thankfully", "luckily", "though", "so", "today", "lol"]
  /// Words that open a clause as a question: "is my bladder ok", "are numb legs fine".
  private static let questionOpeners: Set<String> = [
    "is", "are", "am", "was", "were", "do", "does", "did", "should", "can", "could", "will", "would", "has", "have", "if",
    "might", "may",
  ]

  /// Question words that open a clause that asks about a sign.
  private static let questionWords: Set<String> = ["what", "how", "why", "when", "which", "who"]
  /// Words that say a clause of its own is about the asking: "asking in general".
  private static let askingWords: Set<String> = ["asking", "wondering", "curious", "general", "generally"]
  /// Words that may stand round a supposition in a clause of its own ("i am just asking
  /// in general", "asking out of curiosity").
  private static let asideWords: Set<String> = [
    "i", "am", "just", "only", "asking", "wondering", "curious", "really", "here", "lol", "haha", "out", "of",
  ]

  /// Words before a noun that name what a clause is about ("the headache", "my knee").
  private static let naming: Set<String> = ["the", "my", "his", "her", "your", "their", "our"]
  /// The words that open a question about a sign in general, and the verbs after them.
  private static let generalQuestionWords: Set<String> = ["what", "when"]
  /// Words of where a thing went: "slid off the sofa", "rolled down the stairs".
  private static let movingAlong: Set<String> = [
    "off", "on", "onto", "down", "up", "over", "under", "across", "through", "out", "around", "behind", "against",
  ]
  /// Words after a sign that name the people who have it: "cancer patients".
  private static let classesOfPeople: Set<String> = ["patients", "sufferers"]
  /// Verbs that send a thing on its way: what falls after them is the thing.
  private static let sendingVerbs: Set<String> = [
    "dropped", "drop", "threw", "throw", "chucked", "chuck", "kicked", "kick", "knocked", "knock", "rolled", "roll",
    "pushed", "push", "tossed", "toss", "flung", "fling", "sent", "send", "slid", "slide",
  ]
  /// Words that point at a thing at hand: "what is this numbness", "the numbness".
  private static let pointing: Set<String> = ["this", "these", "that", "those", "the"]
  /// Whether a "now" is followed by the user or it being well: "now I am good", "now it's fine".
  static func saysWellNow(after r: Range<Int>, in tokens: [Token]) -> Bool {
    guard tokens[r.lowerBound].surface == "now" else { return false }
    var k = r.upperBound
    if k < tokens.count, ["i", "it"].contains(tokens[k].surface) { k += 1 }
    guard k + 1 < tokens.count, ["am", "is", "feel", "feels"].contains(tokens[k].surface), tokens[k + 1].clause == tokens[r.lowerBound].clause
    else { return false }
    return wellNow.contains(tokens[k + 1].surface)
  }
  /// Words of when that join what the user did to a thing named before: "on the mat after falling".
  private static let joiningTimes: Set<String> = ["after", "before", "since", "while", "whilst", "when"]
  /// Units of a time ago that is today: "an hour ago", "20 minutes ago".
  private static let hoursOrMinutes: Set<String> = ["hour", "hours", "minute", "minutes", "mins", "min", "hr", "hrs"]
  /// First words of a time of today or last night: "this morning", "today", "last night".
  private static let recentDays: Set<String> = ["today", "tonight", "this", "last", "yesterday", "earlier"]
  /// Words that make a figure of two: "share price", "house prices", "interest rates".
  private static let figureCompounds: Set<String> = ["share", "house", "stock", "oil", "petrol", "gas", "interest", "property", "food", "energy"]

  /// Past participles that end in no "-ed": "might have wet myself", "might have lost".
  private static let pastParticiples: Set<String> = [
    "wet", "lost", "had", "got", "gotten", "hurt", "done", "gone", "torn", "split", "burst", "broken", "fallen", "peed",
  ]

  /// Modals of what may come, before a verb of `becoming`: "might go numb".
  private static let mayComeModals: Set<String> = ["might", "may", "could"]
  /// Modals that open a question of what may come: "could my legs go numb?" (a subject of
  /// `askedOf` after them; "can't get my pee to start", read "can not …", asks nothing).
  private static let askingModals: Set<String> = ["could", "might", "may", "will", "would", "can"]
  /// What a question of what may come is asked of, right after its modal.
  private static let askedOf: Set<String> = ["my", "the", "your", "both", "i", "it", "they", "these", "those"]
  /// Verbs of becoming: "go numb", "get weak", "turn blue".
  private static let becoming: Set<String> = ["go", "get", "become", "turn", "start"]

  /// Whether a word that may suppose tells here: an "if" that opens "if I am honest" or
  /// "if I'm being honest", or a "might have" that hedges what happened or what one thinks
  /// is so ("I might have wet myself", "I think I might have a temperature"; but "I might
  /// have to stop if my legs go numb" and "I might have a fall" suppose).
  static func tellsRatherThanSupposes(_ r: Range<Int>, in tokens: [Token]) -> Bool {
    guard r.count == 1 else { return false }
    let next = tokens[r.upperBound...].prefix(4).map(\.surface)
    switch tokens[r.lowerBound].surface {
    case "if": return next.starts(with: ["i", "am", "honest"]) || next.starts(with: ["i", "am", "being", "honest"])
    case "might":
      // "Might have" and what happened ("might have wet myself"), or what one thinks is so
      // ("I think I might have a temperature"); not a worry of what may come ("I might have
      // a fall getting up", "might have cancer one day").
      guard next.first == "have", let after = next.dropFirst().first, after != "to" else { return false }
      let thinks = r.lowerBound >= 2 && ["think", "thought", "reckon"].contains(tokens[r.lowerBound - 2].surface)
      return thinks || after.hasSuffix("ed") || Self.pastParticiples.contains(after)
    default: return false
    }
  }

  /// Verbs after "still" that carry a sign said before on: "still do", "still get them".
  private static let carryingOn: Set<String> = ["do", "does", "am", "is", "are", "have", "has", "get", "gets", "use", "using"]
  private static let wellNow: Set<String> = ["fine", "good", "ok", "okay", "better", "great", "well", "grand", "alright"]

  /// Words that point at one sign at hand ("is this numbness serious?"); "the" names a
  /// sign in general as often ("is blood in the urine ever linked to back problems?").
  private static let pointingAtOne = pointing.subtracting(["the"])
  private static let generalQuestionVerbs: Set<String> = ["is", "are", "does", "do", "should", "would", "could", "can", "might"]

  /// The user as the one a thing happened to ("someone rear-ended me").
  private static let objectForms: Set<String> = ["me", "myself", "us"]
  /// What the user rides in, so that what is done to it is done to them.
  private static let vehicles: Set<String> = [
    "car", "van", "bike", "bicycle", "motorbike", "motorcycle", "scooter", "truck", "lorry", "taxi",
  ]
  /// Whether, after an accident told in clauses up to `clause`, the very next clause says
  /// only that the user or their back is fine, and all that follows asks: "tripped over the
  /// mat and stubbed my toe, back's fine, where's the best place to store it?". Strictly
  /// so, as it dismisses an emergency: not asked or hoped ("am I ok to use the mat?",
  /// "hope I'm ok"), not then ("I was fine yesterday"), not of something else ("the bike is
  /// fine"), and not with anything told after it ("I'm ok, back hurts a lot though").
  private func isToldUnhurt(after clause: Int, in reading: Reading) -> Bool {
    let tokens = reading.tokens
    let next = clause + 1
    let words = tokens.indices.filter { tokens[$0].clause == next }
    guard let first = words.first, let last = words.last else { return false }
    // Subject, a present "be", the fine word, and perhaps a word of how it is now.
    var k = first
    if tokens[k].surface == "my" { k += 1 }
    guard k <= last, Self.unhurtSubjects.contains(tokens[k].surface) else { return false }
    k += 1
    while k <= last, Self.presentBeing.contains(tokens[k].surface) { k += 1 }
    guard let said = reading.occurrences(sets.fine).first(where: { $0.lowerBound == k }), !isDenied(said, in: reading, by: [said]),
      (said.upperBound...last + 1).dropLast().allSatisfy({ Self.afterUnhurt.contains(tokens[$0].surface) })
    else { return false }
    // Read last, as it costs most: that clause tells, and every one after it asks.
    let asking = IntentMatcher.askingClauses(tokens)
    return !asking.contains(next) && tokens.indices.allSatisfy { tokens[$0].clause <= next || asking.contains(tokens[$0].clause) }
  }

  /// Words that open a yes-or-no question: "would it help me sleep through?" ("when I sit
  /// on it…" opens a telling).
  static let yesNoOpeners: Set<String> = ["would", "will", "could", "can", "should", "does", "do", "is", "are", "did", "might"]

  /// Words of pain told after an accident said to hurt no one: "… but my back is killing
  /// me". ("Back" is also "again": "I'm back on the mat now".)
  static let hurtWords: Set<String> = [
    "hurts", "hurting", "sore", "pain", "painful", "aching", "aches", "ache", "ached", "killing", "agony", "stiff", "numb",
    "tingling", "throbbing", "bad",
  ]

  /// Words of an accident's injuries, in a phrase that says there were none: "nobody hurt",
  /// "no injuries".
  static let hurtInAnAccident: Set<String> = ["hurt", "injured", "injuries", "injury", "unhurt"]

  /// Words right after "no one hurt" that say it held only then, or not for the user:
  /// "no injuries at the time", "didn't hurt myself at first", "nobody hurt except me".
  static let onlyThen: Set<String> = ["except", "but", "apart", "initially", "first", "time"]

  /// Words that say a purpose was given up: "stopped doing keto in spring".
  static let givenUp: Set<String> = ["stopped", "quit", "gave", "finished", "ended", "stopping", "quitting"]

  /// Words that say the user has what was asked about: "got it since this morning".
  static let havingIt: Set<String> = [
    "had", "have", "having", "got", "getting", "since", "now", "today", "feel", "felt", "me", "mine", "think", "scared", "worried",
    "afraid",
  ]

  /// Words of where a term asked about was met: "I read about it online", "saw it on a list".
  static let whereATermWasMet: Set<String> = [
    "read", "saw", "seen", "heard", "leaflet", "list", "online", "article", "googled", "google", "wondered", "curious",
    "mentioned",
  ]

  /// "Am", "is", "are", "feel": being fine now ("was" is then).
  static let presentBeing: Set<String> = ["am", "is", "are", "feel", "feels", "seem", "seems", "totally", "completely", "all"]

  /// Words that may end a clause saying one is fine: "I'm fine now", "back's ok thankfully".
  static let afterUnhurt: Set<String> = ["now", "thankfully", "luckily", "anyway", "though", "haha", "lol", "really"]

  /// Who or what, said to be fine after an accident, was not hurt in it: "I'm fine", "my
  /// back is ok".
  static let unhurtSubjects: Set<String> = ["i", "me", "back", "spine", "everything", "myself"]

  /// Articles that open a thing's name: "a box", "the chest of drawers".
  static let articles: Set<String> = ["a", "an", "the", "some"]

  /// Nouns of time that an article opens, which name no thing: "the other day", "this morning".
  static let timeNouns: Set<String> = ["other", "day", "morning", "evening", "night", "week", "afternoon", "weekend", "time"]

  /// The back and what a blow to it may reach: a thing that fell there is an accident.
  static let trunk: Set<String> = ["back", "spine", "neck", "head", "shoulders", "shoulder", "chest", "ribs", "hip", "hips"]

  /// Parts of the body far from the spine, that a thing falling on them hurts alone.
  static let extremities: Set<String> = [
    "foot", "feet", "toe", "toes", "hand", "hands", "finger", "fingers", "thumb", "thumbs", "wrist", "ankle", "nail",
  ]

  /// Words that tie what followed to an event ("pain for years after a fall"), the spans
  /// long enough to put the event in the past, and what may stand between a span and the
  /// tie ("for six years now after").
  private static let followingLinks: Set<String> = ["after", "since"]
  private static let longSpans: Set<String> = ["months", "years", "decades", "ages"]
  private static let spanTrailers: Set<String> = ["now", "or", "so", "ever"]
  /// The same words for someone else.
  private static let othersObjectForms: Set<String> = ["him", "her", "them", "himself", "herself", "themselves"]
  /// Whose a body part is, when it is someone else's.
  private static let othersPossessives: Set<String> = ["his", "her", "their"]
  /// Someone else as whom a sign happened to: "wet himself".
  private static let othersReflexives: Set<String> = ["himself", "herself", "themselves"]
  /// Parts of a body a sign may be placed in right after it: "a tearing pain in his back"
  /// (not "into his cot").
  private static let bodyParts = trunk.union(extremities).union(["leg", "legs", "arm", "arms", "bottom", "bum", "groin", "stomach", "side"])
  /// Words that place a sign in a body right after it: "a tearing pain in his back".
  private static let bodyPrepositions: Set<String> = ["in", "down", "across", "through", "into"]
  /// Words that may stand in a clause of nothing but a time gone by: "that was years ago
  /// now", "but ages ago".
  private static let timeClauseFillers: Set<String> = ["now", "that", "was", "it", "this", "all", "though", "mind"]
  /// Animals, whose signs are for a vet: no word to call emergency services for them.
  private static let animals: Set<String> = [
    "dog", "dogs", "cat", "cats", "puppy", "pup", "kitten", "pet", "pets", "horse", "pony", "rabbit", "hamster",
    "labrador", "dachshund", "spaniel", "terrier", "collie", "retriever", "poodle", "pug", "beagle", "greyhound", "whippet",
  ]
  /// Words that stand for a sign said before: "it passed, but it came back".
  private static let itself: Set<String> = ["it", "its", "they", "this", "that"]
  /// Whether a phrase is what something is likened to, a few words before it in its clause:
  /// "lost weight like I'm on a crash diet, but I haven't been dieting", "as if I'd been
  /// training for a marathon".
  static func isLikened(_ r: Range<Int>, in tokens: [Token]) -> Bool {
    let clause = tokens[r.lowerBound].clause
    return (max(0, r.lowerBound - 5)..<r.lowerBound).contains { k in
      guard tokens[k].clause == clause, k + 1 < tokens.count else { return false }
      let (word, next) = (tokens[k].surface, tokens[k + 1].surface)
      return (word == "like" && (next == "i" || next == "i'm" || next == "im"))
        || (word == "as" && (next == "if" || next == "though"))
    }
  }

  /// Verbs of seeing or telling after someone else, who then tells of what they saw: "my
  /// son saw", "my wife noticed".
  private static let observing: Set<String> = [
    "saw", "sees", "seen", "noticed", "notices", "spotted", "spots", "says", "said", "thinks", "reckons", "told", "tells",
  ]

  /// Modal verbs that, before an "if", suppose what the "if" opens: "would only matter if".
  private static let suppositionModals: Set<String> = ["would", "might", "could", "should"]
  /// Verbs before "to" that tell a thing happening, not aimed at: "started to lose weight".
  private static let aspectual: Set<String> = [
    "start", "started", "starting", "begin", "began", "begun", "beginning", "seem", "seems", "seemed", "continue",
    "continued", "continues", "continuing", "appear", "appears", "appeared", "tend", "tends", "keep", "keeps", "kept",
  ]
  /// Verbs in the past that, after "if", imagine: "if I had", "if I were", "if I ever got".
  private static let pastOfSupposing: Set<String> = ["had", "were", "was", "got", "developed", "went"]

  /// Particles of a verb, after which a number in a phrase's gap is an amount moved.
  private static let particles: Set<String> = ["off", "out", "over", "down", "up", "in", "on", "back"]

  /// Words that open a clause giving the reason for what came before.
  private static let reasonOpeners: Set<String> = ["because", "cos", "cause", "coz", "since", "as"]
  /// Words of now that, with "again" in a clause of no one's, say the sign is back.
  private static let againNow: Set<String> = ["now", "tonight", "today"]
  /// Subjects that say a phrase is of someone else: "he is fine".
  private static let othersSubjects: Set<String> = ["he", "she", "they"]
  /// Words that open a clause about the person named just before it.
  private static let relativeOpeners: Set<String> = ["who", "whose"]
  /// Words after which such a clause speaks of something else: a cause, a time, a report.
  private static let relativeBreaks: Set<String> = [
    "because", "cause", "as", "since", "when", "after", "before", "while", "until", "so", "and", "but", "that", "if",
    "says", "said", "say", "thinks", "thought", "told", "tells", "reckons", "noticed", "saw",
  ]

  /// Prepositions after which "my" places someone, not the user as a subject ("at my gym").
  private static let placing: Set<String> = ["at", "in", "to", "from", "with", "of", "near", "into", "by"]

  /// Where the words of an age gone by start, when the whole number at `i` is one: "when
  /// I was 12", "a bad fall aged 9" (not "I'm aged 67", one's age now; nor "when I was 12
  /// weeks pregnant", which ends in a unit).
  private static func pastAge(_ tokens: [Token], at i: Int) -> Int? {
    guard tokens[i].isNumber, let age = Int(tokens[i].word), (1...100).contains(age), i >= 2 else { return nil }
    if i + 1 < tokens.count, tokens[i + 1].clause == tokens[i].clause, ageUnits.contains(tokens[i + 1].surface) { return nil }
    if tokens[i - 1].surface == "aged" {
      return ageNow.contains(tokens[i - 2].surface) && tokens[i - 2].clause == tokens[i].clause ? nil : i - 1
    }
    guard i >= 3, tokens[i - 3].surface == "when", tokens[i - 2].surface == "i", tokens[i - 1].surface == "was",
      tokens[i - 3].clause == tokens[i].clause
    else { return nil }
    return i - 3
  }

  /// Words before "aged" that make it one's age now: "I'm aged 67".
  private static let ageNow: Set<String> = ["am", "is", "are", "now", "currently"]

  /// Units after a number that make it no age.
  private static let ageUnits: Set<String> = [
    "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "days", "day", "weeks", "week", "months", "month",
    "kg", "kilos", "pounds", "lbs", "stone", "miles", "km", "percent",
  ]

  /// A year of this century or the last, written in digits.
  private static func isYear(_ token: Token) -> Bool {
    guard token.isNumber, token.word.utf8.count == 4, let year = Int(token.word) else { return false }
    return (1900...2099).contains(year)
  }

  /// True when a "no" outside the evidence itself denies a word of `range` ("not numb";
  /// but "can not feel" denies nothing: its "not" is part of the phrase).
  private func isDenied(_ range: Range<Int>, in reading: Reading, by evidence: [Range<Int>]) -> Bool {
    // "Nothing" opening a clause right before a sign denies it ("just stiffness, nothing
    // shooting down my legs"); inside a clause it is what something does or is felt
    // ("painkillers do nothing chest pain getting worse", "can't feel nothing down there").
    let tokens = reading.tokens
    let k = range.lowerBound - 1
    if k >= 0, tokens[k].surface == "nothing", tokens[k].clause == tokens[range.lowerBound].clause,
      k == 0 || tokens[k - 1].clause != tokens[k].clause
    {
      return true
    }
    // A denial that reaches a purpose said after the sign denies the purpose: "I'm not
    // losing weight on purpose" loses it all the same.
    // (A purpose itself stays denied: "haven't been dieting or exercising".)
    let allPurposes = reading.occurrences(sets.onPurpose)
    let purposes = allPurposes.contains { $0.overlaps(range) } ? [] : allPurposes.filter { $0.lowerBound >= range.upperBound }
    return range.contains { i in
      guard let negator = reading.tokens[i].negatedBy else { return false }
      if purposes.contains(where: { p in p.contains { tokens[$0].negatedBy == negator } }) { return false }
      return !evidence.contains { $0.contains(negator) }
    }
  }

  private func said(_ evidence: [Range<Int>], in reading: Reading) -> String {
    let start = evidence.map(\.lowerBound).min()!
    let end = evidence.map(\.upperBound).max()!
    // As the user typed it ("can't feel my legs"), not as read ("can not feel my leg").
    return Token.quote(reading.tokens, start...(end - 1))
  }

  /// How many tokens from `i` say where in the back a pain is ("in my back", "down my
  /// lower back", "in me spine", "in the middle of my back"), all in `i`'s clause, with a
  /// "that" after them ("… in my back that I've ever had"); nil when they do not.
  static func placeOfPain(at i: Int, in tokens: [Token]) -> Int? {
    guard i + 2 < tokens.count, placePrepositions.contains(tokens[i].surface) else { return nil }
    var k = i + 1
    if tokens[k].surface == "the", k + 3 < tokens.count, backRegions.contains(tokens[k + 1].surface), tokens[k + 2].surface == "of" {
      k += 3
    }
    guard placeOwners.contains(tokens[k].surface), k + 1 < tokens.count else { return nil }
    k += 1
    if backParts.contains(tokens[k].surface), k + 1 < tokens.count { k += 1 }
    guard backWords.contains(tokens[k].surface), tokens[k].clause == tokens[i].clause else { return nil }
    if k + 1 < tokens.count, tokens[k + 1].clause == tokens[i].clause, ["that", "which"].contains(tokens[k + 1].surface) { k += 1 }
    return k - i + 1
  }

  /// How many tokens from `i` say in which leg, foot or part below a feeling is ("in my
  /// foot", "in both legs", "in my left leg", "in both my feet", "down my left leg"), all
  /// in `i`'s clause; nil when they do not. The part is still read by its own concept in
  /// the clause.
  static func placeOfFeeling(at i: Int, in tokens: [Token]) -> Int? {
    guard i + 2 < tokens.count, tokens[i].surface == "in" || tokens[i].surface == "down" else { return nil }
    var k = i + 1
    while k < tokens.count, k <= i + 2, feelingOwners.contains(tokens[k].surface) { k += 1 }
    guard k > i + 1, k < tokens.count else { return nil }
    if sides.contains(tokens[k].surface), k + 1 < tokens.count { k += 1 }
    guard lowerParts.contains(tokens[k].surface), tokens[k].clause == tokens[i].clause else { return nil }
    return k - i + 1
  }
  /// Whose leg or foot: the owners of a place of pain, and "both", "either".
  private static let feelingOwners = placeOwners.union(["both", "either"])
  /// The last words of a feeling's going: "feeling has gone", "feeling went".
  private static let goneWords: Set<String> = ["gone", "went", "go", "goes", "going"]
  /// The words of a feeling, the first of a phrase that may say where inside it ("the
  /// feeling in my foot has gone"; not "the worst pain in my knee I have ever had").
  private static let feelings: Set<String> = ["feeling", "sensation", "feel"]
  /// Words before "feeling" that leave it the sense of touch: "the feeling", "all feeling"
  /// (any other names a kind of feeling, whose going is relief: "the tight feeling in my
  /// legs has gone", "the burning feeling went away").
  private static let theSenseOf: Set<String> = ["the", "all", "my", "any", "of", "some", "his", "her", "their", "me", "ma", "no"]
  private static let sides: Set<String> = ["left", "right", "lower", "upper", "inner", "outer"]
  /// The parts below the back whose feeling is a sign: legs, feet, the saddle.
  private static let lowerParts: Set<String> = [
    "leg", "legs", "foot", "feet", "toes", "toe", "thigh", "thighs", "calf", "calves", "bum", "bottom", "buttock",
    "buttocks", "groin", "genitals", "privates", "ankle", "ankles", "knee", "knees", "shin", "shins",
  ]

  /// How many tokens from `i` name a part of the back, a side or a part and then the back
  /// ("lower back", "left lower back", "lower left back"), all in `i`'s clause, when a
  /// word follows them there; nil when they do not.
  static func partOfTheBack(at i: Int, in tokens: [Token]) -> Int? {
    var k = i
    while k < tokens.count, k - i < 2, tokens[k].clause == tokens[i].clause,
      backParts.contains(tokens[k].surface) || sides.contains(tokens[k].surface)
    {
      k += 1
    }
    guard k > i, k + 1 < tokens.count, tokens[k + 1].clause == tokens[i].clause, backWords.contains(tokens[k].surface) else {
      return nil
    }
    return k - i + 1
  }

  private static let placePrepositions: Set<String> = ["in", "down", "across", "through", "along", "up"]
  private static let placeOwners: Set<String> = ["my", "the", "me", "ma"]
  private static let backParts: Set<String> = ["lower", "upper", "middle", "mid", "low", "whole"]
  /// Words of what a pain was like, which may stand between another and the part of the
  /// back it is in: "severe sudden lower back pain".
  private static let kindsOfPain: Set<String> = [
    "sudden", "severe", "sharp", "intense", "extreme", "excruciating", "agonising", "agonizing", "terrible", "awful",
    "horrible", "stabbing", "shooting", "burning", "tearing", "ripping", "crushing", "constant", "worst", "unbearable",
  ]
  private static let backWords: Set<String> = ["back", "spine", "backbone"]
  private static let backRegions: Set<String> = ["middle", "small", "bottom", "top", "base", "centre", "center"]

  /// Words that put what follows a dream after it: "after a nightmare", "woke from a dream".
  private static let afterADream: Set<String> = ["after", "from", "following", "woke", "wake", "waking", "woken", "awoke", "then"]

  /// Words between "after" and the dream: "after a bad nightmare".
  private static let dreamModifiers: Set<String> = ["a", "an", "the", "my", "bad", "horrible", "awful"]

  /// Whether the imagined words are a dream's: "in a dream", "I dreamt", "a nightmare".
  private static func isADream(_ words: Range<Int>, in tokens: [Token]) -> Bool {
    words.contains { k in tokens[k].surface.hasPrefix("dream") || tokens[k].surface.hasPrefix("nightmare") }
  }

  /// Whether a word before the dream, past its article, puts what follows after it:
  /// "after a bad nightmare", "woke from a dream".
  private static func followsADream(_ dream: Range<Int>, in tokens: [Token]) -> Bool {
    var k = dream.lowerBound - 1
    while k >= 0, tokens[k].clause == tokens[dream.lowerBound].clause, dreamModifiers.contains(tokens[k].surface) { k -= 1 }
    return k >= 0 && tokens[k].clause == tokens[dream.lowerBound].clause && afterADream.contains(tokens[k].surface)
  }

  /// A clause that ends in "sudden" runs on into the next, which says what came: "struck by
  /// a sudden, excruciating pain", "all of a sudden, my back went". The adjective ends no
  /// sentence; "suddenly" does ("my dad collapsed suddenly. Both legs numb now.").
  /// A one-word clause after it runs on too, as a list of what the pain was like: "a
  /// sudden, stabbing, unbearable pain". So does a clause that is nothing but how it came
  /// ("out of nowhere, lying in bed, massive pain in my lower back"): it says no more
  /// than that something came, and what came follows. A clause that ends in such words
  /// after something else runs on too ("I'm pregnant and out of nowhere, while sitting
  /// reading, a really severe pain shot through my back").
  static func joinSuddenToWhatFollows(_ tokens: inout [Token]) {
    var shift = 0
    var joinedAt: Int?
    var clauseStart = 0
    for i in tokens.indices {
      if i > 0, tokens[i].clause - shift != tokens[i - 1].clause { clauseStart = i }
      tokens[i].clause -= shift
      guard i + 1 < tokens.count, tokens[i + 1].clause - shift == tokens[i].clause + 1 else { continue }
      let clause = tokens[clauseStart...i].map(\.surface)
      if tokens[i].surface == "sudden" || joinedAt == i || Self.onsetClauses.contains(clause)
        || Self.endsInAnOnset(clause)
      {
        shift += 1
        joinedAt = i + 1
      } else {
        joinedAt = nil
      }
    }
  }

  /// Whether a clause ends in an onset of more than one word after an "and", "but", "then"
  /// or "when": "I'm pregnant and out of nowhere".
  static func endsInAnOnset(_ clause: [String]) -> Bool {
    onsetClauses.contains { onset in
      onset.count > 1 && clause.count > onset.count && clause.suffix(onset.count).elementsEqual(onset)
        && onsetJoiners.contains(clause[clause.count - onset.count - 1])
    }
  }

  private static let onsetJoiners: Set<String> = ["and", "but", "then", "when"]

  /// Clauses that say only how a pain came, and run on into what came.
  private static let onsetClauses: Set<[String]> = [
    ["out", "of", "nowhere"], ["out", "of", "the", "blue"], ["from", "nowhere"], ["without", "warning"],
    ["all", "of", "a", "sudden"], ["then", "out", "of", "nowhere"], ["then", "all", "of", "a", "sudden"],
    ["outta", "nowhere"], ["suddenly"], ["then", "suddenly"], ["and", "suddenly"],
  ]

  /// Whether "almost" or "nearly" comes right before the event at `start`, past words
  /// that only lead to it ("nearly had a fall", "almost went over").
  static func nearlyHappened(before start: Int, in tokens: [Token]) -> Bool {
    var k = start - 1
    while k >= 0, start - k <= 3, tokens[k].clause == tokens[start].clause, Self.leadsToAnEvent.contains(tokens[k].surface) { k -= 1 }
    return k >= 0 && tokens[k].clause == tokens[start].clause && Self.nearly.contains(tokens[k].surface)
  }

  private static let nearly: Set<String> = ["almost", "nearly"]
  private static let leadsToAnEvent: Set<String> = ["had", "have", "a", "an", "just", "really", "went", "got", "been"]

  /// The first words of a time that tells how often, not when: "every night", "all day".
  private static let habitWords: Set<String> = ["every", "all"]
  /// Words that may follow a `shared` phrase that ends its clause: "so have I too".
  private static let afterShared: Set<String> = ["too", "as", "also", "lol", "haha"]
  /// Words that tell of an event coming again and again: "I keep falling down".
  private static let recurring: Set<String> = ["keep", "keeps", "kept"]
  /// Words before "used to" that make it being used to something: "I'm used to it".
  private static let beingOrGetting: Set<String> = ["am", "is", "are", "was", "were", "be", "been", "get", "got", "gets", "getting"]

  /// Words that make an amount rough: "about 3 weeks", "nearly 2 days".
  private static let roughly: Set<String> = ["about", "around", "nearly", "almost", "over", "roughly", "like", "maybe", "abt"]

  /// Two words that play a sign down without changing it: "my leg has gone a bit dead".
  private static let hedges: Set<[String]> = [
    ["a", "bit"], ["a", "little"], ["a", "tad"], ["kind", "of"], ["sort", "of"], ["a", "touch"],
  ]

  /// Whether someone named at `r` is the user saying who they are: after "I am"; or a role,
  /// bare (no "my", "the" or "a"), opening the line in a clause of its own of up to four
  /// words, or with "here" after it: "Delivery driver - …", "Rugby player here, …", "Jockey: …".
  static func introducesTheUser(_ r: Range<Int>, in tokens: [Token]) -> Bool {
    // Said to be the user: "I'm another who has both legs numb", "I am a patient there".
    var k = r.lowerBound - 1
    if k >= 1, ["a", "an"].contains(tokens[k].surface) { k -= 1 }
    if k >= 0, tokens[k].clause == tokens[r.lowerBound].clause, tokens[k].surface == "am" { return true }
    guard r.count == 1 else { return false }
    guard roles.contains(tokens[r.lowerBound].surface) else { return false }
    let opening = tokens.prefix { $0.clause == tokens[0].clause }
    guard r.upperBound <= opening.count, opening.count <= 4 else { return false }
    return !opening.contains { determiners.contains($0.surface) || othersPossessives.contains($0.surface) }
      && (r.upperBound == opening.count || (r.upperBound + 1 == opening.count && tokens[r.upperBound].surface == "here"))
  }

  /// Words for anyone at all.
  private static let anyone: Set<String> = ["someone", "somebody", "anyone", "anybody"]

  /// People someone is by what they do, who may be the user introducing themselves.
  private static let roles: Set<String> = [
    "driver", "rider", "jockey", "boxer", "runner", "striker", "player", "footballer", "goalkeeper", "patient", "client",
    "customer", "student", "resident", "teenager", "lad", "lass",
  ]

  /// Words that take back most of what they qualify: "weeing is rarely painful".
  private static let weakening: Set<String> = ["hardly", "rarely", "barely", "seldom", "scarcely", "less", "occasionally", "sometimes"]

  /// Verbs that only carry a tense: a run of them stands between a phrase's words as one.
  private static let helpingVerbs: Set<String> = ["has", "have", "had", "been", "is", "was", "are", "were", "am", "be", "being"]

  /// Words that, after "not", make what follows only part of the story ("not just").
  private static let limiting: Set<String> = ["just", "only", "simply", "merely"]
  /// "Fine ten minutes after", "back to normal an hour later": over after a while told in
  /// figures or words, as the resolved phrases say it without one ("fine after").
  static func fineAWhileAfter(_ tokens: [Token]) -> [Range<Int>] {
    tokens.indices.compactMap { i in
      guard Self.wellAgain.contains(tokens[i].surface) else { return nil }
      var k = i + 1
      while k < tokens.count, k <= i + 4, tokens[k].clause == tokens[i].clause,
        tokens[k].isNumber || Self.aWhile.contains(tokens[k].surface)
      {
        k += 1
      }
      guard k > i + 1, k < tokens.count, tokens[k].clause == tokens[i].clause,
        tokens[k].surface == "after" || tokens[k].surface == "later"
      else { return nil }
      return i..<(k + 1)
    }
  }
  private static let wellAgain: Set<String> = ["fine", "ok", "okay", "normal", "better"]
  private static let aWhile: Set<String> = [
    "a", "an", "few", "couple", "of", "or", "so", "seconds", "second", "minutes", "minute", "mins", "min", "hours", "hour", "half",
  ]
  /// Lengths of time a sign is told to have lasted ("it's been 4 hours").
  private static let lengthsOfTime: Set<String> = ["hours", "days", "weeks", "hour", "day", "week"]

  /// Verbs after which "me" is who was told something, not who does it: "my friend told
  /// me she uses it in the morning". (Not verbs of giving: "my wife bought me a mat 2 weeks
  /// ago" is the user's mat.)
  private static let tellingVerbs: Set<String> = ["told", "tell", "tells", "telling", "warned", "reminded"]

  /// Whether someone else is named before `index` in its clause, with the user not named
  /// after them: the subject of "my partner's been timing me" is the partner. (Not anyone
  /// at all, who may be the coach: "would be nice if someone just guided me through it";
  /// nor someone who wants it done for them: "my wife would like you to start a session
  /// for her".)
  package func namesSomeoneElse(before index: Int, in tokens: [Token]) -> Bool {
    someoneElseNamed(before: index, from: 0, in: tokens) { start, end in
      !Self.anyone.contains(tokens[start].surface)
        && !(end..<index).contains(where: { ownSubjects.contains(tokens[$0].surface) || Self.wanting.contains(tokens[$0].surface) })
    }
  }

  /// Words of wanting something done: what follows is asked for, not done.
  private static let wanting: Set<String> = ["like", "wants", "want", "wanted", "asked", "asks", "needs", "hoping", "wondering"]

  /// Whether a `someone_else` phrase that does not introduce the user ends by `index`,
  /// starting at or after `earliest` in its clause, and `holds` for its span.
  private func someoneElseNamed(
    before index: Int, from earliest: Int, in tokens: [Token], holds: (Int, Int) -> Bool = { _, _ in true }
  ) -> Bool {
    let clause = tokens[index].clause
    var i = index - 1
    while i >= earliest, tokens[i].clause == clause {
      for phrase in byFirstWord[tokens[i].surface] ?? [] where phrase.set == sets.someoneElse {
        if let end = match(phrase, at: i, in: tokens), end <= index, !Self.introducesTheUser(i..<end, in: tokens), holds(i, end) {
          return true
        }
      }
      i -= 1
    }
    return false
  }

  /// Whether the word at `index` is said of someone else: a `someone_else` phrase before
  /// it in its clause, and the user nowhere in that clause ("my wife does 40 minutes"; but
  /// "my wife and I do 20", "I'm a bus driver with back pain", "I used one at my sister's").
  /// Whether the line says it is typed for someone else, who uses the mat: "typing for my
  /// mum", "on behalf of my partner" (`spoken_for`).
  package func isSpokenFor(_ reading: Reading) -> Bool { !reading.occurrences(sets.spokenFor).isEmpty }

  /// Whether a word names a person someone else may be ("wife", "mum", "physio").
  package func isPersonWord(_ word: String) -> Bool { personWords.contains(word) }

  package func isSaidOfSomeoneElse(_ index: Int, in tokens: [Token]) -> Bool {
    let clause = tokens[index].clause
    // The user's own, said so right before it: "a colleague lent me her mat and this is my
    // first time on one".
    if index > 0, tokens[index - 1].clause == clause, tokens[index - 1].surface == "my" { return false }
    // The user as a subject in the part of the clause the fact is in: "I'm a carer and my
    // client has an acute strain" tells of the client, past the "and".
    // (Not when someone tells of the user: "I went to the GP and she reckons it's not chronic".)
    // ("Me and my wife are both new" is one subject of two people.)
    let from = partStart(at: index, in: tokens, pastTheUser: true)
    var to = index
    while to + 1 < tokens.count, tokens[to + 1].clause == clause, !Self.partJoiners.contains(tokens[to + 1].surface) { to += 1 }
    let reported = (from..<index).contains { IntentMatcher.reportingVerbs.contains(tokens[$0].surface) }
    if userIsIn(clause, of: tokens, within: reported ? nil : from...to) { return false }
    // Someone else named in the same part, or opening the part before when this one has no
    // subject of its own: "my husband has chronic pain and uses it at night" is his night;
    // "got this mat from my sister and have been doing 10 minutes" is the user's 10.
    var earliest = reported ? 0 : from
    if !reported, from > 0, tokens[from - 1].clause == clause,
      !(from...to).contains(where: { Self.personSubjects.contains(tokens[$0].surface) })
    {
      let previous = partStart(at: from - 1, in: tokens, pastTheUser: false)
      let opensWithSomeoneElse = (byFirstWord[tokens[previous].surface] ?? []).contains { phrase in
        phrase.set == sets.someoneElse && match(phrase, at: previous, in: tokens) != nil
      }
      if opensWithSomeoneElse { earliest = previous }
    }
    if someoneElseNamed(before: index, from: earliest, in: tokens) { return true }
    // A clause with no subject of its own goes on about the one before, when someone
    // else is what that one opens with: "my friend uses it in the morning, before work"
    // (but not "… 6:30 before the kids wake up, 15 min tops").
    guard clause > 0, !tokens.contains(where: { $0.clause == clause && Self.subjects.contains($0.surface) }),
      let first = tokens.firstIndex(where: { $0.clause == clause - 1 }), !userIsIn(clause - 1, of: tokens)
    else { return false }
    return (byFirstWord[tokens[first].surface] ?? []).contains { phrase in
      phrase.set == sets.someoneElse && match(phrase, at: first, in: tokens).map { !Self.introducesTheUser(first..<$0, in: tokens) } == true
    }
  }

  /// Where the part of its clause that token `index` is in starts: after the last joining
  /// word before it (`partJoiners`), or past one that follows the user, when
  /// `pastTheUser` ("me and my wife are both new" is one part).
  private func partStart(at index: Int, in tokens: [Token], pastTheUser: Bool) -> Int {
    var start = index
    while start > 0, tokens[start - 1].clause == tokens[index].clause,
      !Self.partJoiners.contains(tokens[start - 1].surface)
        || (pastTheUser && start >= 2 && ownSubjects.contains(tokens[start - 2].surface))
    {
      start -= 1
    }
    return start
  }

  /// Whether the user is a subject in the clause: "I", "me" (but not who was told
  /// something: "my friend told me …").
  private func userIsIn(_ clause: Int, of tokens: [Token], within part: ClosedRange<Int>? = nil) -> Bool {
    (part.map { $0.lowerBound..<$0.upperBound + 1 } ?? tokens.indices).contains { k in
      tokens[k].clause == clause && ownSubjects.contains(tokens[k].surface)
        && !(tokens[k].surface == "me" && k > 0 && Self.tellingVerbs.contains(tokens[k - 1].surface))
    }
  }

  /// Words that join two parts of a clause, each with a subject of its own: "I'm a carer
  /// and my client has …".
  private static let partJoiners: Set<String> = ["and", "but", "so", "while", "whilst", "whereas"]

  /// Words that give a clause a subject of its own.
  private static let subjects: Set<String> = [
    "i", "me", "my", "mine", "you", "your", "he", "his", "she", "her", "we", "our", "they", "their", "it", "this", "that", "there",
  ]
  /// Those of them that name a person ("uses it at night" has none: "it" is what is used).
  private static let personSubjects: Set<String> = ["i", "me", "you", "he", "she", "we", "they"]

  // MARK: - Answers to the coach

  /// True when the line says an emergency has been seen to ("I've seen a doctor").
  package func saysCleared(_ reading: Reading) -> Bool {
    reading.occurrences(sets.cleared).contains { !isDenied($0, in: reading, by: [$0]) }
  }

  /// A plain yes (true) or no (false) at the start of the line; nil for anything else.
  package func yesOrNo(_ reading: Reading) -> Bool? {
    if reading.occurrences(sets.yes).contains(where: { $0.lowerBound == 0 }) { return true }
    if reading.occurrences(sets.no).contains(where: { $0.lowerBound == 0 }) { return false }
    return nil
  }
}
