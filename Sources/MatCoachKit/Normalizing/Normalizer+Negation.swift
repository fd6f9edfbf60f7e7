extension Normalizer {
  /// "no longer" denies like "not" ("I am no longer new"); "unable to" and "not (been)
  /// able to" are "can not" ("unable to control my bladder", "haven't been able to pass
  /// water" as "can't control my bladder", "can't pass water").
  static func readIdioms(_ words: [Word]) -> [Word] {
    guard words.contains(where: { $0.text == "longer" || $0.text == "unable" || $0.text == "able" }) else { return words }
    var out: [Word] = []
    // The "to" of a "not able to" just read as "can not".
    var skipsNext = false
    for (i, word) in words.enumerated() {
      if skipsNext {
        skipsNext = false
      } else if word.text == "able", i + 1 < words.count, words[i + 1].text == "to", words[i + 1].clause == word.clause,
        let not = deniedAbility(out, clause: word.clause)
      {
        // "not", and "been" or "be" between it and "able", become "can not".
        let typed = out[not...].map(\.typed).filter { !$0.isEmpty } + [word.typed, words[i + 1].typed]
        out.removeSubrange(not...)
        out.append((text: "can", clause: word.clause, typed: typed.joined(separator: " ")))
        out.append((text: "not", clause: word.clause, typed: ""))
        skipsNext = true
      } else if word.text == "longer", out.last?.text == "no" {
        out[out.count - 1].text = "not"
        out[out.count - 1].typed += " " + word.typed
      } else if word.text == "unable", i + 1 < words.count, words[i + 1].text == "to", words[i + 1].clause == word.clause {
        // What was typed stays with the first word, for `/profile` to quote.
        out.append((text: "can", clause: word.clause, typed: word.typed + " " + words[i + 1].typed))
        out.append((text: "not", clause: word.clause, typed: ""))
      } else if word.text == "to", i > 0, words[i - 1].text == "unable", words[i - 1].clause == word.clause {
        continue
      } else {
        out.append(word)
      }
    }
    return out
  }

  /// Where the "not" of "not able to" or "not been able to" starts in `out`, the words read
  /// so far, when "able" comes next in `clause` ("to not be able to pee" too). Not after
  /// "will" or "would": a plan, "I won't be able to walk to work tomorrow", says nothing
  /// of now.
  static func deniedAbility(_ out: [Word], clause: Int) -> Int? {
    var k = out.count - 1
    let be = k >= 0 && out[k].text == "be"
    if k >= 0, out[k].text == "been" || be, out[k].clause == clause { k -= 1 }
    guard k >= 0, out[k].text == "not", out[k].clause == clause else { return nil }
    return be && k > 0 && Self.planning.contains(out[k - 1].text) ? nil : k
  }

  /// Words before "not be able to" that make it a plan.
  static let planning: Set<String> = ["will", "would", "shall"]

  /// Words that deny what follows them.
  package static let negators: Set<String> = ["not", "no", "never", "without", "nor", "neither", "none", "nil"]
  static let scopeBreakers: Set<String> = [
    "but", "and", "though", "although", "however", "yet", "except", "so", "because",
    // "Because" as typed in a hurry: the safety screen reads words as typed, with no synonyms.
    "bc", "cos", "coz", "cuz", "bcos", "bcoz",
  ]
  static let negatorTable = WordTable(Dictionary(uniqueKeysWithValues: negators.map { ($0, true) }))
  static let scopeBreakerTable = WordTable(Dictionary(uniqueKeysWithValues: scopeBreakers.map { ($0, true) }))

  /// Whether "even when" or "even while" opens a time at `k` that a denial before it does
  /// not reach: "the ache never goes away even when I'm resting" (but "no pain when I wake
  /// up at night" denies the pain at night).
  static func opensATime(_ tokens: [Token], at k: Int) -> Bool {
    tokens[k].surface == "even" && k + 1 < tokens.count && tokens[k + 1].clause == tokens[k].clause
      && (tokens[k + 1].surface == "when" || tokens[k + 1].surface == "while")
  }

  /// Words that open a condition a denied verb does not reach: "I shouldn't be using it
  /// while pregnant, should I?" denies the using, not the pregnancy (but "no pain while
  /// lying on it" denies the pain while lying).
  static let conditionOpeners: Set<String> = ["while", "whilst", "if"]

  /// Words after "or" that start something new rather than go on with a denied list.
  static let listEnders: Set<String> = ["my", "both", "i", "the", "it", "he", "she", "they", "we", "your", "his", "her", "their"]

  /// Words after "no" that make it someone correcting themselves ("no wait", "no sorry").
  static let selfCorrections: Set<String> = ["wait", "sorry", "actually", "hang", "hold", "scratch", "oops", "sorri"]

  /// How many words after a negator it can deny.
  static let negationReach = 5

  /// Subjects and the verbs after them that open a sentence of their own where no
  /// punctuation says so: "cant sleep the pain is worse lying still" denies the sleep,
  /// not the pain.
  static let subjects: Set<String> = ["the", "my", "it", "its", "this", "he", "she", "they", "we", "i"]
  static let verbsAfterSubject: Set<String> = ["is", "are", "was", "were", "has", "have", "keeps", "keep", "am"]

  /// Verbs of thinking, noticing and calling a thing so, whose denial reaches into what
  /// follows: "I wouldn't say it's the worst pain ever" denies the worst pain.
  static let thinking: Set<String> = [
    "think", "believe", "reckon", "notice", "noticed", "suppose", "guess", "feel", "expect", "realise", "realize", "say",
    "call", "describe",
  ]
  /// How many words further a denied thought reaches, past its verb and the subject
  /// and verb of what it is about ("say it's the worst pain").
  static let thoughtReach = 3

  /// Words of knowing whose denial, before a question word, is doubt, not denial of what
  /// follows: "not sure how long to stay on", "I don't know if it's working", "no idea what
  /// to wear" ask about it ("not sure about the 30 minutes" still denies them).
  static let knowing: Set<String> = ["sure", "know", "idea", "clue", "certain"]
  /// The words that open a question asking for something other than yes or no (the
  /// run-on reader keeps a narrower list of its own, tuned to where a question starts).
  package static let whQuestionWords: Set<String> = ["how", "what", "whats", "when", "where", "which", "who", "why"]
  /// The words that open what a doubt asks about.
  static let doubtedQuestions = whQuestionWords.union(["whether", "if"])
  /// Words that may stand between a negator and a word of knowing ("not really sure").
  static let softeners: Set<String> = ["really", "even", "quite", "totally", "entirely", "too", "100"]

  /// Whether a subject and its verb start at `k` ("the pain is", "my legs are").
  static func opensClause(_ tokens: [Token], at k: Int) -> Bool {
    guard subjects.contains(tokens[k].surface) else { return false }
    return (k + 1...k + 2).contains { j in
      j < tokens.count && tokens[j].clause == tokens[k].clause && verbsAfterSubject.contains(tokens[j].surface)
    }
  }

  /// The verbs that open a question when they come before their subject.
  static let negativeQuestionVerbs: Set<String> = [
    // Not "was" or "were": "wasn't my legs that went numb, it was my arm" tells.
    "is", "are", "do", "does", "did", "should", "could", "would", "can", "will", "must", "has", "have",
  ]
  /// The subjects such a question puts after "not": "isn't it", "don't the spikes".
  static let negativeQuestionSubjects: Set<String> = [
    "it", "i", "they", "you", "we", "he", "she", "that", "this", "there", "these", "those", "the", "my", "your",
  ]
  /// Words that may come before the verb of such a question: "but isn't it …", "surely shouldn't I …".
  static let questionLeads: Set<String> = ["but", "so", "and", "surely", "then", "ok", "okay", "oh", "well", "also", "hmm", "um", "wait"]

  /// Whether the "not" at `i` is in a question asked the negative way: a verb that opens
  /// its clause, "not", then the subject ("isn't it …", "shouldn't I …", "doesn't the mat
  /// cause …"); or, after "why", a subject that is a thing named ("why isn't the numbness
  /// going away?" tells of the numbness). Not "why can't I feel my legs" (the denial is
  /// told of the user), nor "don't use it" (no subject follows).
  static func isInvertedQuestion(_ tokens: [Token], negatorAt i: Int) -> Bool {
    guard tokens[i].surface == "not", i > 0, i + 1 < tokens.count, tokens[i + 1].clause == tokens[i].clause,
      tokens[i - 1].clause == tokens[i].clause, negativeQuestionVerbs.contains(tokens[i - 1].surface),
      negativeQuestionSubjects.contains(tokens[i + 1].surface)
    else { return false }
    if Token.opensItsClause(tokens, at: i - 1, after: questionLeads) { return true }
    return namedSubjects.contains(tokens[i + 1].surface) && Token.opensItsClause(tokens, at: i - 1, after: questionLeads.union(["why"]))
      && tokens[..<(i - 1)].contains { $0.clause == tokens[i].clause && $0.surface == "why" }
  }

  /// Subjects that name a thing, not a person: after "why" the question takes it as so.
  static let namedSubjects: Set<String> = ["the", "my", "this", "these", "that", "those", "your"]

  /// Drops the "not" of a question asked the negative way, which asks what the question
  /// without it asks: "isn't it dangerous with blood thinners?" is "is it dangerous …",
  /// "doesn't the mat cause numbness?" asks whether it does.
  static func dropNegativeQuestionNots(_ tokens: inout [Token]) {
    var i = tokens.count - 1
    while i > 0 {
      if isInvertedQuestion(tokens, negatorAt: i) { tokens.remove(at: i) }
      i -= 1
    }
  }

  /// Drops the "not" of a statement a tag question asks about, which asks what the
  /// statement without it says: "it's not really meant for long-term pain, is it?" asks
  /// whether it is meant for long-term pain, "I shouldn't use it while pregnant, should I?"
  /// whether to. The tag is a clause of its own, a verb and its subject and nothing else,
  /// ending the line or its sentence ("…, is it? I've had it 6 years").
  static func dropNotsBeforeATag(_ tokens: inout [Token]) {
    var i = 0
    var dropped: [Int] = []
    while i < tokens.count {
      let clause = tokens[i].clause
      var end = i
      while end + 1 < tokens.count, tokens[end + 1].clause == clause { end += 1 }
      if end - i == 1, i > 0, tagVerbs.contains(tokens[i].surface),
        tagSubjects.contains(tokens[end].surface)
      {
        let before = tokens[i - 1].clause
        dropped += (0..<i).filter { tokens[$0].clause == before && tokens[$0].surface == "not" }
      }
      i = end + 1
    }
    for k in dropped.reversed() { tokens.remove(at: k) }
  }

  /// The verbs of a tag question: those of a negative question, and "am", "was", "were".
  static let tagVerbs = negativeQuestionVerbs.union(["am", "was", "were"])
  /// The subjects of a tag question: "is it?", "aren't I?", "can't you?".
  static let tagSubjects: Set<String> = ["it", "i", "you", "we", "they", "he", "she", "there", "that", "u"]

  /// Marks each word that a negator before it, in the same clause, denies.
  static func markNegation(_ tokens: inout [Token]) {
    var i = 0
    while i < tokens.count {
      // Every negator starts with n or w: most words need no lookup.
      let first = tokens[i].surface.utf8.first
      guard (first == 110 || first == 119) && negatorTable.contains(tokens[i].surface) || deniesAsZero(tokens, at: i) else {
        i += 1
        continue
      }
      // "I can't not notice it": two denials in a row cancel.
      if tokens[i].surface == "not", i + 1 < tokens.count, tokens[i + 1].surface == "not",
        tokens[i + 1].clause == tokens[i].clause
      {
        i += 2
        continue
      }
      // "I can't take a deep breath without a pain in my chest": a "without" after a
      // denial in its clause says the pain comes every time.
      if tokens[i].surface == "without",
        (max(0, i - Self.negationReach - 1)..<i).contains(where: { tokens[$0].clause == tokens[i].clause && tokens[$0].surface == "not" })
      {
        i += 1
        continue
      }
      // "No wait, 15 not 25", "no sorry, I mean…": the "no" of someone correcting
      // themselves denies nothing after it.
      if tokens[i].surface == "no", i + 1 < tokens.count, tokens[i + 1].clause == tokens[i].clause,
        selfCorrections.contains(tokens[i + 1].surface)
      {
        i += 1
        continue
      }
      // "Couldn't stop myself wetting the bed", "can't help shaking": what one cannot stop
      // happens; the denial ends at the stopping.
      if let stopped = stoppedDoing(tokens, negatorAt: i) {
        for k in i + 1..<stopped { tokens[k].negatedBy = i }
        i = stopped
        continue
      }
      // "Not sure how long to stay on": doubt, which denies only the knowing itself.
      var knowingAt = i + 1
      while knowingAt < tokens.count, knowingAt <= i + 2, softeners.contains(tokens[knowingAt].surface) { knowingAt += 1 }
      if knowingAt + 1 < tokens.count, tokens[knowingAt + 1].clause == tokens[i].clause,
        knowing.contains(tokens[knowingAt].surface), doubtedQuestions.contains(tokens[knowingAt + 1].surface)
      {
        for k in i + 1...knowingAt { tokens[k].negatedBy = i }
        i = knowingAt + 1
        continue
      }
      // "I don't think my legs are numb": a denied thought denies what it is about.
      let thought = (i + 1...i + 2).contains { j in j < tokens.count && thinking.contains(tokens[j].surface) }
      var k = i + 1
      // A list goes on with "or": "no numbness down below or trouble peeing" denies both.
      var reach = i + negationReach + (thought ? thoughtReach : 0)
      while k < tokens.count, k <= reach || tokens[k].surface == "or", tokens[k].clause == tokens[i].clause,
        !scopeBreakerTable.contains(tokens[k].surface), !negatorTable.contains(tokens[k].surface), !opensATime(tokens, at: k),
        !(tokens[i].surface == "not" && k > i + 1 && conditionOpeners.contains(tokens[k].surface)),
        thought || !(k > i + 1 && opensClause(tokens, at: k))
      {
        tokens[k].negatedBy = i
        // Not into a new clause: "no relief or both my legs go numb" denies only the relief.
        if tokens[k].surface == "or", k + 1 < tokens.count, !listEnders.contains(tokens[k + 1].surface) { reach = k + negationReach }
        k += 1
      }
      if k < tokens.count, tokens[k].clause != tokens[i].clause, k - 1 == i || tokens[k - 1].negatedBy == i {
        k = denyList(&tokens, negatorAt: i, from: k)
      }
      i = k
    }
    markDenialsAfter(&tokens)
  }

  /// Where what a "not" says cannot be stopped begins: the "-ing" word after "not stop"
  /// or "not help", perhaps with "myself" or "from" between ("couldn't stop myself
  /// wetting the bed", "can't stop shaking"); nil for any other denial.
  static func stoppedDoing(_ tokens: [Token], negatorAt i: Int) -> Int? {
    guard tokens[i].surface == "not", i + 2 < tokens.count, stopping.contains(tokens[i + 1].surface) else { return nil }
    var k = i + 2
    if k < tokens.count, selves.contains(tokens[k].surface) { k += 1 }
    if k < tokens.count, tokens[k].surface == "from" { k += 1 }
    guard k < tokens.count, tokens[k].clause == tokens[i].clause, tokens[k].surface.hasSuffix("ing"),
      tokens[k].surface.utf8.count > 4
    else { return nil }
    return k
  }
  static let stopping: Set<String> = ["stop", "help", "stopped"]
  static let selves: Set<String> = ["myself", "me", "it", "himself", "herself", "themselves", "yourself", "ourselves"]

  /// Whether the token at `i` is a zero that denies the word after it ("zero numbness",
  /// "0 fever"), not a number of something ("0 to 20 minutes").
  static func deniesAsZero(_ tokens: [Token], at i: Int) -> Bool {
    tokens[i].surface == "0" && i + 1 < tokens.count && tokens[i + 1].clause == tokens[i].clause
      && !tokens[i + 1].isNumber && !notDeniedAfterZero.contains(tokens[i + 1].surface)
  }
  static let notDeniedAfterZero: Set<String> = ["to", "and", "or", "out", "of", "percent", "per", "point"]

  /// Extends a denial that reaches the end of its clause over a list that goes on after
  /// it: items after commas closed by "or" or "nor" ("not had any numbness, tingling or
  /// bladder trouble"), or the items after a colon the denial opens ("things I don't have:
  /// numbness, tingling, fever"). Returns the index after the last word it denies:
  /// `start` when no list goes on.
  static func denyList(_ tokens: inout [Token], negatorAt i: Int, from start: Int) -> Int {
    let colon = UInt8(ascii: ":"), comma = UInt8(ascii: ",")
    var clauses: [Range<Int>] = []
    var k = start
    while k < tokens.count {
      var end = k + 1
      while end < tokens.count, tokens[end].clause == tokens[k].clause { end += 1 }
      clauses.append(k..<end)
      k = end
    }
    // An item names; it tells nothing (no subject and verb, no "just" or "got").
    func isItem(_ r: Range<Int>) -> Bool {
      !r.contains { k in
        (negatorTable.contains(tokens[k].surface) && tokens[k].surface != "nor") || scopeBreakerTable.contains(tokens[k].surface)
          || listBreakers.contains(tokens[k].surface) || opensClause(tokens, at: k)
      }
    }
    func deny(upTo end: Int) -> Int {
      for k in start..<end where tokens[k].negatedBy == nil { tokens[k].negatedBy = i }
      return end
    }
    if tokens[start].openedBy == colon, opensAList(tokens, negatorAt: i, colonAt: start) {
      var end = start
      for (n, r) in clauses.enumerated() {
        guard n == 0 || tokens[r.lowerBound].openedBy == comma, isItem(r) else { break }
        end = r.upperBound
      }
      return deny(upTo: end)
    }
    guard tokens[start].openedBy == comma else { return start }
    for r in clauses {
      guard tokens[r.lowerBound].openedBy == comma else { return start }
      let closes = r.contains { tokens[$0].surface == "or" || tokens[$0].surface == "nor" }
      guard isItem(r) else { return start }
      if closes { return deny(upTo: r.upperBound) }
    }
    return start
  }

  /// How many words a denial said after them reaches back over ("numbness in my legs?
  /// no"), and may stand between a denial and the colon of the list it opens ("things I
  /// don't have:").
  static let shortReach = 4
  /// Words that say a list of what is denied has ended and something is told: "no fever,
  /// just tingling or numbness in my leg", "no fever, got pins and needles or cramp".
  static let listBreakers: Set<String> = [
    "just", "only", "still", "now", "also", "apart", "besides", "yes", "yeah", "definitely", "i", "got", "have", "has",
    "had", "feel", "felt", "getting", "am", "is", "are", "was", "were", "it",
  ]

  /// Whether the denial at `i` opens the list after the colon at `colonAt`: nothing is
  /// denied before the colon but a few words that point at what follows ("no:", "things I
  /// don't have:", "none of the following:").
  static func opensAList(_ tokens: [Token], negatorAt i: Int, colonAt: Int) -> Bool {
    colonAt - i <= shortReach && (colonAt - 1 == i || listLeads.contains(tokens[colonAt - 1].surface))
  }
  static let listLeads: Set<String> = [
    "have", "had", "got", "get", "experienced", "experiencing", "noticed", "any", "of", "these", "those", "following",
    "them", "all", "symptoms", "signs", "things", "issues", "problems",
  ]

  /// Words that deny what was said just before them, as the answer to it: "fever? no",
  /// "numbness: none", "chills - nope". (All begin with n, which `markDenialsAfter` checks first.)
  static let denialsAfter: Set<String> = ["no", "nope", "none", "nil", "nah", "negative", "never", "nada"]

  /// Marks the words a denial after them denies: a clause of a few words (no subject and
  /// verb, no denial of its own) followed by a clause that is only a denial ("fever? no.
  /// chills? nope"), or a clause of a few words that ends in one ("fever no, chills no").
  static func markDenialsAfter(_ tokens: inout [Token]) {
    // Every such denial starts with n: most words need no lookup (this runs on every line).
    for j in tokens.indices where j > 0 && tokens[j].surface.utf8.first == 110 && denialsAfter.contains(tokens[j].surface) {
      let clause = tokens[j].clause
      guard j + 1 == tokens.count || tokens[j + 1].clause != clause else { continue }
      var first = j - 1
      // Alone in its clause: what it answers is the clause before; else its own clause.
      let alone = tokens[j - 1].clause != clause
      if alone, tokens[j].openedBy == 0 { continue }
      let before = tokens[j - 1].clause
      while first > 0, tokens[first - 1].clause == before { first -= 1 }
      let said = first..<j
      guard said.count <= shortReach, !said.isEmpty,
        !said.contains(where: { negatorTable.contains(tokens[$0].surface) || tokens[$0].negatedBy != nil || opensClause(tokens, at: $0) || answerSubjects.contains(tokens[$0].surface) })
      else { continue }
      for k in said { tokens[k].negatedBy = j }
    }
  }
  /// Words that make a clause ending in "no" something said, not a sign denied ("I said no").
  static let answerSubjects: Set<String> = ["i", "you", "he", "she", "they", "we", "it", "said", "say", "says", "or", "yes"]
}
