/// Recognises which intent an utterance expresses, from the knowledge base's phrases.
///
/// Every phrase found (exactly or through a typo correction) adds its weight to its
/// intent. An intent's phrases may not overlap each other; phrases a "not" denies do
/// not count, except an intent's question phrases ("I'm not sure how long" still asks
/// how long); and a phrase inside a longer phrase of another intent gives way to it.
/// Intents rank by tier first (emergency, caution, question, statement,
/// chat), then by score. When no phrase matches at all, a telltale word (a keyword word
/// few intents use and no everyday word) may still point to a question or an emergency;
/// failing that, the nearest topics are offered.
package struct IntentMatcher: Sendable {
  package let intents: [Intent]
  private let index: PhraseIndex

  /// A phrase found through corrections counts only when its confidence is at least
  /// this: one edit in a word of 5+ letters is enough, in a lone 4-letter word it is not.
  package static let threshold = 0.55
  /// Two intents closer in score than this, in one tier, are too close to call.
  package static let closeCall = 0.1

  /// Keyword words by vocabulary id, for telling everyday words apart.
  private let words: [String]

  /// Per intent, its id and kind; per phrase in the index's order, whether it states.
  /// Read for every phrase found, so kept in flat arrays rather than read from the
  /// intents (several scattered reads per phrase); a phrase's text and group, read only
  /// for the phrases chosen, come from the intents.
  private let ids: [String]
  private let kinds: [IntentKind]
  private let phraseStates: [Bool]

  /// Articles and possessives: inside a phrase, one may stand for another or go unsaid.
  /// ("Her" is also a pronoun: "will it hurt her?")
  static let determiners: Set<String> = definiteDeterminers.union(["a", "an"])
  /// Pronouns that are the object of the word before them in a phrase: "time me", "show
  /// me how". ("It" and "her" are as often something else's: "use it", "her back".)
  static let objectPronouns: Set<String> = ["me", "us", "him", "them"]
  /// The definite ones, which may stand for one another: "a" and "the" differ ("recommend
  /// a mat" is buying one).
  static let definiteDeterminers: Set<String> = ["the", "my", "your", "our", "his", "their"]

  /// - Parameters:
  ///   - vocabulary: holds every word of the intents' phrases.
  ///   - topicWords: the coach's topic words, as tokens hold them: names of the mat and
  ///     the body that may stand before a phrase's noun ("spike mat").
  package init(intents: [Intent], vocabulary: Vocabulary, topicWords: Set<String> = []) {
    self.intents = intents
    var index = PhraseIndex()
    var phraseStates: [Bool] = []
    phraseStates.reserveCapacity(intents.reduce(0) { $0 + $1.phrases.count })
    for (i, intent) in intents.enumerated() {
      for (p, phrase) in intent.phrases.enumerated() {
        guard !phrase.words.isEmpty, let ids = vocabulary.ids(of: phrase.words) else { continue }
        index.add(words: ids, owner: i, phrase: p)
        phraseStates.append(phrase.isStatement)
      }
    }
    let words = vocabulary.words
    index.finish(
      vocabularySize: vocabulary.count, isEveryday: { CommonWords.contains(words[Int($0)]) },
      isDeterminer: { Self.determiners.contains(words[Int($0)]) },
      isDefinite: { Self.definiteDeterminers.contains(words[Int($0)]) },
      isObject: { Self.objectPronouns.contains(words[Int($0)]) },
      isTopic: { topicWords.contains(words[Int($0)]) })
    self.index = index
    self.words = words
    self.ids = intents.map(\.id)
    self.kinds = intents.map(\.kind)
    self.phraseStates = phraseStates
  }

  private func isStatement(_ m: PhraseMatch) -> Bool { phraseStates[m.serial] }

  /// Ranks the intents the tokens express.
  ///
  /// - Parameter claimed: spans already read as longer phrases of something else (facts
  ///   about the user), with their word counts; a shorter intent phrase inside one gives
  ///   way ("every day" inside "I've used it every day for months").
  package func match(
    tokens: [Token], alternatives: Alternatives, claimed: [(tokens: ClosedRange<Int>, words: Int)] = [],
    asks: Bool = true
  ) -> MatchResult {
    let found = index.matches(tokens: tokens, alternatives: alternatives).filter { m in
      !(m.negated && (isStatement(m) || kinds[m.owner] != .question))
    }
    // Grouped by intent: sorted by owner (every tie-break later is by position or id).
    let kept = found.filter { !isInsideLongerPhrase($0, of: found, claimed: claimed) }.sorted { $0.owner < $1.owner }
    var ranked: [IntentMatch] = []
    var start = 0
    while start < kept.count {
      var end = start + 1
      while end < kept.count && kept[end].owner == kept[start].owner { end += 1 }
      let group = kept[start..<end]
      start = end
      let chosen = group.count == 1 ? Array(group) : Self.nonOverlapping(Array(group))
      guard chosen.contains(where: { $0.confidence >= Self.threshold }) else { continue }
      ranked.append(intentMatch(chosen, of: group, tokens: tokens))
    }
    ranked.sort(by: IntentMatch.ranksBefore)
    if !ranked.isEmpty { return MatchResult(ranked: ranked) }
    // A telltale word points to a topic only in a line that asks something: "my legs are
    // fine" is no question about how to lie with them.
    if asks, let weak = telltaleMatch(tokens: tokens, alternatives: alternatives, claimed: claimed) {
      return MatchResult(ranked: [weak])
    }
    return MatchResult(ranked: [], nearest: nearest(tokens: tokens, alternatives: alternatives))
  }

  /// One intent's evidence: its chosen phrases (of all it had, `found`), as they were
  /// written and as they were said.
  private func intentMatch(_ chosen: [PhraseMatch], of found: ArraySlice<PhraseMatch>, tokens: [Token]) -> IntentMatch {
    let i = chosen[0].owner
    var phrases: [MatchedPhrase] = []
    phrases.reserveCapacity(chosen.count)
    var groups: Set<String> = []
    for m in chosen {
      var said = ""
      for t in m.tokens {
        if !said.isEmpty { said += " " }
        said += tokens[t].surface
      }
      let phrase = intents[m.owner].phrases[m.phrase]
      var matched = MatchedPhrase(text: phrase.text, said: said, corrected: m.corrections > 0, isStatement: phraseStates[m.serial])
      matched.tokens = m.tokens
      phrases.append(matched)
      if let group = phrase.group { groups.insert(group) }
    }
    // A caution found only through spelling corrections ("round" read as "wound") is
    // no reason to set aside a question asked in plain words; an emergency always is.
    var tier = kinds[i].tier(matchedQuestionPhrase: phrases.contains { !$0.isStatement })
    // A phrase typed as written counts though a longer one of the same intent with a typo
    // took its words: "relax tight muscels" holds "tight" as typed.
    let typedAsWritten = found.contains { $0.corrections == 0 }
    if kinds[i] == .caution && !typedAsWritten { tier = IntentKind.question.tier }
    func hull(_ ms: [PhraseMatch]) -> ClosedRange<Int>? {
      guard let low = ms.map(\.tokens.lowerBound).min(), let high = ms.map(\.tokens.upperBound).max() else { return nil }
      return low...high
    }
    var match = IntentMatch(
      index: i, id: ids[i], score: chosen.reduce(0) { $0 + $1.score }, tier: tier, phrases: phrases,
      groups: groups, span: hull(chosen))
    match.askedSpan = hull(chosen.filter { !phraseStates[$0.serial] })
    match.hasPhraseTypedAsWritten = typedAsWritten
    return match
  }

  /// Words that join two questions in one line ("how long and how often").
  package static let joiners: Set<String> = ["and", "or", "also", "plus", "then", "n", "an", "aswell", "too"]

  /// The questions a line asks one after another, in the order asked: question intents
  /// found through phrases typed as written (or through a typo, in a clause that opens
  /// with a question word: "and will it make me more flexable"), whose question phrases do
  /// not overlap (what the user says of themselves may sit anywhere), with a clause break
  /// or a joining word between each and the next. An intent whose phrases reach across
  /// another's ("is it safe … and are there conditions where I shouldn't use it") is asked
  /// where its first phrase apart from the other's is. At most `limit`, and whether there
  /// were more.
  package static func separateQuestions(
    in result: MatchResult, tokens: [Token], limit: Int = 3
  ) -> (questions: [IntentMatch], more: Bool) {
    var chosen: [IntentMatch] = []
    var more = false
    var asking: Set<Int>?
    func isApart(_ span: ClosedRange<Int>) -> Bool {
      chosen.allSatisfy { other in
        // Nor one that shares a word with a phrase of the other: "first time on the mat" is
        // "first time", not also "time on the mat".
        guard let taken = other.askedSpan, !taken.overlaps(span),
          !other.phrases.contains(where: { $0.tokens?.overlaps(span) == true })
        else { return false }
        let (first, second) = taken.upperBound < span.lowerBound ? (taken, span) : (span, taken)
        let between = (first.upperBound + 1)..<second.lowerBound
        return tokens[first.upperBound].clause != tokens[second.lowerBound].clause
          || between.contains { joiners.contains(tokens[$0].surface) }
      }
    }
    for var match in result.ranked where match.tier == IntentKind.question.tier || match.tier == IntentKind.caution.tier {
      guard let span = match.askedSpan else { continue }
      if !match.hasExactPhrase {
        if asking == nil { asking = clausesOpeningWithAQuestion(tokens) }
        guard asking!.contains(tokens[span.lowerBound].clause) else { continue }
      }
      if !isApart(span) {
        // Its own phrases, one at a time, those in a clause that asks first: "… I go a week
        // without it. How long should each session be, and how many times a week?" asks
        // "times a week", not the story's "a week".
        let own = match.phrases.compactMap { $0.isStatement ? nil : $0.tokens }
        let asked = own.filter { result.askingClauses.contains(tokens[$0.lowerBound].clause) }
        guard let apart = (asked + own).first(where: isApart) else { continue }
        match.askedSpan = apart
      }
      if chosen.count == limit {
        more = true
        break
      }
      chosen.append(match)
    }
    return (chosen.sorted { $0.askedSpan!.lowerBound < $1.askedSpan!.lowerBound }, more)
  }

  /// The clauses whose first word, after any joining words ("and will it…"), is a question word.
  static func clausesOpeningWithAQuestion(_ tokens: [Token]) -> Set<Int> {
    var clauses: Set<Int> = []
    var i = 0
    while i < tokens.count {
      let clause = tokens[i].clause
      var k = i
      while k < tokens.count, tokens[k].clause == clause, joiners.contains(tokens[k].surface) { k += 1 }
      if k < tokens.count, tokens[k].clause == clause, questionWords.contains(tokens[k].surface) { clauses.insert(clause) }
      while i < tokens.count, tokens[i].clause == clause { i += 1 }
    }
    return clauses
  }

  /// A topic named as who said something is not what the line asks: "my physiotherapist
  /// has not said how long I ought to lie on it" asks how long, not about physiotherapy.
  /// Nor is one named as who gave the mat: "how do I use this mat my son bought me?".
  /// Given way only to another topic of as high a tier, or one told in a clause that asks.
  package static func dropReporters(in result: inout MatchResult, tokens: [Token]) {
    let reporters = result.ranked.filter { reports($0, tokens: tokens) }
    guard !reporters.isEmpty else { return }
    let ranked = result.ranked
    let asking = result.askingClauses
    // Or to what the user tells of themselves in a clause that asks: "my physio suggested
    // one of these mats … how should a total newbie go about it?"
    func outranks(_ other: IntentMatch, _ match: IntentMatch) -> Bool {
      other.tier >= match.tier
        || (other.tier >= IntentKind.statement.tier
          && other.phrases.contains { $0.tokens.map { asking.contains(tokens[$0.lowerBound].clause) } == true })
    }
    result.removeAll { match in
      reporters.contains { $0.id == match.id }
        && ranked.contains { other in other.id != match.id && outranks(other, match) && !reporters.contains { $0.id == other.id } }
    }
  }

  /// Whether a topic is named only as who said something or gave the mat: "my physio
  /// said …", "my son bought me one".
  static func reports(_ match: IntentMatch, tokens: [Token]) -> Bool {
    guard let span = match.span, match.phrases.count == 1 else { return false }
    var k = span.upperBound + 1
    // The person of a place or a trade between: "the shop assistant told me", "the gym guy says".
    if k < tokens.count, tokens[k].clause == tokens[span.upperBound].clause, reportingPeople.contains(tokens[k].surface) { k += 1 }
    while k < tokens.count, tokens[k].clause == tokens[span.upperBound].clause, reportAuxiliaries.contains(tokens[k].surface) {
      k += 1
    }
    return k < tokens.count && tokens[k].clause == tokens[span.upperBound].clause
      && (reportingVerbs.contains(tokens[k].surface) || givingVerbs.contains(tokens[k].surface))
  }

  /// A topic named as what the user has tried, in a clause that asks nothing, is told:
  /// "tried physio, tablets, the lot, is it worth a go for long term pain?" asks about the
  /// pain. Given way only to another topic of as high a tier named in a clause that asks.
  package static func dropTried(in result: inout MatchResult, tokens: [Token], asking: Set<Int>) {
    guard result.ranked.count > 1 else { return }
    // Tried before it ("tried physio"), or said to have failed after it ("physio hasn't
    // fixed it", "painkillers did nothing").
    func tried(_ match: IntentMatch) -> Bool {
      guard let span = match.span else { return false }
      let clause = tokens[span.lowerBound].clause
      let after = (span.upperBound + 1)..<min(tokens.count, span.upperBound + 5)
      return (max(0, span.lowerBound - 3)..<span.lowerBound).contains {
        tokens[$0].clause == clause && triedVerbs.contains(tokens[$0].surface)
      } || (after.contains { tokens[$0].clause == clause && ["not", "never", "nothing"].contains(tokens[$0].surface) }
        && after.contains { tokens[$0].clause == clause && failedVerbs.contains(tokens[$0].surface) })
    }
    guard result.ranked.contains(where: tried) else { return }
    let told = result.ranked.filter { match in
      tried(match) && match.span.map { !asking.contains(tokens[$0.lowerBound].clause) } == true
    }
    giveWay(told, in: &result) { other in
      (other.askedSpan ?? other.span).map { asking.contains(tokens[$0.lowerBound].clause) } == true
    }
  }

  /// Removes the matches of `giving` for which another match stands, of as high a tier and
  /// not one of them, that `stands` says is enough (asked, or named plainly).
  static func giveWay(_ giving: [IntentMatch], in result: inout MatchResult, to stands: (IntentMatch) -> Bool) {
    guard !giving.isEmpty else { return }
    let ranked = result.ranked
    result.removeAll { match in
      giving.contains { $0.id == match.id }
        && ranked.contains { other in
          other.id != match.id && other.tier >= match.tier && !giving.contains { $0.id == other.id } && stands(other)
        }
    }
  }

  /// A topic named only as what the mat is likened to gives way to a topic asked about it:
  /// "is it like a sports massage where you need days off in between?" asks how often,
  /// "does it work like painkillers, only while you're on it?" how long it lasts. Likened:
  /// "is it like", "it's like" or "work like" up to three words before the phrase, with no
  /// word between that joins or asks. (Not "better than a TENS machine", which asks about
  /// the machine; nor "it was like a hedgehog", which tells how it felt.) Given way only to
  /// another topic of as high a tier, named in the likening's clause or one that asks.
  package static func dropLikened(in result: inout MatchResult, tokens: [Token]) {
    guard result.ranked.count > 1, tokens.contains(where: { $0.surface == "like" }) else { return }
    func likened(_ phrase: MatchedPhrase) -> Bool {
      guard let span = phrase.tokens else { return false }
      let clause = tokens[span.lowerBound].clause
      var k = span.lowerBound - 1
      while k >= 1, k >= span.lowerBound - 3, tokens[k].clause == clause, tokens[k - 1].clause == clause {
        if tokens[k].surface == "like" {
          let before = tokens[k - 1].surface
          return before == "it" || before == "work" || before == "works" || (before == "is" && k >= 2 && tokens[k - 2].surface == "it")
        }
        if joinersOrAskers.contains(tokens[k].surface) { return false }
        k -= 1
      }
      return false
    }
    let likenedOnly = result.ranked.filter { match in !match.phrases.isEmpty && match.phrases.allSatisfy(likened) }
    // Named in the likening's clause, in a clause that asks, or in one that tells nothing of
    // the user: "is it like yoga, I do yoga twice a week" tells how often the yoga is.
    let likening = Set(likenedOnly.flatMap { $0.phrases.compactMap { $0.tokens.map { tokens[$0.lowerBound].clause } } })
    let asking = result.askingClauses
    let telling = Set(tokens.filter { ["i", "my", "we", "our"].contains($0.surface) }.map(\.clause))
    giveWay(likenedOnly, in: &result) { other in
      other.phrases.contains { phrase in
        guard let span = phrase.tokens else { return false }
        let clause = tokens[span.lowerBound].clause
        return likening.contains(clause) || asking.contains(clause) || !telling.contains(clause)
      }
    }
  }
  /// Words between "like" and a phrase that end the likening: "like it and yoga", "like
  /// that, what about massage".
  static let joinersOrAskers: Set<String> = ["and", "or", "but", "what", "how", "when", "can", "should", "is", "does", "do", "i", "it"]

  /// Of two topics too close to call, the one named in a clause that asks is asked; the
  /// other was only said: "does it really get the blood flowing? my back always feels
  /// cold and stiff" asks about circulation. (`asking`: ``askingClauses(_:line:)``.)
  package static func preferTheAsked(in result: inout MatchResult, tokens: [Token], asking: Set<Int>) {
    guard result.isAmbiguous else { return }
    func asked(_ match: IntentMatch) -> Bool {
      match.phrases.contains { phrase in phrase.tokens.map { asking.contains(tokens[$0.lowerBound].clause) } ?? false }
    }
    while result.isAmbiguous {
      switch (asked(result.ranked[0]), asked(result.ranked[1])) {
      case (true, false): result.ranked.remove(at: 1)
      case (false, true): result.ranked.remove(at: 0)
      default: return
      }
    }
  }

  /// The verb that tells what the user has already tried for their back: "tried physio".
  /// ("Trying to" tells what they mean to do, "trying to lose weight"; "had" and "been"
  /// tell the pain itself as often, "had back pain for 10 years".)
  static let triedVerbs: Set<String> = ["tried"]

  /// The coach's help, named by the word "help" that the words around make a verb of
  /// something else, is not asked for: "will it help", "is it supposed to help anything",
  /// "help me decide". Help is asked for alone, of the coach, or with a topic named:
  /// "help", "help me", "can you help?", "I need some help with this please", "help me
  /// start" (a word of the coach's subject, `topicWords`, or a keyword word of `vocabulary`).
  package static func dropHelpInOtherSentences(
    in result: inout MatchResult, tokens: [Token], help: Int?, topicWords: Set<String>, vocabulary: Vocabulary
  ) {
    guard let help else { return }
    result.removeAll { match in
      guard match.index == help, let span = match.span, span.lowerBound == span.upperBound,
        tokens[span.lowerBound].word == "help"
      else { return false }
      let i = span.lowerBound
      func word(_ k: Int) -> String? {
        k >= 0 && k < tokens.count && tokens[k].clause == tokens[i].clause ? tokens[k].surface : nil
      }
      // Who helps: "can you actually help" asks the coach; "will it really help" asks of the mat.
      var k = i - 1
      while let before = word(k), helpAdverbs.contains(before) { k -= 1 }
      if let before = word(k), helpedThings.contains(before) { return true }
      guard let after = word(i + 1) else { return false }
      // What help is asked with: the rest of its clause, past "me" and "with".
      let rest = (i + 1..<tokens.count).filter {
        tokens[$0].clause == tokens[i].clause && !afterACallForHelp.contains(tokens[$0].surface)
          && !helpWithAnything.contains(tokens[$0].surface)
      }
      // "Help me start", "help me with my routine", "help me figure it out": a topic named.
      if rest.contains(where: { topicWords.contains(tokens[$0].word) || vocabulary.id(of: tokens[$0].word) != nil }) {
        return false
      }
      // "Help me write a cover letter", "help with my tax return", "help anything": something
      // else named; "help me with something", "help me please": nothing named yet.
      return !afterACallForHelp.contains(after) || !rest.isEmpty
    }
  }

  /// Words before "help" that make it what something else does: "will it help", "supposed
  /// to help", "is the mat gonna help".
  static let helpedThings: Set<String> = [
    "it", "this", "that", "they", "these", "those", "mat", "mats", "one", "thing", "things", "which", "to", "gonna",
    "going", "help", "helps",
  ]
  /// Words between a helper and "help": "does it really help", "can you actually help".
  static let helpAdverbs: Set<String> = [
    "really", "actually", "even", "also", "still", "ever", "truly", "definitely", "genuinely", "honestly", "possibly",
  ]
  /// Words of help asked with nothing named yet: "help me with something", "with a quick question".
  static let helpWithAnything: Set<String> = [
    "something", "anything", "a", "an", "some", "question", "questions", "stuff", "things", "thing", "few", "quick",
    "little", "bit", "please", "pls", "plz", "thanks", "here", "now",
  ]
  /// Words after "help" (or "help me") in a call for the coach's help.
  static let afterACallForHelp: Set<String> = [
    "me", "us", "please", "pls", "plz", "out", "here", "now", "thanks", "thank", "thx", "lol", "with", "w", "asap",
    "i", "on",
  ]

  /// Words that open a subject: after "when", what follows tells when, and asks nothing.
  static let subjectsTold: Set<String> = ["i", "we", "they", "he", "she", "you", "it", "my", "our", "the", "his", "her", "their"]

  /// What a treatment that failed did not do: "physio hasn't fixed it", "did nothing".
  static let failedVerbs: Set<String> = ["fixed", "fix", "helped", "help", "worked", "work", "done", "did", "shifted", "touched", "cured", "sorted"]

  /// Verbs of saying: what comes before one is who said it.
  static let reportingVerbs: Set<String> = [
    "said", "says", "say", "told", "tells", "tell", "recommended", "recommends", "suggested", "suggests", "advised", "advises",
    "mentioned", "mentions", "explained", "reckons", "thinks", "swears",
  ]
  /// Verbs of giving: who comes before one gave the mat ("my son bought me one").
  static let givingVerbs: Set<String> = [
    "bought", "buys", "gave", "gives", "gifted", "sent", "ordered", "lent", "loaned", "handed",
  ]
  /// People named by where they work or what they do, after it: "shop assistant", "gym guy".
  static let reportingPeople: Set<String> = [
    "assistant", "guy", "lady", "man", "woman", "girl", "bloke", "staff", "person", "worker", "owner", "keeper", "people", "instructor",
  ]
  /// Words between a speaker and the verb of saying: "has not said", "always says".
  static let reportAuxiliaries: Set<String> = ["has", "have", "had", "did", "does", "do", "not", "never", "always", "just", "also", "once", "already"]

  /// Of two kinds of small talk, the one in a clause that asks: "hi! new here, what can
  /// you do?" asks what the coach can do, and the greeting before it is only a greeting.
  package static func preferSmallTalkAsked(in result: inout MatchResult, tokens: [Token]) {
    guard result.best?.tier == IntentKind.chat.tier else { return }
    let asking = IntentMatcher.askingClauses(tokens)
    func asked(_ match: IntentMatch) -> Bool {
      match.tier == IntentKind.chat.tier && match.span.map { asking.contains(tokens[$0.lowerBound].clause) } == true
    }
    guard result.ranked.contains(where: asked) else { return }
    result.removeAll { $0.tier == IntentKind.chat.tier && !asked($0) }
  }

  /// A topic asked only in general gives way to a topic of its own said in the same
  /// question: "will the mat help me unwind?" asks about stress. Said apart ("what causes
  /// back pain, and will the mat help?"), both are asked; and a topic named only by what
  /// the user tells of themselves (`told`: "I'm new to this, will the mat help?") is no
  /// topic of the question.
  package static func dropGeneralBesideOwnTopic(
    in result: inout MatchResult, tokens: [Token], general: Set<Int>, told: [ClosedRange<Int>]
  ) {
    guard result.ranked.count > 1 else { return }
    func isTold(_ phrase: MatchedPhrase) -> Bool {
      guard let p = phrase.tokens else { return true }
      return told.contains { $0.contains(p.lowerBound) && $0.contains(p.upperBound) }
    }
    let own = result.ranked.filter { match in
      match.tier >= IntentKind.question.tier && !general.contains(match.index) && !match.phrases.allSatisfy(isTold)
    }
    // Whether a phrase of the general topic is said with another topic, in its clause with
    // no joining word between.
    func besideOwnTopic(_ span: ClosedRange<Int>) -> Bool {
      own.contains { other in
        guard let o = other.span, !o.overlaps(span), tokens[o.lowerBound].clause == tokens[span.lowerBound].clause
        else { return false }
        let between = o.lowerBound > span.upperBound ? (span.upperBound + 1)..<o.lowerBound : (o.upperBound + 1)..<span.lowerBound
        return !between.contains { joiners.contains(tokens[$0].surface) }
      }
    }
    // Each of its phrases: one said apart from the other topics asks on its own.
    result.removeAll { match in
      general.contains(match.index) && !match.phrases.isEmpty
        && match.phrases.allSatisfy { $0.tokens.map(besideOwnTopic) ?? false }
    }
  }

  /// A statement that the next clause asks about: "it hurts way too much, what do I do?"
  /// asks what to do about the pain, when the question names no topic of its own. Such
  /// a statement is asked, in the place it was said; when something else is said beside
  /// it ("just finished my first session, what now?"), the question may be about that.
  /// A question that names only a `general` topic ("how should I use it?") asks about
  /// the statement too, and the statement's topic answers it instead.
  package static func liftStatementsAskedAbout(in result: inout MatchResult, tokens: [Token], general: Set<Int> = []) {
    var lifted: [Int] = []
    var answeredByStatement: Set<Int> = []
    for i in result.ranked.indices where result.ranked[i].tier == IntentKind.statement.tier {
      guard let span = result.ranked[i].span, result.ranked[i].hasExactPhrase,
        let next = tokens.indices.first(where: { $0 > span.upperBound && tokens[$0].clause == tokens[span.upperBound].clause + 1 })
      else { continue }
      // "It hurts too much, also how should I breathe?": "also" (or "and also", or "Also,"
      // before a clause that opens a question) asks a second thing, so the statement was
      // the first, whatever the next clause names.
      let also = tokens[next].surface == "and" && next + 1 < tokens.count && tokens[next + 1].clause == tokens[next].clause
        ? next + 1 : next
      let additive = additiveWords.contains(tokens[also].surface) && also + 1 < tokens.count
        && (tokens[also + 1].clause == tokens[also].clause
          ? questionWords.contains(tokens[also + 1].surface) : opensQuestion(tokens, at: also + 1))
      guard additive || opensQuestion(tokens, at: next) else { continue }
      // Nothing else is said in the statement's clause, nor asked in the next one unless
      // "also" asks it, or "and" asks it after the question about the statement ("tweaked
      // my back yesterday, can I use the mat on it and how long for?"). Small talk says
      // nothing of a topic ("… will the mat help, and when should I get it checked").
      let clauses = tokens[span.upperBound].clause...tokens[next].clause
      let joined = tokens.indices.first { $0 > next && tokens[$0].clause == tokens[next].clause && joiners.contains(tokens[$0].surface) }
      var generalAsked: [Int] = []
      var circumstances: [Int] = []
      let named = result.ranked.indices.contains { j in
        // Who said it names no topic: "my physio said 20 mins max, is that right?".
        guard j != i, result.ranked[j].tier > IntentKind.chat.tier, let other = result.ranked[j].span,
          !reports(result.ranked[j], tokens: tokens)
        else { return false }
        // How it happened, said right after it, names no topic and is not asked: "did my
        // back in bending over", "pulled my back lifting a sofa", "my back went this
        // morning when I bent down", up to an "and": "first time using it and it hurts a
        // lot" says more.
        // All of it there: a topic asked after it too ("…, how long should I use it?") stays.
        if other.lowerBound > span.upperBound, tokens[other.lowerBound].clause == tokens[span.upperBound].clause,
          tokens[other.upperBound].clause == tokens[span.upperBound].clause,
          ((tokens[span.upperBound].typed.hasSuffix("ing") || tokens[span.upperBound + 1].typed.hasSuffix("ing")
            // Or a few words on, after when it was: "my back went this arvo bending over"
            // (a verb's "-ing", not "morning" or "something").
            || (tokens[other.lowerBound].typed.hasSuffix("ing") && !Self.endingInIng.contains(tokens[other.lowerBound].typed)
              && other.lowerBound - span.upperBound <= Self.circumstanceReach))
            && !(span.upperBound + 1..<other.lowerBound).contains { joiners.contains(tokens[$0].surface) })
            || (span.lowerBound..<other.lowerBound).contains(where: { circumstanceWords.contains(tokens[$0].surface) })
        {
          circumstances.append(result.ranked[j].index)
          return false
        }
        if let joined, other.lowerBound > joined, tokens[other.lowerBound].clause == tokens[next].clause { return false }
        let inReach = other.contains { tokens[$0].clause == clauses.lowerBound || (!additive && clauses.contains(tokens[$0].clause)) }
        if inReach, general.contains(result.ranked[j].index), tokens[other.lowerBound].clause == tokens[next].clause {
          generalAsked.append(result.ranked[j].index)
          return false
        }
        return inReach
      }
      guard !named else { continue }
      lifted.append(i)
      answeredByStatement.formUnion(generalAsked + circumstances)
    }
    guard !lifted.isEmpty else { return }
    for i in lifted {
      result.ranked[i].tier = IntentKind.question.tier
      result.ranked[i].askedSpan = result.ranked[i].span
    }
    result.ranked.sort(by: IntentMatch.ranksBefore)
    result.removeAll { answeredByStatement.contains($0.index) }
  }

  /// Where a statement may be asked: its whole span, then, when that reaches over clauses,
  /// each of its phrases that lies in one.
  private static func spansToAsk(_ match: IntentMatch, tokens: [Token]) -> [ClosedRange<Int>] {
    guard let whole = match.span else { return [] }
    guard tokens[whole.lowerBound].clause != tokens[whole.upperBound].clause else { return [whole] }
    return [whole] + match.phrases.compactMap(\.tokens).filter { $0 != whole && tokens[$0.lowerBound].clause == tokens[$0.upperBound].clause }
  }

  /// A statement supposed in a question is asked: "… and what if it's too painful?" asks
  /// what to do when the spikes hurt too much, beside what else the line asks. The
  /// statement follows "what if" or "what about" in its clause.
  package static func liftStatementsSupposed(in result: inout MatchResult, tokens: [Token]) {
    var lifted = false
    for i in result.ranked.indices where result.ranked[i].tier == IntentKind.statement.tier && result.ranked[i].hasExactPhrase {
      guard let span = result.ranked[i].span else { continue }
      let clause = tokens[span.lowerBound].clause
      var opening = tokens.firstIndex { $0.clause == clause } ?? span.lowerBound
      if ["and", "but", "so"].contains(tokens[opening].surface), opening + 1 < span.lowerBound { opening += 1 }
      // "What do I do if …", "how do I cope if …": an "if" in a clause that asks what or how.
      let asksWhatOrHow = ["what", "whats", "how"].contains(tokens[opening].surface)
      var k = span.lowerBound - 1
      var supposed = false
      while k >= 1, tokens[k].clause == clause {
        if tokens[k - 1].surface == "what", tokens[k - 1].clause == clause, ["if", "about"].contains(tokens[k].surface) {
          supposed = true
          break
        }
        // (Unless the question names its own topic before the "if": "how long should I use
        // it if I've had back pain for 10 years?" asks how long.)
        if asksWhatOrHow, tokens[k].surface == "if", k > opening,
          !result.ranked.contains(where: { m in
            m.tier >= IntentKind.question.tier && m.span.map { $0.lowerBound >= opening && $0.upperBound < k } == true
          })
        {
          supposed = true
          break
        }
        k -= 1
      }
      guard supposed else { continue }
      result.ranked[i].tier = IntentKind.question.tier
      result.ranked[i].askedSpan = span
      lifted = true
    }
    if lifted { result.ranked.sort(by: IntentMatch.ranksBefore) }
  }

  /// A statement inside a question that names no topic before it is what that question
  /// asks: "will it help my chronic back pain and how many times a day should I use it?"
  /// asks about the chronic pain as well as how often. The question opens the statement's
  /// clause, or its part after a joining word; "how often should I use it for my chronic
  /// pain?" names its own topic first, and the pain only shapes the answer.
  ///
  /// A topic asked only in general (`general`: "does it help with …") asks about the
  /// statement, and gives way to it; a statement after an "if" is the question's
  /// condition ("do I have to if it's too painful?").
  package static func liftStatementsInAQuestion(in result: inout MatchResult, tokens: [Token], general: Set<Int> = []) {
    var lifted = false
    var asking: [Int] = []
    for i in result.ranked.indices where result.ranked[i].tier == IntentKind.statement.tier && result.ranked[i].hasExactPhrase {
      // The whole match, or one of its phrases: "for a decade, …, is it worth a go for long
      // term pain?" tells the pain in one clause and asks about it in another.
      var asked: (span: ClosedRange<Int>, start: Int, end: Int)?
      for span in spansToAsk(result.ranked[i], tokens: tokens) {
        let clause = tokens[span.lowerBound].clause
        var start = span.lowerBound
        while start > 0, tokens[start - 1].clause == clause, !joiners.contains(tokens[start - 1].surface) { start -= 1 }
        var end = span.upperBound
        while end + 1 < tokens.count, tokens[end + 1].clause == clause, !joiners.contains(tokens[end + 1].surface) { end += 1 }
        // A question word before its subject: "will it", "does the mat", "is this"; "can
        // barely last a minute" says what the user can do.
        // One word is as often a description as what is asked: "is the prickly mat any good?".
        guard span.count >= 2, start + 1 < span.lowerBound, questionWords.contains(tokens[start].surface),
          questionSubjects.contains(tokens[start + 1].surface),
          !(start..<span.lowerBound).contains(where: { tokens[$0].surface == "if" }),
          !result.ranked.contains(where: { m in
            m.tier >= IntentKind.question.tier && !general.contains(m.index) && m.span.map { (start...end).overlaps($0) } == true
          })
        else { continue }
        asked = (span, start, end)
        break
      }
      guard let (span, start, end) = asked else { continue }
      result.ranked[i].tier = IntentKind.question.tier
      result.ranked[i].askedSpan = span
      asking += result.ranked.indices.filter { j in
        general.contains(result.ranked[j].index) && result.ranked[j].span.map { (start...end).overlaps($0) } == true
      }
      lifted = true
    }
    guard lifted else { return }
    let askers = Set(asking.map { result.ranked[$0].index })
    result.removeAll { askers.contains($0.index) }
    result.ranked.sort(by: IntentMatch.ranksBefore)
  }

  /// Subjects that follow a question word that opens a question.
  static let questionSubjects: Set<String> = [
    "i", "it", "you", "u", "we", "they", "this", "that", "these", "those", "the", "a", "an", "my", "there", "such",
  ]

  /// Words of politeness that may go before a question's first word.
  static let politeness: Set<String> = ["please", "pls", "plz", "kindly"]

  /// Words that only lead into a question: "like is 5 min enough?", "ok so is it safe?".
  static let questionLeads: Set<String> = [
    "like", "so", "ok", "okay", "well", "also", "um", "hmm", "oh", "sorry", "actually", "wait", "right",
  ]

  /// Words that open how something happened: "… when I bent down", "… while lifting".
  static let circumstanceWords: Set<String> = ["when", "while", "whilst"]

  /// How far after a statement how it happened may start ("my back went this arvo bending
  /// over"): a time said between, no more.
  static let circumstanceReach = 4
  /// Words that end in "ing" and are no verb.
  static let endingInIng: Set<String> = [
    "morning", "evening", "something", "nothing", "anything", "everything", "thing", "spring", "ceiling", "ring", "king",
  ]

  /// Words that add a question to what was said before ("…, also how should I breathe").
  static let additiveWords: Set<String> = ["also", "plus"]

  /// Words that open a question ("how", "can", "is"...): with a "?", how a line asks.
  package static let questionWords: Set<String> = [
    "how", "what", "when", "where", "why", "which", "who", "whats", "can", "could", "should", "would", "will",
    "is", "are", "am", "do", "does", "did", "may", "might", "shall", "any", "tell", "explain", "help", "tips",
    // Said short of "is it": "worth trying the mat?".
    "worth",
    // An indirect question with its "I'm" left out: "wondering if the mat is good for that".
    "wondering",
    // "Do you reckon" with its "do you" left out: "reckon this thing will actually help".
    "reckon",
    // Asking back about what was said: "was it 20 mins?" (only before a subject, as "did").
    "was", "were",
  ]

  /// Words that make a clause a plan or a "what if", not a fact: "I want to get to 30".
  package static let supposing: [[String]] = [
    ["if"], ["whether"], ["want", "to"], ["wanna"], ["plan", "to"], ["planning", "to"], ["hope", "to"], ["hoping", "to"],
    ["aim", "to"], ["aiming", "to"], ["get", "to"], ["work", "up", "to"], ["build", "up", "to"],
    ["thinking", "of"], ["thinking", "about"], ["before", "i", "can"],
    // Something to try one day: "maybe I'll try it in the morning instead sometime".
    ["maybe", "i", "will"], ["might", "try"], ["may", "try"],
  ]

  /// Words that suppose what follows when they open their clause: "suppose I had chronic
  /// pain, how often …", "let's say I'm a beginner". Inside a clause they hedge a telling
  /// ("I suppose I'm fairly new", "I imagine it's chronic by now").
  static let supposingOpeners: Set<String> = ["suppose", "supposing", "imagine", "hypothetically", "say"]
  /// `supposingOpeners` as a table whose first-byte check rules out most words unhashed:
  /// asked of every word of a line, several times a turn.
  static let supposingOpenerTable = WordTable(Dictionary(uniqueKeysWithValues: supposingOpeners.map { ($0, true) }))
  /// "Say" supposes only after "let's": "say 20 minutes most nights" tells.
  static let supposesOnlyAfterLet: Set<String> = ["say"]

  /// Words that make a number that follows them in their clause a plan, not what the user
  /// does now: "gonna try 25 mins tomorrow", "I do 15 and will try 20" (the 15 is done).
  /// Unlike `supposing`, they leave what was said before them a fact, and a joining word
  /// after them ends the plan ("I was going to do 20 but only managed 10 minutes", "I have
  /// work tomorrow so I only do 10"). "Will" plans only with a verb of trying or doing: "I'll
  /// mostly be on it before bed" tells a habit. Only numbers: "I'm going to try it for the
  /// first time tonight" still says the user is new.
  static let planning: [[String]] = [
    // A goal named: "my goal is 30 mins by summer", "aiming for 20".
    ["goal"], ["target"], ["aiming", "for"], ["aim", "for"],
    ["will", "try"], ["will", "do"], ["will", "go"], ["will", "start"], ["will", "aim"], ["will", "give"],
    ["will", "attempt"], ["will", "push"], ["will", "build"], ["will", "bump"],
    ["gonna"], ["going", "to", "try"], ["going", "to", "do"], ["going", "to", "start"], ["going", "to", "go"],
    ["tomorrow"], ["next", "time"], ["next", "session"],
    ["intend", "to"], ["intending", "to"], ["plan", "to"], ["planning", "to"], ["hope", "to"], ["hoping", "to"],
  ]

  /// Whether a plan's words come before the word at `index` in its clause, with no joining
  /// word between (`Normalizer.scopeBreakers`): a number said there is planned, not done.
  package static func isPlanned(_ index: Int, in tokens: [Token]) -> Bool {
    let clause = tokens[index].clause
    var i = index - 1
    while i >= 0, tokens[i].clause == clause, !Normalizer.scopeBreakers.contains(tokens[i].surface) {
      for words in planning where words[0] == tokens[i].surface && i + words.count <= index {
        if (1..<words.count).allSatisfy({ tokens[i + $0].surface == words[$0] }) { return true }
      }
      i -= 1
    }
    return false
  }

  /// Verbs of finding something out: after "want to" they put a question, not a plan.
  static let knowingVerbs: Set<String> = ["know", "ask", "check", "find", "understand", "learn"]
  /// The other answer that, after "or", ends a yes-or-no question.
  static let endingAChoice: Set<String> = ["no", "not", "nah", "nope"]

  /// `supposing`, by first word.
  static let supposingByFirstWord = WordTable(Dictionary(grouping: supposing, by: { $0[0] }))

  /// The clauses that ask or suppose rather than state: they open with a question word
  /// ("can I do 30 mins", "is an hour ok") or hold a plan or an "if". Facts said in them
  /// are what the question is about, not facts about the user.
  package static func askingClauses(_ tokens: [Token]) -> Set<Int> { readAsking(tokens).clauses }

  /// ``askingClauses(_:)``, and whether a question word opens a clause (what
  /// ``asks(_:tokens:)`` asks besides a question mark), in one pass over the words.
  static func readAsking(_ tokens: [Token]) -> (clauses: Set<Int>, opensAQuestion: Bool) {
    var clauses: Set<Int> = []
    var opensAQuestion = false
    // Taken once: this runs for every word of every line, and a static is checked for
    // its first use at each reading.
    let openers = supposingOpenerTable
    let byFirstWord = supposingByFirstWord
    for i in tokens.indices {
      let clause = tokens[i].clause
      if opensQuestion(tokens, at: i) {
        clauses.insert(clause)
        opensAQuestion = true
      }
      if openers.contains(tokens[i].surface), opensSupposition(tokens, at: i) {
        clauses.insert(clause)
      }
      // A clause that ends offering a yes or a no asks, question mark or not: "mat yes or
      // no", "should I use it or not", "mat or no mat".
      if i >= 2, i + 1 == tokens.count || tokens[i + 1].clause != clause, tokens[i - 1].clause == clause,
        (Self.endingAChoice.contains(tokens[i].surface) && tokens[i - 1].surface == "or")
          || (tokens[i - 1].surface == "no" && tokens[i - 2].surface == "or" && tokens[i - 2].clause == clause)
      {
        clauses.insert(clause)
        opensAQuestion = true
      }
      // Looked up by the first word, then compared word by word in place.
      for words in byFirstWord[tokens[i].surface] ?? [] where i + words.count <= tokens.count {
        var k = 1
        while k < words.count, tokens[i + k].surface == words[k], tokens[i + k].clause == clause { k += 1 }
        // "Thinking about it, my pain has gone on for years" reconsiders; it plans nothing.
        let reconsiders = (words.last == "about" || words.last == "of") && i + k < tokens.count && tokens[i + k].surface == "it"
        // "I want to know how many times a day": a question put indirectly plans nothing, and
        // what was told before it stays told ("pulled my back on saturday and now i want to know …").
        let asksToKnow = words.last == "to" && i + k < tokens.count && Self.knowingVerbs.contains(tokens[i + k].surface)
        // "Get to" plans an amount ("get to 30 eventually"); "the only time I get to myself",
        // "I get to relax" tell.
        let reachesNoAmount = words == ["get", "to"]
          && !(i + k..<min(i + k + 3, tokens.count)).contains { tokens[$0].clause == clause && tokens[$0].isNumber }
        if k == words.count && !reconsiders && !asksToKnow && !reachesNoAmount { clauses.insert(clause) }
      }
    }
    return (clauses, opensAQuestion)
  }

  /// Whether the supposing word at `i` opens its clause, after nothing or a word that only
  /// leads in ("ok", "but", "so", "let's": "let's say I'm new").
  static func opensSupposition(_ tokens: [Token], at i: Int) -> Bool {
    if supposesOnlyAfterLet.contains(tokens[i].surface),
      !(i > 0 && tokens[i - 1].clause == tokens[i].clause && ["let", "lets"].contains(tokens[i - 1].surface))
    {
      return false
    }
    return Token.opensItsClause(tokens, at: i, after: supposingLeads)
  }

  /// Words that may come before a supposing word that opens its clause.
  static let supposingLeads: Set<String> = ["ok", "okay", "but", "so", "and", "let", "lets", "just", "well", "now"]

  /// The last clause, when the line ends with a "?" and the clause puts a modal after its
  /// subject: "I can do 40 minute on the mat?" asks in a statement's word order, as a
  /// second language may put it. (Without a modal, a "?" may only rise: "I do 20 minutes?".)
  /// So does a clause opening with "do" and an amount, which without it tells ("do 10
  /// minutes count?").
  /// The subject and modal open their clause, after nothing or words that lead in: "I do 20
  /// minutes and I can go longer?" tells the 20 minutes.
  package static func clauseAskedInStatementOrder(_ tokens: [Token], line: String) -> Int? {
    guard endsWithQuestionMark(line), let last = tokens.last?.clause else { return nil }
    let clause = tokens.indices.filter { tokens[$0].clause == last }
    let asks = clause.dropLast().contains { k in
      (statementSubjects.contains(tokens[k].surface) && modals.contains(tokens[k + 1].surface)
        || doesAnAmount(tokens, at: k))
        && Token.opensItsClause(tokens, at: k, after: supposingLeads)
    }
    return asks ? last : nil
  }

  /// The subjects that ask in a statement's word order, and the modals they ask with.
  static let statementSubjects: Set<String> = ["i", "we"]
  static let modals: Set<String> = ["can", "could", "should", "may", "might", "must", "shall"]

  /// Whether the line's last character, past white space, is a "?".
  static func endsWithQuestionMark(_ line: String) -> Bool {
    // Byte by byte from the end: walking Characters cost a hundredth of a classify, and
    // a line almost always ends in ASCII; other trailing space takes the Character walk.
    for byte in line.utf8.reversed() {
      switch byte {
      case 0x20, 0x09...0x0D: continue
      case UInt8(ascii: "?"): return true
      case 0x80...: return line.reversed().first(where: { !$0.isWhitespace }) == "?"
      default: return false
      }
    }
    return false
  }

  /// `asking` (``askingClauses(_:)``) and the last clause too when the line ends with a
  /// question mark ("my back hurts, ought I to rest?").
  package static func askingClauses(_ asking: Set<Int>, tokens: [Token], line: String) -> Set<Int> {
    guard endsWithQuestionMark(line), let last = tokens.last?.clause else { return asking }
    return asking.union([last])
  }

  /// True when the line asks something: a question mark, or a question word first in a clause.
  package static func asks(_ line: String, tokens: [Token]) -> Bool {
    hasQuestionMark(line) || readAsking(tokens).opensAQuestion
  }

  /// Whether the line holds a "?".
  static func hasQuestionMark(_ line: String) -> Bool {
    var copy = line
    return copy.withUTF8 { $0.contains(UInt8(ascii: "?")) }
  }

  /// Words after which "did" asks ("did you…", "did it…"); after anything else it is the
  /// verb of a statement ("did something to my back", "did my back in", "did 20 minutes").
  static let askedAfterDid: Set<String> = [
    "i", "you", "it", "we", "they", "he", "she", "this", "that", "these", "those", "the", "anyone", "anybody", "your",
  ]

  /// Words after "worth" that tell rather than ask: "worth mentioning …".
  static let tellingAfterWorth: Set<String> = ["mentioning", "noting", "saying", "knowing", "pointing", "adding"]

  /// Whether the word at `i` opens its clause with a question word.
  static func opensQuestion(_ tokens: [Token], at i: Int) -> Bool {
    // A word of politeness may come first: "Kindly tell me how many minutes…"; so may a
    // word that only leads in: "like is 5 min enough?", "so is that ok?".
    func opensClause(_ k: Int) -> Bool { k == 0 || tokens[k - 1].clause != tokens[k].clause }
    // The cheap test first: this runs for every word of every line.
    guard opensClause(i)
      || (opensClause(i - 1) && (politeness.contains(tokens[i - 1].surface) || questionLeads.contains(tokens[i - 1].surface))),
      questionWords.contains(tokens[i].surface)
    else {
      return false
    }
    if tokens[i].surface == "did" || tokens[i].surface == "was" || tokens[i].surface == "were" {
      return i + 1 < tokens.count && tokens[i + 1].clause == tokens[i].clause && askedAfterDid.contains(tokens[i + 1].surface)
    }
    // "When they're asleep I use it before bed": "when" right before a subject tells when
    // something happens; "when should I use it?" asks.
    if tokens[i].surface == "when", i + 1 < tokens.count, tokens[i + 1].clause == tokens[i].clause,
      Self.subjectsTold.contains(tokens[i + 1].surface)
    {
      return false
    }
    // "Worth mentioning I've had back pain for years" says something; "worth trying?" asks.
    if tokens[i].surface == "worth", i + 1 < tokens.count, tokens[i + 1].clause == tokens[i].clause,
      Self.tellingAfterWorth.contains(tokens[i + 1].surface)
    {
      return false
    }
    // "Is my first time with the mat": "it is" with its "it" left out, as a second language
    // may say it, tells; "is my first session too long?" asks about one.
    if tokens[i].surface == "is", tellsAFirst(tokens, after: i) { return false }
    // "Doesn't hurt any more": "do" and a "not" with a verb after it, no one between, is
    // a statement with its "it" left out; "doesn't it hurt?" asks, and so does "isn't 20
    // minutes enough?" or "don't 10 minutes count?".
    if ["do", "does", "did"].contains(tokens[i].surface), i + 2 < tokens.count, tokens[i + 1].surface == "not",
      tokens[i + 2].clause == tokens[i].clause, !askedAfterDid.contains(tokens[i + 2].surface), !tokens[i + 2].isNumber
    {
      return false
    }
    // "Do about 25 minutes a go": "do" with a number for its object is the verb of a
    // statement with its "I" left out; asked, it ends with a question mark ("do 10 minutes
    // count?"), which asks of its clause anyway.
    return !doesAnAmount(tokens, at: i)
  }

  /// Whether word `i` is "do" with a number for its object: "do about 25 minutes a go".
  /// Not when the amount is the subject of a verb after it, as in a question put without
  /// its mark ("do 10 minutes really make a difference"); "does" always asks so ("does 5
  /// minutes a day do anything").
  static func doesAnAmount(_ tokens: [Token], at i: Int) -> Bool {
    guard tokens[i].surface == "do" else { return false }
    var k = i + 1
    while k < tokens.count, k <= i + 2, Self.beforeADoneAmount.contains(tokens[k].surface) { k += 1 }
    guard k < tokens.count, tokens[k].clause == tokens[i].clause, tokens[k].isNumber else { return false }
    // A noun after a preposition is no verb: "do 20 every day after work" has none.
    let rest = tokens[(k + 1)...].prefix { $0.clause == tokens[i].clause }
    return !rest.indices.contains { j in
      Self.verbsOfAnAmount.contains(tokens[j].surface) && !Self.prepositions.contains(tokens[j - 1].surface)
    }
  }

  /// Words that may stand between "do" and the amount done: "do about 25 minutes", "do at
  /// least 20".
  static let beforeADoneAmount: Set<String> = [
    "about", "around", "roughly", "like", "maybe", "approx", "approximately", "usually", "normally", "only", "just",
    "nearly", "almost", "at", "least", "over", "under",
  ]

  /// Words before a noun that may look like a verb: "after work".
  static let prepositions: Set<String> = ["after", "before", "at", "from", "to", "for", "in", "on", "of", "with"]

  /// Verbs an amount is the subject of when "do" asks: "do 10 minutes make a difference?"
  static let verbsOfAnAmount: Set<String> = [
    "make", "help", "count", "do", "work", "matter", "give", "change", "seem", "sound", "mean", "improve", "hurt",
    "suffice", "cut",
  ]

  /// Whether "first time" (or "my first time", "first go") follows word `i` in its clause,
  /// and nothing judged of it after: "is my first time supposed to hurt?" asks.
  static func tellsAFirst(_ tokens: [Token], after i: Int) -> Bool {
    var k = i + 1
    if k < tokens.count, tokens[k].surface == "my" { k += 1 }
    guard k + 1 < tokens.count, tokens[k + 1].clause == tokens[i].clause, tokens[k].surface == "first",
      firstOccasions.contains(tokens[k + 1].surface)
    else { return false }
    return !tokens[(k + 2)...].prefix { $0.clause == tokens[i].clause }.contains { judgedOfAFirst.contains($0.surface) }
  }

  /// Words that judge a first time, and make "is my first time …" a question.
  static let judgedOfAFirst: Set<String> = [
    "supposed", "meant", "ok", "okay", "normal", "alright", "safe", "too", "enough", "bad", "fine", "right", "wrong",
  ]

  /// What a first one is of: "first time", "first go".
  static let firstOccasions: Set<String> = ["time", "go", "try", "day", "week", "attempt"]

  /// A telltale word must weigh at least this (used by one intent: 1; by two: 0.71).
  package static let telltaleThreshold = 0.9
  /// ... and the intent it points to must lead the next by this much.
  package static let telltaleMargin = 0.3

  /// When no phrase matched, the intent whose telltale words the utterance uses: words of
  /// its keywords that few intents share and that are no everyday English word ("lifting",
  /// "numbness"), typed or one edit away. People say things no curator foresaw; a word
  /// that only one topic uses is still good evidence. Ambiguous evidence is no match.
  ///
  /// Only questions and emergencies are found this way: small talk and statements about
  /// oneself need their own phrases, and a caution needs the condition named. Words already read as a fact
  /// about the user ("in the morning") are not evidence for a topic.
  func telltaleMatch(
    tokens: [Token], alternatives: Alternatives, claimed: [(tokens: ClosedRange<Int>, words: Int)]
  ) -> IntentMatch? {
    var evidence: [Int: (score: Double, words: [String])] = [:]
    for (i, token) in tokens.enumerated()
    where token.negatedBy == nil  // a denied word is evidence of nothing
      && token.surface.utf8.count >= 4 && !CommonWords.contains(token.word)
      && !claimed.contains(where: { $0.tokens.contains(i) })
    {
      for alt in alternatives[i] where alt.factor >= 0.7 {
        let owners = index.owners(using: alt.id)
        guard owners.count <= 2, !CommonWords.contains(words[Int(alt.id)]) else { continue }
        for owner in owners {
          guard kinds[Int(owner)] == .question || kinds[Int(owner)] == .emergency else { continue }
          var entry = evidence[Int(owner)] ?? (0, [])
          guard !entry.words.contains(token.surface) else { continue }
          entry.score += index.weight(of: alt.id) * alt.factor
          entry.words.append(token.surface)
          evidence[Int(owner)] = entry
        }
      }
    }
    let ordered = evidence.sorted { ($1.value.score, $0.key) < ($0.value.score, $1.key) }
    guard let best = ordered.first, best.value.score >= Self.telltaleThreshold else { return nil }
    if ordered.count > 1 && best.value.score - ordered[1].value.score < Self.telltaleMargin { return nil }
    return IntentMatch(
      index: best.key, id: ids[best.key], score: best.value.score,
      tier: kinds[best.key].tier(matchedQuestionPhrase: true),
      phrases: best.value.words.map { MatchedPhrase(text: $0, said: $0, corrected: false, isStatement: false) },
      groups: [])
  }

  /// True when another intent's phrase covers this one's words and more ("good night"
  /// over "night", "how long before" over "how long"): the more specific phrase wins.
  /// Emergency phrases are never set aside.
  private func isInsideLongerPhrase(
    _ m: PhraseMatch, of all: [PhraseMatch], claimed: [(tokens: ClosedRange<Int>, words: Int)]
  ) -> Bool {
    guard kinds[m.owner] != .emergency else { return false }
    let words = m.length
    let covered = claimed.contains {
      $0.tokens.lowerBound <= m.tokens.lowerBound && $0.tokens.upperBound >= m.tokens.upperBound && $0.words > words
    }
    return covered || all.contains { other in
      other.owner != m.owner && other.tokens.lowerBound <= m.tokens.lowerBound
        && other.tokens.upperBound >= m.tokens.upperBound
        && other.length > words
    }
  }

  /// The best set of phrase matches that share no token, heaviest and longest first.
  static func nonOverlapping(_ matches: [PhraseMatch]) -> [PhraseMatch] {
    let ordered = matches.sorted {
      if abs($0.score - $1.score) > 1e-9 { return $0.score > $1.score }
      if $0.tokens.count != $1.tokens.count { return $0.tokens.count > $1.tokens.count }
      return ($0.tokens.lowerBound, $0.phrase) < ($1.tokens.lowerBound, $1.phrase)
    }
    var chosen: [PhraseMatch] = []
    for m in ordered where !chosen.contains(where: { $0.tokens.overlaps(m.tokens) }) {
      chosen.append(m)
    }
    return chosen.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }

  /// Intents sharing words with an utterance that matched none, closest first: the
  /// words' weights summed, so a rare shared word counts more than a common one.
  /// Only intents with real evidence: several shared words, or a misspelt keyword.
  func nearest(tokens: [Token], alternatives: Alternatives) -> [Int] {
    var evidence: [Int: Double] = [:]
    var misspelt: Set<Int> = []
    for (i, token) in tokens.enumerated()
    where token.word.utf8.count >= 3 && !Normalizer.negators.contains(token.surface) {
      for alt in alternatives[i] {
        let owners = index.owners(using: alt.id)
        guard owners.count <= 3 else { continue }
        for owner in owners where kinds[Int(owner)] == .question {
          evidence[Int(owner), default: 0] += index.weight(of: alt.id) / Double(1 + alt.edits)
          if alt.edits > 0 { misspelt.insert(Int(owner)) }
        }
      }
    }
    // One common word shared with a long phrase is no sign; a misspelt keyword is.
    return evidence.filter { $0.value >= 1.5 || misspelt.contains($0.key) }
      .sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
  }
}
