#!/usr/bin/env python3
"""Mutation testing for MatCoach: does the test suite notice when the code is wrong?

Each mutation below breaks one behaviour on purpose, in a copy of the working tree
(.build-mutants/tree, so the real tree and its build are never touched). For each, the
copy is rebuilt and the suite is run: a failing suite means the mutation was caught.
The unit tests of the mutated target run first (seconds); only if they all pass does the
whole suite (`swift test`, most of a minute) run. Prints one line per mutation and exits 1 if any was not caught,
or if a mutation no longer applies (its original text is gone: update the list).

The first mutations break the core (Sources/MatCoachKit). Those named `cli-` each undo
one hardening fix of the tool (Sources/MatCoachCLI, Sources/CLineInput): Ctrl-C, the
history file, links and private files, `replay --record`, escape sequences, long lines,
write errors, odd input and the session log; the end-to-end tests (which drive the
built binary through pipes and a pseudo-terminal) or the tool's unit tests must notice.

    make mutants                    every mutation
    make mutants ONLY=negation      the mutations whose name contains a word
    make mutants ONLY=safety,cli-   ... or any of several
    make mutants ONLY=cli-          the tool's mutations only
"""
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORK = os.path.join(ROOT, ".build-mutants")
TREE = os.path.join(WORK, "tree")
CORE = "Sources/MatCoachKit/"
CLI = "Sources/MatCoachCLI/"
LINE_INPUT = "Sources/CLineInput/LineInput.c"

