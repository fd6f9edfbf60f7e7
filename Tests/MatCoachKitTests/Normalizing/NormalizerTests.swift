@testable import MatCoachKit
import Testing

@Suite struct NormalizerTests {
  let normalizer = Normalizer()

  func words(_ text: String) -> [String] { normalizer.tokens(text).map(\.surface) }

  @Test func foldsCaseAccentsAndFullWidth() {
    #expect(words("HÉLLO Wörld") == ["hello", "world"])
    #expect(words("ｈｏｗ　ｌｏｎｇ") == ["how", "long"])
  }

  /// Typographic quotes and dashes are read as their plain forms, and a double low line
  /// (which decomposes) still folds away.
  @Test func foldsTypographicQuotesAndDashes() {
    // An en or em dash is a pause, spaced: "no pain—just numbness" is two clauses.
    #expect(Normalizer.fold("“It’s simple—begin‑here”") == "\"it's simple - begin-here\"")
    #expect(Normalizer.fold("a\u{2017}b") == "a b")
  }

  /// The byte fast path for ASCII and typographic punctuation gives exactly what the
  /// general path gives, escapes and control characters included; anything else is left
  /// to the general path.
  @Test func theFastFoldAgreesWithTheGeneralOne() {
    let alphabet: [String] = [
      "a", "Z", " ", "\t", "\n", "\u{7F}", "\u{1B}", "[", "3", "1m", "`", "\u{2018}", "\u{2019}", "\u{201B}",
      "\u{201C}", "\u{201D}", "\u{201E}", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}", "\u{2212}", "\u{2032}",
      "\u{2033}", "é", "ﬁ", "Ｈ", "\u{0301}", "\u{200B}", "ß",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<Int(state % 12) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += alphabet[Int(state >> 33) % alphabet.count]
      }
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      #expect(Normalizer.fold(text) == Normalizer.foldAny(text), "\(text.debugDescription)")
    }
    #expect(Normalizer.foldCommon("It’s “simple”—begin") == "it's \"simple\" - begin")
    #expect(Normalizer.foldCommon("Café • Ｈi") == "cafe  .  hi")
    #expect(Normalizer.foldCommon("\u{1B}é") == nil)
  }

  /// The knowledge base's own texts are read in one pass where they can be: the words
  /// learnt from them are the words the step-by-step reading gives.
  @Test func wholeTextsGiveTheWordsOfTheGeneralPath() {
    let normalizer = TestSupport.knowledge.normalizer
    let texts = [TestSupport.guide.text] + TestSupport.knowledge.intents.flatMap { $0.answers.map(\.text) }
    for text in texts {
      let fast = Set(normalizer.tokens(ofWhole: text).flatMap { [$0.word, $0.surface] })
      let general = Set(normalizer.generalTokens(text).flatMap { [$0.word, $0.surface] })
      #expect(fast == general, "\(text.prefix(60))")
    }
  }

  @Test func expandsContractionsWithAndWithoutApostrophes() {
    #expect(words("I'm new") == ["i", "am", "new"])
    #expect(words("I’m new") == ["i", "am", "new"])
    #expect(words("im new") == ["i", "am", "new"])
    #expect(words("dont") == ["do", "not"])
    #expect(words("I can't") == ["i", "can", "not"])
    #expect(words("whats this") == ["what", "is", "this"])
    #expect(words("it's fine") == ["it", "is", "fine"])
    #expect(words("the body's") == ["the", "body"])
  }

  @Test func readsNumbers() {
    #expect(words("ten minutes") == ["10", "minutes"])
    #expect(words("twenty five mins") == ["25", "mins"])
    #expect(words("twenty-five") == ["25"])
    #expect(words("10min") == ["10", "min"])
    #expect(words("a 15-minute session") == ["a", "15", "minute", "session"])
    #expect(words("1.5 hours") == ["1.5", "hours"])
  }

  @Test func readsTheNumberPhrasesItIsGivenLongestFirst() {
    let n = Normalizer(numberPhrases: [
      "half an hour": "30 minutes", "an hour": "1 hour", "an hour and a half": "90 minutes",
      "a quarter of an hour": "15 minutes",
    ])
    func read(_ text: String) -> [String] { n.tokens(text).map(\.surface) }
    #expect(read("half an hour") == ["30", "minutes"])
    #expect(read("I do Half an Hour.") == ["i", "do", "30", "minutes"])
    #expect(read("a quarter of an hour") == ["15", "minutes"])
    #expect(read("an hour") == ["1", "hour"])
    #expect(read("an hour and a half") == ["90", "minutes"])
    // Never across a clause, and only whole phrases.
    #expect(read("half an, hour") == ["half", "an", "hour"])
    #expect(read("half a day") == ["half", "a", "day"])
    // Without phrases, the words are only words.
    #expect(words("half an hour") == ["half", "an", "hour"])
  }

  /// A hedge inside a clause says nothing of what it hedges; one that names a kind, or
  /// opens its clause, stays; and what the user typed stays theirs to quote.
  @Test func dropsHedges() {
    #expect(words("a sharp sort of pain") == ["a", "sharp", "pain"])
    #expect(words("does it kind of loosen the muscles") == ["does", "it", "loosen", "the", "muscles"])
    #expect(words("I kinda pulled my back") == ["i", "pulled", "my", "back"])
    #expect(words("what sort of mat") == ["what", "sort", "of", "mat"])
    #expect(words("this kind of pain") == ["this", "kind", "of", "pain"])
    #expect(words("sort of dead") == ["sort", "of", "dead"])
    #expect(words("it was kind of") == ["it", "was", "kind", "of"])
    #expect(words("kinda new to this") == ["new", "to", "this"])
    #expect(words("kinda") == ["kinda"])
    let tokens = normalizer.tokens("my legs went sort of dead")
    #expect(Token.quote(tokens, 0...(tokens.count - 1)) == "my legs went sort of dead")
  }

  @Test func stemsLightly() {
    let stems = ["breathe", "breathing", "breath", "breaths", "breathes"].map { normalizer.words($0) }
    #expect(Set(stems.map { $0.first! }).count == 1)
    #expect(normalizer.words("stretches") == normalizer.words("stretching"))
    #expect(normalizer.words("press") == ["press"])
  }

  @Test func dropsEscapesControlsAndEmoji() {
    #expect(words("\u{1B}[31mhow\u{1B}[0m long\u{07}") == ["how", "long"])
    #expect(words("how long 🙂🙂") == ["how", "long"])
    #expect(words("how\u{0}long") == ["how", "long"])
  }

  /// A "n't" with two letters swapped is still a negation; no English word is touched.
  @Test func readsANegationTypedWithSwappedLetters() {
    #expect(normalizer.tokens("it dosent hurt").map(\.surface) == ["it", "does", "not", "hurt"])
    #expect(normalizer.tokens("I coudlnt feel it").map(\.surface) == ["i", "could", "not", "feel", "it"])
    #expect(normalizer.tokens("a different moment").map(\.surface) == ["a", "different", "moment"])
  }

  /// A subject and its verb open a sentence of their own where no punctuation does: a
  /// "not" before them stops there, unless what it denies is a thought about it.
  @Test func aNewSubjectEndsWhatANegationDenies() {
    let run = normalizer.tokens("cant sleep my legs are numb")
    #expect(run.filter { $0.negatedBy != nil }.map(\.surface) == ["sleep"])
    let thought = normalizer.tokens("I don't think my legs are numb")
    #expect(thought.filter { $0.negatedBy != nil }.map(\.surface).contains("numb"))
    let place = normalizer.tokens("numbness but not in my legs")
    #expect(place.filter { $0.negatedBy != nil }.map(\.surface) == ["in", "my", "legs"])
  }

  /// Saying a thing is not so denies it as far as thinking does: "I wouldn't say it's the
  /// worst pain ever". And "can't … without" is no denial: the pain comes every time.
  @Test func aDeniedSayingAndACantWithout() {
    let said = normalizer.tokens("I wouldn't say it's the worst pain ever")
    #expect(said.filter { $0.negatedBy != nil }.map(\.surface).contains("pain"))
    let every = normalizer.tokens("I can't take a deep breath without a pain in my chest")
    #expect(!every.contains { $0.surface == "pain" && $0.negatedBy != nil })
    let plain = normalizer.tokens("I use it without a shirt")
    #expect(plain.contains { $0.surface == "shirt" && $0.negatedBy != nil })
  }

  /// A count's "x" is "times": "2x/day".
  @Test func readsACountsXAsTimes() {
    #expect(normalizer.tokens("2x/day ok?").map(\.surface) == ["2", "times", "day", "ok"])
    #expect(normalizer.tokens("an x ray").map(\.surface).contains("x"))
  }

  @Test func splitsClausesAtPunctuation() {
    let tokens = normalizer.tokens("hi, how long?")
    #expect(tokens.map(\.clause) == [0, 1, 1])
    // An aside in brackets belongs to its sentence.
    #expect(normalizer.tokens("my dad (78) fell").map(\.clause) == [0, 0, 0, 0])
  }

  /// A dash between spaces is a pause, as a comma is; a hyphen in a word, or a dash between
  /// two numbers, is not.
  @Test func splitsClausesAtASpacedDash() {
    #expect(normalizer.tokens("lorry driver - been ill").map(\.clause) == [0, 0, 1, 1])
    #expect(normalizer.tokens("lorry driver — been ill").map(\.clause) == [0, 0, 1, 1])
    #expect(normalizer.tokens("lorry driver -- been ill").map(\.clause) == [0, 0, 1, 1])
    #expect(normalizer.tokens("got rear-ended today").map(\.clause) == [0, 0, 0, 0])
    #expect(normalizer.tokens("10 - 15 minutes").map(\.clause) == [0, 0, 0])
  }

  /// A bullet starts a new item, as a full stop would: two questions in a list are two.
  @Test func splitsItemsAtABullet() {
    #expect(Normalizer.fold("• is there proof ● does it help") == " .  is there proof  .  does it help")
    #expect(Normalizer.foldAny("• proof") == Normalizer.foldCommon("• proof"))
    #expect(normalizer.tokens("• is there proof it works • does it help migraines").map(\.clause).last! > 0)
  }

  /// Digits typed for words: only where the next word rules out a count.
  @Test func readsDigitsTypedForWords() {
    #expect(normalizer.tokens("hurts 2 much").map(\.surface) == ["hurts", "too", "much"])
    #expect(normalizer.tokens("used it 4 ages").map(\.surface) == ["used", "it", "for", "ages"])
    #expect(normalizer.tokens("2 mins").map(\.surface) == ["2", "mins"])
    #expect(normalizer.tokens("4 years").map(\.word) == ["4", "year"])
    #expect(normalizer.tokens("the spikes are to sharp").map(\.surface).suffix(2) == ["too", "sharp"])
    // After a "be", a word of degree: "is to hard" is "too hard"; "went to bed" and "moved it
    // to hard floor" keep their "to".
    #expect(normalizer.tokens("my husbands mat is to hard for me").map(\.surface).contains("too"))
    #expect(!normalizer.tokens("I moved it to hard floor").map(\.surface).contains("too"))
    #expect(!normalizer.tokens("I was to go longer").map(\.surface).contains("too"))
    #expect(!normalizer.tokens("my aim is to long term get off painkillers").map(\.surface).contains("too"))
    #expect(normalizer.tokens("the spikes feel to strong").map(\.surface).contains("too"))
    #expect(normalizer.tokens("from short to long sessions").map(\.surface).contains("to"))
    #expect(normalizer.tokens("cn i use it b4 bed").map(\.surface).suffix(2) == ["before", "bed"])
    // A fraction typed with a slash is the words for it, not a range; a date is a date.
    #expect(Normalizer.readFractions("1/2 hr every night") == "half hr every night")
    #expect(Normalizer.readFractions("I do 1/2hr") == "I do half hr")
    #expect(Normalizer.readFractions("3/4 of an hour, since 12/05, pain 24/7") == "three quarters of an hour, since 12/05, pain 24/7")
    // "w/o", "w/out" and "w/" are shorthand for "without" and "with"; not inside a word.
    #expect(Normalizer.readFractions("get up w/o wrecking my back") == "get up without wrecking my back")
    #expect(Normalizer.readFractions("W/out a shirt? w/ a towel") == "without a shirt? with a towel")
    #expect(Normalizer.readFractions("w/out") == "without")
    #expect(Normalizer.readFractions("saw/owned, w/2 kids") == "saw/owned, w/2 kids")
    #expect(Normalizer.readFractions("draw/ paint") == "draw/ paint")
    // "2" before a verb, after "how" or "want", is "to"; before what it counts, a count.
    #expect(normalizer.tokens("idk how 2 start").map(\.surface).suffix(2) == ["to", "start"])
    #expect(normalizer.tokens("i have 2 mats").map(\.surface).suffix(2) == ["2", "mats"])
    #expect(normalizer.tokens("I do 2 short sessions").map(\.surface).contains("2"))
    #expect(normalizer.tokens("been to many physios").map(\.surface).contains("to"))
    // A day said as it sounds, after a "2" for "to"; a count of nights stays a count.
    #expect(normalizer.tokens("can i use it 2nite").map(\.surface).last == "tonight")
    // A currency sign before a number says it is a price, "$" too (read off the ASCII path).
    #expect(normalizer.tokens("€25 vs €60 mat").map(\.surface) == ["price", "25", "vs", "price", "60", "mat"])
    #expect(normalizer.tokens("is $20 ok").map(\.surface) == ["is", "price", "20", "ok"])
    #expect(normalizer.tokens("costs 20 $").map(\.surface) == ["costs", "20"])
    // An "o" for a nought before a unit of time: "2o minutes" (not "2 o clock").
    #expect(normalizer.tokens("2o minutes most days").map(\.surface).prefix(2) == ["20", "minutes"])
    #expect(normalizer.tokens("at 2 o clock").map(\.surface) == ["at", "2", "o", "clock"])
    #expect(normalizer.tokens("first go 2moro").map(\.surface).last == "tomorrow")
    #expect(normalizer.tokens("I do it 2 nights a week").map(\.surface).contains("2"))
    // A verb's "-ing" takes "for"; a time of day may be counted.
    #expect(normalizer.tokens("any tips 4 sitting at a desk").map(\.surface).contains("for"))
    #expect(normalizer.tokens("I do 4 morning sessions").map(\.surface).contains("4"))
    // "v" after a "be" or "feel" is "very"; between two things it weighs them.
    #expect(normalizer.tokens("feeling v unwell").map(\.surface) == ["feeling", "very", "unwell"])
    #expect(normalizer.tokens("it is v sore").map(\.surface).contains("very"))
    #expect(normalizer.tokens("bed v floor").map(\.surface) == ["bed", "v", "floor"])
    // "yr" after a number is a year.
    #expect(normalizer.tokens("can my 10 yr old use it").map(\.surface).contains("year"))
    #expect(!normalizer.tokens("is yr mat ok").map(\.surface).contains("year"))
  }

  /// "Since" before a length of time is "for"; before a point in time it stays.
  @Test func sinceBeforeALengthIsFor() {
    func since(_ line: String) -> Bool { normalizer.tokens(line).map(\.surface).contains("since") }
    for line in ["I am doing it since one week", "pain since 3 years", "since last two months", "since few days", "since a couple of weeks"] {
      #expect(!since(line), "\(line)")
      #expect(normalizer.tokens(line).map(\.surface).contains("for"), "\(line)")
    }
    for line in ["since Monday", "since 3 weeks ago", "since the accident", "since 2019", "since then"] {
      #expect(since(line), "\(line)")
    }
  }

  /// A question inside a run-on line starts a clause, as if a full stop stood before it.
  @Test(arguments: [
    ("i have sciatica how long should i go", [0, 0, 0, 1, 1, 1, 1, 1]),
    ("no numbness is it ok", [0, 0, 1, 1, 1]),
    ("i do 20 mins can i go longer", [0, 0, 0, 0, 1, 1, 1, 1]),
    ("i pulled my back can the mat help", [0, 0, 0, 0, 1, 1, 1, 1]),
    ("my back is the problem", [0, 0, 0, 0, 0]),
    // After a number "is the" asks: a quantity ends what was said before it.
    ("bad since 2015 is the mat worth it", [0, 0, 0, 1, 1, 1, 1, 1]),
    ("the problem is 20 is a lot", [0, 0, 0, 0, 1, 1, 1]),
    ("how do i lie on it how long for", [0, 0, 0, 0, 0, 0, 1, 1, 1]),
    // One question, however it goes on; a question as the object of a verb; "do" of a
    // statement; a "when" that says when.
    ("how long should i go", [0, 0, 0, 0, 0]),
    ("not sure how long to go", [0, 0, 0, 0, 0, 0]),
    ("i do it every night", [0, 0, 0, 0, 0]),
    ("it hurts when i lie down", [0, 0, 0, 0, 0, 0]),
    ("i know what to do", [0, 0, 0, 0, 0]),
    // A verb with a person after it asks, after a subject too; "this should help" says.
    ("new to this should i do it at night", [0, 0, 0, 1, 1, 1, 1, 1, 1]),
    ("i hope this should help", [0, 0, 0, 0, 0]),
    // A request for tips with its "have you got" left out asks; tips had or wanted do not.
    ("way too painful any tips", [0, 0, 0, 1, 1]),
    ("i have not got any tips", [0, 0, 0, 0, 0, 0]),
    ("any advice", [0, 0]),
    // "What about" after a joining word asks anew; after a verb that takes it, it does not.
    ("i get it but what about my neck", [0, 0, 0, 0, 1, 1, 1, 1]),
    ("i wonder what about it works", [0, 0, 0, 0, 0, 0]),
  ])
  func startsAClauseWhereARunOnLineAsks(line: String, clauses: [Int]) {
    #expect(normalizer.tokens(line).map(\.clause) == clauses)
  }

  /// A denied list that goes on with "or" is denied to its end.
  @Test func negationReachesAlongAList() {
    let tokens = normalizer.tokens("i dont have any numbness down below or trouble peeing")
    #expect(tokens.last?.negatedBy != nil)
  }

  @Test func marksWhatNegationDenies() {
    let tokens = normalizer.tokens("I don't have any numbness but I have a fever")
    let denied = tokens.filter { $0.negatedBy != nil }.map(\.surface)
    #expect(denied.contains("numbness"))
    #expect(!denied.contains("fever"))
    #expect(normalizer.tokens("no fever").last?.negatedBy == 0)
    #expect(normalizer.tokens("no, fever").last?.negatedBy == nil)
    // Someone correcting themselves: "no wait" denies nothing after it.
    #expect(normalizer.tokens("25 minutes no wait 15").last?.negatedBy == nil)
    #expect(normalizer.tokens("no waiting list").last?.negatedBy != nil)
    #expect(words("no longer new") == ["not", "new"])
    #expect(normalizer.tokens("I'm no longer new").last?.negatedBy != nil)
  }

  @Test func appliesSynonymsIncludingInflectedForms() {
    let n = Normalizer(synonyms: ["risk": ["safe"], "shud": ["should"]])
    #expect(n.tokens("any risks").map(\.surface) == ["any", "safe"])
    #expect(n.tokens("shud i").map(\.surface) == ["should", "i"])
  }

  /// A synonym keyed by a stem of three letters or fewer is read only in its listed forms
  /// and plain plural: "mine" is stemmed "min", and is no minute.
  @Test func aShortStemTakesItsSynonymOnlyInItsOwnForms() {
    let n = Normalizer(synonyms: ["min": ["minute"], "lay": ["lie"], "laying": ["lie"]])
    for line in ["10 min", "10 mins"] { #expect(n.tokens(line).last?.surface == "minute", "\(line)") }
    #expect(n.tokens("laying").map(\.surface) == ["lie"])
    #expect(n.tokens("pain like mine").last?.surface == "mine")
    #expect(n.tokens("pain like mine é").dropLast().last?.surface == "mine")
  }

  @Test func cutsVeryLongInput() {
    // Cut at 4 bytes per character allowed (2 000 × 4): 2 000 words of "mat ".
    let long = String(repeating: "mat ", count: 10_000)
    #expect(normalizer.tokens(long).count == 2000)
  }

  /// The stops of an abbreviation of lone letters end no clause, and its letters are one
  /// word: "e.g." is "eg", "7 a.m." is "7 am"; a lone letter ending a sentence still ends it.
  @Test func dottedAbbreviationsAreOneWord() {
    for line in ["I use it at 7 a.m. before work", "I use it at 7 A.M. before work", "contraindications, e.g. osteoporosis é"] {
      let tokens = Normalizer().tokens(line)
      #expect(Set(tokens.map(\.clause)).count == (line.contains(",") ? 2 : 1), "\(line)")
      #expect(tokens.contains { $0.surface == "am" || $0.surface == "eg" }, "\(line)")
    }
    #expect(Set(Normalizer().tokens("I pick plan a. then it works").map(\.clause)).count == 2)
  }

  /// The one-pass reader of ASCII lines must give exactly what the general path gives.
  @Test func asciiPathAgreesWithTheGeneralPath() {
    let n = Normalizer(
      synonyms: ["lying": ["lie"], "any risks": ["safe"], "shud": ["should"]],
      numberPhrases: ["half an hour": "30 minutes", "an hour": "1 hour"])
    var lines = LabelledSetTests.examples.map(\.text) + [
      "I'm new, don't know", "its ok isnt it", "whats up?? youre great!!", "o'clock rock'n'roll ''", "10min x3",
      "it's the body's", "\u{1B}[31mred\u{1B}[0m text", "no longer new", "half an hour",
      "I have been lying down. Any risks?", "  ", "a", "'''", "mat's", "Shud I", "shouldn't've",
      "hellooo sooo pleeease", "nooo'o oops", "aaa1aaa zzzz", "unable to", "unable, to",
      "a sharp sort of pain", "I kinda pulled it", "kind of, sort of", "driver - ill", "10 - 15", "- a -", "x -- y", "rear-ended",
      "7 a.m. e.g. this, i.e. that", "A.M. a. b.c. d.e.f.", "i.e.x.", ".a.b.", "\u{1B}[1ma.m. at 7", "x\u{1B}[0m.y.",
    ]
    // Random lines from a small alphabet, so that apostrophes, digits and clause marks meet.
    var state: UInt64 = 7
    let alphabet = Array("abcdeimnorstuwy '019.,?!-")
    for _ in 0..<500 {
      var line = ""
      for _ in 0..<30 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        line.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      lines.append(line)
    }
    var compared = 0
    for line in lines {
      var copy = line
      guard let fast = copy.withUTF8({ n.tokensASCII($0) }) else { continue }
      #expect(fast == n.generalTokens(line), "\(line)")
      compared += 1
    }
    #expect(compared > lines.count / 2)
    // Lines the one-pass reader leaves to the general path.
    for line in ["twenty five minutes", "half an hour", "an HOUR", "no longer new", "one's", "ONE'S"] {
      var copy = line
      #expect(copy.withUTF8({ n.tokensASCII($0) }) == nil, "\(line)")
    }
  }
}

