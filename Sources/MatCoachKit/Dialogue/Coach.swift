import Foundation

/// One conversation: takes a line, answers it, and remembers what the user said.
///
/// A turn flows one way: screen the line for red flags (before anything else) →
/// normalise → read facts → match intents → choose the answer that fits the remembered
/// facts → build the reply. Slash commands are turns too.
/// Everything here is deterministic: the same lines always give the same replies.
public struct Coach: Sendable {
  /// What the coach knows, compiled once and shared; a conversation never changes it.
  public let knowledge: CompiledKnowledge

  public private(set) var profile = Profile()
  /// The last reply that answered something, for `/why`.
  public private(set) var lastAnswer: Reply?

  /// The sessions the user has done, oldest first: read from their log by the tool,
  /// added to as sessions are timed or logged.
  public internal(set) var log: SessionLog
  /// Whether whoever shows the replies can time a session (a terminal can); otherwise a
  /// session asked for is planned and logged as done without the timer.
  public var timesSessions: Bool
  /// The time now and the user's calendar, for the log; given, so that tests and
  /// transcripts do not depend on the day they run.
  let now: @Sendable () -> Date
  let calendar: Calendar

  public init(
    knowledge: CompiledKnowledge, log: SessionLog = SessionLog(), timesSessions: Bool = false,
    now: @escaping @Sendable () -> Date = { Date() }, calendar: Calendar = .current
  ) {
    self.knowledge = knowledge
    self.log = log
    self.timesSessions = timesSessions
    self.now = now
    self.calendar = calendar
  }

  /// The calendar of the years people write ("since 2019"), whatever the user's calendar;
  /// made once, not per turn.
  private static let gregorian = Calendar(identifier: .gregorian)

  /// A question the safety screen asked, with the words that raised it, awaiting its answer.
  private var pendingQuestion: (question: SafetyQuestion, said: String)?
  /// During a turn: the profile with the facts the line only asks about, and their names.
  private var asking: (profile: Profile, facts: Set<String>)?
  /// The facts the last line stated, for a question that refers back to them ("I do 60
  /// minutes every night" — "is that ok?").
  private var lastStated: [(fact: String, value: String)] = []
  /// The facts the last line that stated any stated, though questions came after it: "that"
  /// in "that cleared up now, back feels normal" is theirs ("I pulled my back last week" —
  /// "how often?" — "that cleared up now, back feels normal").
  private var lastToldFacts: Set<String> = []
  /// Facts the last line named with only a vague length ("a little while"): a length
  /// said next on its own ("about a fortnight") is theirs.
  private var leftUntimed: Set<String> = []
  /// Whether someone types for the person who uses the mat ("typing for my mum: she's new
  /// to it"): then what is told of "she" or "he" is that person's, the user's.
  private var speakingFor = false
  /// What the last reply offered, for a short reply to pick from ("yes", "the second one").
  public private(set) var offered: [Reply.Option] = []

  /// Answers one line and updates what the coach remembers.
  ///
  /// The safety screen reads the line first: a red flag anywhere in it wins, and the
  /// reply gives no mat advice that turn. Otherwise the line's facts are noted and what
  /// it asks is answered, opening with a reminder of any red flag heard earlier.
  public mutating func respond(to line: String) -> Reply {
    let trimmed = line.trimmingWhitespace
    if trimmed.isEmpty { return Reply(kind: .empty, profile: profile) }
    // A command starts the line (after spaces): a line that opens with some other
    // invisible character, such as U+0085, is no command.
    // A safety question stays open across commands: "/profile" and then "yes" still counts.
    if line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("/") { return command(trimmed) }
    let reply = turn(trimmed)
    lastAnswer = reply
    offered = reply.offered
    return reply
  }

