import MatCoachKit
import Testing

@Suite struct CoachTests {
  func last(_ lines: String...) -> Reply { TestSupport.conversation(lines).last! }

  /// What the coach remembers of a fact after the lines.
  func fact(_ name: String, after lines: String...) -> String? {
    var coach = TestSupport.coach()
    for line in lines { _ = coach.respond(to: line) }
    return coach.profile[name]?.value
  }

  @Test func aBeginnerIsToldFiveToTenMinutesAsTailored() {
    let reply = last("I'm new to this", "thanks", "how long should a session be?")
    #expect(reply.intent == "duration")
    #expect(reply.text.hasPrefix("Since you're new to this"))
    #expect(reply.text.contains("5 to 10 minutes"))
    #expect(reply.tailoredTo == ["experience"])
  }

  @Test func withNoFactsTheGeneralDurationAnswer() {
    let reply = last("how long should a session be?")
    // The guide's 5 to 10 minutes are for beginners; its figures run to "even 30".
    #expect(reply.text.hasPrefix("If you're new, start with 5 to 10 minutes"))
    #expect(reply.text.contains("about 20"))
    #expect(reply.text.contains("or even 30"))
    #expect(!reply.text.contains("at most"))
    #expect(reply.tailoredTo.isEmpty)
  }

  @Test func durationStepsUpFromWhatTheUserDoes() {
    #expect(last("I do 5 minutes").text.contains("Work up to 10"))
    #expect(last("I do 10 minutes").text.contains("try 15 minutes next"))
    #expect(last("I do 15 minutes", "how long?").text.contains("step up to 20"))
    #expect(last("I do 20 minutes", "how long?").text.contains("up to 30"))
    #expect(last("I do 30 minutes", "how long should I go?").text.contains("top of the guide's range"))
    #expect(last("can I do 45 minutes?").text.contains("45 minutes is longer than the guide goes"))
  }

  @Test func whatNextIsAboutLengtheningForSomeoneWithSessions() {
    // With no sessions yet, "what next?" is how to begin; with some, how to go on.
    #expect(last("what next?").intent == "getting-started")
    #expect(last("I'm new to this", "what now?").text.hasPrefix("Welcome!"))
    let going = last("I've used it a few times", "I do 15 minutes", "what should I do next?")
    #expect(going.intent == "duration")
    #expect(going.text.contains("step up to 20"))
    #expect(last("I do 25 minutes", "what next?").text.contains("up to 30"))
    // "how do I use it" from a regular still gets the steps: only the `next` phrases defer.
    #expect(last("I use it regularly", "how do I use it?").intent == "getting-started")
  }

  @Test func skinMarkedOrHealingGetsItsOwnSafetyAnswer() {
    // Skin that is broken, healing or sore where the spikes press: kept off the mat, beyond
    // the guide and saying so; "scared" is no scar.
    let tattoo = last("got a new tattoo on my lower back two weeks ago, can I lie on the spikes yet?")
    #expect(tattoo.intent == "safety")
    #expect(tattoo.text.contains("Keep the spikes off skin that is broken, healing or sore"))
    #expect(tattoo.answers.first?.beyondGuide == true)
    #expect(last("my shoulders are sunburnt, ok to use the mat tonight?").text.contains("until it has healed"))
    #expect(last("is the mat bad for my spine?").text.hasPrefix("Use it sensibly"))
    #expect(last("scared ill make it worse if i go every day").intent == "frequency")
    // Two weeks of a tattoo on the back is no pain of two weeks.
    #expect(fact("pain", after: "got a new tattoo on my lower back two weeks ago") == nil)
    #expect(fact("pain", after: "been sore on my lower back for two weeks") == "acute")
    #expect(fact("pain", after: "I've been flat on my back for two weeks") == "acute")
  }

  @Test func aFactTheAnswerDoesNotWeighIsNotDropped() {
    let reply = last("I use it in the morning", "I do 15 minutes", "how long?")
    #expect(reply.text.contains("step up to 20"))
    #expect(reply.text.contains("In the morning as at any other time, the guide gives the same lengths"))
    #expect(reply.tailoredTo == ["minutes", "timing"])
    // An answer already written for the time of day gets no note about it.
    let morning = last("I use it in the morning", "how long?")
    #expect(morning.text.hasPrefix("Since you use it in the morning"))
    #expect(!morning.text.contains("In the morning as at any other time, the guide gives the same lengths"))
  }

  @Test func twoValuesOfAFactOfferedAsAChoiceStateNeither() {
    var coach = TestSupport.coach()
    let reply = coach.respond(to: "which is better, using it after I get up or later on before I go to bed?")
    #expect(reply.intent == "bedtime")
    #expect(coach.profile["timing"] == nil)
    _ = coach.respond(to: "I use it first thing, right after I get up")
    #expect(coach.profile["timing"]?.value == "morning")
  }

  @Test func whetherToGoOnThroughPainIsAnsweredWithWhenToStop() {
    // "Keep going" names no topic: it asks about the last answer, or the fact said with it.
    let reply = last("I do 20 minutes", "today I got a sharp stabbing pain in my spine on it", "should I keep going?")
    #expect(reply.text.contains("stop and talk to a healthcare professional"))
    #expect(last("should I push through the pain?").intent == "too-intense")
    #expect(last("i've been using it daily for months, should i keep going every day").intent == "frequency")
  }

  @Test func aCorrectedNumberReplacesTheOneBefore() {
    var coach = TestSupport.coach()
    _ = coach.respond(to: "i do 10 min")
    _ = coach.respond(to: "sorry typo, i meant 25")
    #expect(coach.profile["minutes"]?.value == "25")
    // The number it replaces may be named after it.
    _ = coach.respond(to: "sorry I meant 15 not 25")
    #expect(coach.profile["minutes"]?.value == "15")
  }

  @Test func thinkingAboutItReconsidersAndPlansNothing() {
    var coach = TestSupport.coach()
    _ = coach.respond(to: "pulled my back I think")
    _ = coach.respond(to: "actually no, thinking about it my back pain's been going on for about 3 years")
    #expect(coach.profile["pain"]?.value == "chronic")
    // A plan is still no fact: "thinking about going up to 30".
    _ = coach.respond(to: "I'm thinking about going up to 30 minutes")
    #expect(coach.profile["minutes"] == nil)
    _ = coach.respond(to: "I've switched to doing it in the mornings now")
    #expect(coach.profile["timing"]?.value == "morning")
  }

  @Test func aLowPainThresholdIsSensitivity() {
    var coach = TestSupport.coach()
    _ = coach.respond(to: "I've got a really low pain threshold")
    #expect(coach.profile["sensitivity"]?.value == "high")
  }

  /// A statement followed by a question about it is what is asked, unless the question
  /// names a topic of its own; small talk names none (here "quite", stemmed as "quit", is
  /// read as a goodbye).
  @Test func aStatementAskedAboutIsTheAnswerBesideSmallTalk() {
    let line = "I'm quite sensitive to pain, is there any way to ease into it?"
    #expect(TestSupport.compiled.classify(line).ranked.contains { $0.tier == IntentKind.chat.tier })
    #expect(last(line).intent == "too-intense")
  }

  @Test func whatSomeoneElseDoesIsNotAFactAboutTheUser() {
    // Asked about by a user who tells nothing of themselves, it is what they ask.
    let friends = TestSupport.conversation(["my friend does 40, should I?", "would 45 be too much?"])
    #expect(friends.allSatisfy { $0.intent == "duration" && $0.profile["minutes"] == nil })
    var coach = TestSupport.coach()
    _ = coach.respond(to: "I'm brand new, the mat arrived today")
    let reply = coach.respond(to: "my wife does 40 mins on hers, is that ok for me?")
    #expect(coach.profile["minutes"] == nil)
    #expect(coach.profile["experience"]?.value == "new")
    #expect(reply.text.contains("5 to 10 minutes"))
    // With the user in it, it is theirs; after "at" or "with", someone else is a place or company.
    _ = coach.respond(to: "my wife and I do 20 minutes")
    #expect(coach.profile["minutes"]?.value == "20")
    _ = coach.respond(to: "I used one at my sister's for months")
    #expect(coach.profile["experience"]?.value == "regular")
    // The user named in the clause makes it theirs: a bus driver is no one else.
    #expect(TestSupport.conversation(["I'm a bus driver with back pain for years"]).last!.profile["pain"]?.value == "chronic")
    #expect(TestSupport.conversation(["me and my wife are both new to this"]).last!.profile["experience"]?.value == "new")
    // What someone says of the user is the user's: the GP's "not chronic" takes it back.
    let told = TestSupport.conversation(["I've got chronic back pain", "sorry I went to the GP this morning and she reckons it's not chronic"])
    #expect(told.last!.profile["pain"] == nil)
  }

  @Test func aFactBesideAQuestionInItsOwnWordsIsWhatItIsAbout() {
    let reply = last("I use it before bed, about 15 minutes", "is 15 enough or should I do more before bed?")
    #expect(reply.intent == "duration")
    #expect(reply.text.contains("step up to 20"))
    // A question whose answers do not weigh the fact competes with it as before.
    #expect(last("why use it before bed?").answers.map(\.intent).contains("bedtime"))
    // Two questions joined by "and" are still two.
    #expect(last("can i use it before bed and how long for").answers.map(\.intent) == ["bedtime", "duration"])
  }