@Suite struct NormalizerLimitsTests {
  @Test func aLongLineIsCutOnAWholeScalar() {
    let text = String(repeating: "é", count: 10)  // two bytes each
    #expect(Normalizer.cut(text, toBytes: 5) == "éé")
    #expect(Normalizer.cut("abc", toBytes: 5) == "abc")
  }

  @Test func oneHugeGraphemeIsCutByItsBytes() {
    // A letter with a million combining marks is one Character: a cut that counted
    // characters would keep all of it.
    let huge = "a" + String(repeating: "\u{301}", count: 100_000) + " how long"
    let tokens = Normalizer().tokens(huge)
    #expect(tokens.count <= 1)
  }
}

extension NormalizerTests {
  @Test func twoDenialsInARowCancel() {
    let tokens = Normalizer().tokens("I can't not notice the numbness")
    #expect(tokens.allSatisfy { $0.negatedBy == nil })
    #expect(Normalizer().tokens("I can't feel my legs").last?.negatedBy != nil)
  }

  /// Doubt is no denial: "not sure", "don't know", "no idea" deny only the knowing, and
  /// what follows is what is asked.
  @Test func doubtDeniesOnlyTheKnowing() {
    for line in ["not sure how long to stay on", "I don't really know how long to stay on", "no idea how long to stay on"] {
      let tokens = Normalizer().tokens(line)
      #expect(tokens.first { $0.word == "long" }?.negatedBy == nil, "\(line)")
      #expect(tokens.contains { $0.negatedBy != nil }, "\(line)")
    }
    #expect(Normalizer().tokens("I don't want it too long").last?.negatedBy != nil)
    // Before anything but a question word, the denial reaches on: "not sure about the 30".
    #expect(Normalizer().tokens("not sure about the 30 minutes").last?.negatedBy != nil)
    #expect(Normalizer().tokens("I don't remember any tingling in my groin").first { $0.surface == "tingling" }?.negatedBy != nil)
  }