  private mutating func turn(_ line: String) -> Reply {
    var (reading, finding) = knowledge.screen(line)
    let pending = pendingQuestion
    pendingQuestion = nil
    if let pending, !finding.isSigns {
      if case .signs(let hits) = knowledge.screen(pending.said + " " + line).finding {
        finding = .signs(hits)  // "tingling" then "in my legs"
      } else if let yes = knowledge.safety.yesOrNo(reading) {
        guard yes, let sign = knowledge.base.safety.sign(id: pending.question.yes) else {
          return reassurance(pending.question)
        }
        finding = .signs([SafetyScreen.Hit(sign: sign, said: pending.said)])
      }
    }
    if case .none = finding, let meaning = contextMeaning(line), let reply = follow(meaning) {
      return reply
    }
    var seenTo = false
    if profile.safety.openEmergency != nil, knowledge.safety.saysCleared(reading) {
      profile.safety.markSeenTo()
      seenTo = true
    }

    if knowledge.safety.isSpokenFor(reading) { speakingFor = true }
    var (updates, matched, tokens) = knowledge.read(
      line, year: Self.gregorian.component(.year, from: now()), correcting: Set(lastStated.map(\.fact)), answering: leftUntimed,
      speakingFor: speakingFor)
    let previouslyStated = lastStated
    let toldBefore = lastToldFacts
    lastStated = updates.filter { !$0.asked && !$0.denied }.map { ($0.fact, $0.entry.value) }
    if !lastStated.isEmpty { lastToldFacts = Set(lastStated.map(\.fact)) }
    let untimed = knowledge.extractor.leftUntimed(tokens) { knowledge.safety.isSaidOfSomeoneElse($0, in: tokens) }
      .subtracting(lastStated.map(\.fact))
    // Small talk between keeps what was left untimed: "I've only had the mat a little
    // while" — "it's purple, prettier than I expected" — "about a fortnight".
    if !(untimed.isEmpty && updates.isEmpty && !matched.asks) { leftUntimed = untimed }
    // "Time me for 15 minutes": the minutes are the session's length, not a fact about the user.
    // Asking for one ("time me") outranks the words about time around it ("for an hour").
    let script = knowledge.base.sessions
    var sessionMinutes: Double?
    // Asked for by the user, not told of someone else: "my partner's been timing me" asks for
    // no session.
    func isSomeoneElses(_ match: IntentMatch) -> Bool {
      match.span.map { knowledge.safety.namesSomeoneElse(before: $0.lowerBound, in: tokens) } ?? false
    }
    let sessionMatch = matched.ranked.first { match in
      match.id == script.intent && (script.startWhen.map(match.groups.contains) ?? (match.id == matched.best?.id))
        && !isSomeoneElses(match)
    }
    let wantsSession = matched.separately.count < 2 && sessionMatch != nil
    if wantsSession {
      sessionMinutes = updates.lazy.compactMap(\.entry.number).first
      updates.removeAll { $0.entry.number != nil }
    }
    var result = matched
    // Someone else's timing is not what the user asks about either: what else they said is.
    result.removeAll { $0.id == script.intent && isSomeoneElses($0) }
    var forgotten: [String] = []
    // An amount told or asked as a change to the one remembered ("knocked 5 off", "should I
    // add an extra 5?") is the amount it makes; with none remembered, it says nothing.
    updates = updates.compactMap { $0.denied ? $0 : knowledge.extractor.applying($0, to: profile[$0.fact]) }
    // Facts asked about are for this turn's answer only ("is an hour ok?").
    var asking = profile
    var askedFacts: Set<String> = []
    for update in updates where update.asked && !update.denied {
      asking[update.fact] = update.entry
      askedFacts.insert(update.fact)
    }
    self.asking = askedFacts.isEmpty ? nil : (asking, askedFacts)
    defer { self.asking = nil }
    for update in updates where !update.asked {
      if !update.denied {
        profile[update.fact] = update.entry
        forgotten += forgetConflicts(with: update.fact)
      } else if profile[update.fact]?.value == update.entry.value {
        profile[update.fact] = nil
        forgotten.append(update.entry.describe)
      }
    }
    // "My back pain started three weeks ago" then "but that cleared up now": the fact just
    // stated is over ("it healed?" asks); with questions between, only when the line names
    // the back ("that cleared up now, back feels normal"). Named, the pain may have been
    // told any time before: "good news, the pain's gone now".
    // (A line may tell another fact beside it: "that strain has cleared up now. I still use
    // the mat in the morning".)
    if !matched.asks {
      let namesTheBack = FactExtractor.namesTheBackOrThePain(tokens)
      for (fact, named) in knowledge.extractor.toldAsOver(tokens)
      where !updates.contains(where: { $0.fact == fact })
        && (named || previouslyStated.contains(where: { $0.fact == fact }) || (namesTheBack && toldBefore.contains(fact))) {
        guard let entry = profile[fact] else { continue }
        profile[fact] = nil
        forgotten.append(entry.describe)
      }
    }

    var alarm: Reply.Notice?
    switch finding {
    case .signs(let heard):
      let hits = heard.filter { !$0.ofSomeoneElse }
      for hit in hits {
        profile.safety.hear(.init(id: hit.sign.id, tier: hit.sign.tier, title: hit.sign.title, said: hit.said))
      }
      // Someone else's emergency: a word to get them help, said after the user's own, and
      // remembered as nothing of the user's. No mat advice that turn either: the question
      // is most often whether they may use it.
      let others = heard.filter(\.ofSomeoneElse)
      let otherIDs = others.map(\.sign.id)
      let someoneElseText = others.isEmpty
        ? nil
        : knowledge.base.safety.forSomeoneElse.replacingOccurrences(
          of: "{title}", with: Reply.list(others.map(\.sign.title), joiner: "and"))
      guard let top = hits.first?.sign else {
        let notice = Reply.Notice(
          kind: .someoneElse, tier: .emergency, signs: [], someoneElse: otherIDs, intent: knowledge.base.safety.topic,
          text: someoneElseText ?? "", beyondGuideNote: knowledge.base.safety.beyondGuideNote)
        return Reply(kind: .answer, notice: notice, profile: profile)
      }
      var ids: [String] = []
      for hit in hits where !ids.contains(hit.sign.id) { ids.append(hit.sign.id) }
      alarm = Reply.Notice(
        kind: .alarm, tier: top.tier, signs: ids, someoneElse: otherIDs,
        text: top.say + (someoneElseText.map { "\n\n" + $0 } ?? ""), citations: top.sources.map(cite),
        beyondGuideNote: knowledge.base.safety.beyondGuideNote)
      // A red flag wins: no mat advice this turn.
      if top.tier >= .urgent || someoneElseText != nil {
        alarm?.intent = knowledge.base.safety.topic
        return Reply(kind: .answer, notice: alarm, profile: profile)
      }
    case .hypothetical:
      // A question about symptoms: the topic that says when to see a doctor.
      if let topic = knowledge.base.safety.topic, let index = knowledge.position(of: topic) {
        let match = result.ranked.first { $0.id == topic }
        return answer(intentAt: index, score: match?.score ?? 0, phrases: match?.phrases ?? [], groups: [])
      }
    case .ask(let question, let said):
      pendingQuestion = (question, said)
      return Reply(kind: .clarify, message: question.question, profile: profile)
    case .answeredNo(let question):
      // "A tingle in my back where the nails press, is it normal?": the answer to "no",
      // unless a topic of the mat was asked ("… any way to soften it?").
      if !result.ranked.contains(where: { $0.tier >= IntentKind.question.tier }) { return reassurance(question) }
    case .none:
      break
    }
    if wantsSession {
      // "Time me for 15 seconds", "time me for 20": a length was said, in figures or with a
      // unit, but none the number fact could hold. "Guide me through one" says no length.
      func saysALength() -> Bool {
        let units = Set(knowledge.base.facts.compactMap(\.number).flatMap(\.units.keys))
        return tokens.indices.contains { i in
          tokens[i].isNumber
            && (tokens[i].typed.first?.isNumber == true || (i + 1 < tokens.count && units.contains(tokens[i + 1].word)))
        }
      }
      if sessionMinutes == nil, saysALength() {
        return Reply(
          kind: .command,
          message: "I time sessions in whole minutes, from 1 to \(script.maxTimedMinutes): say “time me for 10 minutes”, or /session 10.",
          profile: profile)
      }
      var reply = session(minutes: sessionMinutes, alarm: alarm)
      if reply.kind == .session, let sessionMatch {
        reply.score = sessionMatch.score
        reply.phrases = sessionMatch.phrases
      }
      return reply
    }

    // A condition to check is said by the notice: what else the line asks is answered
    // after it, not the same advice twice.

    let cautions = result.ranked.filter { knowledge.intents[$0.index].kind == .caution }
    // When the condition's own topic matched too (a caution: "on blood thinners, anything
    // I should check before using this?"), the notice answers it: a phrase only partly said
    // beside them ("before using" of stretching) asks nothing more.
    if alarm != nil {
      result.removeAll { knowledge.intents[$0.index].kind == .caution || (!cautions.isEmpty && $0.score < Self.partlySaid) }
    }
    // "I've seen a doctor": news, not a question about when to see one.
    if seenTo { result.removeAll { $0.id == knowledge.base.safety.topic } }
    var reply: Reply
    let factTopic = topic(of: updates, asks: result.asks)
    if result.separately.count >= 2 {
      reply = answerEach(result.separately, more: result.askedMore, stated: statedTopic(of: updates))
    } else if let index = conditionAskedAbout(result, updates: updates, tokens: tokens) {
      // "Slept in a weird position and my back is stiff today, mat yes or no?"
      reply = answer(intentAt: index, score: 0, phrases: [], groups: [])
    } else if let best = result.best, let (index, last) = numberAskedBack(best, result: result, updates: updates, tokens: tokens) {
      // "I do 1h at night on it, is that alright?": the hour (it may go past the guide's
      // figures) and what the statement named, what was said last first, as "that" points
      // to it most ("did 10 minutes and felt dizzy after, is that normal?").
      reply = answer(best, and: index, otherFirst: last)
    } else if let best = result.best, best.tier < IntentKind.question.tier, !refersInside(best, tokens),
      let index = askedTopic(of: updates)
    {
      // "Can I do 30 tonight?", "I'll do 45 tonight": no topic asked by name, and a value
      // asked about or planned; "tonight" says when.
      reply = answer(intentAt: index, score: 0, phrases: [], groups: [])
    } else if let best = result.best, result.asks, best.tier < IntentKind.question.tier, refersInside(best, tokens),
      let index = followedTopic(line, stated: previouslyStated)
    {
      // "I do half an hour every night" then "is that too much?": the half hour, though
      // "too much" is also how people say the spikes hurt. "It hurts, should I keep going?"
      // says something of its own, and keeps its topic.
      reply = answer(intentAt: index, score: 0, phrases: [], groups: [])
    } else if let best = result.best, best.tier == IntentKind.chat.tier, !result.asks, factTopic == nil,
      let chat = Self.separateSmallTalk(in: result)
    {
      // "ok thx bye": each, in the order said.
      reply = answerEach(chat, more: false)
    } else if let best = result.best, result.asks, knowledge.base.settings.generalTopics.contains(best.id),
      !result.ranked.contains(where: { $0.id != best.id && $0.tier >= IntentKind.question.tier }),
      !isAboutSomethingElse(result, tokens: tokens),
      let index = statedTopic(of: updates) ?? topicAskedAbout(by: best, in: result, updates: updates, tokens: tokens)
        ?? askedTopic(of: updates.filter { update in
          // What the question asks about comes in or after it; a plan said before it ("I
          // want to use it every morning. how do I get going?") is not what it asks.
          best.span.map { tokens[update.tokens.upperBound].clause >= tokens[$0.lowerBound].clause } ?? true
        })
        ?? followedTopic(line, stated: previouslyStated).flatMap({ knowledge.intents[$0].kind == .statement ? $0 : nil })
    {
      // "I pulled something in my back this morning, can the mat help?": a question only in
      // general, about what the user has just said of themselves; "is it any good for
      // ongoing back pain?" about the pain it names; "first time tomorrow, should I do 5
      // minutes or 20?" about the minutes it asks; "can the mat fix it?" right after the
      // answer about a fresh strain, about the strain.
      reply = answer(intentAt: index, score: 0, phrases: [], groups: [])
    } else if let best = result.best, let (index, first) = amountAskedWith(best, result: result, updates: updates, tokens: tokens) {
      // "Is it safe to go for half an hour the first time?": what the question names, and
      // the amount it asks about, in the order said.
      reply = answer(best, and: index, otherFirst: first)
    } else if let best = result.best, best.tier > IntentKind.chat.tier || !result.asks || factTopic == nil,
      !isSmallTalkInsideAQuestion(best, result: result, tokens: tokens),
      // One telltale word alone (no phrase: "routine?") gives way to what the line tells of
      // the user: "5 yrs back pain, routine?" asks about the pain.
      best.span != nil || factTopic == nil || best.phrases.count > 1
    {
      // A fact only asked about says nothing of the user: "any good knitting patterns for
      // beginners?" is about knitting.
      if factTopic == nil || updates.allSatisfy({ $0.asked || $0.denied }),
        isAboutSomethingElse(result, tokens: tokens) || asksAboutSomethingElse(result, tokens: tokens)
          || namesOnlyAnotherKindOfMat(tokens)
      {
        reply = fallback(result, offTopic: true)
      } else {
        reply = result.isAmbiguous ? clarify(result) : answer(best)
      }
    } else if let index = factTopic {
      // A question about oneself in words no keyword holds ("can I use it on a back I
      // only hurt two days ago?"): the topic of what it says about the user. Also when
      // only small talk matched a question: "I've had back pain for 10 years, will this
      // help?" is about the pain, not a request for the coach's help (but "bye, I do 20
      // minutes" is a goodbye).
      reply = answer(intentAt: index, score: 0, phrases: [], groups: [])
      // Say what was noted too: a length of time says whose threshold set the value.
      let stated = updates.filter { !$0.denied && !$0.asked }
      if !stated.isEmpty, reply.message == nil {
        reply.message = "Noted: " + Reply.list(Self.descriptions(of: stated), joiner: "and") + "."
      }
    } else if updates.contains(where: { !$0.denied && !$0.asked }) || !forgotten.isEmpty {
      reply = noted(updates.filter { !$0.denied && !$0.asked }, forgotten: forgotten)
    } else if alarm != nil || seenTo {
      reply = Reply(kind: .answer, profile: profile)
    } else if result.asks, let index = followedTopic(line, stated: previouslyStated) {
      // "Is that ok?", "what would you recommend instead?": about the last answer.
      reply = answer(intentAt: index, score: 0, phrases: [], groups: [])
    } else if !result.asks, let pain = painOnlySaid(tokens) {
      // "My back hurts": understood, and which pain it is decides the advice. (A question
      // not understood is not answered by a guess at it: "what effects can I expect for
      // low back pain?")
      reply = clarify(pain)
    } else {
      reply = fallback(result, offTopic: isOffTopic(tokens, asks: result.asks, names: Normalizer.names(in: line)))
    }
    if alarm == nil, reply.kind == .answer, let opener = openingSmallTalk(result, answered: reply.answers, tokens: tokens) {
      reply.answers.insert(opener, at: 0)
    }
    if reply.kind == .answer, reply.message == nil, !forgotten.isEmpty {
      // What the user said last wins; say what it replaced.
      reply.message = Self.noLongerAssumed(forgotten) + "."
    }
    if var alarm {
      if reply.answers.isEmpty { alarm.intent = cautions.first?.id }
      reply.notice = alarm
    } else if seenTo {
      reply.notice = Reply.Notice(kind: .reminder, tier: .emergency, signs: [], text: knowledge.base.safety.seenTo)
    } else {
      remind(&reply)
    }
    // A condition to check first, answered by its own intent, is remembered too.
    for given in reply.answers where given.kind == .caution {
      // Its own phrases: the line may ask something else too ("… is it safe?").
      let own = Set(knowledge.intent(id: given.intent)?.phrases.map(\.text) ?? [])
      let said = reply.phrases.filter { own.contains($0.text) && !Self.asksInGeneral($0, tokens) }.map(\.said)
      guard !said.isEmpty else { continue }
      profile.safety.hear(.init(id: given.intent, tier: .check, title: Reply.list(said, joiner: "and"), said: said.joined(separator: ", ")))
    }
    reply.profile = profile
    return reply
  }