  /// "After a session" says when, not what: the question said with it is what is asked.
  @Test func whenASessionEndsIsNoQuestionOfItsOwn() {
    #expect(last("after I'm done do I need water, and should I get up slowly?").answers.map(\.intent)
      == ["hydration", "ending-session"])
    #expect(last("do i need to drink loads after a session").answers.map(\.intent) == ["hydration"])
    #expect(last("what should I do after a session?").answers.map(\.intent) == ["ending-session"])
  }

  /// A second question is found when it is mistyped in a clause that asks, and when the
  /// first question's words reach across it.
  @Test func aSecondQuestionMistypedOrInsideTheFirstsReach() {
    #expect(last("what stretches should i do with it, and will it make me more flexable").answers.map(\.intent)
      == ["stretching", "benefit-flexibility"])
    #expect(last("is it safe in general? and are there any conditions where i shouldnt use it").answers.map(\.intent)
      == ["safety", "medical-conditions"])
    // A mistyped word in a clause that asks nothing is no second question.
    #expect(last("how long should I lie on it, my husband is flexable").answers.map(\.intent) == ["duration"])
  }

  /// A name is never read as a typo of a keyword: "Leeds" is no "bleeds".
  @Test func aNameIsNoTypo() {
    #expect(last("whats the weather going to be like tomorrow in Leeds").kind == .fallback)
    // The same slip in lower case is corrected; with a capital inside a sentence, a name.
    #expect(last("how do I breth properly").answers.map(\.intent) == ["breathing"])
    #expect(last("how do I Breth properly").kind == .fallback)
  }

  /// Small talk opens or closes a line: inside a question it says none ("later in the day").
  @Test func smallTalkInsideAQuestionIsNone() {
    #expect(last("I use it at 7am, should I add another session later in the day?").answers.map(\.intent) != ["goodbye"])
    #expect(last("can I say hello to my neighbour while I lie there?").answers.map(\.intent) != ["greeting"])
    #expect(last("ok thanks, see you later").answers.map(\.intent).contains("goodbye"))
    #expect(last("hi there, how are you?").answers.map(\.intent) == ["greeting"])
    #expect(last("could you help me with the mat?").answers.map(\.intent) == ["help"])
    // After words that only lead in, small talk still opens the line.
    #expect(last("ok bye, will come back").answers.map(\.intent) == ["goodbye"])
  }

  /// Two kinds of small talk in a line that says nothing else are each answered, in order.
  @Test func thanksAndGoodbyeInOneLine() {
    #expect(last("ok thx bye").answers.map(\.intent) == ["thanks", "goodbye"])
    #expect(last("hi, thanks").answers.map(\.intent) == ["greeting", "thanks"])
    #expect(last("bye").answers.map(\.intent) == ["goodbye"])
  }

  /// Small talk that opens a line asking something else is answered briefly first, by the
  /// first sentence of its answer; a call for help is answered by the question itself.
  @Test func smallTalkOpeningAQuestionIsAnsweredBrieflyFirst() {
    let greeted = last("hi! just got my mat, how do i start?")
    #expect(greeted.answers.map(\.intent) == ["greeting", "getting-started"])
    #expect(greeted.answers.first?.text == "Hi!")
    #expect(last("thanks, also how often should i use it").answers.map(\.intent) == ["thanks", "frequency"])
    #expect(last("how long should I lie on it? thanks").answers.map(\.intent) == ["duration"])
    #expect(last("help, how long should I lie on it?").answers.map(\.intent) == ["duration"])
    #expect(last("bye for now, but first how long?").answers.map(\.intent) == ["duration"])
    #expect(last("got it for better sleep any tips").answers.first?.intent != "thanks")
    #expect(greeted.intent == "getting-started")
    #expect(Coach.firstSentence(of: "You're welcome! Anything else?") == "You're welcome!")
    #expect(Coach.firstSentence(of: "Use 5-10 min. Then more") == "Use 5-10 min.")
    #expect(Coach.firstSentence(of: "no stop") == "no stop")
  }

  /// Questions in words the keywords gained in the tenth sitting, each a way people ask.
  @Test func questionsInEverydayWords() {
    for (line, intent) in [
      ("is this just a bed of nails thing?", "what-is-mat"), ("has it been clinically tested at all?", "evidence"),
      ("should my back be on it or just the sore bit?", "positioning"), ("how long per session?", "duration"),
      ("how long should each session be?", "duration"), ("what should I be working up to?", "duration"),
      ("does it help the blood go around the body?", "benefit-circulation"),
      ("please explain how the points act upon the body", "how-it-works"),
      ("so like how does this thing even work lol", "how-it-works"), ("what am i supposed to type here", "help"),
      ("what sort of stuff can you answer", "help"), ("is the mat gonna help or nah", "benefits"),
    ] {
      #expect(last(line).answers.map(\.intent) == [intent], "\(line)")
    }
    // Look-alikes of those words, elsewhere.
    #expect(last("I'm basically a beginner, how long should I go?").answers.map(\.intent) == ["duration"])
    #expect(last("how far apart should sessions be?").answers.map(\.intent) != ["duration"])
  }

  /// Doubt before a question word asks about it; doubt about a value stores nothing.
  @Test func doubtAsksAndStoresNothing() {
    #expect(last("not sure how long to stay on").answers.map(\.intent) == ["duration"])
    #expect(last("I'm not sure about the 30 minutes, how long?").profile["minutes"] == nil)
  }

  /// Whether the mat will help, asked in general: the benefits, or right after the answer
  /// about a condition told, that condition ("can the mat fix it?").
  @Test func whetherTheMatWillHelpAfterAConditionIsAboutIt() {
    #expect(last("will lying on it help my lumbar ache at all").answers.map(\.intent) == ["benefits"])
    #expect(last("what causes back pain and can the mat fix it?").answers.map(\.intent) == ["back-pain-causes", "benefits"])
    let replies = TestSupport.conversation(["I hurt my back this morning picking up my kid", "can the mat fix it?"])
    #expect(replies[1].answers.map(\.intent) == ["acute-pain"])
  }

  /// "Tonight" says when, not what: a value asked about, or a condition told, is what
  /// such a question asks; asked alone, it is about the evening.
  @Test func tonightSaysWhenNotWhat() {
    #expect(last("can I do 30 tonight?").answers.map(\.intent) == ["duration"])
    #expect(last("thinking of trying 60 minutes tonight, good idea?").text.contains("20-30"))
    #expect(last("my back locked up at work today, can i use the mat tonight").answers.map(\.intent) == ["acute-pain"])
    #expect(last("my back has ached for years, should I use it tonight?").answers.map(\.intent) == ["chronic-pain"])
    #expect(last("can I use it tonight?").answers.map(\.intent) == ["bedtime"])
    #expect(last("I'll do 45 tonight").text.contains("20-30"))
  }

  /// A topic asked only in general gives way to a topic of its own in the same question,
  /// and is asked too when said apart from it or after something told.
  @Test func aGeneralTopicGivesWayToOneOfItsOwnInTheSameQuestion() {
    #expect(last("will the mat help me unwind?").answers.map(\.intent) == ["benefit-stress"])
    #expect(last("can it help my back bend better im so stiff").answers.map(\.intent) == ["benefit-flexibility"])
    #expect(last("why does my lower back hurt so much and will the mat help?").answers.map(\.intent) == ["back-pain-causes", "benefits"])
    #expect(last("unboxed the shakti thing first go tonight anything i should know").answers.map(\.intent) == ["getting-started"])
    #expect(last("first time on the mat tonight any tips").answers.map(\.intent) == ["getting-started"])
  }

  /// A bare length to try is a question about how long ("should I try 30?" was once told
  /// it was off the subject); so is time added.
  @Test func aLengthToTryIsAskedAbout() {
    var coach = TestSupport.coach()
    _ = coach.respond(to: "doing 20 mins")
    #expect(coach.respond(to: "should i try 30?").answers.map(\.intent) == ["duration"])
    #expect(coach.respond(to: "should i go for 30?").answers.map(\.intent) == ["duration"])
    #expect(coach.respond(to: "can i add time").answers.map(\.intent) == ["duration"])
  }

  /// What the mat is likened to gives way to what is asked about it; a comparison that
  /// asks about the other thing, or tells how the mat felt, does not.
  @Test func whatTheMatIsLikenedToGivesWay() {
    #expect(last("is it like a sports massage where you need days off in between").answers.map(\.intent) == ["frequency"])
    #expect(last("is it like the chiropractor where you have to lie a certain way").answers.map(\.intent) == ["positioning"])
    #expect(last("does it work like painkillers, only while youre on it, or does it last").answers.map(\.intent) == ["results"])
    #expect(last("is the mat better than my tens machine").answers.map(\.intent) == ["other-devices"])
    // A topic told of the user in a clause of its own is no question to give way to.
    #expect(last("is it like yoga, I do yoga twice a week").answers.map(\.intent).contains("other-therapies"))
    #expect(last("is it like physio? I go once a week").answers.map(\.intent).contains("other-therapies"))
    #expect(last("so like what is it and how does it work").answers.map(\.intent) == ["what-is-mat", "how-it-works"])
  }

  /// What the user has tried, told before what they ask, is told, not asked about; a pain
  /// told in one clause and asked about in another is asked about; "reckon" said short of
  /// "do you reckon" asks.
  @Test func whatWasTriedIsToldAndAPainToldIsAskedAbout() {
    #expect(
      last("been suffering on and off for over a decade with my back, tried physio, tablets, the lot, is it worth a go for long term pain")
        .answers.map(\.intent) == ["chronic-pain"])
    #expect(last("I've tried stretching, how long should I lie on it?").answers.map(\.intent) == ["duration"])
    // (The pain told before the question and named in it, beside a second question.)
    #expect(
      last("my back has been bad for years, is it worth a go for long term pain and how long should I lie on it").answers.map(\.intent)
        == ["chronic-pain", "duration"])
    // (The pain told in one clause, its length in another, and asked about in a third.)
    #expect(last("sore for a decade, does it work on chronic pain and how long should I do?").answers.map(\.intent) == ["chronic-pain", "duration"])
    #expect(last("sore for a decade, does it help long term pain, and how often?").answers.map(\.intent) == ["chronic-pain", "frequency"])
    // Relief that lasts, asked with a chronic pain told: how to use it for that pain.
    #expect(last("I've had lower back pain for about ten years, is the mat worth using long term for that").answers.map(\.intent) == ["chronic-pain"])
    #expect(last("does it work long term?").answers.map(\.intent) == ["results"])
    #expect(last("can I use it with physio?").answers.map(\.intent) == ["other-therapies"])
    // So is a treatment said to have failed: "physio hasn't fixed it".
    #expect(!last("bad back for years and massage hasn't fixed it. will the mat help long term?").answers.map(\.intent).contains("other-therapies"))
    #expect(last("is a chiropractor worth it").answers.map(\.intent) == ["back-care"])
    #expect(last("I'm trying to lose weight, does the mat help with that?").answers.map(\.intent) == ["other-claims", "benefits"])
    #expect(last("ive had a crook back for about three years now, reckon this thing will actually help").answers.map(\.intent) == ["chronic-pain"])
  }

  /// How a strain happened may follow when it did: "my back went this arvo bending over"
  /// tells of the strain, and the question after it is about the strain, not flexibility.
  @Test func howItHappenedAfterWhenItDidIsTold() {
    #expect(last("me back went this arvo bending over in the garden, is the mat a good idea or will it make it worse")
      .answers.map(\.intent) == ["acute-pain"])
    #expect(last("so ive been good and used it every night for a week now, my back feels exactly the same, is that normal")
      .answers.map(\.intent).contains("results"))
    // Right after it, what the user was doing names no topic either.
    #expect(last("strained my back doing stretches, can the mat help?").answers.map(\.intent) == ["acute-pain"])
    #expect(last("pulled my back doing yoga, can I use the mat?").answers.map(\.intent) == ["acute-pain"])
  }

  /// Of two topics too close to call, the one named where the line asks is asked; the
  /// other was only told.
  @Test func ofTwoCloseTopicsTheOneAskedIsAnswered() {
    #expect(last("I do yoga twice a week, does the mat fit in with that?").kind == .answer)
    #expect(last("I do yoga twice a week, does the mat fit in with that?").answers.map(\.intent) == ["other-therapies"])
    #expect(
      last("strained my back so getting up off the floor is hard work. what's the best way to get up after a session?")
        .answers.map(\.intent) == ["ending-session"])
  }

  /// A question only in general ("can the mat help?") after a statement about oneself is
  /// about that: the statement's topic answers it.
  @Test func aGeneralQuestionAfterAStatementIsAboutIt() {
    #expect(last("i pulled something in my back this morning can the mat help").intent == "acute-pain")
    #expect(last("strained my lower back yesterday, will the mat help with that?").intent == "acute-pain")
    // Asked beside another question, too.
    let both = last("i've had back pain for 5 years, can the mat help, and how often should i use it?")
    #expect(both.answers.map(\.intent) == ["chronic-pain", "frequency"])
    // Without a statement the general topic answers.
    #expect(last("can the mat help?").intent == "benefits")
    #expect(last("I'm so stressed at work, can the mat help?").intent != "acute-pain")
  }

  /// Someone who uses the mat in the morning, asking about the time of day, hears what the
  /// guide says (the evening) and that it says nothing against mornings.
  @Test func theTimeOfDayForAMorningUser() {
    let replies = TestSupport.conversation(["I use it in the morning", "what's the best time to use it?"])
    #expect(replies[1].answers.map(\.intent) == ["bedtime"])
    #expect(replies[1].text.contains("doesn't mention mornings"))
    let asked = TestSupport.conversation(["I use it in the morning", "can I use it before bed?"])
    #expect(!asked[1].text.contains("mornings"))
  }

  /// A question only in general about a pain it names after it, in its clause ("any good
  /// for ongoing back pain?"), is about that pain; one named before it is not asked about.
  @Test func aGeneralQuestionAboutAPainItNamesIsAboutThePain() {
    #expect(last("is the spike mat any good for ongoing back pain that never fully goes away?").intent == "chronic-pain")
    #expect(last("Does the mat help with a brand new back injury or is it only for long-term stuff?").intent == "acute-pain")
    #expect(last("is the prickly mat any good for my back?").intent == "benefits")
    // Named by a topic's phrase that tells no fact ("pain that old", "lbp").
    #expect(last("is the spike mat any good for pain that old?").intent == "chronic-pain")
    #expect(last("is the mat any good for lbp?").intent == "chronic-pain")
    #expect(last("explain how to use it for a back that has just gone into spasm").intent == "acute-pain")
    // "Help" in a question is small talk only when nothing is told: a fact told beside it
    // is what the question asks about.
    #expect(last("back pain since 2019, the mat can help me?").intent == "chronic-pain")
    // The first named, whether by a topic's phrase or a fact the question asks about.
    #expect(last("is it good for a fresh back strain or only long term pain").intent == "acute-pain")
    #expect(last("is it any use for long term pain or only a fresh strain?").intent == "chronic-pain")
    // ... or about the fact it asks: the minutes of "should I do 5 minutes or 20?".
    #expect(last("first time tomorrow, should I do 5 minutes or 20?").intent == "duration")
  }

  @Test func aTopicOutsideTheGuideNamedInPassingGivesWay() {
    #expect(last("hurt my back two weeks ago picking up my toddler").intent == "acute-pain")
    #expect(last("I threw my back out yesterday picking up my kid, can I use the mat?").intent == "acute-pain")
    // Each fact said once, in its fullest words.
    let noted = last("I use it first thing, right after I get up").message ?? ""
    #expect(noted.hasPrefix("Noted:"))
    #expect(noted.components(separatedBy: "in the morning").count == 2)
    #expect(last("can my toddler use it?").intent == "children")
    // A question opened between them is asked: the price is still answered.
    #expect(last("I've had back pain for years and wonder how much the mat costs").answers.map(\.intent).contains("buying"))
  }

  @Test func isThatTooMuchAfterALengthAsksAboutTheLength() {
    #expect(last("I'm a regular, I do half an hour every night", "is that too much?").intent == "duration")
    #expect(last("it hurts, is that normal?").intent == "too-intense")
    // Pain said now keeps its topic, whatever was said before: no "go longer".
    #expect(last("I do 10 minutes before bed", "it hurts, should I keep going?").intent == "too-intense")
    // Said of the last answer ("is [that] too much?"), even when it used the length.
    #expect(last("I'm doing 30 minutes each time", "is that too much?").intent == "duration")
    // A number said comes before a time of day: "that" is the 90 minutes.
    #expect(last("I fall asleep on it for like 90 minutes at night", "is that bad?").text.contains("90 minutes is longer"))
  }

  @Test func durationForEachKindOfPerson() {
    #expect(last("I have chronic pain", "how long?").text.contains("about 20 minutes"))
    #expect(last("I pulled my back", "how long?").text.contains("several times a day"))
    #expect(last("I use it before bed", "how long?").text.contains("before bed"))
    #expect(last("it's too intense", "how long?").text.contains("thin cloth or towel"))
  }

  @Test func frequencyForEachKindOfPerson() {
    #expect(last("I have chronic pain", "how often should I use it?").text.contains("once or twice a day"))
    #expect(last("I strained my back", "how often?").text.contains("several times a day"))
    let general = last("how often?").text
    #expect(general.contains("consistency"))
  }

  @Test func aStatementAloneIsAnsweredAndRemembered() {
    let replies = TestSupport.conversation(["I have chronic pain", "/profile"])
    #expect(replies[0].intent == "chronic-pain")
    #expect(replies[1].text.contains("pain: chronic"))
  }

  @Test func aRedFlagHoldsMatAdviceUntilItIsSeenTo() {
    let replies = TestSupport.conversation([
      "I'm new", "I have numbness in both legs", "how long?", "I saw a doctor, it was nothing", "how long?",
    ])
    #expect(replies[1].intent == "red-flags")
    #expect(replies[1].notice?.tier == .emergency)
    #expect(replies[1].text.contains("emergency"))
    #expect(!replies[1].text.contains("minutes"))
    #expect(!replies[1].text.contains("You could also ask"))
    #expect(replies[2].answers.isEmpty)
    #expect(replies[2].notice?.kind == .reminder)
    #expect(!replies[2].text.contains("minutes"))
    #expect(replies[3].notice?.text.contains("seen to") == true)
    #expect(replies[4].text.contains("Since you're new"))
    // What was heard is remembered, and shown.
    #expect(replies[4].profile.safety.heard.map(\.id) == ["both-legs"])
  }

  /// An emergency told of in someone else gets a word to get them help and no mat advice
  /// that turn, and nothing of it is remembered as the user's; an emergency of the user's
  /// heard before is still held, and one in the same line is said first.
  @Test func anEmergencyOfSomeoneElseIsNotTheUsers() {
    let replies = TestSupport.conversation([
      "my dad's using the mat and now he's got pain in his chest going into his left arm, can he keep going?", "how long?",
    ])
    #expect(replies[0].notice?.kind == .someoneElse)
    #expect(replies[0].notice?.someoneElse == ["chest-pain"])
    #expect(replies[0].notice?.signs == [])
    #expect(replies[0].text.contains("emergency"))
    #expect(replies[0].answers.isEmpty)
    #expect(replies[0].profile.safety.heard.isEmpty)
    #expect(replies[1].notice == nil)
    #expect(!replies[1].answers.isEmpty)
    let held = TestSupport.conversation([
      "I can't feel my legs since this morning", "my husband has chest pain right now, how long should I lie on the mat?", "how long?",
    ])
    #expect(held[1].notice?.kind == .someoneElse)
    #expect(held[1].answers.isEmpty)
    #expect(held[2].notice?.kind == .reminder)
    #expect(held[2].answers.isEmpty)
    let both = TestSupport.conversation(["I can't feel my legs and my husband has chest pain right now"])
    #expect(both[0].notice?.kind == .alarm)
    #expect(both[0].notice?.signs == ["both-legs"])
    #expect(both[0].notice?.someoneElse == ["chest-pain"])
    #expect(both[0].text.contains("in someone else"))
    #expect(both[0].profile.safety.heard.map(\.id) == ["both-legs"])
    // A condition of the user's to check gives way too: no mat advice while someone needs help.
    let check = TestSupport.conversation(["I'm pregnant and my husband has chest pain right now, how long should I lie on it?"])
    #expect(check[0].notice?.someoneElse == ["chest-pain"])
    #expect(check[0].answers.isEmpty)
  }

  /// A condition named is remembered; conditions asked about in general are answered and
  /// nothing is remembered ("what conditions should I check?" once left "you mentioned
  /// what conditions" in every later reply).
  @Test func aConditionAskedAboutIsNotRemembered() {
    let asked = TestSupport.conversation(["what conditions should I check with doctor first", "how long?"])
    #expect(asked[0].answers.map(\.intent) == ["medical-conditions"])
    #expect(asked[1].profile.safety.heard.isEmpty)
    #expect(asked[1].notice == nil)
    let named = TestSupport.conversation(["I have a herniated disc", "how long?"])
    #expect(named[1].profile.safety.heard.map(\.id) == ["medical-conditions"])
    #expect(named[1].notice?.kind == .reminder)
    // From a review: "when" and "any" before a condition still name it.
    let whenDiabetic = TestSupport.conversation(["is it ok to use when diabetic?", "how long?"])
    #expect(whenDiabetic[1].profile.safety.heard.map(\.id) == ["medical-conditions"])
  }

  /// A condition asked about is answered by its notice alone: a phrase only partly said
  /// beside it ("before using" of stretching) is no second question; a whole one is.
  @Test func aConditionAskedAboutIsAnsweredByItsNotice() {
    let asked = last("on blood thinners, anything I should check before using this")
    #expect(asked.notice?.signs == ["blood-thinners"])
    #expect(asked.answers.isEmpty)
    let andHowLong = last("I'm on blood thinners, how long should a session be?")
    #expect(andHowLong.notice?.signs == ["blood-thinners"])
    #expect(andHowLong.answers.map(\.intent) == ["duration"])
  }

  @Test func urgentRedFlagsGetTheSameDayAnswer() {
    let reply = last("I have back pain and a fever")
    #expect(reply.intent == "red-flags")
    #expect(reply.notice?.tier == .urgent)
    #expect(reply.text.contains("today"))
    #expect(reply.answers.isEmpty)
    #expect(reply.text.contains("Beyond the mat guide"))
  }

  @Test func answersCiteTheirPassages() {
    let reply = last("how should I breathe")
    #expect(reply.sources.count == 4)
    #expect(reply.text.contains("From the guide (4. Focus on Your Breathing): “Breathe in slowly"))
    #expect(reply.sources.allSatisfy(TestSupport.guide.contains))
  }

  @Test func nothingMatchedSaysSoAndSuggests() {
    let reply = last("what's the weather like")
    #expect(reply.kind == .fallback)
    #expect(reply.intent == nil)
    #expect(reply.text.contains("how to get started"))
  }

  /// A line understood word for word that is about something else is said to be outside
  /// what the coach helps with, also with a name or two no keyword is near ("the capital of
  /// Australia"); a slip of a keyword, a line of mostly unknown words, a word of the mat's
  /// subject or of a symptom, or a line too short to tell, is only not caught.
  @Test func aLineAboutSomethingElseIsSaidToBeOutsideWhatItHelpsWith() {
    let settings = TestSupport.knowledge.settings
    for line in [
      "who won the football last night", "tell me a joke", "give me a recipe for lasagna", "whats 15 times 23",
      "whats the capital of australia", "how do i fix my wifi", "what is the weather in Xqzville", "whats the wether tommorow",
      // "This year" is a time, not the mat; a word of a letter or two is text-speak or an initialism.
      "which stocks should I invest in this year?", "whats bitcoin at rn", "do you think AI will take over all jobs",
      // A word typed as a name is a place or a thing of its own, never a slip for a keyword.
      "what's the weather tomorrow in Leeds",
      // A word that points back at a thing named before it stands for that thing.
      "my laptop is slow, can you fix it?",
    ] {
      let reply = last(line)
      #expect(reply.kind == .fallback && reply.offTopic, "\(line)")
      #expect(reply.text.hasPrefix(settings.offTopic!), "\(line)")
      #expect(reply.text.contains("how to get started"), "\(line)")
    }
    for line in [
      "what if I take Clexane", "can my partner and I lie on it together", "how long shuold i lye on it", "what is zzyzx blorp",
      "what do you think of the Bodymat",
      "I don't have any numbness", "hello there", "lol", "asdfgh jkl qwerty", "can my wife use one too",
      "I am seventy five years old", "did the patient have a fever", "can I use this every morning",
      // (With nothing named before it, "it" is the mat; a verb or a person names no thing.)
      "can my partner and I share it", "can I take it in hand luggage", "can I recycle it?",
    ] {
      let reply = last(line)
      #expect(!reply.offTopic, "\(line)")
      #expect(reply.kind != .fallback || reply.text.hasPrefix(settings.fallback), "\(line)")
    }
  }

  /// A line whose only mats are of another kind, naming nothing else of the subject or of
  /// where a mat goes, is outside what the coach helps with; a yoga mat under the mat, or
  /// the mat on one, is the mat's.
  @Test func aLineAboutAnotherKindOfMatIsOutsideWhatItHelpsWith() {
    for line in [
      "what's the best yoga mat for hot yoga that doesn't slip?", "any good mouse mat for gaming that doesn't curl at the edges?",
      "where can I buy a non-slip bath mat for my elderly dad?",
    ] {
      let reply = last(line)
      #expect(reply.kind == .fallback && reply.offTopic, "\(line)")
    }
    for line in [
      "is a yoga mat underneath a good idea", "should I put the mat on top of my yoga mat or straight on the floorboards",
      "can I put it on my yoga mat", "is a yoga mat better than an acupressure mat for back pain",
    ] {
      #expect(!last(line).offTopic, "\(line)")
    }
  }

  /// A line that matched only weakly (part of a phrase, or a call for help) and says more
  /// of something else is outside what the coach helps with; a keyword said whole is the
  /// question, whatever else is said with it, and so is one word of a topic.
  @Test func aLineMostlyAboutSomethingElseIsSaidToBeOutsideWhatItHelpsWith() {
    // A keyword said whole, with words the coach doesn't know, is no line about something else.
    #expect(!last("how long before the indentations disappear?").offTopic)
    for line in [
      "What's a good recipe for banana bread?",  // "good for", part of a phrase
      "Can you help me fill in my tax return?",  // a call for help
      "Help me write a cover letter for a warehouse job",
      "recommend a good podcast for the commute",  // words a phrase stepped over are the line's own
      "do you know any good knitting patterns for beginners",  // a fact only asked about
      "how do I file a tax return?",  // a telltale word alone ("return" of buying)
      "how do I get my tomato plants to grow faster?",
      // A question's frame alone, what it asks of the line's own: "how long", of boiling rice.
      "how long do i boil basmati rice for",
      // "The back garden" is a place, not the back.
      "the back garden is full of nettles, how do i clear them",
    ] {
      let reply = last(line)
      #expect(reply.kind == .fallback && reply.offTopic, "\(line)")
    }
    for (line, intent) in [
      ("Are there any risks I ought to be aware of before I begin?", "safety"),  // a keyword said whole
      ("how long should my elderly grandmother stay on for?", "duration"),
      ("how long do i leave it on", "duration"),  // the frame, of the mat ("it")
      ("how long do i keep going", "duration"),  // the frame, and only everyday words
      ("My physio has me on a whole programme already", "other-therapies"),  // telling, not asking
      ("whats a decent brand, dont want to spend a fortune", "buying"),  // the rest in another clause
      ("room temp matter?", "prepare-space"),  // too short to tell
      ("is carpet fine underneath or do I need something harder", "prepare-space"),  // one word of a topic
      ("how much would a decent quality version cost roughly", "buying"),
      ("can my kid borrow mine for football training", "children"),
      ("is it any good for beginners", "getting-started"),
      // Only the words of the match's own clause count: the chatter after a greeting is
      // not what it says.
      ("hello there, the weather has been lovely around here lately", "greeting"),
    ] {
      let reply = last(line)
      #expect(!reply.offTopic && reply.answers.map(\.intent).contains(intent), "\(line): \(reply.answers.map(\.intent))")
    }
  }

  /// What a line asks may be about something else, whatever it told first: the question
  /// matched nothing, names nothing of the subject, and holds more words of its own than
  /// of keywords. A question about who was told of ("ought I to discourage him?") is not.
  @Test func aQuestionAboutSomethingElseAfterATellingIsOutsideWhatItHelpsWith() {
    for line in [
      "My landlord hasn't fixed the boiler, I've emailed twice. Am I allowed to withhold rent?",
      "I've tried to get my grandad on WhatsApp on Sundays. How do I make the text bigger on his phone?",
      "My landlord hasn't fixed the boiler. Ought I to withhold rent?",
      // Asked only by its question mark: no word of it opens a question.
      "My landlord hasn't fixed the boiler, I've emailed twice. Withholding rent allowed?",
    ] {
      let reply = last(line)
      #expect(reply.kind == .fallback && reply.offTopic, "\(line)")
    }
    for (line, intent) in [
      ("Our old Labrador stretches out on the mat whenever I leave it unrolled. Ought I to discourage him?", "pets"),
      ("the mat smells of plastic. how do I get rid of the smell?", "mat-care"),
      ("my daughter wants to try it. is she old enough?", "children"),
      ("Our dog sleeps on the mat every night. Ought I to discourage the dog?", "pets"),  // a word of the telling again
      ("My physio recommended one. Should I trust her judgement?", "evidence"),
    ] {
      let reply = last(line)
      #expect(!reply.offTopic && reply.answers.map(\.intent).contains(intent), "\(line): \(reply.answers.map(\.intent))")
    }
    // A keyword matched in the question itself keeps the line on the subject.
    #expect(!last("we moved house last month. would a thicker yoga blanket underneath help?").offTopic)
  }

  /// A condition told, then only whether or how to use the mat for it, is asked about the
  /// condition, whatever topics the telling named; a question with a topic of its own, or
  /// about the mat beside something else told, keeps its topic.
  @Test func aConditionToldThenTheMatAskedAboutIsAnsweredForTheCondition() {
    for (line, intent) in [
      ("I bent down to tie my shoe this morning and my back seized up. should I use the mat or wait a bit?", "acute-pain"),
      ("back spasm out of nowhere at work today, mat or no mat?", "acute-pain"),
      ("I've lived with lower back pain since my second kid was born six years ago, is the mat worth trying for that?", "chronic-pain"),
      // Asked indirectly: "wondering if" asks.
      ("constant ache in my lumbar area for months, wondering if the mat is good for that kind of thing", "chronic-pain"),
      ("i'm doing physio for my long-term back problem, can i keep using the mat as well?", "other-therapies"),
      ("I've had a bad back for years, how long should I stay on the mat?", "duration"),
      ("hurt my back yesterdy, can I use the mat? and when should I see a doctor about it", "red-flags"),  // as typed
      ("I've had back pain for years. I have an open wound on my back. Can I use the mat?", "medical-conditions"),
      ("I've had back pain for years and I'm diabetic. Can I use the mat?", "medical-conditions"),
      ("I've had back pain for years. I get dizzy when I get up off the mat. Should I keep using the mat?", "ending-session"),
      ("I hurt my back yesterday, the spikes felt too sharp this morning. Should I keep using the mat?", "too-intense"),
      ("I strained my back yesterday. I tried the mat and it hurts too much, should I stop using the mat?", "too-intense"),
      // The mat as "it", or a short yes-or-no question, asks about the mat for the condition.
      ("put my back out gardening on sunday, will lying on it help or make it worse", "acute-pain"),
      // … past a topic the telling named (the bed is where it happened).
      ("I slept badly on a hotel bed last night and my back is killing me, would lying on it help me?", "acute-pain"),
      (
        "I've had a stiff aching lower back for going on twenty years now, my granddaughter bought me one of these spiky"
          + " mats. will it do anything for pain that's been around that long?", "chronic-pain"
      ),
      ("my back has grumbled pretty much every day since 2017, worth a shot?", "chronic-pain"),
      // … past what was tried, told in clauses of its own; but when to see a doctor is asked.
      ("chronic back pain here, tried everything. physio, pills, you name it. is this worth a go?", "chronic-pain"),
      ("My back's been sore for a couple of weeks. my wife keeps nagging me to see the GP. when is it worth going?", "red-flags"),
      // … even named in the condition's own clause.
      ("My back's been sore for a couple of weeks and my wife keeps nagging me to see the GP, when is it worth going?", "red-flags"),
      // … but not past a topic told in a clause of its own, which the question may ask.
      ("I tweaked my back, my 8 year old also has a sore back, can we use the mat?", "children"),
      // "What do I do?" may ask about anything told.
      ("did my back in on tuesday and the mat is way too much on the sore bit. what do I do", "too-intense"),
    ] {
      let reply = last(line)
      #expect(reply.answers.map(\.intent).contains(intent), "\(line): \(reply.answers.map(\.intent))")
    }
  }

  /// What was tried, told before a question about the mat, is background: the answer is
  /// the condition's alone, whether the question names the mat or is short and answered
  /// yes or no.
  @Test func whatWasTriedIsBackgroundToTheConditionAskedAbout() {
    for line in [
      "my back has hurt for years. tried everything. physio, pills, massage. should I try the spikes?",
      "had a bad back since 2015, tried yoga, pilates, massage. worth trying?",
      "years of back ache, been to the physio loads. good idea?",
    ] {
      #expect(last(line).answers.map(\.intent) == ["chronic-pain"], "\(line)")
    }
  }

  /// Asked about itself, the coach says what it is, where its answers come from and what it
  /// remembers; asked for help, it gives examples.
  @Test func theCoachAskedAboutItselfSaysWhatItIs() {
    for line in ["are you a real person or a bot", "where do your answers come from", "can you remember me next time i come back",
                 "do you give medical advice"] {
      let reply = last(line)
      #expect(reply.answers.map(\.intent) == ["help"], "\(line)")
      #expect(reply.text.hasPrefix("I'm MatCoach, a program"), "\(line)")
    }
    #expect(last("what can you do").text.hasPrefix("Ask me in your own words"))
  }

  /// What goes under the head or knees is how to lie; the television on is the space.
  @Test func underTheHeadOrKneesIsHowToLie() {
    #expect(last("pillow under my knees - yes or no?").answers.map(\.intent) == ["positioning"])
    #expect(last("should there be something under my head while i'm on it").answers.map(\.intent) == ["positioning"])
    #expect(last("is it daft to have the telly on while i'm lying there").answers.map(\.intent) == ["prepare-space"])
  }

  /// Knees, hands and calves on it are other parts; a pint of water is water; a whole night
  /// by its hours is sleeping on it; how to quit the chat is leaving.
  @Test func partsWaterNightsAndLeavingSaidPlainly() {
    for (line, intent) in [
      ("can i kneel on it", "other-body-parts"), ("is it fine to press my palms into it", "other-body-parts"),
      ("is a pint of water afterwards enough or do i need more", "hydration"),
      ("can I sleep on it for a full eight hours", "sleeping-on-it"), ("how do i quit this chat", "goodbye"),
    ] {
      #expect(last(line).answers.map(\.intent) == [intent], "\(line)")
    }
  }

  /// A back that went suddenly, said in everyday words, asks about using the mat on a new strain.
  @Test func aSuddenBackInEverydayWordsIsANewStrain() {
    for line in ["my back just seized up while i was hoovering, will the mat help",
                 "lower back's been in spasm since tuesday, will the mat help or make it worse?"] {
      #expect(last(line).answers.map(\.intent) == ["acute-pain"], "\(line)")
    }
  }

  @Test func factsAloneAreNoted() {
    let reply = last("I use it in the morning")
    #expect(reply.kind == .noted)
    #expect(reply.text.contains("you use it in the morning"))
  }

  @Test func aDeniedFactIsForgotten() {
    let replies = TestSupport.conversation(["I'm new to this", "actually I'm not new to this", "how long?"])
    #expect(replies[1].kind == .noted)
    #expect(replies[1].text.hasPrefix("Noted: I'll no longer assume that you're new to this."))
    #expect(replies[1].profile["experience"] == nil)
    #expect(!replies[2].text.hasPrefix("Since you're new"))
  }

  /// A fact just stated, then told as over in a line of its own ("but that cleared up
  /// now"), is forgotten; with questions between, when the line names the back; told of
  /// nothing stated, or after another fact, it forgets nothing.
  @Test func aFactJustStatedThenToldAsOverIsForgotten() {
    let replies = TestSupport.conversation(["my back pain started three weeks ago", "but that cleared up now"])
    #expect(replies[0].profile["pain"]?.value == "acute")
    #expect(replies[1].profile["pain"] == nil)
    #expect(replies[1].text.hasPrefix("Noted: I'll no longer assume that your back pain is recent"))
    let later = TestSupport.conversation(["I pulled my back last week", "how often should I use the mat?", "that cleared up now, back feels normal"])
    #expect(later[0].profile["pain"]?.value == "acute")
    #expect(later[2].profile["pain"] == nil)
    let other = TestSupport.conversation(["I'm new to this", "but that cleared up now"])
    #expect(other[1].profile["experience"]?.value == "new")
    // Told right after another fact, it is that fact's, which cannot be over: the pain
    // told before stays.
    let afterAnother = TestSupport.conversation(["my back pain started three weeks ago", "I'm new to the mat", "but that cleared up now"])
    #expect(afterAnother[2].profile["pain"]?.value == "acute")
    // Back again, or asked: not over.
    // (Said back right after the words that tell it over, so that only the return keeps it.)
    for line in ["it went away for a day but came back worse", "it healed?", "it cleared up but it came back", "it went away, now it's back"] {
      let replies = TestSupport.conversation(["my back pain started three weeks ago", line])
      #expect(replies[1].profile["pain"]?.value == "acute", "\(line)")
    }
  }

  /// `/profile` quotes what was typed, not the words it was read as: contractions,
  /// synonyms ("mins" for "minute") and number phrases are kept as typed.
  @Test func profileQuotesWhatTheUserTyped() {
    let replies = TestSupport.conversation([
      "I've been using it for months", "I do twenty five mins", "it doesn't hurt any more", "/profile",
    ])
    let profile = replies[3].text
    #expect(profile.contains("you said “been using it for months”"))
    #expect(profile.contains("you said “twenty five mins”"))
    #expect(profile.contains("you said “doesn't hurt any more”"))
  }

  @Test func slashCommands() {
    let replies = TestSupport.conversation(["/help", "/topics", "I'm new", "/why", "/profile", "/reset", "/profile", "/nope", "/quit"])
    #expect(replies[0].text.contains("/profile"))
    #expect(replies[1].text.contains("duration — how long a session should be"))
    #expect(replies[3].text.contains("I answered “getting-started”"))
    #expect(replies[4].text.contains("experience: new — you said “i'm new”"))
    #expect(replies[6].text.hasPrefix("I don't know anything about you yet"))
    #expect(replies[7].text.contains("no command /nope"))
    #expect(replies[8].kind == .quit)
  }

  @Test func emptyAndControlLinesAreHarmless() {
    #expect(last("").kind == .empty)
    #expect(last("   \t ").kind == .empty)
    #expect(last("\u{1B}[A\u{1B}[B").kind == .fallback)
    #expect(last(String(repeating: "how long ", count: 5000)).intent == "duration")
  }

  /// After one question about a word that alone does not tell, /why says so.
  @Test func whyAfterASafetyQuestion() {
    let replies = TestSupport.conversation(["the tingly feeling is weird", "/why"])
    #expect(replies[1].text.contains("You said “tingly”"))
    #expect(!replies[1].text.contains("two topics"))
  }

  @Test func repliesAreDeterministic() {
    let lines = ["hi", "I'm new", "how long?", "how often?", "what is it", "/why"]
    #expect(TestSupport.conversation(lines) == TestSupport.conversation(lines))
  }
}

