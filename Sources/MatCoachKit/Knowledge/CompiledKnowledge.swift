/// A knowledge base made ready to answer: built once, immutable, shared by every
/// conversation, the benchmark and the tests.
///
/// It holds everything a turn reads and nothing a turn changes: the normaliser, the
/// vocabulary with its spelling index, the intent and fact indices and the id map. A
/// ``Coach`` keeps only the conversation's own state on top of it. Building it is the
/// one place that decides the order words get their ids in (intent phrases, then fact
/// phrases and the words facts' durations are about, then words that are only known,
/// safety words among them, then mistyped synonyms), so there is one way to wire the
/// pieces.
public struct CompiledKnowledge: Sendable {
  /// The knowledge base it was built from.
  public let base: KnowledgeBase
  package let normalizer: Normalizer
  package let vocabulary: Vocabulary
  package let matcher: IntentMatcher
  package let extractor: FactExtractor
  package let safety: SafetyScreen
  /// The coach's topic words (``CoachSettings/topicWords``) as a line's tokens hold them.
  package let topicWords: Set<String>
  /// Intent id → position: follow-ups, suggestions and presenters look intents up per turn.
  private let positions: [String: Int]
  /// Source passage → the guide's section it is in, found once here rather than by a
  /// search of the guide on every turn that cites it.
  private let sections: [String: String]
  /// Fact value ("pain", "acute") → the first intent that takes the value's phrases as
  /// its keywords or statements (`phrases_of:`); a number fact (value "") → the first
  /// intent whose answers it chooses. The topic a line is about when it says that much
  /// about the user in words no keyword holds ("a back I only hurt two days ago", "can I
  /// go to 45?").
  private let speakers: [FactKey: Int]
  /// Where the general topics (``CoachSettings/generalTopics``) stand in `intents`.
  private let generalPositions: Set<Int>
  /// Where the coach's help (``CoachSettings/helpIntent``) stands in `intents`.
  private let helpPosition: Int?
  /// The most bytes of letters and digits a reply that picks from an offer holds
  /// (``CoachSettings/contextReplies``): a longer line is none, told without reading it
  /// character by character.
  package let longestContextReply: Int

  private struct FactKey: Hashable {
    var fact: String
    var value: String
  }