  /// A letter drawn out three times or more is one: "hellooo" is hello, "sooo" so.
  @Test func aLetterDrawnOutIsOne() {
    #expect(Normalizer().tokens("hellooo, sooo pleeease, thanksss").map(\.surface) == ["hello", "so", "please", "thanks"])
    #expect(Normalizer().tokens("sooo oops").map(\.surface) == ["so", "oops"])
    #expect(Normalizer().tokens("1000 coffee").map(\.surface) == ["1000", "coffee"])
  }

  /// "Unable to" is read as "can not", on both paths: "unable to control my bladder".
  @Test func unableToIsCanNot() {
    let tokens = Normalizer().tokens("unable to control my bladder")
    #expect(tokens.map(\.surface) == ["can", "not", "control", "my", "bladder"])
    #expect(tokens[2].negatedBy == 1)
    #expect(tokens[0].typed == "unable to")
    #expect(Normalizer().tokens("I was unable, to be honest").map(\.surface).contains("unable"))
  }

  /// "Not able to" and "not been able to" are read as "can not" too, what was typed kept
  /// with the first word; "able to" with no denial, or "able" alone, are as typed.
  @Test func notAbleToIsCanNot() {
    let tokens = Normalizer().tokens("I haven't been able to pass water")
    #expect(tokens.map(\.surface) == ["i", "have", "can", "not", "pass", "water"])
    // ("haven't" was typed for "have" and its "not": the rest is the first word's.)
    #expect(tokens[2].typed == "been able to")
    #expect(Normalizer().tokens("I have not been able to pee")[2].typed == "not been able to")
    #expect(Normalizer().tokens("not able to feel my foot").map(\.surface) == ["can", "not", "feel", "my", "foot"])
    #expect(Normalizer().tokens("I am able to lie still").map(\.surface).contains("able"))
    #expect(Normalizer().tokens("not able, to be honest").map(\.surface).contains("able"))
    #expect(Normalizer().tokens("not quite able to").map(\.surface).contains("able"))
    #expect(Normalizer().tokens("I won't be able to walk to work tomorrow").map(\.surface).contains("able"))
    #expect(Normalizer().tokens("is it normal to not be able to pee").map(\.surface).suffix(3) == ["can", "not", "pee"])
  }
}