@Suite struct CoachWordingTests {
  @Test func aKnowledgeBaseWithoutCoachWordingGetsNeutralWords() throws {
    let yaml = """
      intents:
        - id: tea
          keywords: ["tea"]
          answer: "Brew it for three minutes."
      """
    let knowledge = CompiledKnowledge(try #require(TestSupport.load(yaml).knowledge))
    var coach = Coach(knowledge: knowledge)
    #expect(coach.respond(to: "/quit").text == "Bye!")
    #expect(coach.respond(to: "/profile").text == "I don't know anything about you yet.")
    #expect(coach.respond(to: "/help").text.hasPrefix("Ask me anything, in your own words."))
    #expect(!coach.respond(to: "/help").text.contains("mat"))
  }

  @Test func theCoachSectionSetsItsWording() throws {
    let yaml = """
      coach:
        goodbye: "Cheerio."
        help: tea
        noted: "Ask about tea."
      intents:
        - id: tea
          keywords: ["tea"]
          answer: "Brew it for three minutes."
      """
    let knowledge = CompiledKnowledge(try #require(TestSupport.load(yaml).knowledge))
    var coach = Coach(knowledge: knowledge)
    #expect(coach.respond(to: "/quit").text == "Cheerio.")
    #expect(coach.respond(to: "/help").text.hasPrefix("Brew it for three minutes."))
  }

  /// `off_topic` is said to a line of words all spelt right, none of them `topic_words`;
  /// without an English list no line can be told to be spelt right, and none is.
  @Test func theOffTopicSettingNeedsAnEnglishList() throws {
    let yaml = """
      coach:
        fallback: "Pardon?"
        off_topic: "Not about tea."
        topic_words: [cups]
      intents:
        - id: tea
          keywords: ["tea"]
          answer: "Brew it for three minutes."
      """
    var base = try #require(TestSupport.load(yaml).knowledge)
    #expect(base.settings.topicWords == ["cups"])
    var coach = Coach(knowledge: CompiledKnowledge(base))
    #expect(coach.respond(to: "who won the football last night").text.hasPrefix("Pardon?"))
    base.englishWords = EnglishWords(bytes: Array("cup\nfootball\nlast\nnight\nthe\nwho\nwon\n".utf8))
    coach = Coach(knowledge: CompiledKnowledge(base))
    #expect(coach.respond(to: "who won the football last night").text.hasPrefix("Not about tea."))
    // A topic word, in any of its forms, is the coach's subject; a word not on the list may
    // be a slip of a keyword, or, near none, a slip of something else or a name.
    #expect(coach.respond(to: "who won the cup last night").text.hasPrefix("Pardon?"))
    #expect(coach.respond(to: "who won the teaa last night").text.hasPrefix("Pardon?"))
    #expect(coach.respond(to: "who won the footbal last night").text.hasPrefix("Not about tea."))
    #expect(coach.respond(to: "who won").text.hasPrefix("Pardon?"))
  }

  @Test func theHelpSettingMustNameAnIntent() {
    let diagnostics = TestSupport.load("coach:\n  help: nope\nintents:\n  - id: tea\n    keywords: [\"tea\"]\n    answer: \"A.\"\n").diagnostics
    #expect(diagnostics.map(\.description) == ["test.yaml:2:9: `coach:` names unknown intent `nope`"])
  }
}

@Suite struct AnswerChoiceTests {
  @Test func theMostSpecificAnswerWinsWhereverItIsWritten() throws {
    let yaml = """
      facts:
        - id: experience
          values:
            new:
              phrases: ["new to this"]
      intents:
        - id: duration
          keywords: ["how long"]
          answers:
            - say: "Twenty minutes."
              beyond_guide: true
            - when: {experience: new}
              say: "Five minutes to start."
              beyond_guide: true
      """
    let knowledge = CompiledKnowledge(try #require(TestSupport.load(yaml).knowledge))
    var coach = Coach(knowledge: knowledge)
    #expect(coach.respond(to: "how long?").answers.first?.text == "Twenty minutes.")
    _ = coach.respond(to: "I'm new to this")
    #expect(coach.respond(to: "how long?").answers.first?.text == "Five minutes to start.")
  }
}

extension CoachTests {
  @Test func aQuestionThatRefersBackIsAboutTheLastAnswer() {
    let replies = TestSupport.conversation(["could I stay on it for 2 hours while watching a film?", "what would you recommend instead?"])
    #expect(replies[1].intent == "duration")
    #expect(replies[1].text.contains("20"))
    // With nothing answered before, or no word that refers back, it is not understood.
    #expect(TestSupport.conversation(["is that ok?"])[0].kind == .fallback)
    #expect(TestSupport.conversation(["how long should I lie on it?", "what about the weather?"])[1].kind == .fallback)
  }
}

extension CoachTests {
  @Test func aConditionToCheckAndAQuestionAreBothAnswered() {
    let reply = TestSupport.conversation(["i have type 2 diabetes, can i use it and how long"])[0]
    #expect(reply.answers.map(\.intent) == ["medical-conditions", "duration"])
    // What was heard about the condition is its own words, not the question's.
    #expect(reply.profile.safety.heard.map(\.said) == ["diabetes"])
  }

  /// Two questions are apart by where they are asked, not by what the user says of
  /// themselves around them: "beginner" after the second question is no part of the first.
  /// A statement supposed after "what if" is asked beside the other question.
  @Test func aWhatIfIsASecondQuestion() {
    #expect(last("do i lie on it flat and what if it's too painful").answers.map(\.intent) == ["positioning", "too-intense"])
    #expect(last("what is this thing and how dose it work").answers.map(\.intent) == ["what-is-mat", "how-it-works"])
    // So is one after "if" in a clause that asks what or how: "what do I do if …".
    #expect(last("do I need a shirt on, and what do I do if it's too painful?").answers.map(\.intent) == ["clothing", "too-intense"])
    #expect(last("do I need a shirt on, and do I have to if it's too painful?").answers.map(\.intent) == ["clothing"])
  }

  /// A question opened with a word of politeness asks ("Kindly tell me how many…"); a
  /// request said before a thanks is still answered.
  @Test func aQuestionOpenedPolitelyAsks() {
    for line in ["Kindly tell me how many times per day I should use it", "please tell me how long to lie on it"] {
      #expect(IntentMatcher.asks(line, tokens: TestSupport.compiled.normalizer.tokens(line)), "\(line)")
    }
    #expect(last("need advice on how long to use it. thanks!").answers.map(\.intent).contains("duration"))
  }

  /// A clause that ends offering a yes or a no asks, without a question mark: the condition
  /// told before it is what it asks the mat for.
  @Test func aYesOrNoAtTheEndAsks() {
    for line in ["back went out this morning bending over, mat yes or no", "mat or no mat", "should I use it or not"] {
      #expect(IntentMatcher.asks(line, tokens: TestSupport.compiled.normalizer.tokens(line)), "\(line)")
    }
    #expect(!IntentMatcher.asks("I said no", tokens: TestSupport.compiled.normalizer.tokens("I said no")))
    #expect(last("back went out this morning bending over, mat yes or no").answers.map(\.intent) == ["acute-pain"])
    // The mat named in the plural, as people do: "the spikes".
    #expect(last("woke up with a stiff crick in my back this morning, should i try the spikes").answers.map(\.intent) == ["acute-pain"])
  }

  /// A statement inside a question that names no topic before it is what that question
  /// asks, beside the other; one after a question's own topic only shapes its answer.
  @Test func aStatementInsideAQuestionIsAsked() {
    #expect(last("will it help my chronic back pain and how many times a day should i use it").answers.map(\.intent)
      == ["chronic-pain", "frequency"])
    #expect(last("does it help before bed and does it work for long-term back pain?").answers.map(\.intent)
      == ["bedtime", "chronic-pain"])
    #expect(last("how often should I use it for my chronic back pain?").answers.map(\.intent) == ["frequency"])
    // "Can barely" says what the user can do: it asks nothing.
    #expect(last("the points are way too sharp for me, can barely last a minute").answers.map(\.intent) == ["too-intense"])
    #expect(last("can barely move with my chronic back pain, how often should I use it?").answers.map(\.intent) == ["frequency"])
    #expect(last("will it help my chronic back pain, how often should I use it?").answers.map(\.intent)
      == ["chronic-pain", "frequency"])
  }