  /// Builds the indices of `base`.
  public init(_ base: KnowledgeBase) {
    self.base = base
    // Built once: `base.normalizer` makes a new one, tables and all, on every use.
    let normalizer = base.normalizer
    self.normalizer = normalizer
    var vocabulary = Vocabulary()
    vocabulary.englishWords = base.englishWords
    vocabulary.reserve(words: base.intents.reduce(0) { $0 + $1.phrases.count } + base.knownWords.count)
    for intent in base.intents {
      for phrase in intent.phrases { for word in phrase.words { vocabulary.add(word) } }
    }
    for fact in base.facts {
      for value in fact.values {
        for phrase in value.phrases { for word in phrase.words { vocabulary.add(word) } }
      }
      for word in fact.durations?.about ?? [] {
        vocabulary.add(Stemmer.stem(word))
        vocabulary.markWrittenAsStored(word)
        vocabulary.noteWritten(word, of: Stemmer.stem(word))
      }
    }
    for word in base.knownWords { vocabulary.addKnown(word) }
    // Spelling correction never turns a safety word into a keyword ("tingly" → "stings").
    let safety = SafetyScreen(rules: base.safety)
    for word in safety.conceptVocabulary {
      vocabulary.addKnown(word)
      vocabulary.addKnown(Stemmer.stem(word))
    }
    // A typo is made in a word as written: "numbnig" is one edit from "numbing", two
    // from its stem "numb". Each phrase word as written finds the word it was stemmed to
    // (through one edit: two-edit typos of long words still find the stem).
    // A word as written is a word, whichever keyword stores it as a stem: it goes before
    // bare stems when a typo is as near to both.
    var writtenForms: Set<String> = []
    for phrase in base.intents.flatMap(\.phrases) {
      for (word, written) in zip(phrase.words, phrase.writtenWords) {
        vocabulary.markWrittenAsStored(written)
        vocabulary.noteWritten(written, of: word)
        if written != word && writtenForms.insert(written).inserted {
          vocabulary.addVariant(written, of: word, oneEdit: true)
        }
      }
    }
    for phrase in base.facts.flatMap({ $0.values.flatMap(\.phrases) }) {
      for (word, written) in zip(phrase.words, phrase.writtenWords) {
        vocabulary.markWrittenAsStored(written)
        vocabulary.noteWritten(written, of: word)
      }
    }
    // A mistyped variant ("dangerus") finds the word it stands for ("safe"). Only
    // one-word variants of one-word replacements, compared as stems like every word.
    for (variant, replacement) in base.synonyms.sorted(by: { $0.key < $1.key })
    where replacement.count == 1 && !variant.contains(" ") && !replacement[0].contains(" ") {
      vocabulary.addVariant(Stemmer.stem(variant), of: Stemmer.stem(replacement[0]))
    }
    vocabulary.finish()
    self.vocabulary = vocabulary
    let topicWords = Set(base.settings.topicWords.flatMap { normalizer.tokens($0).map(\.word) })
    self.topicWords = topicWords
    self.matcher = IntentMatcher(intents: base.intents, vocabulary: vocabulary, topicWords: topicWords)
    self.extractor = FactExtractor(facts: base.facts, vocabulary: vocabulary)
    self.safety = safety
    let positions = Dictionary(base.intents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.positions = positions
    self.generalPositions = Set(base.settings.generalTopics.compactMap { positions[$0] })
    self.helpPosition = base.settings.helpIntent.flatMap { positions[$0] }
    self.longestContextReply = base.settings.contextReplies.values.joined().map { $0.utf8.count { $0 != 0x20 } }.max() ?? 0
    var sections: [String: String] = [:]
    if let guide = base.guide {
      let cited = base.intents.flatMap { ($0.answers + $0.notes).flatMap(\.sources) }
        + base.safety.signs.flatMap(\.sources) + base.safety.questions.flatMap(\.sources)
      for passage in cited where sections[passage] == nil {
        sections[passage] = guide.paragraph(containing: passage)?.section
      }
    }
    self.sections = sections
    // The first intent (not a caution) holding each fact value's phrase, by its words: a
    // fact value's speaker is the first to hold any of its phrases. Only those phrases are
    // kept: a large knowledge base holds a hundred thousand phrases, a handful of which
    // are fact values'.
    var firstHolder: [[String]: Int] = [:]
    let factPhrases = Set(base.facts.flatMap { $0.values.flatMap { $0.phrases.map(\.words) } })
    for (i, intent) in base.intents.enumerated() where intent.kind != .caution {
      for phrase in intent.phrases where factPhrases.contains(phrase.words) && firstHolder[phrase.words] == nil {
        firstHolder[phrase.words] = i
      }
    }
    var speakers: [FactKey: Int] = [:]
    for fact in base.facts {
      for value in fact.values {
        if let speaker = value.phrases.compactMap({ firstHolder[$0.words] }).min() {
          speakers[FactKey(fact: fact.name, value: value.name)] = speaker
        }
      }
      // A value no intent's phrases hold ("in the morning") is spoken for by the intent
      // that speaks for another value of the fact (the evening's) when one of its answers
      // is for this value: "what about using it in the morning?" is about the time of day.
      let spoken = Set(fact.values.compactMap { speakers[FactKey(fact: fact.name, value: $0.name)] })
      for value in fact.values where speakers[FactKey(fact: fact.name, value: value.name)] == nil {
        let answering = spoken.filter { i in
          base.intents[i].answers.contains { answer in
            answer.deferTo == nil && answer.conditions.contains { condition in
              if case .fact(fact.name, let values) = condition { values == [value.name] } else { false }
            }
          }
        }
        if answering.count == 1 { speakers[FactKey(fact: fact.name, value: value.name)] = answering.first }
      }
      // A number fact ("minutes"): the first intent whose answers are chosen by it.
      if fact.number != nil,
        let speaker = base.intents.firstIndex(where: { intent in
          intent.kind != .caution && intent.answers.contains { $0.deferTo == nil && $0.conditions.contains { $0.factName == fact.name } }
        })
      {
        speakers[FactKey(fact: fact.name, value: "")] = speaker
      }
    }
    self.speakers = speakers
  }

  /// Where the intent about a fact value stands in `intents`: the first whose phrases
  /// hold the value's phrases.
  package func position(speakingFor fact: String, value: String) -> Int? {
    Self.position(in: speakers, speakingFor: fact, value: value)
  }

  /// ``position(speakingFor:value:)``, from the table alone.
  private static func position(in speakers: [FactKey: Int], speakingFor fact: String, value: String) -> Int? {
    speakers[FactKey(fact: fact, value: value)] ?? speakers[FactKey(fact: fact, value: "")]
  }

  /// The section of the guide a source passage is in, when the guide was found.
  package func section(of passage: String) -> String? { sections[passage] }

  /// The intents, in the knowledge base's order.
  public var intents: [Intent] { base.intents }

  /// The intent with this id, through the index.
  public func intent(id: String) -> Intent? { positions[id].map { base.intents[$0] } }

  /// Where the intent with this id stands in `intents`.
  package func position(of id: String) -> Int? { positions[id] }

  /// What the matcher makes of a line, without answering it or remembering anything.
  public func classify(_ line: String) -> MatchResult { read(line).result }

  /// A line read by the safety screen. A word of the knowledge base is spelt right and
  /// never read as a typo of a safety word; nor is a typo that could be a keyword, unless
  /// the keyword (of four letters or more) begins or ends the safety word's stem ("asleap"
  /// may be "sleep", but "asleep" ends with it). (A word typed with a capital is read here
  /// as any other: "I have Numbnes in both legs".)
  package func screen(_ line: String) -> (reading: SafetyScreen.Reading, finding: SafetyScreen.Finding) {
    let reading = safety.read(
      line, isKnown: { base.spelledWords.contains($0) || base.englishWords?.contains($0) == true },
      hasOtherReading: { token, meant in
        let stem = Stemmer.stem(meant)
        return vocabulary.alternatives(for: [token])[0].contains { alternative in
          let word = vocabulary.words[Int(alternative.id)]
          return alternative.edits > 0 && word != stem && !(word.utf8.count >= 4 && (stem.hasSuffix(word) || stem.hasPrefix(word)))
        }
      })
    return (reading, safety.finding(in: reading))
  }

  /// The alternatives the topics are matched on: a question asked for someone who uses the
  /// mat ("how should he be using it?", "can she wear a top?", "my daughter wants to know
  /// if she should wear a shirt") is matched as if the user asked it of themselves, so
  /// that the topics' phrases need no copy for each pronoun. Only the topics read it so:
  /// what is told of that person stays theirs.
  private func askedForSomeoneElse(_ tokens: [Token], _ alternatives: Alternatives) -> Alternatives {
    guard let me = vocabulary.id(of: "i") else { return alternatives }
    var read = alternatives
    for i in tokens.indices.dropFirst() where Self.thirdPersons.contains(tokens[i].surface) || Self.people.contains(tokens[i].surface) {
      // People in general, asked of the same way ("how do most people lie on it?"), with a
      // word of how many between.
      let k = i >= 2 && Self.people.contains(tokens[i].surface) && Self.howMany.contains(tokens[i - 1].surface) ? i - 1 : i
      let before = tokens[k - 1]
      let next = i + 1 < tokens.count && tokens[i + 1].clause == tokens[i].clause ? tokens[i + 1].surface : ""
      guard before.clause == tokens[i].clause,
        Self.auxiliaries.contains(before.surface) || (Self.ifWords.contains(before.surface) && Self.auxiliaries.contains(next))
      else { continue }
      // People in general may be read "i", less surely, or as typed: "why do people rave
      // about these". ("Most people" is read "most" or "i", and "people": "how do i
      // [people] lie on it?".)
      let general = Self.people.contains(tokens[i].surface)
      let asMe = WordAlternative(id: me, edits: 0, factor: general ? Self.generalAsMe : 1)
      read = read.replacing(k, with: general ? Array(read[k]) + [asMe] : [asMe])
    }
    return read
  }

  /// The people a question may be asked for: "should he", "can we" (not "they", most often
  /// the mats: "what are they?").
  private static let thirdPersons: Set<String> = ["he", "she", "we"]
  /// How surely people in general are read as the user: less than a word as typed.
  private static let generalAsMe = 0.8
  /// People in general: "do people wear a top?".
  private static let people: Set<String> = ["people", "everyone", "everybody", "folk", "folks", "others", "users"]
  /// Words of how many before people in general: "most people", "other users".
  private static let howMany: Set<String> = ["most", "other", "some", "many"]
  /// The verbs that ask, before the person: "should he", "does she" (those that ask the
  /// negative way too, and a few more).
  private static let auxiliaries = Normalizer.negativeQuestionVerbs.union(["may", "might", "shall", "need"])
  /// The words that ask indirectly, before the person and a verb that asks: "if she should".
  private static let ifWords: Set<String> = ["if", "whether"]

  /// Words that open a question inside a line.
  static func opensQuestion(_ word: String) -> Bool {
    IntentMatcher.questionWords.contains(word) || word == "wonder" || word == "wondering"
  }

  /// The matches that are only a fact the line's question is asked about: "should I do
  /// more before bed?" asks how long, for the evening. The question stands beside the
  /// fact's words in their clause, joined by no "and", and its answers weigh that fact; a
  /// question that shares the fact's words ("how long before bed?") or does not weigh it
  /// ("is it safe to use before bed?") leaves both to the ranking.
  static func factsAsContext(
    of result: MatchResult, updates: [FactUpdate], tokens: [Token], intents: [Intent]
  ) -> [IntentMatch] {
    func weighs(_ index: Int, _ fact: String) -> Bool {
      (intents[index].answers + intents[index].notes).contains { $0.conditions.contains { $0.factName == fact } }
    }
    return result.ranked.filter { found in
      guard let span = found.span,
        let fact = updates.first(where: { $0.tokens.lowerBound <= span.lowerBound && $0.tokens.upperBound >= span.upperBound })
      else { return false }
      return result.ranked.contains { question in
        guard question.index != found.index, question.tier >= IntentKind.question.tier, question.tier >= found.tier,
          let asked = question.askedSpan, !asked.overlaps(span),
          tokens[asked.lowerBound].clause == tokens[span.lowerBound].clause, weighs(question.index, fact.fact)
        else { return false }
        let between = asked.upperBound < span.lowerBound ? asked.upperBound + 1..<span.lowerBound : span.upperBound + 1..<max(span.upperBound + 1, asked.lowerBound)
        return !between.contains { IntentMatcher.joiners.contains(tokens[$0].surface) }
      }
    }
  }

  /// Two values of one fact offered as a choice in a clause ("after I get up or before I
  /// go to bed", "new or not") state neither: both are marked as asked about.
  static func markChoices(_ updates: inout [FactUpdate], tokens: [Token]) {
    for i in updates.indices {
      for j in updates.indices where j > i {
        let (a, b) = (updates[i], updates[j])
        guard a.fact == b.fact, a.entry.value != b.entry.value, a.entry.number == nil, b.entry.number == nil,
          tokens[a.tokens.lowerBound].clause == tokens[b.tokens.lowerBound].clause
        else { continue }
        let (first, second) = a.tokens.lowerBound < b.tokens.lowerBound ? (a, b) : (b, a)
        let between = (first.tokens.upperBound + 1)..<max(first.tokens.upperBound + 1, second.tokens.lowerBound)
        guard between.contains(where: { tokens[$0].surface == "or" }) else { continue }
        updates[i].asked = true
        updates[j].asked = true
      }
    }
  }

  /// Whether a later clause only says that what was asked of the user at `i` is so:
  /// "and if I'm new? cos I am", "what if I'm a beginner, which I am".
  static func isSaidToBeSoAfter(_ i: Int, in tokens: [Token]) -> Bool {
    var k = i + 1
    while k < tokens.count, tokens[k].clause == tokens[i].clause { k += 1 }
    var words = tokens[k...].map(\.surface)
    if let first = words.first, soJoiners.contains(first) { words.removeFirst() }
    while let last = words.last, ["too", "lol", "haha", "really", "actually"].contains(last) { words.removeLast() }
    return words.count == 2 && words[0] == "i" && ["am", "do", "have"].contains(words[1])
  }
  /// Words that join on "I am" after a question: "cos I am", "which I am".
  static let soJoiners: Set<String> = ["cos", "coz", "cuz", "because", "bc", "which", "as", "and", "since", "well"]

  /// Whether the fact at `i` is told of the user even inside a question: as the user's
  /// own, "my" right before it ("can I use it for my chronic back pain?", "should I still
  /// do my 20 minutes?") or "I've had" ("pain I've had since 2019"); or as who the user
  /// is, the premise of the question ("As someone with chronic pain who's brand new to
  /// this, how long should I go for?"): an "as someone", "as a" or "as an" before it in
  /// its clause, with no question word between (but "who" may join: "someone … who's
  /// brand new").
  static func isToldOfTheUser(_ i: Int, in tokens: [Token]) -> Bool {
    if i >= 1, tokens[i - 1].clause == tokens[i].clause, tokens[i - 1].surface == "my" { return true }
    // So is how long the user has had something, told as they ask: "is twice a day
    // overkill for lower back pain I've had since 2019?".
    if i >= 3, tokens[(i - 3)..<i].map(\.surface) == ["i", "have", "had"], tokens[i - 3].clause == tokens[i].clause { return true }
    // ("Who's", read "who is", keeps its verb: "as someone who's done 25 minutes".)
    var k = i - 1
    while k >= 1, tokens[k].clause == tokens[i].clause,
      tokens[k].surface == "who" || tokens[k - 1].surface == "who" || !IntentMatcher.questionWords.contains(tokens[k].surface)
    {
      if tokens[k - 1].surface == "as", tokens[k - 1].clause == tokens[i].clause, Self.whoOneIs.contains(tokens[k].surface) {
        return true
      }
      k -= 1
    }
    return false
  }

  /// Whether what ends at `end` is told before a joining word and the plan or supposition
  /// that makes its clause ask: "im brand new to this but want to be doing 20 min
  /// sessions" tells that the user is new (the 20 minutes are planned). Not in a clause a
  /// question opens before it ("can I do 30 mins but if it hurts stop?").
  static func isToldBeforeAPlan(_ end: Int, in tokens: [Token]) -> Bool {
    let clause = tokens[end].clause
    guard let start = tokens.firstIndex(where: { $0.clause == clause }),
      !(start...end).contains(where: { IntentMatcher.opensQuestion(tokens, at: $0) })
    else { return false }
    guard let joining = tokens.indices.first(where: { $0 > end && tokens[$0].clause == clause && Normalizer.scopeBreakers.contains(tokens[$0].surface) })
    else { return false }
    var k = joining + 1
    while k < tokens.count, tokens[k].clause == clause, Self.beforeAPlan.contains(tokens[k].surface) { k += 1 }
    return IntentMatcher.supposing.contains { words in
      k + words.count <= tokens.count && words.indices.allSatisfy { tokens[k + $0].surface == words[$0] && tokens[k + $0].clause == clause }
    }
  }

  /// Words between a joining word and a plan: "but I really want to".
  private static let beforeAPlan: Set<String> = ["i", "really", "just", "would", "do", "eventually", "one", "day"]

  /// Words after "as" that say who one is: "as someone with", "as a beginner".
  private static let whoOneIs: Set<String> = ["someone", "somebody", "a", "an", "one"]

  /// A fact stated, then corrected in the same line, is what the user means: "my back has
  /// hurt for 3 days, sorry, 3 months" states chronic pain, and is answered so. A correction
  /// is another value of the fact after a word that corrects ("sorry", "I mean", "no wait");
  /// two values without one ("bad for years and flaring up this week") both stand.
  /// Returns the statements taken back.
  static func keepTheLastSaid(_ updates: inout [FactUpdate], tokens: [Token]) -> [FactUpdate] {
    func stated(_ u: FactUpdate) -> Bool { !u.asked && !u.denied }
    let takenBack = updates.filter { u in
      stated(u) && updates.contains { v in
        stated(v) && v.fact == u.fact && v.entry.value != u.entry.value && v.tokens.lowerBound > u.tokens.upperBound
          && (u.tokens.upperBound + 1..<v.tokens.lowerBound).contains { FactExtractor.correctionWords.contains(tokens[$0].surface) }
      }
    }
    updates.removeAll { u in takenBack.contains { $0.tokens == u.tokens && $0.fact == u.fact } }
    return takenBack
  }

  /// One line through the pipeline: its facts, and what the matcher makes of it (facts
  /// read from longer phrases claim their words first).
  /// `speakingFor`: whether the user types for the person who uses the mat, whose facts,
  /// told of "she" or "he", are then the user's.
  package func read(
    _ line: String, year: Int? = nil, correcting: Set<String> = [], answering: Set<String> = [], speakingFor: Bool = false
  ) -> (updates: [FactUpdate], result: MatchResult, tokens: [Token]) {
    let names = Normalizer.names(in: line)
    var tokens = normalizer.tokens(line)
    var alternatives = vocabulary.alternatives(for: tokens, names: names)
    if let split = splittingRunTogether(tokens, alternatives: alternatives) {
      tokens = split
      alternatives = vocabulary.alternatives(for: tokens, names: names)
    }
    // "can I do 30 mins?" asks about 30: it is read, and marked as asked.
    var (asking, opensAQuestion) = IntentMatcher.readAsking(tokens)
    if let clause = IntentMatcher.clauseAskedInStatementOrder(tokens, line: line) { asking.insert(clause) }
    var updates = extractor.extract(tokens: tokens, alternatives: alternatives, year: year, correcting: correcting, answering: answering)
    // "My wife does 40 minutes" is no fact about the user. Said with a question by a user
    // who tells nothing of themselves ("my friend does 40, should I?"), the amount is what
    // they ask about; beside what they tell ("… I'm new to it, how long should I do?"), the
    // question is about them.
    // What the closures below need, read into locals: a closure that reads `self` copies
    // all of it (every index and table, each retained and released), on every line.
    let safety = self.safety
    let intents = base.intents
    let speakers = self.speakers
    let isOthers = updates.map {
      !speakingFor && safety.isSaidOfSomeoneElse($0.tokens.lowerBound, in: tokens) && !Self.isToldOfTheUser($0.tokens.lowerBound, in: tokens)
    }
    let others = zip(updates, isOthers).filter(\.1).map(\.0)
    updates = zip(updates, isOthers).filter { !$0.1 }.map(\.0)
    if updates.isEmpty, opensAQuestion || IntentMatcher.hasQuestionMark(line) {
      updates = others.filter { $0.entry.number != nil }.map { var u = $0; u.asked = true; return u }
    }
    for i in updates.indices
    where (asking.contains(tokens[updates[i].tokens.lowerBound].clause) && !Self.isToldOfTheUser(updates[i].tokens.lowerBound, in: tokens)
      && !Self.isToldBeforeAPlan(updates[i].tokens.upperBound, in: tokens))
      || (updates[i].entry.number != nil && IntentMatcher.isPlanned(updates[i].tokens.lowerBound, in: tokens))
    {
      updates[i].asked = true
    }
    // Asked as an "if", then said to be so: "and if I'm new? cos I am".
    for i in updates.indices where updates[i].asked && Self.isSaidToBeSoAfter(updates[i].tokens.upperBound, in: tokens) {
      updates[i].asked = false
    }
    // An amount alone in the clause a question mark ends offers a guess to be checked:
    // "how long do most people go — 10-15 minutes?", "20 mins?".
    if IntentMatcher.endsWithQuestionMark(line), let last = tokens.last?.clause,
      let first = tokens.firstIndex(where: { $0.clause == last })
    {
      for i in updates.indices where updates[i].entry.number != nil && tokens[updates[i].tokens.lowerBound].clause == last
        && extractor.holdsOnlyAnAmount(from: first, amount: updates[i].tokens, in: tokens)
      {
        updates[i].asked = true
      }
    }
    Self.markChoices(&updates, tokens: tokens)
    let superseded = Self.keepTheLastSaid(&updates, tokens: tokens)
    // As `IntentMatcher.asks(_:tokens:)`, from the reading just made.
    let asks = opensAQuestion || IntentMatcher.hasQuestionMark(line)
    var result = matcher.match(
      tokens: tokens, alternatives: askedForSomeoneElse(tokens, alternatives), claimed: updates.map { ($0.tokens, $0.words) },
      asks: asks)
    result.asks = asks
    result.askingClauses = IntentMatcher.askingClauses(asking, tokens: tokens, line: line)
    // How it happened is not what is asked: "I hurt my back picking up my toddler" tells
    // about the back, not about children and the mat. A topic outside the guide named
    // after a fact the user states, in its clause, gives way, unless a question opens
    // between them ("… for years and wonder how much the mat costs").
    let told = updates.filter { !$0.asked && !$0.denied }
    // A line that asks nothing and takes its leave tells: "I've got to pick the kids up
    // and sort dinner, so I'll leave it there. bye" says goodbye, asking nothing of
    // children or food. (Small talk that opens a line, "hi, my dog keeps lying on it",
    // leads in to what it says.)
    if !asks, result.askingClauses.isEmpty, result.ranked.contains(where: { $0.tier == IntentKind.chat.tier }) {
      let openers = base.settings.openers
      let help = base.settings.helpIntent
      if result.ranked.contains(where: { $0.tier == IntentKind.chat.tier && !openers.contains($0.id) && $0.id != help }) {
        // What it only tells is told too: "ok that's me done for tonight, bye for now" is no
        // question about the evening (its facts are still noted).
        result.removeAll { intents[$0.index].outsideGuide || $0.tier == IntentKind.statement.tier }
      }
    }
    result.removeAll { match in
      guard intents[match.index].outsideGuide, let span = match.span else { return false }
      return told.contains { fact in
        tokens[fact.tokens.lowerBound].clause == tokens[span.lowerBound].clause && fact.tokens.upperBound < span.lowerBound
          && !(fact.tokens.upperBound + 1..<span.lowerBound).contains { Self.opensQuestion(tokens[$0].surface) }
      }
    }
    result.removeAll(where: Self.factsAsContext(of: result, updates: updates, tokens: tokens, intents: base.intents).contains)
    // A topic named only inside what the user tells of themselves is part of the telling:
    // "a sore back for about a week" says how long the pain has lasted, not how often to
    // use the mat. The topic that speaks for what was told stays ("I'm new to this").
    // What the user took back is part of the telling too, and speaks for nothing: "back pain
    // for 3 months, sorry, 3 days".
    result.removeAll { match in
      guard let span = match.span else { return false }
      func holds(_ fact: FactUpdate) -> Bool { fact.tokens.lowerBound <= span.lowerBound && fact.tokens.upperBound >= span.upperBound }
      return superseded.contains(where: { $0.tokens.overlaps(span) }) || told.contains { fact in
        holds(fact) && Self.position(in: speakers, speakingFor: fact.fact, value: fact.entry.number == nil ? fact.entry.value : "") != match.index
      }
    }
    IntentMatcher.dropReporters(in: &result, tokens: tokens)
    IntentMatcher.dropHelpInOtherSentences(
      in: &result, tokens: tokens, help: helpPosition, topicWords: topicWords, vocabulary: vocabulary)
    IntentMatcher.preferSmallTalkAsked(in: &result, tokens: tokens)
    IntentMatcher.liftStatementsAskedAbout(in: &result, tokens: tokens, general: generalPositions)
    IntentMatcher.liftStatementsSupposed(in: &result, tokens: tokens)
    IntentMatcher.liftStatementsInAQuestion(in: &result, tokens: tokens, general: generalPositions)
    // Again, now that a statement asked about may stand as high as the one who said it.
    IntentMatcher.dropReporters(in: &result, tokens: tokens)
    IntentMatcher.dropGeneralBesideOwnTopic(in: &result, tokens: tokens, general: generalPositions, told: told.map(\.tokens))
    IntentMatcher.dropTried(in: &result, tokens: tokens, asking: asking)
    IntentMatcher.dropLikened(in: &result, tokens: tokens)
    let (questions, more) = IntentMatcher.separateQuestions(in: result, tokens: tokens)
    if questions.count >= 2 {
      result.separately = questions
      result.askedMore = more
    } else {
      IntentMatcher.preferTheAsked(in: &result, tokens: tokens, asking: result.askingClauses)
    }
    return (updates, result, tokens)
  }
}