  /// Whether a phrase of a condition to check asks about conditions in general rather
  /// than names one the user has: "what conditions should I check?", "which conditions
  /// rule it out?", "should I check with my doctor?". Such a line is answered, and nothing
  /// is remembered. ("Is it ok when diabetic?" and "any psoriasis on my back" name one.)
  static func asksInGeneral(_ phrase: MatchedPhrase, _ tokens: [Token]) -> Bool {
    let words = phrase.text.split(separator: " ").map(String.init)
    if words.contains(where: generalAsks.contains) { return true }
    guard let start = phrase.tokens?.lowerBound, start > 0, tokens.indices.contains(start - 1) else { return false }
    return generalAsks.contains(tokens[start - 1].surface) && tokens[start - 1].clause == tokens[start].clause
  }

  /// Words in or right before a phrase that make it a question about a kind of thing, or
  /// about asking someone, not a thing the user has.
  private static let generalAsks: Set<String> = ["what", "which", "who", "whom", "whose", "check", "ask", "rule", "rules"]

  /// Whether small talk is all that matched a question, in words neither at its start nor
  /// at its end: "should I add another session later in the day?" says no goodbye, and is
  /// not understood. Small talk opens or closes a line ("thanks, one more thing…", "… ok
  /// bye"); asking for help is no small talk ("could you help me with the mat?").
  private func isSmallTalkInsideAQuestion(_ best: IntentMatch, result: MatchResult, tokens: [Token]) -> Bool {
    guard result.asks, best.tier == IntentKind.chat.tier, best.id != knowledge.base.settings.helpIntent,
      let span = best.span, let last = tokens.indices.last
    else { return false }
    // (After words that only lead in, it still opens the line: "ok bye, will come back".)
    let opensTheLine = tokens[span.lowerBound].clause == tokens[0].clause
      && Token.opensItsClause(tokens, at: span.lowerBound, after: Normalizer.questionLeads)
    return span.lowerBound > 0 && !opensTheLine && span.upperBound < last
  }

  /// Small talk that opens a line which asks something else, answered by the first
  /// sentence of its answer before the question's: "hi! just got my mat, how do I start?"
  /// is greeted ("Hi!"), "thanks, and how often?" thanked. Only the knowledge base's
  /// `openers` (not a call for help, which the question is, nor a goodbye: "bye for now,
  /// but first how long?" is no leaving), and not when a red flag is answered.
  private func openingSmallTalk(_ result: MatchResult, answered: [Reply.Answer], tokens: [Token]) -> Reply.Answer? {
    // Said first, and not carried on by a word that ties it to what follows: "thanks, and
    // how often?", "hi there im new" (but "got it for better sleep, any tips?" received the mat).
    func saidFirstAlone(_ match: IntentMatch) -> Bool {
      guard let opening = match.phrases.compactMap(\.tokens).first(where: { $0.lowerBound == 0 }) else { return false }
      let next = opening.upperBound + 1
      return next == tokens.count || tokens[next].clause != tokens[opening.upperBound].clause
        || !Self.carryingOn.contains(tokens[next].surface)
    }
    guard let first = answered.first, first.kind != .chat,
      let opener = result.ranked.first(where: { $0.tier == IntentKind.chat.tier && saidFirstAlone($0) }),
      knowledge.base.settings.openers.contains(opener.id), !answered.contains(where: { $0.intent == opener.id }),
      let text = answer(intentAt: opener.index, score: 0, phrases: [], groups: []).answers.first?.text
    else { return nil }
    return Reply.Answer(intent: opener.id, kind: .chat, text: Self.firstSentence(of: text))
  }

  /// Words that carry a phrase on into what follows it: "got it [for] better sleep".
  private static let carryingOn: Set<String> = ["for", "to", "from", "in", "on", "at", "with", "of", "off", "by"]

  /// The first sentence of a text: up to the first ".", "!" or "?" that ends a word.
  package static func firstSentence(of text: String) -> String {
    var previous: Character = " "
    for (i, c) in zip(text.indices, text) {
      if ".!?".contains(previous), c == " " { return String(text[..<i]) }
      previous = c
    }
    return text
  }

  /// Two kinds of small talk said apart in a line that says nothing else ("thanks, bye"),
  /// in the order said; nil otherwise.
  static func separateSmallTalk(in result: MatchResult) -> [IntentMatch]? {
    guard result.ranked.allSatisfy({ $0.tier == IntentKind.chat.tier }) else { return nil }
    var said: [(match: IntentMatch, span: ClosedRange<Int>)] = []
    for match in result.ranked where !said.contains(where: { $0.match.id == match.id }) {
      guard let span = match.span, !said.contains(where: { $0.span.overlaps(span) }) else { continue }
      said.append((match, span))
    }
    guard said.count >= 2 else { return nil }
    return said.sorted { $0.span.lowerBound < $1.span.lowerBound }.map(\.match)
  }

  /// Where the topic of a number the line states stands, when a later clause asks about
  /// it by "that" or "it" and names no other topic: "I do 1h at night on it, is that
  /// alright?" asks about the hour, though the statement named the evening (`best`); and
  /// whether the number was said after what `best` matched.
  private func numberAskedBack(
    _ best: IntentMatch, result: MatchResult, updates: [FactUpdate], tokens: [Token]
  ) -> (index: Int, last: Bool)? {
    guard result.asks, let span = best.span, !result.askingClauses.contains(tokens[span.lowerBound].clause),
      let number = updates.first(where: { !$0.asked && !$0.denied && $0.entry.number != nil }),
      let index = knowledge.position(speakingFor: number.fact, value: number.entry.value), index != best.index
    else { return nil }
    let statement = max(tokens[span.upperBound].clause, tokens[number.tokens.upperBound].clause)
    let referBack = knowledge.base.settings.referBack
    let asksBack = result.askingClauses.contains { clause in
      clause > statement && tokens.contains { $0.clause == clause && referBack.contains($0.surface) }
        && !result.ranked.contains { match in
          match.index != index && match.span.map { tokens[$0.lowerBound].clause == clause } == true
        }
    }
    return asksBack ? (index, number.tokens.lowerBound > span.lowerBound) : nil
  }

  /// Where the topic of an amount a question asks about stands, when the question's own
  /// topic is another ("is 25 minutes a safe amount?" asks about safety and about the 25
  /// minutes), and whether the amount was said first.
  private func amountAskedWith(
    _ best: IntentMatch, result: MatchResult, updates: [FactUpdate], tokens: [Token]
  ) -> (index: Int, first: Bool)? {
    guard result.asks, best.tier == IntentKind.question.tier, let span = best.span,
      result.askingClauses.contains(tokens[span.lowerBound].clause)
    else { return nil }
    for update in updates where update.asked && !update.denied && update.entry.number != nil {
      // An amount that only says which session ("what to wear for a 20 minute session")
      // is not what is asked.
      let after = (update.tokens.upperBound + 1)..<min(update.tokens.upperBound + 3, tokens.count)
      if after.contains(where: { tokens[$0].clause == tokens[span.lowerBound].clause && tokens[$0].surface.hasPrefix("session") }) {
        continue
      }
      guard tokens[update.tokens.lowerBound].clause == tokens[span.lowerBound].clause,
        let index = knowledge.position(speakingFor: update.fact, value: update.entry.value), index != best.index
      else { continue }
      // In the order asked: the amount, or the other topic's own question if it comes
      // first ("how long should I stay on, I last 2 min before it hurts too much").
      let otherAsked = result.ranked.first { $0.index == index }?.askedSpan?.lowerBound ?? update.tokens.lowerBound
      return (index, min(update.tokens.lowerBound, otherAsked) < span.lowerBound)
    }
    return nil
  }