# (name, file, original text, mutated text). The original must occur exactly once.
MUTATIONS = [
    ("any-number-is-a-session-length", CORE + "Dialogue/Coach.swift",
     "            && (tokens[i].typed.first?.isNumber == true || (i + 1 < tokens.count && units.contains(tokens[i + 1].word)))",
     "            && (true || tokens[i].typed.first?.isNumber == true || (i + 1 < tokens.count && units.contains(tokens[i + 1].word)))"),
    ("also-asks-nothing", CORE + "Matching/IntentMatcher.swift",
     "  static let additiveWords: Set<String> = [\"also\", \"plus\"]",
     "  static let additiveWords: Set<String> = []"),
    ("statements-never-asked-about", CORE + "Matching/IntentMatcher.swift",
     "    guard !lifted.isEmpty else { return }",
     "    guard lifted.isEmpty else { return }"),
    ("statement-asked-beside-another", CORE + "Matching/IntentMatcher.swift",
     "        guard j != i, result.ranked[j].tier > IntentKind.chat.tier, let other = result.ranked[j].span else { return false }",
     "        guard j < 0, result.ranked[j].tier > IntentKind.chat.tier, let other = result.ranked[j].span else { return false }"),
    ("plans-not-asking", CORE + "Matching/IntentMatcher.swift",
     "        if k == words.count && !reconsiders { clauses.insert(clause) }",
     "        if k == words.count && !reconsiders && k < 0 { clauses.insert(clause) }"),
    ("thinking-about-it-plans", CORE + "Matching/IntentMatcher.swift",
     "        if k == words.count && !reconsiders { clauses.insert(clause) }",
     "        if k == words.count && (!reconsiders || true) { clauses.insert(clause) }"),
    ("safety-explanation-outlasted-ignored", CORE + "Matching/SafetyScreen.swift",
     "      inClause(sets.still).isEmpty\n    {",
     "      inClause(sets.still).isEmpty || true\n    {"),
    ("safety-time-before-since-counted", CORE + "Matching/SafetyScreen.swift",
     "    let current = times.filter { r in countedFrom.map { r.lowerBound > $0.lowerBound } ?? true }",
     "    let current = times.filter { r in countedFrom.map { r.lowerBound != $0.lowerBound } ?? true }"),
    ("brackets-round-a-number-end-a-clause", CORE + "Normalizing/Normalizer+Splitting.swift",
     "    let open = UInt8(ascii: \"(\"), close = UInt8(ascii: \")\")",
     "    let open = UInt8(ascii: \"[\"), close = UInt8(ascii: \"]\")"),
    ("greeting-outranks-asked-small-talk", CORE + "Matching/IntentMatcher.swift",
     "    guard result.ranked.contains(where: asked) else { return }",
     "    guard result.ranked.contains(where: asked), false else { return }"),
    ("verb-forms-ignored", CORE + "Matching/SafetyScreen.swift",
     "        for (phraseWords, replaced) in takesForms ? Self.verbVariants(of: written, formsOf: formsOf) : [(written, nil)]",
     "        for (phraseWords, replaced) in [(written, Int?.none)]"),
    ("safety-longer-phrase-takes-a-whole-signs-part", CORE + "Matching/SafetyScreen.swift",
     "                && (!standsAsPart || isWhole(signOfSet[other]!))",
     "                && true"),
    ("general-question-about-a-pain-named-after-it-ignored", CORE + "Dialogue/Coach.swift",
     "      return span.lowerBound > asked.upperBound && tokens[span.lowerBound].clause == tokens[asked.upperBound].clause",
     "      return false && span.lowerBound > asked.upperBound"),
    ("how-it-happened-names-a-topic", CORE + "Matching/IntentMatcher.swift",
     "          (other.lowerBound == span.upperBound + 1 && tokens[other.lowerBound].typed.hasSuffix(\"ing\"))",
     "          (other.lowerBound == span.upperBound + 1 && tokens[other.lowerBound].typed.hasSuffix(\"ing\") && false)"),
    ("if-in-a-what-question-supposes-nothing", CORE + "Matching/IntentMatcher.swift",
     "        if asksWhatOrHow, tokens[k].surface == \"if\", k > opening,",
     "        if asksWhatOrHow, tokens[k].surface == \"if\", k < opening,"),
    ("a-number-in-a-gap-is-telling", CORE + "Matching/PhraseIndex.swift",
     "          if !CommonWords.contains(tokens[j].word), !tokens[j].isNumber,",
     "          if !CommonWords.contains(tokens[j].word),"),
    ("safety-qualifier-masked-by-its-own-words", CORE + "Matching/SafetyScreen.swift",
     "              && !((r.count > $0.count || (qualifier && r.count == $0.count)) && r.lowerBound <= $0.lowerBound",
     "              && !((r.count > $0.count || (qualifier && r.count < 0)) && r.lowerBound <= $0.lowerBound"),
    ("correction-openers-ignored", CORE + "Dialogue/FactExtractor.swift",
     "      guard correctionOpeners.contains(tokens[k].surface) else { return false }",
     "      guard correctionOpeners.contains(tokens[k].surface), false else { return false }"),
    ("length-reaches-past-and", CORE + "Dialogue/FactExtractor.swift",
     "          return abs(p - span.lowerBound) + (next ? Self.previousClauseDistance / 2 : 0)",
     "          return abs(p - span.lowerBound)"),
    ("length-correcting-the-line-before-ignored", CORE + "Dialogue/FactExtractor.swift",
     "        if distance == nil, Self.saysOnlyALength(clause, span, in: tokens), corrected || (continuing && Self.goesOn(clause, in: tokens)) {",
     "        if distance == nil, Self.saysOnlyALength(clause, span, in: tokens), false || (continuing && Self.goesOn(clause, in: tokens)) {"),
    ("length-said-with-more-corrects", CORE + "Dialogue/FactExtractor.swift",
     "      length.contains(i) || tokens[i].isNumber || lengthOnly.contains(tokens[i].surface)",
     "      length.contains(i) || tokens[i].isNumber || true"),
    ("correction-of-two-lengths-goes-to-both", CORE + "Dialogue/FactExtractor.swift",
     "        && durationFacts.filter { correcting.contains(facts[$0.fact].name) }.count == 1",
     "        && durationFacts.filter { correcting.contains(facts[$0.fact].name) }.count >= 1"),
    ("negative-auxiliary-without-subject-asks", CORE + "Matching/IntentMatcher.swift",
     "      tokens[i + 2].clause == tokens[i].clause, !askedAfterDid.contains(tokens[i + 2].surface), !tokens[i + 2].isNumber\n    {",
     "      tokens[i + 2].clause == tokens[i].clause, !askedAfterDid.contains(tokens[i + 2].surface), !tokens[i + 2].isNumber, false\n    {"),
    ("fact-negator-held-by-a-phrase-denies", CORE + "Dialogue/FactExtractor.swift",
     "        tokens[i].negatedBy.map { by in plain.contains { $0.tokens.contains(by) && !$0.tokens.overlaps(m.tokens) } } ?? true",
     "        tokens[i].negatedBy.map { by in plain.contains { $0.tokens.contains(by) && by < 0 } } ?? true"),
    ("general-question-asking-a-fact-ignored", CORE + "Dialogue/Coach.swift",
     "    for update in updates where update.asked && !update.denied {\n      if let index = knowledge.position(speakingFor: update.fact, value: update.entry.value) { return index }",
     "    for update in updates where update.asked && !update.denied && false {\n      if let index = knowledge.position(speakingFor: update.fact, value: update.entry.value) { return index }"),
    ("days-typed-as-they-sound-unread", CORE + "Normalizing/Normalizer+TextSpeak.swift",
     "      case \"2\" where next.map { Self.daysAfterTo[$0.typed] != nil } == true:",
     "      case \"2\" where next.map { Self.daysAfterTo[$0.typed] != nil } == false:"),
    ("clause-going-on-about-the-line-before-ignored", CORE + "Dialogue/FactExtractor.swift",
     "        if distance == nil, Self.saysOnlyALength(clause, span, in: tokens), corrected || (continuing && Self.goesOn(clause, in: tokens)) {",
     "        if distance == nil, Self.saysOnlyALength(clause, span, in: tokens), corrected {"),
    ("something-to-try-is-a-fact", CORE + "Matching/IntentMatcher.swift",
     "    [\"maybe\", \"i\", \"will\"], [\"might\", \"try\"],",
     "    [\"maybe\", \"i\", \"wont\"], [\"might\", \"try\"],"),
    ("worth-mentioning-asks", CORE + "Matching/IntentMatcher.swift",
     "      Self.tellingAfterWorth.contains(tokens[i + 1].surface)\n    {\n      return false",
     "      Self.tellingAfterWorth.contains(tokens[i + 1].surface), false\n    {\n      return false"),
    ("sign-done-to-someone-else-counted", CORE + "Matching/SafetyScreen.swift",
     "      r.upperBound < tokens.count && tokens[r.upperBound].clause == clause && Self.othersObjectForms.contains(tokens[r.upperBound].surface)",
     "      r.upperBound < tokens.count && tokens[r.upperBound].clause == clause && Self.othersObjectForms.contains(tokens[r.upperBound].surface) && false"),
    ("since-a-year-no-length", CORE + "Dialogue/FactExtractor.swift",
     "      if tokens[i].surface == \"since\", i < clause.upperBound, let year = spec.units[\"year\"],",
     "      if tokens[i].surface == \"since\", i < 0, let year = spec.units[\"year\"],"),
    ("since-this-year-a-length", CORE + "Dialogue/FactExtractor.swift",
     "        if years >= 1 { return (Double(years) * year, i...(i + 1)) }",
     "        return (Double(max(years, 1)) * year, i...(i + 1))"),
    ("fact-words-held-elsewhere-shared", CORE + "Dialogue/FactExtractor.swift",
     "        tokens[i].negatedBy == nil && !heldElsewhere(i)",
     "        tokens[i].negatedBy == nil"),
    ("small-talk-outranks-a-stated-fact", CORE + "Dialogue/Coach.swift",
     "    } else if let best = result.best, best.tier > IntentKind.chat.tier || !result.asks || factTopic == nil {",
     "    } else if let best = result.best {"),
    ("causes-masked-as-other-senses", CORE + "Matching/SafetyScreen.swift",
     "      for (set, ranges) in found where set != sets.otherSenses && !causeSets.contains(set) {",
     "      for (set, ranges) in found where set != sets.otherSenses {"),
    ("swapped-negation-unread", CORE + "Normalizing/Normalizer+Contractions.swift",
     "    return last == 116 ? negationWithSwappedLetters(word) : nil",
     "    return nil"),
    ("temperature-readings-ignored", CORE + "Matching/SafetyScreen.swift",
     "          readSigns.append((signSets[sign].any, range.lowerBound..<(k + 1)))",
     "          _ = sign"),
    ("one-length-per-clause", CORE + "Dialogue/FactExtractor.swift",
     "        from = span.upperBound + 1\n",
     "        from = end + 1\n"),
    ("minutes-of-other-things-taken", CORE + "Dialogue/FactExtractor.swift",
     "          continue\n        }\n        value = n * factor",
     "        }\n        value = n * factor"),
    ("prefix-ending-in-approximation-unread", CORE + "Dialogue/FactExtractor.swift",
     "        for start in skipped == i ? [i] : [skipped, i] {",
     "        for start in [skipped] {"),
    ("farther-length-of-a-clause-taken", CORE + "Dialogue/FactExtractor.swift",
     "      guard nearest[key]?.tokens == read.update.tokens else { continue }",
     "      guard nearest[key] != nil else { continue }"),
    ("topic-joined-after-the-question-blocks-it", CORE + "Matching/IntentMatcher.swift",
     "        if let joined, other.lowerBound > joined, tokens[other.lowerBound].clause == tokens[next].clause { return false }",
     "        _ = joined"),
    ("small-talk-names-a-topic", CORE + "Matching/IntentMatcher.swift",
     "        guard j != i, result.ranked[j].tier > IntentKind.chat.tier, let other = result.ranked[j].span else { return false }",
     "        guard j != i, let other = result.ranked[j].span else { return false }"),
    ("general-topic-blocks-the-statement", CORE + "Matching/IntentMatcher.swift",
     "        if inReach, general.contains(result.ranked[j].index), tokens[other.lowerBound].clause == tokens[next].clause {",
     "        if inReach, general.contains(result.ranked[j].index), tokens[other.lowerBound].clause == tokens[next].clause, false {"),
    ("negation-runs-past-a-new-subject", CORE + "Normalizing/Normalizer+Negation.swift",
     "        thought || !(k > i + 1 && opensClause(tokens, at: k))",
     "        thought || true"),
    ("denied-thought-stops-at-its-subject", CORE + "Normalizing/Normalizer+Negation.swift",
     "      let thought = (i + 1...i + 2).contains { j in j < tokens.count && thinking.contains(tokens[j].surface) }",
     "      let thought = false"),
    ("negation-dropped", CORE + "Normalizing/Normalizer+Negation.swift",
     "        tokens[k].negatedBy = i\n", "        _ = i\n"),
    ("no-suggestions", CORE + "Matching/IntentMatcher.swift",
     "    return evidence.filter { $0.value >= 1.5 || misspelt.contains($0.key) }",
     "    return [] as [Int]; _ = evidence.filter { $0.value >= 1.5 || misspelt.contains($0.key) }"),
    ("spelling-correction-off", CORE + "Matching/Vocabulary.swift",
     "        if let nearest = found.first?.distance {",
     "        if let nearest = found.first?.distance, nearest < 0 {"),
    ("english-words-corrected", CORE + "Matching/Vocabulary.swift",
     "        if englishWords?.contains(token.surface) == true || (!names.isEmpty && names.contains(token.surface)) {",
     "        if (englishWords?.contains(token.surface) == true && token.surface.isEmpty) || (!names.isEmpty && names.contains(token.surface)) {"),
    ("english-lines-not-indexed", CORE + "Knowledge/EnglishWords.swift",
     "        lines.insert(FNV1a.finish(hash), Int32(starts.count - 1))",
     "        if starts.count % 2 == 0 { lines.insert(FNV1a.finish(hash), Int32(starts.count - 1)) }"),
    ("written-forms-not-indexed", CORE + "Knowledge/CompiledKnowledge.swift",
     "          vocabulary.addVariant(written, of: word, oneEdit: true)",
     "          _ = (written, word)"),
    ("red-flag-tiers-swapped", CORE + "Knowledge/IntentKind.swift",
     "    case .emergency: 4\n    case .caution: 3\n", "    case .emergency: 3\n    case .caution: 4\n"),
    ("question-below-statement", CORE + "Knowledge/IntentKind.swift",
     "    case .question: 2\n    case .statement: 1\n", "    case .question: 1\n    case .statement: 2\n"),
    ("when-fact-ignored", CORE + "Knowledge/Condition.swift",
     "      return values.contains(value)", "      return !value.isEmpty || values.isEmpty"),
    ("when-number-ignored", CORE + "Knowledge/Condition.swift",
     "      return range.contains(number)", "      return number == number"),
    ("most-specific-answer-ignored", CORE + "Knowledge/Intent.swift",
     "      if best == nil || answer.specificity > best!.specificity { best = answer }",
     "      if best == nil { best = answer }"),
    ("choice-fact-skipped", CORE + "Dialogue/FactExtractor.swift",
     "    for m in stated + denied {", "    for m in denied {"),
    ("number-fact-skipped", CORE + "Dialogue/FactExtractor.swift",
     "      updates += numbers(in: tokens, fact: facts[f].name, spec: spec)",
     "      _ = numbers(in: tokens, fact: facts[f].name, spec: spec)"),
    ("number-unit-ignored", CORE + "Dialogue/FactExtractor.swift",
     "        value = n * factor", "        value = n + 0 * factor"),
    ("number-range-ignored", CORE + "Dialogue/FactExtractor.swift",
     "      guard spec.range.contains(number) else { continue }",
     "      guard number == number else { continue }"),
    ("denial-forgets-nothing", CORE + "Dialogue/Coach.swift",
     "        profile[update.fact] = nil\n", "        _ = update\n"),
    ("reset-forgets-nothing", CORE + "Dialogue/Coach.swift",
     "      profile.reset()\n", "      _ = profile\n"),
    ("facts-not-filled-in", CORE + "Dialogue/Coach.swift",
     "    guard text.utf8.contains(UInt8(ascii: \"{\")) else { return text }",
     "    guard text.isEmpty else { return text }"),
    ("emergency-gets-follow-ups", CORE + "Dialogue/Coach.swift",
     "    let offers = intent.kind == .emergency ? [] : intent.followUps.compactMap { id in",
     "    let offers = intent.kind == .emergency ? intent.followUps.compactMap { id in title(of: id).map { Reply.Option(intent: id, title: $0) } } : intent.followUps.compactMap { id in"),
    ("never-ask-which", CORE + "Matching/MatchResult.swift",
     "    guard ranked.count >= 2, separately.count < 2 else { return false }",
     "    guard ranked.count >= 99, separately.count < 2 else { return false }"),
    ("match-threshold-zero", CORE + "Matching/IntentMatcher.swift",
     "  package static let threshold = 0.55", "  package static let threshold = 0.0"),
    ("no-telltale-words", CORE + "Matching/IntentMatcher.swift",
     "    guard let best = ordered.first, best.value.score >= Self.telltaleThreshold else { return nil }",
     "    guard let best = ordered.first, best.value.score >= 1e9 else { return nil }"),
    ("longer-phrase-does-not-win", CORE + "Matching/IntentMatcher.swift",
     "    guard kinds[m.owner] != .emergency else { return false }", "    return false;"),
    ("stemming-off", CORE + "Normalizing/Stemmer.swift",
     "      guard w.count > 3, w.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }",
     "      guard w.count > 999 else { return word }"),
    ("number-phrases-ignored", CORE + "Normalizing/Normalizer+Numbers.swift",
     "    guard !numberPhrases.isEmpty,", "    guard numberPhrases.isEmpty,"),
    ("fact-phrases-not-shared", CORE + "Knowledge/KnowledgeBaseLoader.swift",
     "          phrases.append(phrase)\n", "          _ = phrase\n"),
    ("pain-durations-ignored", CORE + "Dialogue/FactExtractor.swift",
     "        let band = spec.bands.first(where: { $0.length.contains(length) }),",
     "        let band = spec.bands.first(where: { $0.length.contains(length + .infinity) }),"),
    ("conflicting-facts-kept", CORE + "Dialogue/Coach.swift",
     "      if clash {\n", "      if clash && false {\n"),
    ("contractions-kept", CORE + "Normalizing/Normalizer+Contractions.swift",
     "    if word.utf8.contains(39), let apostrophe = word.firstIndex(of: \"'\") {",
     "    if word.isEmpty, let apostrophe = word.firstIndex(of: \"'\") {"),
    ("sources-not-checked", CORE + "Knowledge/KnowledgeBaseLoader.swift",
     "      } else if let guide, !guide.contains(passage) {", "      } else if let guide, guide.text.isEmpty {"),
    ("duplicate-ids-allowed", CORE + "Knowledge/KnowledgeBaseLoader.swift",
     "          readers[s.reader].error(\n            node, \"duplicate intent id",
     "          readers[s.reader].warning(\n            node, \"duplicate intent id"),
    ("replay-sees-no-change", CORE + "Transcripts/TranscriptReplay.swift",
     "      expected.reply == actual.reply", "      expected.reply == expected.reply"),
    ("plain-format-loses-blank-lines", CORE + "Dialogue/ReplyFormat.swift",
     "    reply.blocks.map { $0.lines.joined(separator: \"\\n\") }.joined(separator: \"\\n\\n\")",
     "    reply.blocks.map { $0.lines.joined(separator: \"\\n\") }.joined(separator: \"\\n\")"),
    ("safety-negation-ignored", CORE + "Matching/SafetyScreen.swift",
     "    if evidence.contains(where: { isDenied($0, in: reading, by: evidence) }) { return .dismissed }",
     "    if evidence.isEmpty { return .dismissed }"),
    ("safety-someone-else-ignored", CORE + "Matching/SafetyScreen.swift",
     "      $0.lowerBound <= start && $0.upperBound < end && !userBetween($0.upperBound, start) && !isTheUser($0)\n",
     "      $0.lowerBound <= start && $0.upperBound < end && false\n"),
    ("safety-as-topic-ignored", CORE + "Matching/SafetyScreen.swift",
     "    if inClause(sets.asTopic).contains(where: { $0.lowerBound == end }) { return .dismissed }",
     "    if inClause(sets.asTopic).contains(where: { $0.lowerBound == end && false }) { return .dismissed }"),
    ("safety-explained-by-ignored", CORE + "Matching/SafetyScreen.swift",
     "      inClause(explanationSets[s]).contains(where: { !isDenied($0, in: reading, by: [$0]) && !dates($0) }),",
     "      inClause(explanationSets[s]).contains(where: { _ in false }),"),
    ("safety-cause-dated-from-explains", CORE + "Matching/SafetyScreen.swift",
     "      (1...2).contains { k in cause.lowerBound - k >= 0 && tokens[cause.lowerBound - k].surface == \"since\" }",
     "      false"),
    ("safety-later-mentions-ignored", CORE + "Matching/SafetyScreen.swift",
     "      for (k, candidates) in mentions.enumerated() where candidates.count > 1 {",
     "      for (k, candidates) in mentions.enumerated() where candidates.count > 1 && false {"),
    ("safety-turn-ignored", CORE + "Matching/SafetyScreen.swift",
     "      here(turn) && turn.upperBound <= start && firstPerson.contains",
     "      here(turn) && turn.upperBound <= start && false && firstPerson.contains"),
    ("safety-turn-without-the-user", CORE + "Matching/SafetyScreen.swift",
     "      here(turn) && turn.upperBound <= start && firstPerson.contains { $0.lowerBound >= turn.upperBound && $0.lowerBound <= start }",
     "      here(turn) && turn.upperBound <= start"),
    ("safety-imagined-beats-now", CORE + "Matching/SafetyScreen.swift",
     "    if inClause(sets.imagined).contains(where: { $0.upperBound <= start }), inClause(sets.now).isEmpty, inClause(sets.still).isEmpty {",
     "    if inClause(sets.imagined).contains(where: { $0.upperBound <= start }) {"),
    ("safety-year-not-past", CORE + "Matching/SafetyScreen.swift",
     "      found[sets.past, default: []].append((i - 1)..<(i + 1))",
     "      _ = i"),
    ("safety-denied-resolution-counts", CORE + "Matching/SafetyScreen.swift",
     "        return near && !isDenied(r, in: reading, by: [r])",
     "        return near"),
    # Today's rules (run-on questions, sound-alikes, advice, past habits, events, lists).
    ("run-on-questions-never-split", CORE + "Normalizing/Normalizer+RunOns.swift",
     "        for k in i..<tokens.count { tokens[k].clause += 1 }",
     "        for k in i..<tokens.count where k < 0 { tokens[k].clause += 1 }"),
    ("run-on-is-without-judgement", CORE + "Normalizing/Normalizer+RunOns.swift",
     "        !Self.linkingVerbs.contains(tokens[i].surface) || (i + 2 < tokens.count && Self.judgements.contains(tokens[i + 2].surface))",
     "        true"),
    ("sound-alikes-not-read", CORE + "Normalizing/Normalizer+TextSpeak.swift",
     "      if let meant { tokens[i] = Token(word: Stemmer.stem(meant), surface: meant, clause: token.clause, typed: token.typed) }",
     "      _ = meant"),
    ("advice-is-the-users", CORE + "Dialogue/FactExtractor.swift",
     "      guard let exact = value, !Self.isAdvice(at: i, in: tokens, spec: spec) else { continue }",
     "      guard let exact = value else { continue }"),
    ("past-habit-is-now", CORE + "Dialogue/FactExtractor.swift",
     "    updates.removeAll { Self.isPastHabit(at: $0.tokens.lowerBound, in: tokens) }",
     "    updates.removeAll { _ in false }"),
    ("correction-needs-nothing", CORE + "Dialogue/FactExtractor.swift",
     "        !sameClause(i - 1, i) || sameClause(next + 2, i) || Self.opensCorrection(before: i, in: tokens)",
     "        true"),
    ("clause-before-never-carries", CORE + "Dialogue/FactExtractor.swift",
     "          distance = Self.previousClauseDistance + span.lowerBound - nearest",
     "          distance = nil"),
    ("length-for-a-walk-is-the-mats", CORE + "Dialogue/FactExtractor.swift",
     "          || Self.lengthIsOfOther(forAt: start, in: tokens, spec: spec)",
     "          || false"),
    ("safety-event-time-ignored", CORE + "Matching/SafetyScreen.swift",
     "    let eventDated = sign?.isEvent == true ? inClause(sets.past).first { $0.lowerBound >= end }?.lowerBound : nil",
     "    let eventDated: Int? = nil"),
    ("safety-gap-may-be-a-denial", CORE + "Matching/SafetyScreen.swift",
     "        !Normalizer.negators.contains(tokens[i].surface), fits(k, i + 1)",
     "        fits(k, i + 1)"),
    ("safety-typo-ties-never-one-reading", CORE + "Matching/SafetyScreen.swift",
     "    if tiedWords.count == 1 || tied.allSatisfy({ $0 != nil && $0 == tied[0] }), !hasOtherReading(token, tiedWords[0]) {",
     "    if tiedWords.count == 1, !hasOtherReading(token, tiedWords[0]) {"),
    ("safety-typo-context-ignored", CORE + "Matching/SafetyScreen.swift",
     "    if completing.count == 1 { return completing[0] }",
     "    if completing.count < 0 { return completing[0] }"),
    ("names-corrected", CORE + "Matching/Vocabulary.swift",
     "        if englishWords?.contains(token.surface) == true || (!names.isEmpty && names.contains(token.surface)) {",
     "        if englishWords?.contains(token.surface) == true {"),
    ("second-question-never-mistyped", CORE + "Matching/IntentMatcher.swift",
     "        guard asking!.contains(tokens[span.lowerBound].clause) else { continue }",
     "        continue"),
    ("second-question-hull-only", CORE + "Matching/IntentMatcher.swift",
     "        guard let apart = match.phrases.lazy.compactMap({ $0.isStatement ? nil : $0.tokens }).first(where: isApart)",
     "        guard let apart = match.phrases.lazy.compactMap({ $0.isStatement ? nil : $0.tokens }).first(where: { _ in false })"),
    ("length-after-another-doing-is-the-mats", CORE + "Dialogue/FactExtractor.swift",
     "          || Self.lengthIsOfOther(doneBefore: start, after: next, in: tokens, spec: spec)\n",
     "\n"),
    ("a-day-beside-a-stated-fact-is-a-length", CORE + "Dialogue/FactExtractor.swift",
     "        if length == 0 && statedIn.contains(tokens[start].clause) { continue }",
     "        if length < 0 && statedIn.contains(tokens[start].clause) { continue }"),
    ("of-never-off", CORE + "Normalizing/Normalizer+TextSpeak.swift",
     "      case \"of\" where i > 0 && tokens[i - 1].clause == token.clause && Self.beforeOff.contains(tokens[i - 1].surface)",
     "      case \"of\" where i < 0 && tokens[i - 1].clause == token.clause && Self.beforeOff.contains(tokens[i - 1].surface)"),
    ("typed-phrase-hidden-by-typo", CORE + "Matching/IntentMatcher.swift",
     "    let typedAsWritten = found.contains { $0.corrections == 0 }",
     "    let typedAsWritten = chosen.contains { $0.corrections == 0 }"),
    ("typo-stems-as-good-as-words", CORE + "Matching/Vocabulary.swift",
     "            if !written.isEmpty { nearestFound = written }",
     "            if written.isEmpty { nearestFound = written }"),
    ("typo-stem-as-good-as-typed", CORE + "Matching/Vocabulary.swift",
     "            found = typed\n",
     "            found = typed + found.filter { $0.distance == nearest }\n"),
    ("written-form-lost-to-a-stem", CORE + "Matching/Vocabulary.swift",
     "    guard let id = lookup[word], id >= 0, oneEdit || (lookup[variant] ?? -1) < 0 else { return }",
     "    guard let id = lookup[word], id >= 0, (lookup[variant] ?? -1) < 0 else { return }"),
    ("hurried-because-keeps-denying", CORE + "Normalizing/Normalizer+Negation.swift",
     "    \"bc\", \"cos\", \"coz\", \"cuz\", \"bcos\", \"bcoz\",\n",
     "\n"),
    ("times-a-day-is-a-length", CORE + "Dialogue/FactExtractor.swift",
     "          Self.howOften.contains(tokens[k - 1].surface)\n",
     "          Self.howOften.contains(tokens[k - 1].surface) && k < 0\n"),
    ("by-never-buy", CORE + "Normalizing/Normalizer+TextSpeak.swift",
     "  private static let soundAlikes: Set<String> = [\"2\", \"4\", \"to\", \"b\", \"of\", \"by\"]",
     "  private static let soundAlikes: Set<String> = [\"2\", \"4\", \"to\", \"b\", \"of\"]"),
    ("safety-age-not-past", CORE + "Matching/SafetyScreen.swift",
     "      if let start = Self.pastAge(tokens, at: i) { found[sets.past, default: []].append(start..<(i + 1)) }",
     "      if let start = Self.pastAge(tokens, at: i), start < 0 { found[sets.past, default: []].append(start..<(i + 1)) }"),
    ("safety-fine-ignored", CORE + "Matching/SafetyScreen.swift",
     "    if !history, sign?.tier != .check, isSaidToBeFine(evidence, in: reading) { return .dismissed }\n",
     "\n"),
    ("safety-fine-when-asked", CORE + "Matching/SafetyScreen.swift",
     "      return ends && !Self.questionOpeners.contains(tokens[opening].surface)\n",
     "      return ends || Self.questionOpeners.contains(tokens[opening].surface)\n"),
    ("caution-asked-remembered", CORE + "Dialogue/Coach.swift",
     "own.contains($0.text) && !Self.asksInGeneral($0, tokens)",
     "own.contains($0.text)"),
    ("guess-never-outweighs", CORE + "Matching/IntentMatch.swift",
     "      if guessed.score <= typed.score * guessOutweighs { return a.hasExactPhrase }",
     "      return a.hasExactPhrase"),
    ("range-between-and-ignored", CORE + "Dialogue/FactExtractor.swift",
     "          || (tokens[i - 1].word == \"and\" && i >= 3 && tokens[i - 3].word == \"between\"))",
     "          || (tokens[i - 1].word == \"and\" && i >= 3 && tokens[i - 3].word == \"betwixt\"))"),
    ("approximation-phrases-one-word", CORE + "Dialogue/FactExtractor.swift",
     "        k += backwards ? -words.count : words.count",
     "        if words.count > 1 { break }\n        k += backwards ? -words.count : words.count"),
    ("uninverted-questions-kept", CORE + "Normalizing/Normalizer.swift",
     "    readUninvertedQuestions(&tokens)\n",
     "\n"),
    ("fact-over-ignored", CORE + "Dialogue/FactExtractor.swift",
     "      return over.contains { Self.occurs($0, in: tokens, after: update.tokens.upperBound, clauses: clauses) }",
     "      return over.isEmpty && over.contains { Self.occurs($0, in: tokens, after: update.tokens.upperBound, clauses: clauses) }"),
    ("fact-over-reaches-back", CORE + "Dialogue/FactExtractor.swift",
     "    return ((after + 1)...(tokens.count - phrase.count)).contains { start in",
     "    return (0...(tokens.count - phrase.count)).contains { start in"),
    ("safety-general-aside-ignored", CORE + "Matching/SafetyScreen.swift",
     "      if !general.isEmpty, aside.allSatisfy(",
     "      if general.isEmpty, aside.allSatisfy("),
    ("safety-vehicle-not-the-user", CORE + "Matching/SafetyScreen.swift",
     "          && Self.vehicles.contains(tokens[i + 1].surface)",
     "          && Self.vehicles.isEmpty"),
    ("safety-role-not-the-user", CORE + "Matching/SafetyScreen.swift",
     "&& !userBetween($0.upperBound, start) && !isTheUser($0)",
     "&& !userBetween($0.upperBound, start)"),
    ("safety-fine-without-a-link", CORE + "Matching/SafetyScreen.swift",
     "      guard linked || bare else { return false }",
     "      guard linked || bare || true else { return false }"),
    ("safety-fine-before-the-sign-again", CORE + "Matching/SafetyScreen.swift",
     "      if evidence.contains(where: { $0.lowerBound > next && tokens[$0.lowerBound].clause == clause }) { return false }",
     "      if evidence.contains(where: { $0.lowerBound > next && tokens[$0.lowerBound].clause == clause }) && false { return false }"),
    ("safety-aside-after-a-told-sign", CORE + "Matching/SafetyScreen.swift",
     "    if !happening, Self.questionOpeners.contains(signClauseOpening) || Self.questionWords.contains(signClauseOpening),",
     "    if !happening,"),
    ("fact-over-any-next-clause", CORE + "Dialogue/FactExtractor.swift",
     "      let clauses = next.map { Self.itself.contains($0.surface) } == true ? clause...(clause + 1) : clause...clause",
     "      let clauses = clause...(clause + 1)"),
    ("text-speak-unstemmed", CORE + "Normalizing/Normalizer+TextSpeak.swift",
     "tokens[i] = Token(word: Stemmer.stem(\"before\"), surface: \"before\"",
     "tokens[i] = Token(word: \"before\", surface: \"before\""),
    ("negation-stops-at-or", CORE + "Normalizing/Normalizer+Negation.swift",
     "      while k < tokens.count, k <= reach || tokens[k].surface == \"or\", tokens[k].clause == tokens[i].clause,",
     "      while k < tokens.count, k <= reach, tokens[k].clause == tokens[i].clause,"),
    ("negation-or-into-a-new-subject", CORE + "Normalizing/Normalizer+Negation.swift",
     "k + 1 < tokens.count, !listEnders.contains(tokens[k + 1].surface) { reach = k + negationReach }",
     "k + 1 < tokens.count { reach = k + negationReach }"),
    ("general-question-ignores-statement", CORE + "Dialogue/Coach.swift",
     "      if let stated, general.contains(match.id), !matches.contains(where: { $0.index == stated }) {",
     "      if let stated, general.contains(match.id), stated < 0 {"),
    ("small-talk-answered-once", CORE + "Dialogue/Coach.swift",
     "    guard said.count >= 2 else { return nil }",
     "    guard said.count >= 99 else { return nil }"),
    ("what-if-asks-nothing", CORE + "Knowledge/CompiledKnowledge.swift",
     "    IntentMatcher.liftStatementsSupposed(in: &result, tokens: tokens)",
     "    _ = result"),
    ("range-bounds-unchecked", CORE + "Knowledge/KnowledgeBaseLoader.swift",
     "    guard let (lower, upper) = bounds, lower.isFinite, upper.isFinite, lower <= upper else { return nil }",
     "    guard let (lower, upper) = bounds else { return nil }"),
    ("number-text-traps", CORE + "Dialogue/FactExtractor.swift",
     "    if value == value.rounded(), let whole = Int(exactly: value), abs(whole) < 1 << 53 {\n      return String(whole)",
     "    if value == value.rounded() {\n      return String(Int(value))"),
    ("safety-hypothetical-is-alarm", CORE + "Matching/SafetyScreen.swift",
     "    if inClause(sets.hypothetical).contains(where: { !$0.overlaps(start..<end) }), !happening {\n      return .supposed\n",
     "    if inClause(sets.hypothetical).contains(where: { !$0.overlaps(start..<end) }), !happening {\n      return .reported\n"),
    ("safety-red-flag-gives-advice", CORE + "Dialogue/Coach.swift",
     "      if top.tier >= .urgent {",
     "      if top.tier > .emergency {"),
    ("safety-no-reminder", CORE + "Dialogue/Coach.swift",
     "    guard let heard = profile.safety.reminder else { return nil }",
     "    guard let heard = profile.safety.reminder, heard.id.isEmpty else { return nil }"),
    ("session-minutes-stored", CORE + "Dialogue/Coach.swift",
     "      updates.removeAll { $0.entry.number != nil }\n", "\n"),
    ("session-emergency-allowed", CORE + "Dialogue/Coach+Sessions.swift",
     "    if var hold = reminderNotice(), hold.tier == .emergency {",
     "    if var hold = reminderNotice(), hold.tier == .emergency, hold.text.isEmpty {"),
    ("session-log-advice-ignored", CORE + "Dialogue/Coach+Sessions.swift",
     "      let fact = minutesFact, facts[fact.name] == nil, let practice\n",
     "      let fact = minutesFact, facts[fact.name] == nil, let practice, practice.days < 0\n"),
    ("session-torn-line-stops-reading", CORE + "Sessions/SessionLog.swift",
     "        skipped.append(Problem(line: offset + 1, message: \"\\(error.message); skipped\"))\n",
     "        skipped.append(Problem(line: offset + 1, message: \"\\(error.message); skipped\"))\n        break\n"),
    ("several-questions-off", CORE + "Knowledge/CompiledKnowledge.swift",
     "    if questions.count >= 2 {",
     "    if questions.count >= 99 {"),
    ("citation-section-dropped", CORE + "Dialogue/Coach.swift",
     "    Reply.Citation(passage: passage, section: knowledge.section(of: passage))",
     "    Reply.Citation(passage: passage, section: nil)"),
    ("defer-to-ignored", CORE + "Dialogue/Coach.swift",
     "    if let target = answer.deferTo, let other = knowledge.position(of: target) {",
     "    if let target = answer.deferTo, let other = knowledge.position(of: target), other < 0 {"),
    ("notes-never-added", CORE + "Knowledge/Intent.swift",
     "        && !note.conditions.contains { $0.factName.map(weighed.contains) == true }",
     "        && note.conditions.isEmpty"),
    ("choice-states-both", CORE + "Knowledge/CompiledKnowledge.swift",
     "        guard between.contains(where: { tokens[$0].surface == \"or\" }) else { continue }",
     "        guard between.contains(where: { tokens[$0].surface == \"nor\" }) else { continue }"),

    # The tool's hardening fixes, one mutation each: what a regression would look like.
    # Ctrl-C on a half-typed line drops the line and the REPL goes on (the release build
    # once read a copy of the flag the handler never set, so Ctrl-C ended the program).
    ("article-never-unsaid", CORE + "Matching/PhraseIndex.swift",
     "        if found == nil, k + 1 < count, Int(id) < isDeterminer.count, isDeterminer[Int(id)] {",
     "        if found == nil, false, k + 1 < count, Int(id) < isDeterminer.count, isDeterminer[Int(id)] {"),
    ("gap-after-an-unsaid-article", CORE + "Matching/PhraseIndex.swift",
     "        let gap = skippedLast ? 0 : maxGap",
     "        let gap = maxGap"),
    ("a-stands-for-the", CORE + "Matching/PhraseIndex.swift",
     "          if isDefinite[Int(id)], next < tokens.count, tokens[next].clause == tokens[start].clause,",
     "          if isDeterminer[Int(id)], next < tokens.count, tokens[next].clause == tokens[start].clause,"),
    ("keyword-typed-as-its-stem-unread", CORE + "Matching/Vocabulary.swift",
     "        if id >= 0, englishWords?.contains(token.surface) != true {",
     "        if id >= 0, false, englishWords?.contains(token.surface) != true {"),
    ("value-no-phrase-holds-has-no-speaker", CORE + "Knowledge/CompiledKnowledge.swift",
     "        if answering.count == 1 { speakers[FactKey(fact: fact.name, value: value.name)] = answering.first }",
     "        if answering.count == -1 { speakers[FactKey(fact: fact.name, value: value.name)] = answering.first }"),
    ("plan-before-a-general-question-asked", CORE + "Dialogue/Coach.swift",
     "          best.span.map { tokens[update.tokens.upperBound].clause >= tokens[$0.lowerBound].clause } ?? true",
     "          true"),
    ("told-me-makes-the-user-a-subject", CORE + "Matching/SafetyScreen.swift",
     "        && !(tokens[k].surface == \"me\" && k > 0 && Self.tellingVerbs.contains(tokens[k - 1].surface))",
     "        && true"),
    ("subjectless-clause-is-the-users", CORE + "Matching/SafetyScreen.swift",
     "    guard clause > 0, !tokens.contains(where: { $0.clause == clause && Self.subjects.contains($0.surface) }),",
     "    guard clause < 0, !tokens.contains(where: { $0.clause == clause && Self.subjects.contains($0.surface) }),"),
    ("reporter-is-a-topic", CORE + "Knowledge/CompiledKnowledge.swift",
     "    IntentMatcher.dropReporters(in: &result, tokens: tokens)\n",
     "\n"),
    ("now-names-what-is-over", CORE + "Dialogue/FactExtractor.swift",
     "\"though\", \"although\", \"then\", \"now\"]",
     "\"though\", \"although\", \"then\"]"),
    ("when-it-happened-names-a-topic", CORE + "Matching/IntentMatcher.swift",
     "            || (span.lowerBound..<other.lowerBound).contains { circumstanceWords.contains(tokens[$0].surface) }",
     "            || (span.lowerBound..<other.lowerBound).contains { _ in false }"),
    ("typo-completing-a-sign-unread", CORE + "Matching/SafetyScreen.swift",
     "    return completing.isEmpty && signing.count == 1 ? signing[0] : nil",
     "    return nil"),
    ("answered-question-asked-again", CORE + "Matching/SafetyScreen.swift",
     "          return answered ? .answeredNo(question) : .ask(question, said: said(evidence, in: reading))",
     "          return .ask(question, said: said(evidence, in: reading))"),
    ("cli-ctrl-c-ends-the-program", LINE_INPUT,
     "int matcoach_interrupted(void) { return interrupt_flag; }",
     "int matcoach_interrupted(void) { return 0; }"),
    # History at its limit keeps libedit's header line, or the next session reads nothing.
    ("cli-history-trim-drops-header", CLI + "Utilities/HistoryFile.swift",
     "    var kept = Self.header + \"\\n\"\n", "    var kept = \"\"\n"),
    # History is appended per line, never rewritten: a kill -9 or a second REPL loses nothing.
    ("cli-history-rewritten-not-appended", CLI + "Utilities/HistoryFile.swift",
     "      let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)",
     "      let fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)"),
    # History and the session log are never opened or chmod-ed through a link, nor kept
    # in a linked folder or one someone else owns.
    ("cli-private-file-follows-links", CLI + "Utilities/PrivateFile.swift",
     "    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)",
     "    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)"),
    ("cli-private-folder-followed", CLI + "Utilities/PrivateFile.swift",
     "    guard lstat(folder, &info) == 0 else", "    guard stat(folder, &info) == 0 else"),
    ("cli-private-folder-owner-unchecked", CLI + "Utilities/PrivateFile.swift",
     "    guard info.st_uid == geteuid() else {", "    guard info.st_uid == info.st_uid else {"),
    # `replay --record`: no transcript, a mode, a link, and the exit statuses.
    ("cli-record-overwrites-non-transcript", CLI + "Subcommands/Replay.swift",
     "        if let text, let problem = Transcript.problem(in: text),",
     "        if let text, text.isEmpty, let problem = Transcript.problem(in: text),"),
    ("cli-record-overwrites-read-only", CLI + "Utilities/TranscriptFile.swift",
     "      if info.st_mode & 0o222 == 0 || access(path, W_OK) != 0 { throw fail(path, .readOnly) }",
     "      if access(path, W_OK) != 0 && false { throw fail(path, .readOnly) }"),
    ("cli-record-mode-not-kept", CLI + "Utilities/TranscriptFile.swift",
     "      mode = info.st_mode & 0o7777\n", "\n"),
    ("cli-record-replaces-links", CLI + "Utilities/TranscriptFile.swift",
     "    if lstat(path, &info) == 0 {", "    if stat(path, &info) == 0 {"),
    ("cli-record-cannot-create-is-status-1", CLI + "Utilities/TranscriptFile.swift",
     "      case .link, .readOnly, .cannotCreate: ExitStatus.cannotCreate",
     "      case .link, .readOnly, .cannotCreate: ExitStatus.checkFailed"),
    ("cli-transcript-io-error-is-status-1", CLI + "Utilities/TranscriptFile.swift",
     "      case .io: ExitStatus.ioError", "      case .io: ExitStatus.checkFailed"),
    # Escape sequences from the user, a transcript or the knowledge base (a guide's
    # headings are quoted with each citation) are shown, never obeyed.
    ("cli-presenter-prints-escapes", CLI + "Frontend/ReplyPresenter.swift",
     "        for wrapped in Self.wrap(line.escapingControlCharacters, width: width) {",
     "        for wrapped in Self.wrap(line, width: width) {"),
    ("cli-pipe-reply-prints-escapes", CLI + "Subcommands/Chat.swift",
     "        StandardStreams.write(reply.text.escapingControlCharacters + \"\\n\\n\")",
     "        StandardStreams.write(reply.text + \"\\n\\n\")"),
    ("cli-error-message-prints-escapes", CLI + "Utilities/StandardStreams.swift",
     "    writeError(\"matcoach: \\(message.escapingControlCharacters)\\n\")",
     "    writeError(\"matcoach: \\(message)\\n\")"),
    ("cli-json-c1-controls-raw", CLI + "Frontend/JSONLine.swift",
     "        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)\n",
     "        if scalar.value < 0x20 || scalar.value == 0x7F\n"),
    ("cli-replay-diff-prints-escapes", CLI + "Subcommands/Replay.swift",
     "\\(mismatch.diff(file: file).escapingControlCharacters)", "\\(mismatch.diff(file: file))"),
    # A line longer than the limit is cut as it is read, before any Unicode work.
    ("cli-long-line-not-cut", CLI + "Utilities/LineSplitter.swift",
     "      if room > 0 { line += buffer[start..<min(stop, start + room)] }",
     "      line += buffer[start..<stop]"),
    # A failed write is one line and status 74; a closed pipe ends quietly.
    ("cli-write-errors-ignored", CLI + "Utilities/StandardStreams.swift",
     "    if let code = writeAll(text, to: STDOUT_FILENO) { failedWriting(errno: code) }",
     "    _ = writeAll(text, to: STDOUT_FILENO)"),
    ("cli-closed-pipe-complains", CLI + "Utilities/StandardStreams.swift",
     "    if code == EPIPE {", "    if code == EPIPE && false {"),
    # Odd input: a cut UTF-8 sequence before Enter, CRLF, a line opening with U+0085.
    ("cli-cut-utf8-swallows-enter", LINE_INPUT,
     "      pending_byte = next;\n", "\n"),
    ("cli-crlf-kept", CLI + "Utilities/LineSplitter.swift",
     "    let body = bytes.last == 0x0D ? bytes.dropLast() : bytes[...]",
     "    let body = bytes[...]"),
    # This fix lives in the core (what counts as a command), but it is input the tool
    # passes on as read: the end-to-end tests must notice.
    ("cli-nel-opens-a-command", CORE + "Dialogue/Coach.swift",
     "    if line.drop(while: { $0 == \" \" || $0 == \"\\t\" }).hasPrefix(\"/\") { return command(trimmed) }",
     "    if trimmed.hasPrefix(\"/\") { return command(trimmed) }"),
    # The session log is private (0600) and never read or written through a link.
    ("cli-session-log-read-through-link", CLI + "Sessions/SessionLogFile.swift",
     "    let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)",
     "    let fd = open(path, O_RDONLY | O_CLOEXEC)"),
    ("cli-private-file-mode-not-tightened", CLI + "Utilities/PrivateFile.swift",
     "    if info.st_mode & 0o077 != 0, fchmod(fd, 0o600) != 0 {",
     "    if info.st_mode & 0o077 != 0, false, fchmod(fd, 0o600) != 0 {"),
]