  @Test func whatTheUserSaysOfThemselvesDoesNotJoinTwoQuestions() {
    let reply = TestSupport.conversation(["how do I use it, and how many minutes is normal for a beginner?"])[0]
    #expect(reply.answers.map(\.intent) == ["getting-started", "duration"])
  }

  /// A question that names no topic asks about the statement before it.
  @Test func aQuestionWithNoTopicAsksAboutWhatWasJustSaid() {
    let reply = TestSupport.conversation(["it hurts way too much, what do i do, and how am i meant to be breathing"])[0]
    #expect(reply.answers.map(\.intent) == ["too-intense", "breathing"])
    // Something else said beside the statement may be what is asked about.
    let done = TestSupport.conversation(["Just finished my first ever session! What should I do now?"])[0]
    #expect(done.answers.map(\.intent) == ["ending-session"])
    let cases: [(line: String, answers: [String])] = [
      // "Also" asks a second thing: the statement was the first.
      ("it hurts too much, also how should I breathe", ["too-intense", "breathing"]),
      ("it hurts too much, and also should i drink water after", ["too-intense", "hydration"]),
      ("it hurts too much. Also, how should I breathe?", ["too-intense", "breathing"]),
      // … even when the second question names the first's topic too ("cope").
      ("its far too painful, also how should i breathe to cope with it", ["too-intense", "breathing"]),
      ("too painful, also should i keep my shirt on", ["too-intense", "clothing"]),
      ("I'm new to this, and how long should I lie on it?", ["duration"]),
      // A topic joined by "and" after the question about the statement is asked too; small
      // talk in the question names no topic.
      ("tweaked my back lifting yesterday, can i use the mat on it and how long for", ["acute-pain", "duration"]),
      ("hurt my back lifting a box yesterday, will the mat help, and when should i get it checked", ["acute-pain", "red-flags"]),
      // How it happened, said right after it, names no topic; "worth …?" asks, short of "is it".
      ("I did my back in bending over yesterday, can I use the mat?", ["acute-pain"]),
      ("I did my back in bending over yesterday, worth trying the mat?", ["acute-pain"]),
      // Up to an "and": "a sofa" here is no place to lay the mat, but the pain said after
      // an "and" is asked about.
      ("Pulled my back lifting a sofa on Tuesday. Is the mat ok for that?", ["acute-pain"]),
      ("first time using it and it hurts a lot, is that normal?", ["too-intense"]),
      // How it happened, after "when" or "while", names no topic either.
      ("I pulled my back while I was stretching, can I use the mat?", ["acute-pain"]),
      ("my back went when I was doing yoga, is the mat ok?", ["acute-pain"]),
      ("my back just went when I bent down to tie my shoe, should I use the mat?", ["acute-pain"]),
      // A question that names only a general topic is answered by the statement's.
      ("had back pain for years, how should i use it", ["chronic-pain"]),
    ]
    for (line, answers) in cases {
      #expect(TestSupport.conversation([line])[0].answers.map(\.intent) == answers, "\(line)")
    }
    #expect(TestSupport.conversation(["how should i use it"])[0].answers.map(\.intent) == ["getting-started"])
  }