  /// The two topics of `coach: pain` as a choice, when the line says in two or more of the
  /// words that make a clause about pain (the `durations` `about` words of the fact those
  /// topics speak for), none denied, that the back hurts, and nothing else matched: "my
  /// back hurts".
  private func painOnlySaid(_ tokens: [Token]) -> MatchResult? {
    let topics = knowledge.base.settings.painTopics.compactMap { knowledge.position(of: $0) }
    guard topics.count == 2 else { return nil }
    let facts = knowledge.base.facts.filter { fact in
      fact.durations?.bands.contains { knowledge.position(speakingFor: fact.name, value: $0.value).map(topics.contains) == true } == true
    }
    let about = Set(facts.compactMap(\.durations).flatMap(\.about))
    let painWords = Set(tokens.filter { $0.negatedBy == nil && about.contains($0.surface) }.map(\.surface))
    guard painWords.count >= 2 else { return nil }
    return MatchResult(ranked: topics.map { index in
      IntentMatch(index: index, id: knowledge.intents[index].id, score: 0, tier: knowledge.intents[index].kind.tier, phrases: [], groups: [])
    })
  }

  /// Where the intent that answers a statement of a fact the line states stands ("I pulled
  /// my back this morning": recent pain), if one does.
  private func statedTopic(of updates: [FactUpdate]) -> Int? {
    for update in updates where !update.denied && !update.asked {
      if let index = knowledge.position(speakingFor: update.fact, value: update.entry.value),
        knowledge.intents[index].kind == .statement
      {
        return index
      }
    }
    return nil
  }

  /// Where the intent about a fact value the line asks about stands: "should I do 5
  /// minutes or 20?" asks about the minutes.
  private func askedTopic(of updates: [FactUpdate]) -> Int? {
    for update in updates where update.asked && !update.denied {
      if let index = knowledge.position(speakingFor: update.fact, value: update.entry.value) { return index }
    }
    return nil
  }

  /// The topic of a statement said after a question only in general, in its clause: the
  /// pain of "is it any good for ongoing back pain?", the first named when two are ("… for
  /// a fresh strain or only long-term pain?"), whether named by a statement's phrase or by
  /// a fact the question asks about.
  private func topicAskedAbout(
    by question: IntentMatch, in result: MatchResult, updates: [FactUpdate], tokens: [Token]
  ) -> Int? {
    guard let asked = question.span else { return nil }
    func isAfterTheQuestion(_ start: Int) -> Bool {
      start > asked.upperBound && tokens[start].clause == tokens[asked.upperBound].clause
    }
    let named = result.ranked.compactMap { match -> (start: Int, index: Int)? in
      guard match.tier == IntentKind.statement.tier, match.hasExactPhrase, let span = match.span,
        knowledge.intents[match.index].kind == .statement, isAfterTheQuestion(span.lowerBound)
      else { return nil }
      return (span.lowerBound, match.index)
    }
    let askedFacts = updates.compactMap { update -> (start: Int, index: Int)? in
      guard update.asked, !update.denied, isAfterTheQuestion(update.tokens.lowerBound),
        let index = knowledge.position(speakingFor: update.fact, value: update.entry.value),
        knowledge.intents[index].kind == .statement
      else { return nil }
      return (update.tokens.lowerBound, index)
    }
    return (named + askedFacts).min { $0.start < $1.start }?.index
  }

  /// Where the intent about a fact value the line says stands, if one fits: for a line
  /// that asks (the value said in a question, or beside a question no topic matched),
  /// any; for a plain statement, an intent that answers statements ("my back seized up
  /// on Sunday" gets what the guide says about recent pain, not just "Noted").
  private func topic(of updates: [FactUpdate], asks: Bool) -> Int? {
    for update in updates where !update.denied {
      guard let index = knowledge.position(speakingFor: update.fact, value: update.entry.value) else { continue }
      if update.asked || asks || knowledge.intents[index].kind == .statement { return index }
    }
    return nil
  }

  /// The topic a question that matches none refers back to by "that", "it", "instead"…:
  /// the last one answered, when there is one.
  /// A fact stated with it that the last answer did not use comes first, a number before
  /// the rest: after "I do 60 minutes every night" answered about evenings, "is that ok?"
  /// asks about the 60.
  private func followedTopic(_ line: String, stated: [(fact: String, value: String)]) -> Int? {
    // The first answer that was no small talk: "Hello! … 90 minutes …" then "is that ok?"
    // asks of the minutes, not of the hello.
    guard let last = lastAnswer,
      let index = last.answers.lazy.compactMap({ knowledge.position(of: $0.intent) }).first(where: { knowledge.intents[$0].kind != .chat })
    else { return nil }
    let words = line.lowercased().split { !$0.isLetter }.map(String.init)
    // ("What do I do?" asks of the topic itself, not of a fact told with it.)
    if Self.asksWhatToDo(words) { return index }
    guard words.contains(where: knowledge.base.settings.referBack.contains) || Self.leavesOutIt(words) else { return nil }
    let isNumber = { (said: (fact: String, value: String)) in knowledge.base.fact(named: said.fact)?.number != nil }
    let numbersFirst = stated.filter(isNumber) + stated.filter { !isNumber($0) }
    for said in numbersFirst where !last.tailoredTo.contains(said.fact) {
      if let other = knowledge.position(speakingFor: said.fact, value: said.value), other != index { return other }
    }
    return index
  }

  /// Whether a short question opens with "is" and leaves its "it" out, as a learner of
  /// English may: "is enough?", "is too much?" ask of what was just said. Only a word that
  /// says how something is may follow ("is anyone there?", "is john right?" name their own
  /// subject), and only a few words: a longer line says what it asks of. So does a
  /// judgement of two or three words alone ("too much?", "good or bad?", "worth going
  /// up?"; not a comparison, "better than pills?"), and one of someone named before, by
  /// "he", "she" or "they" ("is he right?": the friend whose advice the user just told).
  package static func leavesOutIt(_ words: [String]) -> Bool {
    ((2...4).contains(words.count) && words[0] == "is" && judgementsAfterIs.contains(words[1]))
      || ((2...3).contains(words.count) && judgementsAfterIs.contains(words[0]) && !words.contains("than"))
      || ((3...4).contains(words.count) && ["is", "are"].contains(words[0]) && ["he", "she", "they"].contains(words[1])
        && judgementsAfterIs.contains(words[2]))
  }

  /// Whether a short question asks only what to do ("what do I do?", "what should I do
  /// now?"): of what was just said, as nothing else is named.
  package static func asksWhatToDo(_ words: [String]) -> Bool {
    (3...5).contains(words.count) && words[0] == "what" && words.contains("do") && words.allSatisfy(whatToDoWords.contains)
  }
  private static let whatToDoWords: Set<String> = ["what", "do", "should", "shall", "can", "i", "we", "now", "then", "so", "else"]

  /// Words that, right after an "is" with no subject, judge what was just said.
  private static let judgementsAfterIs: Set<String> = [
    "enough", "normal", "ok", "okay", "alright", "fine", "good", "bad", "safe", "dangerous", "too", "right", "correct",
    "better", "worse", "necessary", "needed", "healthy", "harmful", "wise", "sensible", "possible", "worth",
  ]

  /// Whether a word that refers back stands inside the phrase matched ("is [that] too
  /// much?"): the phrase is said of the last answer, not of the spikes. At its edge ("it
  /// hurts") it is the phrase's own subject.
  private func refersInside(_ match: IntentMatch, _ tokens: [Token]) -> Bool {
    guard let span = match.span, span.count > 2 else { return false }
    return (span.lowerBound + 1..<span.upperBound).contains {
      $0 < tokens.count && knowledge.base.settings.referBack.contains(tokens[$0].surface)
    }
  }

  /// Opens mat advice with a reminder of what was heard before; after an emergency not
  /// yet seen to, the reminder replaces the advice.
  func remind(_ reply: inout Reply) {
    guard
      reply.answers.contains(where: { answer in
        let kind = knowledge.intent(id: answer.intent)?.kind
        return (kind == .question || kind == .statement) && answer.intent != knowledge.base.safety.topic
      }), let notice = reminderNotice()
    else { return }
    if notice.tier == .emergency {
      var hold = notice
      hold.intent = knowledge.base.safety.topic
      reply = Reply(kind: .answer, notice: hold, profile: profile)
    } else {
      reply.notice = notice
    }
  }