extension NormalizerTests {
  /// A capital inside a sentence marks a name; a capital that starts a sentence, "I",
  /// shouting and Title Case do not.
  @Test func namesAreWordsCapitalisedInsideASentence() {
    #expect(Normalizer.names(in: "whats the weather like tomorrow in Leeds") == ["leeds"])
    #expect(Normalizer.names(in: "Is Shakti any good? Leeds is cold.") == ["shakti"])
    #expect(Normalizer.names(in: "I'm new, I think").isEmpty)
    #expect(Normalizer.names(in: "my legs are NUMB").isEmpty)
    #expect(Normalizer.names(in: "My Legs Are Numb Since Monday").isEmpty)
  }
}

extension NormalizerTests {
  /// A question in a statement's word order is read in a question's; a clause that says
  /// when or where asks nothing, nor does a statement whose subject is "what I do".
  @Test func aQuestionInAStatementsWordOrderIsReadAsAsked() {
    #expect(words("what you can do?") == ["what", "can", "you", "do"])
    #expect(words("how I should lie on it") == ["how", "should", "i", "lie", "on", "it"])
    #expect(words("why I have back pain") == ["why", "do", "i", "have", "back", "pain"])
    #expect(words("ok. what I do after?") == ["ok", "what", "do", "i", "do", "after"])
    #expect(words("when I lie on it, it hurts") == ["when", "i", "lie", "on", "it", "it", "hurts"])
    #expect(words("and what I do is 20 minutes").prefix(4) == ["and", "what", "i", "do"])
    #expect(words("what I do is lie on it").prefix(4) == ["what", "i", "do", "is"])
    // Told, known or not: the question in it is read as asked.
    #expect(words("nobody explained how you use it") == ["nobody", "explained", "how", "do", "you", "use", "it"])
    #expect(words("tell me what I do first") == ["tell", "me", "what", "do", "i", "do", "first"])
    #expect(words("not sure how I should lie") == ["not", "sure", "how", "should", "i", "lie"])
    #expect(words("I saw how I lie on it").prefix(4) == ["i", "saw", "how", "i"])
    // Told or known outright, it is told: only denied does it ask.
    #expect(words("the physio showed me how I should lie").suffix(4) == ["how", "i", "should", "lie"])
    #expect(words("I understand how you use it now").prefix(4) == ["i", "understand", "how", "you"])
    #expect(words("I don't know how I should lie").suffix(4) == ["how", "should", "i", "lie"])
    // A thing's name before its "is" at the clause's end, asked for: "explain what X is".
    #expect(words("explain what one of these mats is").suffix(6) == ["what", "is", "1", "of", "these", "mats"])
    #expect(words("I love what this mat is") == ["i", "love", "what", "this", "mat", "is"])
    #expect(words("tell me what I think it is").suffix(5) == ["what", "i", "think", "it", "is"])
  }