  /// A question that refers back to a statement with a number asks about the number too,
  /// first: its figures may go past the guide's, whatever else the statement named.
  @Test func aQuestionAboutAStatedNumberAnswersTheNumberFirst() {
    var coach = TestSupport.coach()
    let reply = coach.respond(to: "I do 1h at night on it, is that alright?")
    #expect(reply.answers.map(\.intent) == ["bedtime", "duration"])
    #expect(coach.profile["minutes"]?.value == "60")
    // Without a number, the statement's topic is what is asked about.
    #expect(TestSupport.conversation(["I use it before bed, is that ok?"])[0].answers.map(\.intent) == ["bedtime"])
  }

  /// "Straight away" after an amount asks how long to start with, not how soon it works;
  /// falling asleep on the mat says nothing of when it is used.
  @Test func soonAndSleepSaidOfTheSessionItself() {
    var coach = TestSupport.coach()
    #expect(coach.respond(to: "im new to this can i do thirty minutes straight away").answers.map(\.intent) == ["duration"])
    #expect(coach.profile["minutes"] == nil)
    #expect(TestSupport.conversation(["does it work straight away or does it take weeks"])[0].answers.map(\.intent) == ["results"])
    #expect(fact("timing", after: "I use the mat before bed", "actually I've moved it to the morning, I kept falling asleep on it") == "morning")
    #expect(fact("timing", after: "it helps me fall asleep") == "bedtime")
  }