  /// A reminder of the most severe red flag or condition heard and not seen to, if any.
  func reminderNotice() -> Reply.Notice? {
    guard let heard = profile.safety.reminder else { return nil }
    let template = knowledge.base.safety.reminders[heard.tier] ?? ""
    return Reply.Notice(
      kind: .reminder, tier: heard.tier, signs: [heard.id],
      text: template.replacingOccurrences(of: "{title}", with: heard.title))
  }

  /// The answer to "no" after a safety question: what the word means on the mat.
  private func reassurance(_ question: SafetyQuestion) -> Reply {
    Reply(
      kind: .answer,
      answers: [.init(intent: question.id, kind: .question, text: question.no, citations: question.sources.map(cite))],
      profile: profile)
  }

  // MARK: - Replies

  private func answer(_ match: IntentMatch) -> Reply {
    answer(intentAt: match.index, score: match.score, phrases: match.phrases, groups: match.groups)
  }

  private func answer(intentAt index: Int, score: Double, phrases: [MatchedPhrase], groups: Set<String>) -> Reply {
    let intent = knowledge.intents[index]
    // An answer for a fact only asked about is given when its wording fits a question.
    var facts = asking?.profile ?? profile
    let practice = fillFromLog(&facts)
    var chosen = intent.answer(for: facts, matchedGroups: groups)
    if let asking, let answer = chosen, !answer.fitsQuestions,
      answer.conditions.contains(where: { $0.factName.map(asking.facts.contains) == true })
    {
      facts = profile
      _ = fillFromLog(&facts)
      chosen = intent.answer(for: facts, matchedGroups: groups)
    }
    guard let answer = chosen else {
      return fallback(MatchResult(ranked: []))
    }
    if let target = answer.deferTo, let other = knowledge.position(of: target) {
      // The loader allows one hop only, so this cannot loop.
      return self.answer(intentAt: other, score: score, phrases: phrases, groups: [])
    }
    let notes = intent.notes(adding: answer, for: facts)
    var tailored = answer.conditions.compactMap(\.factName)
    for fact in notes.flatMap({ $0.conditions.compactMap(\.factName) }) where !tailored.contains(fact) {
      tailored.append(fact)
    }
    var sources = answer.sources
    for passage in notes.flatMap(\.sources) where !sources.contains(passage) { sources.append(passage) }
    let text = ([answer.text] + notes.map(\.text)).map { fillIn($0, from: facts) }.joined(separator: " ")
    let given = Reply.Answer(
      intent: intent.id, kind: intent.kind, text: text, citations: sources.map(cite),
      tailoredTo: tailored, beyondGuide: answer.beyondGuide && !intent.outsideGuide)
    // An emergency answer stands alone: nothing else to ask about.
    let offers = intent.kind == .emergency ? [] : intent.followUps.compactMap { id in
      title(of: id).map { Reply.Option(intent: id, title: $0) }
    }
    let next = offers.map(\.title)
    var reply = Reply(
      // A topic outside the guide says so in its own words: no note about safety advice.
      kind: .answer, answers: [given], message: logNote(intent: intent.id, answer: answer, practice: practice),
      beyondGuideNote: answer.beyondGuide && !intent.outsideGuide ? knowledge.base.settings.beyondGuideNote : nil,
      followUps: next, score: score, phrases: phrases, profile: profile)
    reply.offered = offers
    return reply
  }