  /// "Get of it" is "get off it"; "a roll of tape" keeps its "of".
  @Test func ofAfterAVerbOfGettingDownIsOff() {
    #expect(Normalizer().tokens("how do I get of it").map(\.surface).contains("off"))
    #expect(Normalizer().tokens("i rolled of the mat").map(\.surface).contains("off"))
    #expect(!Normalizer().tokens("a roll of tape").map(\.surface).contains("off"))
    #expect(!Normalizer().tokens("get out of it").map(\.surface).contains("off"))
  }
}

extension NormalizerTests {
  /// "Where can I by one" is "buy"; "I walked by the lake" keeps its "by".
  @Test func byAfterASubjectBeforeWhatIsBoughtIsBuy() {
    #expect(Normalizer().tokens("where can i by a decent one").map(\.surface).contains("buy"))
    #expect(Normalizer().tokens("best place to by one").map(\.surface).contains("buy"))
    #expect(!Normalizer().tokens("i walked by the lake").map(\.surface).contains("buy"))
    #expect(!Normalizer().tokens("i lie by the window").map(\.surface).contains("buy"))
    #expect(!Normalizer().tokens("that helped, thank you by the way").map(\.surface).contains("buy"))
    #expect(!Normalizer().tokens("can i by the way ask something").map(\.surface).contains("buy"))
    // "What's" as it sounds.
    #expect(Normalizer().tokens("wats this mat").map(\.surface) == ["what", "is", "this", "mat"])
  }