  /// "Do" with an amount for its object tells, its "I" left out; with a question mark it asks.
  @Test func doWithAnAmountTellsUnlessAsked() {
    #expect(fact("minutes", after: "do about 25 minutes a go") == "25")
    #expect(fact("minutes", after: "do 10 minutes count?") == nil)
    // An amount that is the subject of a verb after it is asked about, mark or none; a noun
    // after a preposition is no such verb.
    for line in ["do 10 minutes really make a difference or do I need longer", "so do 10 minutes a day help",
      "does 5 minutes a day do anything"]
    {
      #expect(fact("minutes", after: line) == nil, "\(line)")
    }
    #expect(fact("minutes", after: "Do 20 every day after work. Next step?") == "20")
    #expect(fact("minutes", after: "do at least 20 minutes every night") == "20")
  }

  /// A word that only leads in may come before a question's first word, and the amount
  /// asked about is then not stored ("like is 5 min enough?"); a "but" may not ("15
  /// minutes each, but is brutal for me" tells). "How long am I supposed to lie on it"
  /// asks how long, not how.
  @Test func aWordThatLeadsInMayOpenAQuestion() {
    #expect(fact("minutes", after: "like is 5 min enough or should i go longer") == nil)
    #expect(fact("sensitivity", after: "I have try the mat only a few times, 15 minutes each, but is brutal for me") == "high")
    #expect(TestSupport.conversation(["how long am i supposed to lay on it"])[0].answers.map(\.intent) == ["duration"])
    #expect(TestSupport.conversation(["how am i supposed to lie on it"])[0].answers.map(\.intent) == ["positioning"])
  }