def run(command, cwd, log):
    with open(log, "a") as out:
        out.write("\n$ " + " ".join(command) + "\n")
        out.flush()
        return subprocess.run(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT).returncode


def quick_suite(path):
    """The test target that mirrors the mutated file's target: run first, since it takes
    seconds where the whole suite (which drives the binary through a pseudo-terminal)
    takes most of a minute; the whole suite runs only when these tests miss."""
    return "MatCoachKitTests" if path.startswith(CORE) else "MatCoachCLITests"


def sync_tree():
    """Copies the working tree (not build folders or .git) into TREE, keeping TREE's own
    build: times are kept, so only what changed since the last run is rebuilt."""
    os.makedirs(TREE, exist_ok=True)
    skip = lambda name: name == ".git" or name.startswith(".build") or name == ".swiftpm"
    for name in os.listdir(TREE):
        if not skip(name):
            target = os.path.join(TREE, name)
            shutil.rmtree(target) if os.path.isdir(target) and not os.path.islink(target) else os.remove(target)
    for name in os.listdir(ROOT):
        if skip(name):
            continue
        source = os.path.join(ROOT, name)
        if os.path.isdir(source):
            # Nested builds (the fuzzing package's) are large and not needed.
            shutil.copytree(source, os.path.join(TREE, name), symlinks=True,
                            ignore=shutil.ignore_patterns(".build", ".swiftpm"))
        else:
            shutil.copy2(source, os.path.join(TREE, name))