  /// A question put the negative way round, its verb first and then "not" and the subject,
  /// asks and denies nothing; a question word before it, or no subject after, still denies.
  @Test func aNegativeQuestionDeniesNothing() {
    let normalizer = Normalizer()
    #expect(normalizer.tokens("isn't it dangerous with blood thinners?").allSatisfy { $0.negatedBy == nil })
    #expect(normalizer.tokens("but shouldn't I stop if it hurts").allSatisfy { $0.negatedBy == nil })
    #expect(normalizer.tokens("don't the spikes hurt you").allSatisfy { $0.negatedBy == nil })
    #expect(normalizer.tokens("why can't I feel my legs").contains { $0.negatedBy != nil })
    #expect(normalizer.tokens("don't use it when pregnant").contains { $0.negatedBy != nil })
    #expect(normalizer.tokens("my legs are fine, it isn't numb").contains { $0.negatedBy != nil })
  }

  /// An "'s" before "been" is "has": a noun's is not whose, and "it's been" is not "it is".
  @Test func anApostropheSBeforeBeenIsHas() {
    let normalizer = Normalizer()
    #expect(normalizer.tokens("me back's been crook").map(\.surface) == ["my", "back", "has", "been", "crook"])
    #expect(normalizer.tokens("it's been weeks").map(\.surface) == ["it", "has", "been", "weeks"])
    #expect(normalizer.tokens("it's sore").map(\.surface) == ["it", "is", "sore"])
    #expect(normalizer.tokens("my back's sore").map(\.surface) == ["my", "back", "sore"])
    // What the user typed is still quoted as typed.
    #expect(Token.quote(normalizer.tokens("my back's been bad"), 1...2) == "back's")
  }

  /// "The thing", "this thing" is the mat, unless a point is being made.
  @Test func theThingIsTheMat() {
    let normalizer = Normalizer()
    #expect(normalizer.tokens("how does this thing work").map(\.surface) == ["how", "does", "this", "mat", "work"])
    #expect(normalizer.tokens("the thing is, my back hurts").map(\.surface).contains("thing"))
    #expect(normalizer.tokens("the thing I hate is the spikes").map(\.surface).contains("thing"))
    #expect(normalizer.tokens("the only thing is the price").map(\.surface).contains("thing"))
    #expect(normalizer.tokens("this thing is great").map(\.surface) == ["this", "mat", "is", "great"])
  }