  /// A question about another topic that asks about an amount answers the amount too, in
  /// the order said; an amount that only says which session is not asked about.
  @Test func aQuestionAboutAnAmountAnswersTheAmountToo() {
    var coach = TestSupport.coach()
    _ = coach.respond(to: "I'm really new to this")
    let safe = coach.respond(to: "is it safe to go for half an hour the very first time?")
    #expect(safe.answers.map(\.intent) == ["safety", "duration"])
    #expect(safe.text.contains("5 to 10 minutes"))
    #expect(TestSupport.conversation(["is 25 minutes a safe amount?"])[0].answers.map(\.intent) == ["duration", "safety"])
    #expect(TestSupport.conversation(["what should I wear for a 20 minute session"])[0].answers.map(\.intent) == ["clothing"])
  }

  /// A line that only tells that the back hurts is understood: the coach asks which pain it
  /// is (`coach: pain`), and a reply picks the answer; a question it did not understand is
  /// not answered by that guess.
  @Test func aBackThatOnlyHurtsIsAskedWhichPain() {
    var coach = TestSupport.coach()
    let asked = coach.respond(to: "my back hurts")
    #expect(asked.kind == .clarify)
    #expect(asked.offered.map(\.intent) == ["acute-pain", "chronic-pain"])
    #expect(coach.respond(to: "the second one").answers.map(\.intent) == ["chronic-pain"])
    #expect(TestSupport.conversation(["I have back pain"])[0].kind == .clarify)
    #expect(TestSupport.conversation(["what therapeutic effects can I expect for low back pain"])[0].kind == .fallback)
    #expect(TestSupport.conversation(["back"])[0].kind == .fallback)
  }

  /// "My back is killing me" says the back hurts as "my back hurts" does: the coach asks
  /// which kind of pain; "killing" said of anything else is no pain.
  @Test func aBackThatIsKillingMeIsPainSaid() {
    #expect(TestSupport.conversation(["my back is killing me"])[0].kind == .clarify)
    #expect(TestSupport.conversation(["the traffic is killing me"])[0].kind == .fallback)
  }

  /// "What do I do?" alone asks of the topic just answered, not of a fact told with it;
  /// as the first line it has nothing to ask of. "The 20" points back at an amount.
  @Test func whatToDoAsksOfTheTopicJustAnswered() {
    let replies = TestSupport.conversation(["new, the spikes are too intense, I lasted 5 minutes", "what do i do"])
    #expect(replies[1].answers.map(\.intent) == ["too-intense"])
    #expect(TestSupport.conversation(["what should I do?"])[0].kind == .fallback)
    #expect(Coach.asksWhatToDo(["what", "should", "i", "do", "now"]))
    #expect(!Coach.asksWhatToDo(["what", "do", "i", "do", "about", "my", "neck"]))
    #expect(!Coach.asksWhatToDo(["what", "is", "it"]))
    let amount = TestSupport.conversation(["used it for months, 20 mins", "tonight it was brutal", "should I still do the 20?"])
    #expect(amount[2].answers.map(\.intent) == ["duration"])
  }