def main():
    only = sys.argv[1] if len(sys.argv) > 1 else ""
    chosen = [m for m in MUTATIONS if any(word in m[0] for word in only.split(","))]
    if not chosen:
        print(f"mutants: no mutation name contains {only!r}")
        return 64
    sync_tree()
    log = os.path.join(WORK, "mutants.log")
    open(log, "w").close()
    print(f"mutants: {len(chosen)} mutations; build and test output in {os.path.relpath(log, ROOT)}")
    if run(["swift", "build", "--build-tests"], TREE, log) != 0 or run(["swift", "test", "--skip-build"], TREE, log) != 0:
        print("mutants: the unmutated suite does not pass; fix that first")
        return 1
    missed, stale = [], []
    for name, path, original, mutated in chosen:
        file = os.path.join(TREE, path)
        text = open(file).read()
        if text.count(original) != 1:
            print(f"  STALE   {name}: the original text occurs {text.count(original)} times in {path}")
            stale.append(name)
            continue
        start = time.time()
        with open(file, "w") as f:
            f.write(text.replace(original, mutated))
        try:
            if run(["swift", "build", "--build-tests"], TREE, log) != 0:
                verdict = "BROKEN"  # a mutation must compile to say anything about the tests
                stale.append(name)
            elif run(["swift", "test", "--skip-build", "--filter", quick_suite(path)], TREE, log) != 0:
                verdict = "caught"  # by the unit tests of the code mutated: the quick way to know
            elif run(["swift", "test", "--skip-build"], TREE, log) != 0:
                verdict = "caught"
            else:
                verdict = "MISSED"
                missed.append(name)
        finally:
            with open(file, "w") as f:
                f.write(text)
        print(f"  {verdict:7} {name} ({path}, {time.time() - start:.0f} s)", flush=True)
    caught = len(chosen) - len(missed) - len(stale)
    print(f"mutants: {caught} of {len(chosen)} caught" + (f"; missed: {', '.join(missed)}" if missed else "")
          + (f"; no longer apply or do not compile: {', '.join(stale)}" if stale else ""))
    return 0 if not missed and not stale else 1


if __name__ == "__main__":
    sys.exit(main())