  /// A denial does not reach a time of its own: "never goes away even when I'm resting"
  /// denies the going away, not the resting.
  @Test func aDenialStopsAtATimeOfItsOwn() {
    let tokens = normalizer.tokens("the ache never goes away even when I'm resting")
    #expect(tokens.first { $0.surface == "goes" }?.negatedBy != nil)
    #expect(tokens.first { $0.surface == "resting" }?.negatedBy == nil)
    #expect(tokens.first { $0.surface == "even" }?.negatedBy == nil)
    #expect(normalizer.tokens("no pain when I wake up at night").first { $0.surface == "pain" }?.negatedBy != nil)
  }

  /// A statement with a tag question asks what it says without its "not": "it's not
  /// meant for long-term pain, is it?" asks about long-term pain. A tag is a clause of a
  /// verb and its subject alone; "it's not painful, it's fine" has none.
  @Test func aTagQuestionAsksWithoutTheStatementsNot() {
    let tagged = normalizer.tokens("it's not really meant for long-term pain, is it?")
    #expect(!tagged.contains { $0.surface == "not" })
    #expect(tagged.first { $0.surface == "pain" }?.negatedBy == nil)
    #expect(normalizer.tokens("I don't need to take my top off, do I?").first { $0.surface == "top" }?.negatedBy == nil)
    #expect(normalizer.tokens("it's not painful, it's fine").first { $0.surface == "painful" }?.negatedBy != nil)
    #expect(normalizer.tokens("it's not painful, is it ok").first { $0.surface == "painful" }?.negatedBy != nil)
  }

  /// A clock's colon is read as a point, "9:30" as "9.30", on both paths; a ratio or a
  /// colon after words ends its clause as before.
  @Test func readsAClocksColonAsAPoint() {
    #expect(normalizer.tokens("from 9:30 to 9:45").map(\.surface) == ["from", "9.30", "to", "9.45"])
    #expect(normalizer.tokens("café from 9:30 to 9:45").map(\.surface).contains("9.30"))
    #expect(normalizer.tokens("a 16:9 screen").map(\.clause) == [0, 0, 1, 1])
    #expect(normalizer.tokens("note: 20 mins").map(\.clause) == [0, 1, 1])
  }

  /// A denied verb does not reach the condition after it: "I shouldn't be using it while
  /// pregnant" denies the using, not the pregnancy; "no pain while lying on it" still
  /// denies the pain.
  @Test func aDeniedVerbStopsAtItsCondition() {
    let tokens = normalizer.tokens("I shouldn't be using it while pregnant")
    #expect(tokens.first { $0.surface == "using" }?.negatedBy != nil)
    #expect(tokens.first { $0.surface == "pregnant" }?.negatedBy == nil)
    #expect(normalizer.tokens("don't use it if you have a fever").first { $0.surface == "fever" }?.negatedBy == nil)
    #expect(normalizer.tokens("no pain while lying on it").first { $0.surface == "pain" }?.negatedBy != nil)
    #expect(normalizer.tokens("no pain while lying on it").first { $0.surface == "lying" }?.negatedBy != nil)
  }
}

extension NormalizerTests {
  /// The surfaces of `line` that a denial denies.
  func denied(_ line: String) -> [String] {
    Normalizer().tokens(line).filter { $0.negatedBy != nil }.map(\.surface)
  }

  @Test func eachClauseKnowsTheMarkThatOpenedIt() {
    for line in ["fever: no, chills? nope", "fever: no, chills? nope \u{e9}"] {  // both readers
      let tokens = Normalizer().tokens(line)
      #expect(tokens.map(\.openedBy) == [0, UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "?")] + (tokens.count > 4 ? [0] : []), "\(line)")
    }
    #expect(Normalizer().tokens("no fever - just stiff").map(\.openedBy) == [0, 0, UInt8(ascii: ","), 0])
  }

  @Test func aDenialGoesOnOverAListClosedByOr() {
    #expect(denied("not had any numbness, tingling or bladder trouble").contains("bladder"))
    #expect(denied("no numbness, tingling, or weakness").contains("weakness"))
    // Not a list: told after it, or too long to be an item, or no "or" to close it.
    #expect(!denied("no fever, just tingling or numbness in my leg").contains("tingling"))
    #expect(denied("no fever, numbness or tingling in my left leg since monday").contains("numbness"))
    #expect(!denied("no fever, numbness or tingling in my left leg since monday when I woke up").contains("numbness"))
    #expect(!denied("no fever, numb legs").contains("numb"))
    #expect(!denied("no fever. numbness or weakness").contains("numbness"))
  }

  @Test func aDenialBeforeAColonDeniesTheListAfterIt() {
    let list = denied("things I don't have: numbness, fever, weight loss. I do have a tight back")
    #expect(["numbness", "fever", "weight", "loss"].allSatisfy(list.contains))
    #expect(!list.contains("tight"))
    #expect(denied("I have none of: fever, numbness, weakness").contains("weakness"))
    // A colon after a denied sign tells what there is instead.
    #expect(!denied("no fever: numbness in my left leg since monday").contains("numbness"))
    // The list ends with its sentence.
    #expect(!denied("things I don't have: fever, numbness. left leg weakness since monday").contains("weakness"))
  }

  @Test func aDenialAfterWhatItDenies() {
    #expect(denied("fever no, chills no") == ["fever", "chills"])
    #expect(denied("fever? nope. numbness: none") == ["fever", "numbness"])
    // Not a clause of someone saying no, nor a question with it, nor a denial that opens.
    #expect(denied("I said no").isEmpty)
    #expect(denied("my leg is numb, no").isEmpty)
    #expect(denied("no, fever").isEmpty)
  }

  @Test func zeroDeniesWhatFollowsIt() {
    #expect(denied("zero fever, 0 numbness") == ["fever", "numbness"])
    #expect(denied("from zero to 20 minutes").isEmpty)
    #expect(denied("nil numbness") == ["numbness"])
  }