  /// A short question that opens with "is" and leaves its "it" out asks of what was just
  /// said, as "is it enough?" does; one that names its own subject does not.
  @Test func aQuestionThatLeavesOutItAsksOfWhatWasJustSaid() {
    let replies = TestSupport.conversation(["chronic pain, I do 20 minutes 2 times a day", "is enough?"])
    // (The number told with it first, as after "is it enough?".)
    #expect(replies[1].answers.map(\.intent) == ["duration"])
    #expect(TestSupport.conversation(["chronic pain, I do 20 minutes 2 times a day", "is it enough?"])[1].answers.map(\.intent) == ["duration"])
    #expect(Coach.leavesOutIt(["is", "enough"]))
    #expect(Coach.leavesOutIt(["is", "too", "much"]))
    #expect(!Coach.leavesOutIt(["is", "it", "enough"]))
    #expect(!Coach.leavesOutIt(["is", "there", "a", "best", "time"]))
    #expect(!Coach.leavesOutIt(["enough"]))
    #expect(!Coach.leavesOutIt(["is", "twenty", "minutes", "a", "good", "amount"]))
    #expect(!Coach.leavesOutIt(["is", "anyone", "there"]))
    #expect(!Coach.leavesOutIt(["is", "john", "right"]))
    // A judgement alone, or of someone just named.
    #expect(Coach.leavesOutIt(["too", "much"]))
    #expect(Coach.leavesOutIt(["good", "or", "bad"]))
    #expect(Coach.leavesOutIt(["is", "she", "right"]))
    #expect(!Coach.leavesOutIt(["too", "much", "pain", "in", "my", "back"]))
    #expect(!Coach.leavesOutIt(["better", "than", "pills"]))
    // Asked for by the user, a session starts; told of someone else timing them, none does.
    #expect(TestSupport.conversation(["timing me for 10 minutes please"])[0].kind == .session)
    #expect(TestSupport.conversation(["my wife's been timing me, I do 12 minutes"])[0].kind != .session)
    #expect(TestSupport.conversation(["would be nice if someone just timed me for 10 minutes"])[0].kind == .session)
    let told = TestSupport.conversation(["my friend says an hour is fine, I do 20 minutes", "is she right?"])
    #expect(told[1].answers.map(\.intent) == ["duration"])
  }

  /// The first few times said as past, a time of day "each morning"; and something else
  /// done for a time is no use of the mat.
  /// A fact named with only a vague length ("a little while", "for a bit") takes the
  /// length said next on its own; with nothing left open, a bare length says nothing.
  @Test func aLengthSaidNextGivesAFactLeftUntimed() {
    #expect(fact("experience", after: "How long should my sessions be? I've only had the mat a little while", "about a fortnight") == "some")
    #expect(fact("pain", after: "My back's been hurting for a bit. How often should I use the mat?", "about a fortnight") == "acute")
    #expect(fact("experience", after: "I've been using the mat a while but I'm not sure I'm doing enough", "3 months or thereabouts") == "regular")
    #expect(fact("experience", after: "How long should my sessions be?", "about a fortnight") == nil)
    // Not someone else's, not a break, not how long something after it lasted (a second
    // review found each).
    #expect(fact("pain", after: "My husband's back has been bad for a while", "about 3 months") == nil)
    #expect(fact("experience", after: "I haven't used the mat for a while", "about a month") == nil)
    #expect(fact("pain", after: "I've had back pain for 10 years", "I was sore for a while after my first session", "about a day") == "chronic")
  }

  @Test func practiceToldWithItsSessions() {
    func fact(_ name: String, after line: String) -> String? { TestSupport.conversation([line])[0].profile[name]?.value }
    // Doing something else for a time is no use of the mat.
    #expect(fact("experience", after: "I've been doing physio for 3 months") == nil)
    #expect(fact("pain", after: "my back has been doing this for 6 months") == "chronic")
    #expect(fact("experience", after: "first few times on it were brutal lol got used to it now") == "some")
    #expect(fact("timing", after: "I now manage twenty-five minutes each morning.") == "morning")
    // A length of the pain is the pain's, with the sessions said beside it.
    #expect(fact("experience", after: "I do 20 minutes for my back pain which I've had for 3 months") == nil)
  }

  /// A length past the guide's, told with when or how often the mat is used, is noted in
  /// the answer about when or how often; someone else's facts, typed without their
  /// apostrophe, are not the user's; a long run is no long-running pain.
  @Test func factsToldBesideOtherTopics() {
    for line in ["i do 50 mins every night", "i do 50 mins every day"] {
      #expect(last(line).text.contains("50 minutes is longer than the guide goes"), "\(line)")
    }
    let grandad = last("helping my grandad with his mat, hes new to it and uses it before bed")
    #expect(grandad.profile["experience"] == nil && grandad.profile["timing"] == nil)
    #expect(last("had back pain for 2 weeks after a long run").profile["pain"]?.value == "acute")
    #expect(last("I have a long-running back problem").profile["pain"]?.value == "chronic")
  }

  /// What the fifty-fifth tailoring set's people typed.
  @Test func factsAndFollowUpsFromTheFiftyFifthSet() {
    // "Is that ok?" asks of the last answer that was no small talk.
    let followUp = last("Hello hello. Flared up again. 1.5 hours on the mat yesterday, thanks!", "/profile", "is that ok?")
    #expect(followUp.intent == "duration")
    // A flare with sessions past the guide's longest: both are said.
    #expect(followUp.text.contains("90 minutes is already longer than the guide goes"))
    #expect(last("I pulled my back yesterday, I do 45 minutes", "how long should I go?").text.contains("45 minutes at a time is longer"))
    // An amount alone before a question mark is a guess to check, not a fact.
    #expect(fact("minutes", after: "how long do most people go — 10-15 minutes?") == nil)
    #expect(fact("minutes", after: "20 mins?") == nil)
    #expect(fact("minutes", after: "I do 20 minutes, is that ok?") == "20")
    // A session asked for on someone's behalf is asked for; one someone else runs is not.
    #expect(last("My wife would like you to start a session for her").kind == .session)
    #expect(last("my husband started a session earlier").kind != .session)
    #expect(last("my partner's been timing me").kind != .session)
    // "Such claims" points back at what was told, not at something else.
    #expect(last("I have encountered assertions that the mat reduces cellulite and hastens weight loss. Are such claims credible?").answers.map(\.intent) == ["other-claims"])
    // The spikes called agony are the sensitivity.
    #expect(fact("sensitivity", after: "honestly the nails are agony on bare skin") == "high")
  }

  /// One telltale word gives way to what the line tells of the user; two words of one
  /// topic do not.
  @Test func aTelltaleWordGivesWayToWhatTheUserTells() {
    var coach = TestSupport.coach()
    #expect(coach.respond(to: "5 yrs back pain, routine?").answers.map(\.intent) == ["chronic-pain"])
    var other = TestSupport.coach()
    let reviews = "The reviews say people felt better after one go, I've done five and nothing, is that normal?"
    #expect(other.respond(to: reviews).answers.map(\.intent) == ["results"])
  }

  /// A plan is answered, not remembered (a time of day planned included, as the blind
  /// sets have it: "I'm planning to use it before bed from now on").
  @Test func aPlanIsAnsweredNotRemembered() {
    #expect(fact("timing", after: "brand new to the mat, want to use it in the morning when I wake up") == nil)
    #expect(fact("timing", after: "if I use it at night, how long?") == nil)
    #expect(fact("minutes", after: "I want to build up to 30 minutes") == nil)
    #expect(last("I want to get up to 30 minutes eventually").intent == "duration")
  }

  /// A number corrected by a line that says so, an amount offered to be weighed, and
  /// numbers that are ages.
  @Test func numbersCorrectedOfferedAndAges() {
    #expect(fact("minutes", after: "chronic back, I do 40 mins", "did I say 40? it's 20") == "20")
    #expect(fact("minutes", after: "I do 40 mins", "no wait, it's 20") == "20")
    #expect(fact("minutes", after: "I do 40 mins", "scratch the 40, it's 20") == "20")
    #expect(fact("minutes", after: "I do 40 mins", "it's 20 degrees here") == "40")
    #expect(fact("minutes", after: "I do 20 minutes before bed", "is 45 too much?") == "20")
    #expect(last("I do 20 minutes before bed", "is 45 too much?").answers.map(\.intent).contains("duration"))
    #expect(last("I do 10 minutes a day", "what about 25?").intent == "duration")
    #expect(last("is 18 too young to use it").intent != "duration")
    #expect(fact("minutes", after: "my father is 70 and has back pain") == nil)
  }

  /// A flare that has settled is no flare now.
  @Test func aFlareThatCalmedIsOver() {
    #expect(fact("pain", after: "my back flared up on monday", "it's calmed down now") == nil)
  }

  /// Minutes done since the start are minutes done (not a distance "from" somewhere);
  /// times of day told by waking and by the clock.
  @Test func minutesFromTheStartAndTimesByTheClock() {
    #expect(fact("minutes", after: "I'm new to this", "but I've been doing 20 minutes from the start") == "20")
    #expect(fact("experience", after: "I'm new to this", "but I've been doing 20 minutes from the start") == nil)
    #expect(fact("minutes", after: "I live 20 minutes from work") == nil)
    #expect(fact("timing", after: "I work early shifts so I use it as soon as I wake up") == "morning")
    #expect(fact("timing", after: "I use it when I get in from the late shift at midnight") == "bedtime")
  }

  /// An hour and its minutes is one length; a count after it is not minutes. A fact told
  /// over beside another fact is withdrawn all the same.
  @Test func anHourAndItsMinutesAndAFactOverBesideAnother() {
    #expect(fact("minutes", after: "I lie on it for 1 hr 10 most evenings") == "70")
    #expect(fact("minutes", after: "been doing an hour and 15 on the mat") == "75")
    #expect(fact("minutes", after: "an hour and 15 minutes") == "75")
    #expect(fact("minutes", after: "1 hour and 2 sessions a day") == "60")
    #expect(fact("pain", after: "pulled my back last week, how often should I use the mat?",
      "good news, that strain has cleared up now. I still use the mat in the morning") == nil)
  }
}