  /// What a short line means after an offer: "yes", "the second one", "both", "why?".
  private func contextMeaning(_ line: String) -> ContextReply? {
    // Most lines are far longer than any such reply: counted in bytes first, cheaply (a
    // byte beyond ASCII counts, and lower-casing makes a letter at most three times shorter).
    let letters = line.utf8.count { byte in byte >= 0x80 || (48...57).contains(byte) || (97...122).contains(byte | 0x20) }
    guard letters <= 3 * knowledge.longestContextReply else { return nil }
    let plain = String(line.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " })
      .split(separator: " ").joined(separator: " ")
    let replies = knowledge.base.settings.contextReplies
    return ContextReply.allCases.first { replies[$0]?.contains(plain) == true }
  }

  /// The reply to a short line that picks from the last offer; nil when there is nothing
  /// to pick from, and the line is read as any other.
  private func follow(_ meaning: ContextReply) -> Reply? {
    func answer(_ option: Reply.Option) -> IntentMatch? {
      knowledge.position(of: option.intent).map {
        IntentMatch(index: $0, id: option.intent, score: 1, tier: IntentKind.question.tier, phrases: [], groups: [])
      }
    }
    switch meaning {
    case .why:
      guard let last = lastAnswer, !last.answers.isEmpty else { return nil }
      let citations = last.answers.flatMap(\.citations)
      let settings = knowledge.base.settings
      let because = citations.isEmpty
        ? settings.becauseBeyondGuide : ([settings.because] + citations.map(Reply.cite)).joined(separator: "\n")
      var reply = Reply(kind: .answer, message: because, profile: profile)
      reply.offered = offered
      return reply
    case .no:
      guard !offered.isEmpty else { return nil }
      return Reply(kind: .command, message: knowledge.base.settings.declined, profile: profile)
    case .yes, .first:
      return offered.first.flatMap(answer).map(self.answer)
    case .second:
      return offered.dropFirst().first.flatMap(answer).map(self.answer)
    case .both:
      let picks = offered.prefix(2).compactMap(answer)
      return picks.count == 2 ? answerEach(picks, more: false) : nil
    }
  }

  /// One reply to several matches in one line (questions, or small talk: "ok thx bye"),
  /// each answered in the order said. A question only in general ("can the mat help?")
  /// beside a statement the user made is about that statement (`stated`): "I've had back
  /// pain for 5 years, can the mat help, and how often?".
  private func answerEach(_ matches: [IntentMatch], more: Bool, stated: Int? = nil) -> Reply {
    let general = knowledge.base.settings.generalTopics
    let replies = matches.map { match in
      if let stated, general.contains(match.id), !matches.contains(where: { $0.index == stated }) {
        return answer(intentAt: stated, score: 0, phrases: [], groups: [])
      }
      return answer(match)
    }
    return combined(replies, more: more)
  }

  /// One reply to what a line matched and to another topic it asks about (the topic of a
  /// number said with it), in the order given.
  private func answer(_ best: IntentMatch, and other: Int, otherFirst: Bool) -> Reply {
    let replies = [answer(best), answer(intentAt: other, score: 0, phrases: [], groups: [])]
    return combined(otherFirst ? replies.reversed() : replies, more: false)
  }

  /// Replies to one line's several topics as one reply, in their order.
  private func combined(_ replies: [Reply], more: Bool) -> Reply {
    var reply = replies[0]
    reply.answers = replies.flatMap(\.answers)
    reply.phrases = replies.flatMap(\.phrases)
    if reply.beyondGuideNote == nil { reply.beyondGuideNote = replies.compactMap(\.beyondGuideNote).first }
    let answered = Set(reply.answers.map(\.intent))
    reply.offered = (replies.last?.offered ?? []).filter { !answered.contains($0.intent) }
    reply.followUps = reply.offered.map(\.title)
    if more { reply.message = knowledge.base.settings.tooManyQuestions }
    return reply
  }

  /// The title of the intent with this id.
  private func title(of id: String) -> String? { knowledge.intent(id: id)?.title }

  /// Replaces `{fact}` with what the user said ("{minutes}" → "10").
  private func fillIn(_ text: String, from facts: Profile) -> String {
    guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
    var result = text
    for (name, entry) in facts.entries { result = result.replacingOccurrences(of: "{\(name)}", with: entry.value) }
    return result
  }

  private func cite(_ passage: String) -> Reply.Citation {
    Reply.Citation(passage: passage, section: knowledge.section(of: passage))
  }

  private func clarify(_ result: MatchResult) -> Reply {
    let (a, b) = (result.ranked[0], result.ranked[1])
    let options = [a, b].map { Reply.Option(intent: $0.id, title: knowledge.intents[$0.index].title) }
    var reply = Reply(kind: .clarify, options: options, score: a.score, phrases: a.phrases + b.phrases, profile: profile)
    reply.offered = options
    return reply
  }

  /// Forgets what the fact just set cannot hold with (`conflicts_with:` on either side:
  /// "I do 25 minutes" after "I'm new"), and returns how each was described.
  private mutating func forgetConflicts(with fact: String) -> [String] {
    guard let entry = profile[fact] else { return [] }
    let said = knowledge.base.fact(named: fact)?.value(named: entry.value)
    var forgotten: [String] = []
    for other in knowledge.base.facts where other.name != fact {
      guard let held = profile[other.name] else { continue }
      let heldValue = other.value(named: held.value)
      let clash =
        said?.conflicts.contains { $0.factName == other.name && $0.holds(in: profile, matchedGroups: []) } == true
        || heldValue?.conflicts.contains { $0.factName == fact && $0.holds(in: profile, matchedGroups: []) } == true
      if clash {
        profile[other.name] = nil
        forgotten.append(held.describe)
      }
    }
    return forgotten
  }

  /// How each fact set is described, in order, each value once: two phrases of one value
  /// in a line ("first thing, right after I get up") are one fact, told in its fullest words
  /// (a length of time also says whose threshold set it).
  private static func descriptions(of updates: [FactUpdate]) -> [String] {
    var order: [String] = []
    var fullest: [String: String] = [:]
    for update in updates {
      let key = update.fact + "=" + update.entry.value
      if fullest[key] == nil { order.append(key) }
      if update.entry.describe.count > fullest[key]?.count ?? -1 { fullest[key] = update.entry.describe }
    }
    return order.compactMap { fullest[$0] }
  }

  /// What the coach says of facts it has just forgotten, without the full stop.
  private static func noLongerAssumed(_ forgotten: [String]) -> String {
    "I'll no longer assume that \(Reply.list(forgotten, joiner: "or"))"
  }

  private func noted(_ updates: [FactUpdate], forgotten: [String]) -> Reply {
    var clauses: [String] = []
    if !forgotten.isEmpty { clauses.append(Self.noLongerAssumed(forgotten)) }
    if !updates.isEmpty { clauses.append(Reply.list(Self.descriptions(of: updates), joiner: "and")) }
    let text =
      "Noted: " + clauses.joined(separator: "; ") + (updates.isEmpty ? "." : ". I'll keep that in mind.")
      + " " + knowledge.base.settings.notedHint
    return Reply(kind: .noted, message: text, profile: profile)
  }

  /// Whether a line nothing matched is about something else: three words or more, each
  /// spelt right (a word the knowledge base uses or one of its English list), none of them
  /// a topic word or a word of a red flag. A slip or a word the coach does not know may hide
  /// a question it could answer ("how long shuold I lie on it?"), a topic word says the line
  /// is about the mat ("can my partner and I share the mat?"), and a symptom that it is
  /// about health ("I don't have any numbness"); none is said to be off the subject. Nor is
  /// a line that opens telling of oneself and asks nothing ("I am seventy five years old"):
  /// that is said for the coach to fit its answers to ("give me a recipe" asks).
  ///
  /// A name the English list leaves out ("the capital of Australia", "a good Netflix
  /// series", "my wifi router") may stand among them: up to two words the coach does not
  /// know, of three letters or more, no nearer any word of its keywords than a slip could
  /// be and not made of the mat's own word ("Bodymat"), among at least twice as many it
  /// does. A word of one or two letters no list holds ("rn", "AI") counts as neither.
  /// A word typed as the name of a place (`names`, after "in", "at", "from", "near":
  /// "what's the weather in Leeds") is a place of its own, never a slip for a keyword. (A
  /// name said otherwise may be a medicine's: "what if I take Clexane".) A word that
  /// points back ("it", "that", "one") is a topic word only while no thing of the line's
  /// own has been named before it: "my laptop is slow, can you fix it?" is the laptop.
  private func isOffTopic(_ tokens: [Token], asks: Bool, names: Set<String> = []) -> Bool {
    guard let english = englishForOffTopic(tokens, asks: asks, words: 3) else { return false }
    var known = 0
    var unknown: [Token] = []
    var named = false
    for (i, token) in tokens.enumerated() {
      // (Said of the thing named, it says nothing of the mat.)
      if named, Self.wordsThatPointBack.contains(token.surface) { continue }
      if isOfTheSubject(i, in: tokens) { return false }
      named = named || namesAThingOfItsOwn(i, in: tokens)
      // A word of a letter or two no list holds is text-speak or an initialism ("rn",
      // "AI"): no name of anything the coach should know.
      if token.isNumber || token.surface.utf8.count <= 2 { continue }
      if knowledge.base.spelledWords.contains(token.surface) || english.contains(token.surface) {
        known += 1
      } else {
        unknown.append(token)
      }
    }
    guard unknown.count <= Self.namesOffTheSubject, known >= 2 * unknown.count else { return false }
    // A name made of the mat's own word is a mat's: "the Acumat", "a Nailmat".
    func isAPlace(_ token: Token) -> Bool {
      guard names.contains(token.surface), let i = tokens.firstIndex(of: token), i > 0 else { return false }
      return Self.beforeAPlace.contains(tokens[i - 1].surface)
    }
    return unknown.allSatisfy { token in
      token.surface.utf8.count >= 3 && !Self.theMat.contains { token.surface.hasPrefix($0) || token.surface.hasSuffix($0) }
        && (isAPlace(token) || knowledge.vocabulary.alternatives(for: [token])[0].isEmpty)
    }
  }

  /// Words before the name of a place.
  private static let beforeAPlace: Set<String> = ["in", "at", "from", "near"]

  /// Words that may stand for something named before them, the mat when nothing was: the
  /// pointing words and the pronouns ("1" is "one" as the normaliser writes it).
  private static let wordsThatPointBack = pointingWords.union(["it", "them", "one", "ones", "1"])

  /// Whether the word at `i` names a thing no keyword holds, that a word pointing back may
  /// stand for: a noun after an article or a possessive, one word between at most ("my
  /// laptop", "a good film"). Not a verb ("can I recycle it?" is the mat), a word of a
  /// topic, nor a person ("can my wife use one too?" is the mat).
  private func namesAThingOfItsOwn(_ i: Int, in tokens: [Token]) -> Bool {
    let token = tokens[i]
    let determined = (max(0, i - 2)..<i).contains { Self.determiners.contains(tokens[$0].surface) }
    return determined && !token.isNumber && token.surface.utf8.count >= 3 && !CommonWords.contains(token.word)
      && knowledge.vocabulary.id(of: token.word) == nil && !knowledge.topicWords.contains(token.word)
      && !knowledge.safety.isPersonWord(token.surface)
  }

  /// Words that open the name of a thing.
  private static let determiners: Set<String> = ["a", "an", "the", "my", "your", "our", "his", "her", "their", "some"]

  /// How many words the coach does not know a line it calls off the subject may hold.
  static let namesOffTheSubject = 2

  /// The English list, when a line may be told it is off the subject at all: the
  /// knowledge base says what to tell it, the line has at least `words` words that are no
  /// numbers (a short line may be a terse mat question, "room temp matter?"), and it asks
  /// or does not open by telling of oneself (that is said for the coach to fit its answers
  /// to).
  private func englishForOffTopic(_ tokens: [Token], asks: Bool, words: Int) -> EnglishWords? {
    guard let offTopic = knowledge.base.settings.offTopic, !offTopic.isEmpty, let english = knowledge.base.englishWords,
      tokens.lazy.filter({ !$0.isNumber }).count >= words, asks || !Self.firstPerson.contains(tokens[0].surface)
    else { return nil }
    return english
  }

  /// Whether a word says the line is about the mat or the user's health: a topic word or
  /// a word of a red flag.
  private func isOfTheSubject(_ i: Int, in tokens: [Token]) -> Bool {
    let token = tokens[i]
    // "This year", "that morning": a time, not the mat.
    if Self.pointingWords.contains(token.surface), i + 1 < tokens.count, Self.timeWords.contains(tokens[i + 1].surface) {
      return false
    }
    // "The back garden", "the back seat": a place, not the back.
    if token.surface == "back", i + 1 < tokens.count, tokens[i + 1].clause == token.clause,
      Self.placesAtTheBack.contains(tokens[i + 1].word)
    {
      return false
    }
    return knowledge.topicWords.contains(token.word) || knowledge.safety.isSymptomWord(token.surface)
  }

  /// Places named by "back" before them: "the back garden", "the back door" (as stems).
  private static let placesAtTheBack: Set<String> = Set(
    ["garden", "yard", "door", "seat", "room", "porch", "lane", "road", "street", "pocket", "step", "field", "kitchen", "fence"]
      .map(Stemmer.stem))

  /// Topic words that point at something, and the times they may point at instead.
  private static let pointingWords: Set<String> = ["this", "that", "these", "those"]
  private static let timeWords: Set<String> = [
    "year", "years", "month", "months", "week", "weeks", "weekend", "morning", "afternoon", "evening", "day", "days",
    "season", "summer", "winter", "spring", "autumn", "time",
  ]

  /// Whether a line that matched only weakly is about something else: a call for the
  /// coach's help or a phrase only partly said, no topic word and no word of a red flag,
  /// and more words of its own, each spelt right and in no keyword, than the matches rest
  /// on. "What's a good recipe for banana bread?" matched "good for" in part, "help me
  /// write a cover letter" asked for help: the recipe and the letter say what they are
  /// about. A keyword said whole is the question, whatever else is said with it ("how long
  /// should my elderly grandmother stay on?", "what should I wear in the conservatory?").
  private func isAboutSomethingElse(_ result: MatchResult, tokens: [Token]) -> Bool {
    // A topic found by a telltale word alone, no phrase of it said ("return" of "how do I
    // file a tax return?"), is as weak a match as part of a phrase.
    // So is a question's frame alone, "how long" or "how often", when no other word of a
    // keyword is said: "how long do I boil basmati rice for?" (not "how long should my
    // elderly grandmother stay on?").
    guard let best = result.best else { return false }
    let frameOnly = best.phrases.allSatisfy { isAQuestionsFrame($0, in: tokens) }
    guard best.tier == IntentKind.chat.tier || best.score < Self.partlySaid
      || best.phrases.allSatisfy({ $0.tokens == nil }) || frameOnly,
      let english = englishForOffTopic(tokens, asks: result.asks, words: 4)
    else { return false }
    var matched = Set<Int>()
    for match in result.ranked {
      for phrase in match.phrases { if let span = phrase.tokens { matched.formUnion(span) } }
    }
    // (A telltale word has no span: every clause is the match's.)
    let clauses = matched.isEmpty ? Set(tokens.map(\.clause)) : Set(matched.map { tokens[$0].clause })
    var resting = 0
    var own = 0
    for (i, token) in tokens.enumerated() {
      if isOfTheSubject(i, in: tokens) { return false }
      guard clauses.contains(token.clause), !token.isNumber, token.surface.utf8.count >= 3, !CommonWords.contains(token.word)
      else { continue }
      if frameOnly, !matched.contains(i), knowledge.vocabulary.id(of: token.word) != nil { return false }
      // A word a phrase stepped over is the line's own ("a good podcast for" is no "good for").
      if matched.contains(i), knowledge.vocabulary.id(of: token.word) != nil {
        resting += 1
      } else if knowledge.vocabulary.id(of: token.word) == nil, !knowledge.base.spelledWords.contains(token.surface),
        english.contains(token.surface)
      {
        own += 1
      }
    }
    return own >= 2 && own > resting
  }

  /// Whether a phrase is only the frame of a question, its words everyday ones or what a
  /// question asks of ("how long", "how often"), and the verb after it, past its helper and
  /// who does it, a word of the line's own, spelt right and in no keyword: "how long do I
  /// boil …" says what is asked, not what about (not "how long before the indentations
  /// disappear", which names a thing).
  private func isAQuestionsFrame(_ phrase: MatchedPhrase, in tokens: [Token]) -> Bool {
    guard let span = phrase.tokens,
      span.allSatisfy({ CommonWords.contains(tokens[$0].word) || Self.framesAsk.contains(tokens[$0].surface) })
    else { return false }
    var k = span.upperBound + 1
    while k < tokens.count, tokens[k].clause == tokens[span.upperBound].clause, Self.framesHelpers.contains(tokens[k].surface) {
      k += 1
    }
    guard k < tokens.count, tokens[k].clause == tokens[span.upperBound].clause else { return false }
    let verb = tokens[k]
    return !CommonWords.contains(verb.word) && knowledge.vocabulary.id(of: verb.word) == nil
      && knowledge.base.englishWords?.contains(verb.surface) == true
  }
  /// What a question's frame asks of: "how long", "how often", "what time".
  private static let framesAsk: Set<String> = ["long", "often", "time", "times"]
  /// The helpers and doers between a question's frame and its verb: "how long do I …".
  private static let framesHelpers: Set<String> = ["do", "does", "did", "should", "would", "can", "could", "will", "i", "you", "we", "to"]

  /// Whether what the line asks is about something else, whatever it told first: "my
  /// landlord hasn't fixed the boiler in three weeks, I've emailed twice. Am I allowed to
  /// withhold rent?" matched "twice" in the telling, but the question matched nothing, holds
  /// no word of the coach's subject, and more words of its own (at least two, spelt right
  /// and in no keyword) than words of keywords. A question that names the mat ("what's a
  /// good podcast for during a session?"), holds what matched, or points back at what was
  /// told ("ought I to discourage the dog?") is left to the ranking.
  private func asksAboutSomethingElse(_ result: MatchResult, tokens: [Token]) -> Bool {
    guard result.asks, let english = englishForOffTopic(tokens, asks: true, words: 4) else { return false }
    let asking = result.askingClauses
    guard !asking.isEmpty, asking.count < Set(tokens.map(\.clause)).count else { return false }
    let matchedInQuestion = result.ranked.contains { match in
      match.phrases.contains { phrase in phrase.tokens?.contains { asking.contains(tokens[$0].clause) } ?? false }
    }
    guard !matchedInQuestion else { return false }
    // A word of the telling said again points back to it: "our dog sleeps on the mat …
    // ought I to discourage the dog?".
    let told = Set(
      tokens.filter { !asking.contains($0.clause) && $0.surface.utf8.count >= 3 && !CommonWords.contains($0.word) }.map(\.word))
    var own = 0
    var keywordWords = 0
    for (i, token) in tokens.enumerated() where asking.contains(token.clause) {
      if isOfTheSubject(i, in: tokens) || Self.toldOf.contains(token.surface) || told.contains(token.word) { return false }
      guard !token.isNumber, token.surface.utf8.count >= 3, !CommonWords.contains(token.word) else { continue }
      if knowledge.vocabulary.id(of: token.word) != nil {
        keywordWords += 1
      } else if !knowledge.base.spelledWords.contains(token.surface), english.contains(token.surface) {
        own += 1
      }
    }
    return own >= 2 && own > keywordWords
  }

  /// Whether the only mats a line names are of another kind (``CoachSettings/otherMats``:
  /// "the best yoga mat for hot yoga", "a non-slip bath mat for my dad"), and no other word
  /// of it is of the subject or says where a mat goes ("is a yoga mat underneath ok?",
  /// "can I put it on my yoga mat?"). "That" and "ones" are as often a relative and a
  /// count ("a mat that doesn't slip", "which ones fit").
  private func namesOnlyAnotherKindOfMat(_ tokens: [Token]) -> Bool {
    let kinds = knowledge.base.settings.otherMats
    guard !kinds.isEmpty, tokens.contains(where: { $0.word == Self.mat }) else { return false }
    for (i, token) in tokens.enumerated() {
      if token.word == Self.mat {
        guard i > 0, tokens[i - 1].clause == token.clause, kinds.contains(tokens[i - 1].surface) else { return false }
      } else if Self.placing.contains(token.surface)
        || (knowledge.topicWords.contains(token.word) && !kinds.contains(token.surface) && !Self.notTheMat.contains(token.surface))
      {
        return false
      }
    }
    return true
  }
  /// The word of the mat, as a line's tokens hold it.
  private static let mat = Stemmer.stem("mat")
  /// Words of where a mat goes: "a yoga mat underneath", "on top of a yoga mat".
  private static let placing: Set<String> = [
    "under", "underneath", "beneath", "below", "top", "surface", "carpet", "carpeted", "floorboards", "instead",
  ]
  /// Topic words that seldom stand for the mat beside another kind of it.
  private static let notTheMat: Set<String> = ["that", "one", "ones"]

  /// The words that stand for someone or something already told of ("ought I to
  /// discourage him?", "should I trust her judgement?", "are such claims credible?";
  /// "they" and "them" are as often the mats).
  private static let toldOf: Set<String> = ["he", "him", "she", "her", "they", "them", "himself", "herself", "such"]

  /// Below this score a match rests on part of a phrase ("good for" of "is it good for").
  static let partlySaid = 0.5

  /// The condition the user tells of, when what they ask is only whether or how to use
  /// the mat for it: "I bent down to tie my shoe and my back seized up. should I use the
  /// mat or wait a bit?", "spent the night on a lumpy sofa and my back is stiff as a board,
  /// would the mat help?". The clauses that ask name the mat and no topic of their own,
  /// and any other topic is named in a clause that tells (the sofa and the stiffness are
  /// how it happened; "tried physio, pills, the lot" what was tried); a question with a
  /// topic ("… and how long for?", "… and when should I see a doctor?"), one not about the
  /// mat ("are they worth it?"), one about the mat beside something else told ("I see a
  /// physio, can I use the mat as well?"), and a condition to check ("I have an open
  /// wound on my back. Can I use the mat?") are left to the ranking.
  private func conditionAskedAbout(_ result: MatchResult, updates: [FactUpdate], tokens: [Token]) -> Int? {
    guard result.asks, let condition = statedTopic(of: updates), !tokens.isEmpty else { return nil }
    let asked = result.askingClauses
    let toldFacts = updates.filter { !$0.asked && !$0.denied }
    let asking = tokens.filter { asked.contains($0.clause) }
    guard !asked.isEmpty, toldFacts.contains(where: { !asked.contains(tokens[$0.tokens.lowerBound].clause) }),
      (asking.count <= Self.shortQuestion && asking.first.map { !Normalizer.whQuestionWords.contains($0.surface) } == true)
        || asking.contains(where: { Self.theMat.contains($0.word) || Self.theMats.contains($0.surface) || Self.theMatAsAPronoun.contains($0.surface) }),
      !asking.contains(where: { Self.besides.contains($0.surface) })
    else { return nil }
    // Something else told of oneself may be what is asked: "I hurt my back yesterday, the
    // spikes felt too sharp this morning. Should I keep using the mat?"
    guard toldFacts.allSatisfy({ (knowledge.position(speakingFor: $0.fact, value: $0.entry.value) ?? condition) == condition })
    else { return nil }
    // What the condition's own clause names is how it happened, and what a clause of what
    // was tried names, with the list that follows it ("tried everything. physio, pills, you
    // name it. is this worth a go?"), is background; a topic told in a clause of its own
    // ("my 8 year old also has a sore back, can we use the mat?") may be what the question
    // asks about, and a condition to check or when to see a doctor is never passed over.
    var narrative = Set(toldFacts.map { tokens[$0.tokens.lowerBound].clause })
    var listGoesOn = false
    for clause in Set(tokens.map(\.clause)).sorted() where !asked.contains(clause) {
      let words = tokens.filter { $0.clause == clause }
      if words.contains(where: { Self.triedWords.contains($0.surface) }) {
        narrative.insert(clause)
        listGoesOn = true
      } else if listGoesOn, words.count <= 3 {
        narrative.insert(clause)
      } else {
        listGoesOn = false
      }
    }
    narrative.subtract(asked)
    let general = knowledge.base.settings.generalTopics
    // A topic that asks questions, matched here only by its statement phrases (when: "…
    // tonight?"), is no topic the question asks.
    for match in result.ranked where match.index != condition && !general.contains(match.id)
      && !(match.tier < IntentKind.question.tier && knowledge.intents[match.index].kind == .question)
    {
      if match.phrases.isEmpty || knowledge.intents[match.index].kind == .caution || match.id == knowledge.base.safety.topic
        || match.phrases.contains(where: { phrase in phrase.tokens.map { !narrative.contains(tokens[$0.lowerBound].clause) } ?? true })
      {
        return nil
      }
    }
    return condition
  }

  /// Words of a clause that tells what was tried: "tried physio, chiro, pills, the lot".
  private static let triedWords: Set<String> = ["tried", "trying", "done", "been", "nothing", "everything", "physio"]

  /// The mat as a question names it.
  private static let theMat: Set<String> = ["mat", "spike", "nail"]
  /// The same, as people say it in the plural: "should I try the spikes?".
  private static let theMats: Set<String> = ["mats", "spikes", "nails"]
  /// The mat as a question after a condition told stands for it: "… will lying on it help?"
  private static let theMatAsAPronoun: Set<String> = ["it", "one", "them", "these", "this"]
  /// A question this short after a condition told, and answered yes or no, asks about the
  /// mat for it: "worth a shot?", "any good for that?" ("what do I do?" may ask about
  /// anything told).
  private static let shortQuestion = 4

  /// Words that ask about the mat beside something else: "can I use the mat as well?",
  /// "can I add the mat to that?", "how does the mat compare?".
  private static let besides: Set<String> = [
    "as", "too", "also", "add", "adding", "alongside", "top", "together", "combine", "combining", "compare", "compared",
    "plus", "both", "those", "instead", "either",
  ]

  /// Words by which someone speaks of themselves.
  private static let firstPerson: Set<String> = ["i", "me", "my", "myself", "we", "us", "our"]

  private func fallback(_ result: MatchResult, offTopic: Bool = false) -> Reply {
    let nearest = offTopic ? [] : result.nearest.prefix(3).map { knowledge.intents[$0].title }
    let defaults = knowledge.base.settings.suggestions.compactMap { title(of: $0) }
    var text = (offTopic ? knowledge.base.settings.offTopic : nil) ?? knowledge.base.settings.fallback
    if !nearest.isEmpty {
      text += " Did you mean " + Reply.list(Array(nearest), joiner: "or") + "?"
    } else if !defaults.isEmpty {
      text += " I can help with " + Reply.list(Array(defaults.prefix(3)), joiner: "or") + "."
    }
    text += " Type /topics to see everything I know about."
    var reply = Reply(kind: .fallback, message: text, profile: profile)
    reply.offTopic = offTopic
    return reply
  }

  // MARK: - Commands

  private mutating func command(_ line: String) -> Reply {
    let word = line.dropFirst().split(separator: " ").first.map(String.init) ?? ""
    guard let command = SlashCommand.parse(word) else {
      let candidates = SlashCommand.allCases.filter { !word.isEmpty && $0.rawValue.hasPrefix(word.lowercased()) }
      if !candidates.isEmpty {
        let names = candidates.map { "/" + $0.rawValue }
        return Reply(
          kind: .command,
          message: "/\(word.escapingControlCharacters) could be \(Reply.list(names, joiner: "or")): type a little more of it.",
          profile: profile)
      }
      return Reply(
        kind: .command, message: "There's no command /\(word.escapingControlCharacters). Type /help to see the commands.",
        profile: profile)
    }
    let text: String
    switch command {
    case .help:
      let commands = SlashCommand.allCases.map { "  /\($0.rawValue) — \($0.summary)" }
      // Its answer for no condition: the examples, not what it says asked about itself.
      let answers = knowledge.base.settings.helpIntent.flatMap { knowledge.intent(id: $0) }?.answers ?? []
      let examples = (answers.first { $0.conditions.isEmpty } ?? answers.first)?.text
      var help = [examples ?? "Ask me anything, in your own words."]
      help.append("Commands:\n" + commands.joined(separator: "\n"))
      text = help.joined(separator: "\n\n")
    case .topics:
      let topics = knowledge.intents.filter { $0.kind != .chat }.map { "  \($0.id) — \($0.title)" }
      text = "I can talk about:\n" + topics.joined(separator: "\n")
    case .why:
      text = why()
    case .profile:
      text = describeProfile()
    case .reset:
      profile.reset()
      lastStated = []
      lastToldFacts = []
      leftUntimed = []
      speakingFor = false
      text = "Done: I've forgotten everything you told me about yourself."
    case .quit:
      return Reply(kind: .quit, message: knowledge.base.settings.goodbye, profile: profile)
    case .session, .log, .progress:
      return sessionCommand(command, arguments: line.split(separator: " ").dropFirst().map(String.init))
    }
    return Reply(kind: .command, message: text, profile: profile)
  }

  private func why() -> String {
    guard let last = lastAnswer else { return "I haven't answered anything yet." }
    var safety: [String] = []
    if let notice = last.notice {
      let heard = notice.signs.compactMap { id in profile.safety.heard.first { $0.id == id } }
      let words = heard.map { "\($0.title) (you said “\($0.said)”)" }
      switch notice.kind {
      case .alarm where notice.tier >= .urgent:
        safety.append("I heard \(Reply.list(words, joiner: "and")): that needs a doctor, so I said so first and gave no mat advice.")
      case .alarm:
        safety.append("I heard \(Reply.list(words, joiner: "and")): a condition to check with a doctor first, so I said so first.")
      case .reminder where !heard.isEmpty:
        safety.append("Earlier you mentioned \(Reply.list(words, joiner: "and")), so I reminded you of it first.")
      case .reminder, .someoneElse:
        break
      }
      if !notice.someoneElse.isEmpty {
        let titles = notice.someoneElse.compactMap { knowledge.base.safety.sign(id: $0)?.title }
        safety.append(
          "You told me of \(Reply.list(titles, joiner: "and")) in someone else: that needs emergency help for them, so I said so and gave no mat advice.")
      }
    }
    if last.answers.isEmpty && !safety.isEmpty { return safety.joined(separator: "\n") }
    if last.kind == .clarify, last.phrases.isEmpty, let pending = pendingQuestion {
      return "You said “\(pending.said)”, which alone doesn't tell me whether it is a sign to see a doctor,"
        + " so I asked about it first, before any mat advice."
    }
    guard let id = last.intent else {
      switch last.kind {
      case .clarify:
        return "Your last message matched two topics about equally, so I asked which you meant: "
          + last.phrases.map { "“\($0.text)”" }.joined(separator: ", ") + "."
      case .noted: return "Your last message told me about you but asked nothing, so I noted it."
      default: return "Your last message matched no topic I know, so I suggested some."
      }
    }
    var lines = safety + ["I answered “\(id)” (score \(IntentMatch.format(score: last.score)))."]
    for phrase in last.phrases {
      var line = "  matched “\(phrase.text)”"
      if phrase.corrected || phrase.said != phrase.text.lowercased() {
        line += " in “\(phrase.said)”"
      }
      if phrase.corrected { line += " (spelling corrected)" }
      lines.append(line)
    }
    if !last.tailoredTo.isEmpty {
      let facts = last.tailoredTo.compactMap { last.profile[$0]?.describe }
      lines.append("Tailored because " + Reply.list(facts, joiner: "and") + ".")
    }
    return lines.joined(separator: "\n")
  }

  private func describeProfile() -> String {
    guard !profile.isEmpty else {
      return knowledge.base.settings.emptyProfile
    }
    var lines = ["What I remember about you:"]
    for fact in knowledge.base.facts {
      guard let entry = profile[fact.name] else { continue }
      lines.append("  \(fact.name): \(entry.value) — you said “\(entry.said)”")
    }
    for heard in profile.safety.heard {
      let state = heard.seenTo ? ", seen to" : ""
      lines.append("  safety (\(heard.tier.rawValue)\(state)): \(heard.title) — you said “\(heard.said)”")
    }
    lines.append("Type /reset to make me forget.")
    return lines.joined(separator: "\n")
  }
}