  @Test func whatOneCannotStopHappens() {
    #expect(!denied("I couldn't stop myself wetting the bed").contains("wetting"))
    #expect(!denied("my legs can't stop shaking").contains("shaking"))
    #expect(denied("I didn't stop the session").contains("session"))
    // Only a doing ("-ing") is what could not be stopped: "halfway" is denied with the stop.
    #expect(denied("I didn't stop halfway through the session").contains("halfway"))
  }
}

extension NormalizerTests {
  /// "A bed of nails" is read as the mat; a dash before "or" goes on with a list.
  @Test func aBedOfNailsIsTheMatAndADashBeforeOrIsNoPause() {
    #expect(Normalizer(synonyms: ["nails": ["spike"]]).tokens("is lying on a bed of nails safe").map(\.word).contains("mat"))
    #expect(Normalizer().tokens("haven't had any falls - or accidents").map(\.clause).allSatisfy { $0 == 0 })
    #expect(Normalizer().tokens("no falls - just stiff").map(\.clause) == [0, 0, 1, 1])
  }
}

extension NormalizerTests {
  /// A filler is dropped; one set apart by commas after a clause of three words or more
  /// joins the clauses it split, so that "or would that, um, wake me up" asks one thing;
  /// after a short answer it is a pause ("no, um, I wet myself" denies nothing).
  @Test func fillersAreDroppedAndJoinWhatTheySplit() {
    let tokens = Normalizer().tokens("is it ok or would that, um, wake me up")
    #expect(tokens.map(\.surface) == ["is", "it", "ok", "or", "would", "that", "wake", "me", "up"])
    #expect(Set(tokens.map(\.clause)).count == 1)
    let opening = Normalizer().tokens("um, how long? erm ok")
    #expect(opening.map(\.surface) == ["how", "long", "ok"])
    #expect(opening.map(\.clause) == [0, 0, 1])
    #expect(Normalizer().tokens("hmm where should the sore bit be").first?.typed == "hmm where")
    #expect(Normalizer().tokens("I went to the ER, um").map(\.surface).last == "er")
    #expect(Normalizer().tokens("I'm not, um, able to pee").map(\.surface) == ["i", "am", "can", "not", "pee"])
    let answer = Normalizer().tokens("no, um, I wet myself")
    #expect(answer.map(\.clause) == [0, 1, 1, 1])
    #expect(answer.dropFirst().allSatisfy { $0.negatedBy == nil })
    #expect(Set(Normalizer().tokens("I can not, er, feel my bum").map(\.clause)).count == 1)
  }
}

extension NormalizerTests {
  /// Two spaced dashes round a word or two are brackets round an aside, not two pauses;
  /// a longer stretch between them is a pause of its own.
  @Test func dashesRoundAShortAsideSplitNothing() {
    #expect(Set(Normalizer().tokens("I've been using again - injecting - after two clean years").map(\.clause)).count == 1)
    #expect(Set(Normalizer().tokens("Delivery driver - been feeling ill for days - help").map(\.clause)).count == 3)
    #expect(Set(Normalizer().tokens("no pain - just numbness").map(\.clause)).count == 2)
    #expect(Set(Normalizer().tokens("a rear-ended car - mine - is in the garage").map(\.clause)).count == 1)
    // A denial between them is an answer of its own: "no - not really - I wet myself".
    #expect(Set(Normalizer().tokens("no - not really - I wet myself this morning").map(\.clause)).count == 3)
    #expect(Set(Normalizer().tokens("bladder - no problems - bowels").map(\.clause)).count == 3)
    // More dashes make a list, each item its own.
    #expect(Set(Normalizer().tokens("bladder - fine - bowels - I had an accident this morning").map(\.clause)).count == 4)
  }

  /// "Pretty much" hedges what follows it: "it has hurt pretty much every day".
  @Test func prettyMuchIsAHedge() {
    #expect(Normalizer().tokens("it has hurt pretty much every day").map(\.surface) == ["it", "has", "hurt", "every", "day"])
    #expect(Normalizer().tokens("a pretty mat").map(\.surface) == ["a", "pretty", "mat"])
  }

  /// An amount says how much, not what: "a degree of control", "a bit of a temperature",
  /// "lost a bit of feeling"; "a bit of" before anything else stays ("a bit of leaking").
  @Test func anAmountIsAHedge() {
    let words = { (line: String) in Normalizer().tokens(line).map(\.surface) }
    #expect(words("I have lost a degree of control") == ["i", "have", "lost", "control"])
    #expect(words("a bit of a temperature") == ["a", "temperature"])
    #expect(words("I lost a little bit of feeling") == ["i", "lost", "feeling"])
    #expect(words("a touch of numbness") == ["numbness"])
    #expect(words("only a bit of leaking") == ["only", "a", "bit", "of", "leaking"])
    #expect(words("a bit of blood") == ["a", "bit", "of", "blood"])
    // Nor across a clause: "I lost a bit, of course".
    #expect(words("I lost a bit, of course").contains("bit"))
    // What the user typed stays with the word after it.
    #expect(Normalizer().tokens("lost a bit of feeling").last?.typed == "a bit of feeling")
  }

  /// "Ill" typed for "I'll" before a verb, opening what is said: a plan; unwell otherwise.
  @Test func illBeforeAVerbIsIWill() {
    let words = { (line: String) in Normalizer().tokens(line).map(\.surface) }
    #expect(words("ok ill try 10 minutes") == ["ok", "i", "will", "try", "10", "minutes"])
    #expect(words("ill give it a go") == ["i", "will", "give", "it", "a", "go"])
    #expect(words("I feel ill today") == ["i", "feel", "ill", "today"])
    #expect(words("been ill, do I stop") == ["been", "ill", "do", "i", "stop"])
    #expect(words("I've been ill just recently") == ["i", "have", "been", "ill", "just", "recently"])
  }
}
