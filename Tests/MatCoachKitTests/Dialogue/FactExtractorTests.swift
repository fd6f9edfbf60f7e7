import Foundation
@testable import MatCoachKit
import Testing

@Suite struct FactExtractorTests {
  /// The profile after saying these lines, as `fact=value`.
  func facts(_ lines: String...) -> [String: String] {
    var coach = TestSupport.coach()
    for line in lines { _ = coach.respond(to: line) }
    return coach.profile.entries.mapValues(\.value)
  }

  /// A value's `alone` words state it only as a whole clause, as notes are written.
  @Test func readsAWordAloneAsANote() {
    #expect(facts("new. finds it brutal. evenings before bed.") == ["experience": "new", "sensitivity": "high", "timing": "bedtime"])
    #expect(facts("brand new. how long?")["experience"] == "new")
    #expect(facts("I got a new mat")["experience"] == nil)
    #expect(facts("new job, new mat, sore back")["experience"] == nil)
    #expect(facts("used it 6 months. 30 mins. nights.") == ["experience": "regular", "minutes": "30", "timing": "bedtime"])
    #expect(facts("chronic. 25 mins. mornings.") == ["pain": "chronic", "minutes": "25", "timing": "morning"])
    #expect(facts("I did 25 yesterday")["minutes"] == "25")
  }

  /// What the user was is no fact now; what they wonder about is none; a sting told as
  /// much is sensitivity.
  @Test func factsFromTheFiftySeventhTailoringSet() {
    #expect(facts("I've been using the mat for 3 months now, I was completely new to it back in the spring") == ["experience": "regular"])
    #expect(facts("I was new")["experience"] == nil)
    #expect(facts("my back seized up while I was gardening on Sunday")["pain"] == "acute")
    #expect(facts("I was diagnosed with chronic back pain")["pain"] == "chronic")
    #expect(facts("dunno whether 10 or 15 minutes is right for me")["minutes"] == nil)
    #expect(facts("last time I did 15 minutes and it stung a lot") == ["minutes": "15", "sensitivity": "high"])
    #expect(facts("does it sting a lot?")["sensitivity"] == nil)
    // Who one is, told as a question's premise, is told; someone else's is not.
    #expect(facts("As someone with chronic pain, how long should I go for?")["pain"] == "chronic")
    #expect(facts("as a beginner, how long?")["experience"] == "new")
    #expect(facts("my friend has chronic pain, how long should she go for?")["pain"] == nil)
  }

  /// A length of use is the mat's even where a phrase of when ("every night") holds its
  /// "using"; a phrase of a fact told by lengths keeps its words ("mine" is the back).
  @Test func aLengthOfUseBesideWhenItIsUsed() {
    #expect(facts("been using it every night for 6 weeks, 15 minutes a time") == ["experience": "regular", "timing": "bedtime", "minutes": "15"])
    #expect(facts("I tweaked mine a few days ago")["experience"] == nil)
  }

  /// The time gone in a session under way is no session's length; "was it 20 mins?" asks.
  @Test func timeGoneAndAskedBackAreNoLength() {
    #expect(facts("on it now, about 5 mins in, my back is going warm")["minutes"] == nil)
    #expect(facts("I do 20 mins in the morning")["minutes"] == "20")
    #expect(facts("remind me, was it 20 mins?")["minutes"] == nil)
    #expect(facts("was on it for 20 mins last night")["minutes"] == "20")
  }

  @Test func readsChoiceFactsAnywhereInALine() {
    #expect(facts("I'm new, how long should I lie on it?")["experience"] == "new")
    #expect(facts("I have chronic back pain")["pain"] == "chronic")
    #expect(facts("I pulled my back lifting a box")["pain"] == "acute")
    #expect(facts("I use it before bed")["timing"] == "bedtime")
    #expect(facts("the spikes are too sharp")["sensitivity"] == "high")
    #expect(facts("I've been using it every day for months")["experience"] == "regular")
    // How long the pain has lasted says nothing of how long the mat has been used.
    #expect(facts("Back pain for 4 months now, a friend lent me her mat. How often?")["experience"] == nil)
    // Minutes a day is how much each day, not a pain a day old.
    #expect(facts("new to it, chronic back pain, 10 minutes a day")["pain"] == "chronic")
    #expect(facts("I do 20 mins a day and my back has hurt for a week")["pain"] == "acute")
    #expect(facts("I lay on it for 20 minutes a week ago and my back has hurt since")["pain"] == "acute")
  }

  @Test(arguments: [
    ("I do 10 minutes", "10"), ("ten mins", "10"), ("a 15-minute session", "15"),
    ("I can go up to 30", "30"), ("half an hour", "30"), ("twenty five minutes", "25"),
    ("an hour", "60"), ("I do 20", "20"), ("I do 1.5 hours", "90"), ("I do 20min", "20"), ("I do 1 hr", "60"),
    ("I do an hour and a half", "90"), ("I can stand about 90 seconds", "1.5"), ("15ish minutes a session", "15"),
    ("I do about 20", "20"), ("I do like 20 mins", "20"), ("20-odd minutes", "20"),
    ("I do 10-15 mins most nights", "10-15"), ("I do 10 to 15 minutes", "10-15"),
    ("I usually do between 20 and 25 minutes", "20-25"), ("I managed ten or so minutes", "10"),
    ("I do 15 give or take", "15"), ("1h at night", "60"),
    ("three quarters of an hour before bed", "45"),
    ("honestly I do forty-five on it most days", "45"),
  ])
  func readsMinutesInWordsAndDigits(_ line: String, _ minutes: String) {
    #expect(facts(line)["minutes"] == minutes)
  }

  @Test(arguments: [
    ("my lower back has bothered me for about two years", "chronic"), ("I've had a bad back for 6 months", "chronic"),
    ("my back has been sore for years", "chronic"), ("sore for ages", "chronic"),
    ("I wrenched my back yesterday lugging boxes", "acute"), ("my back has hurt for a couple of weeks", "acute"),
    ("my back went 3 days ago", "acute"), ("I've had a dodgy back for the last decade", "chronic"),
    // A night's awkward sleep or a back that went is a fresh strain; a weekend just gone is recent.
    ("think i slept funny and now my back is killing me", "acute"), ("back went twang when i bent down", "acute"),
    ("I have lumbago since this weekend", "acute"),
    ("my lower back has ached every single day since my second was born", "chronic"),
    ("bent down to pick up my toddler and felt a twinge, now its really sore", "acute"),
  ])
  func readsHowLongThePainHasLasted(_ line: String, _ pain: String) {
    #expect(facts(line)["pain"] == pain)
  }

  /// "1/2 hr" is half an hour, not one to two hours.
  @Test func aFractionOfAnHourIsMinutes() {
    #expect(facts("1/2 hr on the mat every night")["minutes"] == "30")
    #expect(facts("I do 1-2 hr")["minutes"] == "60-120")
  }

  /// How long the sessions have gone on says how used to the mat someone is; a lie told
  /// is no lying on it.
  @Test func howLongTheSessionsHaveGoneOnIsExperience() {
    #expect(facts("twenty minutes at night for about a month now")["experience"] == "some")
    #expect(facts("doing 20 mins at night for about 3 months now")["experience"] == "regular")
    #expect(facts("I tell a lie, it's been going on for about six months")["experience"] == nil)
  }

  /// Facts said through a routine or a count: a morning routine named, bed got into,
  /// the third go.
  @Test func factsSaidThroughRoutinesAndCounts() {
    #expect(facts("I lie on the mat after my morning run to loosen my back")["timing"] == "morning")
    #expect(facts("I use it when I get into bed")["timing"] == "bedtime")
    #expect(facts("This is my third go on the mat")["experience"] == "some")
    #expect(facts("I lie on it straight after the morning school run")["timing"] == "morning")
    #expect(facts("first thing with my coffee, that's when I do my mat")["timing"] == "morning")
  }

  /// Pain told as over, in its clause or the next, is not remembered; denied, it is.
  @Test func painToldAsOverIsNotRemembered() {
    #expect(facts("Years ago I pulled my back playing rugby, but that cleared up completely")["pain"] == nil)
    #expect(facts("My back was pain since three weeks, but now it is gone, thanks God.")["pain"] == nil)
    #expect(facts("I strained my back in March, it went away after a while")["pain"] == nil)
    #expect(facts("I pulled my back last week and it has not healed")["pain"] == "acute")
    #expect(facts("I pulled my back yesterday")["pain"] == "acute")
    // What is said after it is news.
    #expect(facts("the strain has healed but I've had a long-running back problem")["pain"] == "chronic")
    #expect(facts("the old strain cleared up but now I have chronic back pain")["pain"] == "chronic")
    #expect(facts("it cleared up last year and now I pulled my back this morning")["pain"] == "acute")
    // From a review: something else over in the next clause, or "far from healed".
    #expect(facts("I pulled my back last week. My cold went away though")["pain"] == "acute")
    #expect(facts("I pulled my back on Monday and it is far from healed")["pain"] == "acute")
  }

  @Test func aLengthOfTimeSaysNothingAboutPainUnlessTheClauseIsAboutPain() {
    #expect(facts("I've used the mat for 3 months")["pain"] == nil)
    #expect(facts("I've used the mat for 3 months")["experience"] == "regular")
    #expect(facts("been using it for a week")["experience"] == "some")
    #expect(facts("I've been using it for a month")["experience"] == "some")
    #expect(facts("I've been using it for six weeks")["experience"] == "regular")
    // A month, not what one got: "I got a new job 6 months ago" is no mat.
    #expect(facts("I got a new job 6 months ago, lots of sitting")["experience"] == nil)
    #expect(facts("I got hurt a week ago")["experience"] == nil)
    // A day of the week is this week's, with or without "on".
    #expect(facts("my back has hurt since Monday")["pain"] == "acute")
    #expect(facts("my back has been sore since the weekend")["pain"] == "acute")
    #expect(facts("I read about it for 2 years")["pain"] == nil)
    // Between the bands (6 to 12 weeks) it says neither.
    #expect(facts("my back has been sore for 2 months")["pain"] == nil)
    // A denied pain word is no pain.
    #expect(facts("no pain for 3 years now")["pain"] == nil)
    // "Back" as a way of moving is no back: "got straight back up" after the mat.
    #expect(facts("tried it last night and it stung so I got straight back up")["pain"] == nil)
    #expect(facts("back hurts since yesterday")["pain"] == "acute")
    #expect(facts("my lower back went last night")["pain"] == "acute")
    #expect(facts("I've had right back pain for 3 weeks")["pain"] == "acute")
    #expect(facts("been dealing with back issues for 6 months")["pain"] == "chronic")
  }

  /// A number of minutes that says when, not how long: "unboxed it 10 mins ago".
  @Test func minutesAgoAreNoSession() {
    #expect(facts("unboxed it 10 mins ago. now what")["minutes"] == nil)
    #expect(facts("I got off 5 minutes later")["minutes"] == nil)
    #expect(facts("I do 10 mins before bed")["minutes"] == "10")
  }

  /// A start named rather than a length: a year ("since 2019"), a season, a fortnight.
  @Test func aLengthSaidByItsStart() {
    #expect(facts("back's been bad since 2019 though")["pain"] == "chronic")
    #expect(facts("had mine since last spring")["experience"] == "regular")
    #expect(facts("back's been aching for about a fortnight")["pain"] == "acute")
    #expect(facts("the year 2019 was hard")["pain"] == nil)
    // Counted from this year: this year and years to come say no length.
    let thisYear = Calendar.current.component(.year, from: Date())
    #expect(facts("my back has been sore since \(thisYear)")["pain"] == nil)
    #expect(facts("my back has been sore since \(thisYear + 1)")["pain"] == nil)
    // A year something happened in, in a clause about the fact.
    #expect(facts("Since the car crash in 2019 my lower back has never been right")["pain"] == "chronic")
    #expect(facts("fell off a ladder back in 2016 and my back's ached ever since")["pain"] == "chronic")
    #expect(facts("I bought the mat in 2019")["experience"] == "regular")
    #expect(facts("my back has been sore in \(thisYear)")["pain"] == nil)
  }

  /// A day of this week named bare is when it began; a day that comes round is not.
  @Test func aDayOfTheWeekSaysWhenItBegan() {
    #expect(facts("Lower back pain started Monday, woke up and could barely bend")["pain"] == "acute")
    #expect(facts("my back is sore after football every monday")["pain"] == nil)
    #expect(facts("my back is sore on mondays")["pain"] == nil)
  }

  /// A length of "doing it" is of the mat, as "using it" is; small talk between keeps a
  /// length owed; an "if" said to be so is told.
  @Test func factsFromTheSeventySecondTailoringSet() {
    #expect(facts("I've been doing it for 4 months, 25 minutes")["experience"] == "regular")
    #expect(facts("I've been doing physio for 3 months")["experience"] == nil)
    #expect(facts("I've only had the mat a little while", "honestly it's prettier than i expected", "about a fortnight")["experience"] == "some")
    #expect(facts("I've only had the mat a little while", "how long should I stay on?", "about a fortnight")["experience"] == nil)
    #expect(facts("how long should i stay on the mat?", "and if I'm new? cos I am")["experience"] == "new")
    #expect(facts("what if I'm new?")["experience"] == nil)
    #expect(facts("what if I'm new? cos my friend is")["experience"] == nil)
  }

  /// "My" right before a fact makes it the user's, whoever else the clause names.
  @Test func myBeforeAFactIsTheUsers() {
    #expect(facts("a colleague lent me her mat and this is my first time on one")["experience"] == "new")
    #expect(facts("my wife lent me hers and this is my first time")["experience"] == "new")
  }

  /// "And a half" between a number and its unit adds half the unit; it halves nothing.
  @Test func aHalfMoreBetweenTheNumberAndItsUnit() {
    #expect(facts("I do 9 and a half minutes")["minutes"] == "9.5")
    #expect(facts("I do 2 and a half hours")["minutes"] == "150")
    #expect(facts("down from 11 stone to 9 and a half in 10 weeks")["minutes"] == nil)
  }

  /// A bare number corrects the one just said after "actually its" typed without its
  /// apostrophe, as after "it's".
  @Test func aCorrectionTypedWithoutItsApostrophe() {
    #expect(facts("i do 10 mins on the mat most days", "actually its 15 not 10, i timed it yesterday")["minutes"] == "15")
  }

  /// A word another fact's phrase holds is not this fact's: "mine" in "tweaked mine" is
  /// the back, and "six months into a new job" is the job's length.
  @Test func aWordOfAnotherFactsPhraseIsNotThisFacts() {
    let said = facts("i only tweaked mine at the gym a few days ago")
    #expect(said["pain"] == "acute")
    #expect(said["experience"] == nil)
    #expect(facts("six months into a new desk job and my back's wrecked")["pain"] == nil)
  }

  /// Two lengths in one clause, each about its nearest word.
  @Test func twoLengthsInOneClause() {
    let said = facts("my back has been bad for 3 months but I only got the mat a week ago")
    #expect(said["pain"] == "chronic")
    #expect(said["experience"] == "some")
    #expect(facts("my lower back has ached on and off since my 20s")["pain"] == "chronic")
    // The length nearest a fact's words is its own, though another comes first.
    let both = facts("I've had back pain on and off for 10 years and got the mat 2 weeks ago")
    #expect(both["pain"] == "chronic")
    #expect(both["experience"] == "some")
    #expect(facts("my back has been bad for years and it is flaring up this week")["pain"] == "flare")
    // Of one fact's two lengths in a clause, only the nearest its words: "fine for 10
    // years" is no long-term pain.
    #expect(facts("my back pain started 2 days ago after years of it being fine for 10 years")["pain"] == "acute")
  }

  /// A length of something else is not a session's; a prefix may end in an approximate
  /// word ("more like 25").
  @Test func minutesOfSomethingElseAndMoreLike() {
    #expect(facts("I do 15 minutes on the mat", "my commute is 40 minutes each way")["minutes"] == "15")
    #expect(facts("I do 15 minutes on the mat", "after a 40 minute drive my back aches")["minutes"] == "15")
    #expect(facts("I do 15 minutes on the mat", "my commute takes 40 minutes")["minutes"] == "15")
    #expect(facts("I usually do 15 minutes on the mat", "actually it's more like 25")["minutes"] == "25")
    #expect(facts("I do about 20")["minutes"] == "20")
    // When the sessions are may follow the number; units as typed.
    #expect(facts("i do about 10 minutes at night", "actually its more like 12 most nights")["minutes"] == "12")
    #expect(facts("i do the mat for 10 mns")["minutes"] == "10")
    // Mornings are the mat's only when said of it: a walk every morning is not.
    #expect(facts("i also do a 30 minute walk every morning")["timing"] == nil)
    #expect(facts("actually i've switched to mornings")["timing"] == "morning")
    // "First thing" is a time after what is done, and the first step before what to do.
    #expect(facts("I use it first thing")["timing"] == "morning")
    #expect(facts("what's the first thing I should do?")["timing"] == nil)
  }

  @Test func theCoachSaysWhoseThresholdItIs() {
    var coach = TestSupport.coach()
    let reply = coach.respond(to: "my back has been sore for 4 months")
    #expect(reply.text.contains("12 weeks or more"))
    #expect(reply.text.contains("the guide gives no figure"))
  }

  @Test func theLaterOfTwoConflictingFactsWinsAndTheCoachSaysSo() {
    var coach = TestSupport.coach()
    _ = coach.respond(to: "I do 25 minutes")
    let reply = coach.respond(to: "actually I've never tried it, how long should I lie on it?")
    #expect(coach.profile["experience"]?.value == "new")
    #expect(coach.profile["minutes"] == nil)
    #expect(reply.text.contains("I'll no longer assume that you do sessions of 25 minutes"))
    #expect(reply.text.contains("5 to 10 minutes"))
    // And the other way round: minutes said after "new" replace it.
    _ = coach.respond(to: "I do 20 minutes now")
    #expect(coach.profile["experience"] == nil)
    #expect(coach.profile["minutes"]?.value == "20")
    // Minutes that fit a beginner do not.
    #expect(facts("I'm new", "I do 5 minutes")["experience"] == "new")
  }

  @Test func sensitivityCanBeWithdrawn() {
    #expect(facts("the spikes are too intense", "it doesn't hurt any more")["sensitivity"] == "fine")
    #expect(facts("the spikes are too intense", "I've got used to it now")["sensitivity"] == "fine")
  }

  @Test func aRangeIsKeptAsSaidAndAdvisedFromItsUpperEnd() {
    var coach = TestSupport.coach()
    _ = coach.respond(to: "I do 10-15 mins most nights")
    #expect(coach.profile["minutes"]?.number == 15)
    #expect(coach.profile["minutes"]?.said == "10-15 mins")
    let reply = coach.respond(to: "how long should I lie on it?")
    #expect(reply.text.contains("10-15 minutes"))
    #expect(reply.text.contains("step up to 20"))
  }

  @Test func numbersOutsideTheFactsRangeAreNotTaken() {
    // The real knowledge base reads minutes from 1 to 240: 300 is a typo, 0 is nothing.
    #expect(facts("I've done it for 300 minutes")["minutes"] == nil)
    #expect(facts("I do 0 minutes")["minutes"] == nil)
    #expect(facts("I do 240 minutes")["minutes"] == "240")
  }

  @Test func questionsAndPlansAreAnsweredNotStored() {
    // Each once stored its number as the minutes the user does now.
    for line in ["can I do 30 mins?", "can I go up to 25?", "is an hour OK?", "how long before I can do 30?",
      "I want to get to 30", "what if I did 45 minutes"]
    {
      #expect(facts(line)["minutes"] == nil, "\(line)")
    }
    #expect(facts("what if it hurts too much?")["sensitivity"] == nil)
    // A fact said beside a question is still a fact.
    #expect(facts("I do 15 minutes, can I do 30?")["minutes"] == "15")
    // A question put as "I want to know" plans nothing: what was told before it is told.
    #expect(facts("pulled my back on saturday and now i want to know how many times a day i can use the mat")["pain"] == "acute")
    #expect(facts("I want to know if 30 minutes is ok")["minutes"] == nil)
    // "It is my first time" said without its "it", as a second language may say it, tells.
    #expect(facts("is my first time with the mat, how many minute I must to stay?")["experience"] == "new")
    // A question in a statement's word order asks by its modal and its question mark; a
    // question mark alone may only rise, and a modal alone tells.
    #expect(facts("I can do 40 minute on the mat?")["minutes"] == nil)
    #expect(facts("we could do 25 min tonight?")["minutes"] == nil)
    #expect(facts("I do 20 minutes?")["minutes"] == "20")
    #expect(facts("I can only do 10 minutes")["minutes"] == "10")
    // Only a subject and modal that open their clause ask: what was told before them stays told.
    #expect(facts("I do 20 minutes and I can go longer?")["minutes"] == "20")
    #expect(facts("I'm new to this and I can start now?")["experience"] == "new")
  }

  /// What someone else has, in a part of the clause of their own, is theirs: "I'm a carer
  /// and my client has an acute strain"; the user's own part is the user's.
  @Test func aFactInSomeoneElsesPartOfTheClauseIsTheirs() {
    #expect(facts("I'm a home carer and my client has an acute lumbar strain")["pain"] == nil)
    #expect(facts("my wife does 40 minutes and I do 20")["minutes"] == "20")
    #expect(facts("my wife and I do 20 minutes")["minutes"] == "20")
    #expect(facts("me and my wife are both new to this")["experience"] == "new")
  }

  @Test func aNumberAskedAboutChoosesAnAnswerWrittenForQuestions() {
    var coach = TestSupport.coach()
    let reply = coach.respond(to: "is an hour ok?")
    #expect(reply.text.contains("60 minutes is longer than the guide goes: its longest sessions are 20 to 30 minutes"))
    #expect(coach.profile["minutes"] == nil)
  }

  @Test func ignoresNumbersOfOtherThings() {
    #expect(facts("I've had pain for 3 weeks")["minutes"] == nil)
    #expect(facts("twice a day")["minutes"] == nil)
  }

  /// "30 weeks pregnant" is how far along a pregnancy is, not how long the back has hurt.
  @Test func aLengthOfSomethingElseIsNoLengthOfPain() {
    #expect(facts("I'm 30 weeks pregnant with a sore back")["pain"] == nil)
    #expect(facts("my back has been sore for 30 weeks")["pain"] == "chronic")
    // "For months" is said of long-standing pain, "for days" of recent pain.
    #expect(facts("it's actually been hurting for months")["pain"] == "chronic")
    #expect(facts("my back has been sore for days")["pain"] == "acute")
    #expect(facts("I've been pregnant for 30 weeks and my back hurts")["pain"] == nil)
    #expect(facts("I'm 6 months postpartum and my back aches")["pain"] == nil)
    #expect(facts("back pain for 3 months along with sciatica")["pain"] == "chronic")
  }

  /// A length someone advised is theirs, not the user's; what the user does after a "but" is.
  @Test(arguments: [
    ("my physio said 20 minutes is the sweet spot", nil), ("the box says 15 minutes", nil),
    ("I was told 20 minutes max", nil), ("the instructions recommend 20-30 minutes", nil),
    ("the box says 15 minutes but i've only managed 5 so far", "5"), ("I'd say about 20 minutes", "20"),
    ("my doctor said to try it and I do 10 mins", "10"),
  ] as [(String, String?)])
  func advisedMinutesAreNotTheUsers(_ line: String, _ minutes: String?) {
    #expect(facts(line)["minutes"] == minutes)
  }

  /// "Used to" and a verb says what no longer holds; "used to it" says what holds now.
  @Test func aPastHabitIsNoFact() {
    #expect(facts("it used to hurt too much but i'm used to it now")["sensitivity"] == "fine")
    #expect(facts("I used to do 30 minutes")["minutes"] == nil)
    #expect(facts("I used to do 30 but now I do 10")["minutes"] == "10")
    #expect(facts("it hurts too much")["sensitivity"] == "high")
  }

  /// A clause that goes on about the one before it, with no "I" of its own, is about the
  /// same thing; one with a word of its own is about that.
  @Test func aLengthInAClauseThatGoesOn() {
    #expect(facts("my back was acute last month, now it's been going on 4 months")["pain"] == "chronic")
    #expect(facts("i pulled my back in the spring and it's still sore now, 8 months on")["pain"] == "chronic")
    let mat = facts("my back is sore, got the mat 3 weeks ago")
    #expect(mat["experience"] == "some" && mat["pain"] == nil)
    #expect(facts("my back is sore, I was away for 3 weeks")["pain"] == nil)
  }

  /// A correction says the number it replaces ("15 not 20"), or follows "scratch that".
  @Test func aCorrectedNumber() {
    #expect(facts("i do 20 mins every evening", "scratch that, 15 not 20")["minutes"] == "15")
    #expect(facts("I do 25 minutes", "make that 12")["minutes"] == "12")
    #expect(facts("i just do 10 tbh")["minutes"] == "10")
    // After words that only say it corrects; not after other words, nor with another unit.
    #expect(facts("I do 20 minutes a session", "actually it's 15 not 20")["minutes"] == "15")
    #expect(facts("I do 20 minutes a session", "I'm 45 not 50")["minutes"] == "20")
    #expect(facts("I do 20 minutes a session", "it's 2 not 3 times a week")["minutes"] == "20")
    // Said straight after the length it corrects, with no stop typed: "no wait" says so.
    #expect(facts("i usually do 25 minutes no wait 15 not 25")["minutes"] == "15")
    // With words between that only lead to it ("it was"), which a bare number's correction
    // does not read through.
    #expect(facts("I do 25 minutes actually it was 15 not 25")["minutes"] == "15")
    #expect(facts("i usually do 25 minutes and my son 15 not 25")["minutes"] == "25")
  }

  /// "Doesn't hurt any more" with its "it" left out is said, not asked; and its "not" is
  /// its own, denying nothing said after it.
  @Test func aStatementWithItsSubjectLeftOut() {
    #expect(facts("the spikes hurt too much at first", "doesn't hurt any more")["sensitivity"] == "fine")
    #expect(facts("the spikes hurt too much at first", "doesnt hurt any more got used to it")["sensitivity"] == "fine")
    #expect(facts("the spikes hurt too much at first", "doesn't it hurt any more?")["sensitivity"] == "high")
    // Not a question with a number or a negative "is": those still ask.
    #expect(facts("do 10 min sessions work for beginners?")["minutes"] == nil)
    #expect(facts("isn't 20 minutes enough for a beginner?")["experience"] == nil)
    // "Worth mentioning" tells.
    #expect(facts("worth mentioning I've had back pain for 10 years")["pain"] == "chronic")
    // A "not" shared with the phrase after it still denies it.
    #expect(facts("never used one before, where do I even start?")["experience"] == "new")
  }

  /// A length in a line that corrects the one before, naming nothing it is about, is
  /// about what that line stated; without a word of correcting it is about nothing.
  @Test func aLengthCorrectedOnTheNextLine() {
    #expect(facts("My back has been hurting for 2 weeks.", "Sorry, I meant 2 years, not 2 weeks.")["pain"] == "chronic")
    #expect(facts("I've been using the mat for 2 weeks", "sorry I meant 2 months")["experience"] == "regular")
    #expect(facts("My back has been hurting for 2 weeks.", "2 years")["pain"] == "acute")
    // A clause that goes on about what the line before said ("it's been …") is about it.
    #expect(facts("I pulled my back", "well, it's been going on for about 5 months really")["pain"] == "chronic")
    #expect(facts("I use it every night", "well, it's been going on for about 5 months really")["pain"] == nil)
    // Going on about the mat ("had it a year"), also after a question between.
    #expect(facts("i'm new to this", "actually not new, had it a year")["experience"] == "regular")
    // Only after the line that stated it: "at it" after other lines names nothing.
    #expect(facts("I've had back pain for 10 years", "how long should I use it?", "actually I've been at it about a month")["pain"] == "chronic")
    // Not a clause that says more than the length, nor a length two facts could have.
    #expect(facts("my back has been sore for 3 years", "it took 2 weeks to arrive")["pain"] == "chronic")
    #expect(facts("I've been using the mat for 2 months", "actually I'm off work for a week, can I use it more?")["experience"] == "regular")
    #expect(facts("I've had back pain for 5 years and been using the mat for 2 weeks", "sorry, 3 weeks not 2")["pain"] == "chronic")
    // A word after the length and an "and" weighs less: "using" is what comes next.
    let both = facts("I've had back pain on and off for 10 years and using the mat helps")
    #expect(both["pain"] == "chronic")
    #expect(both["experience"] == nil)
    // A word after the length and an "and" counts when it is all there is.
    #expect(facts("it's been 3 months and my back still aches")["pain"] == "chronic")
  }

  /// Something to try one day is a plan, not a fact.
  @Test func somethingToTryIsAPlan() {
    #expect(facts("I use it at night right now", "maybe I'll try it in the morning instead sometime")["timing"] == "bedtime")
  }

  /// What follows a plan's words in its clause is planned, not done; what came before
  /// them is still a fact, and a "but" ends the plan.
  @Test func whatFollowsAPlanIsNotDone() {
    #expect(facts("gonna try 25 mins tmrw morning")["minutes"] == nil)
    #expect(facts("I'll do 20 minutes tonight")["minutes"] == nil)
    #expect(facts("tomorrow I go up to 25 minutes")["minutes"] == nil)
    #expect(facts("I do 15 and will try 20 tomorrow")["minutes"] == "15")
    #expect(facts("I was going to do 30 but only managed 10 minutes")["minutes"] == "10")
    // "Will" with no verb of trying or doing tells a habit; a joining word ends the plan.
    #expect(facts("i'll mostly be on it before bed")["timing"] == "bedtime")
    #expect(facts("I have work tomorrow so I only do 10 minutes in the morning")["minutes"] == "10")
    // Only numbers are planned: the rest says how things stand.
    #expect(facts("I'm going to try it for the first time tonight")["experience"] == "new")
    #expect(facts("I'll give it a go tomorrow for my chronic back pain")["pain"] == "chronic")
  }

  /// Who was told something is not who does it; a clause with no subject of its own goes
  /// on about the someone else the one before opens with.
  @Test func whatSomeoneElseToldTheUser() {
    #expect(facts("My friend she told me she use it in the morning always, before the work.")["timing"] == nil)
    #expect(facts("my sister told me she does 40 minutes")["minutes"] == nil)
    #expect(facts("my wife does 40 minutes, I do 20")["minutes"] == "20")
    #expect(facts("i get on it in the morning at 6:30 before the kids wake up, 15 min tops")["minutes"] == "15")
    // Who gave the user something is no one else doing it.
    #expect(facts("my wife bought me a mat 2 weeks ago")["experience"] == "some")
    #expect(facts("my son showed me how to use it, 10 minutes every night")["minutes"] == "10")
  }

  /// "For" a length after something else that lasts, with no word of the mat between,
  /// is that thing's length; an hour said with a word before it is an hour.
  @Test func aLengthForSomethingElse() {
    #expect(facts("i walk the dog for 45 minutes first thing")["minutes"] == nil)
    #expect(facts("after a walk I lie on it for 20 minutes")["minutes"] == "20")
    #expect(facts("I've been lying on it for a full hour every evening")["minutes"] == "60")
    #expect(facts("on the mat i only manage 10 minuets")["minutes"] == "10")
  }

  /// A length right after another thing done, with no word of the mat after it, is that
  /// thing's; so are minutes of distance.
  @Test func aLengthDoneOrAway() {
    #expect(facts("I drive 45 minutes to work each way")["minutes"] == nil)
    #expect(facts("I live 2 minutes from work")["minutes"] == nil)
    #expect(facts("the shop is 10 minutes away")["minutes"] == nil)
    #expect(facts("after my walk 20 minutes on the mat")["minutes"] == "20")
    // What the clause goes on to after "and" or "then" is another thing.
    #expect(facts("I run 30 minutes a day and it helps my back")["minutes"] == nil)
    #expect(facts("I drive 45 minutes to work then lie on the mat")["minutes"] == nil)
  }

  /// A day named beside the fact said in words dates it: "worse than usual today" is a
  /// flare, not new pain; a day alone still makes pain recent.
  @Test func aDayDatesAFactSaidInWords() {
    #expect(facts("my back's worse than usual today, should I still use it?")["pain"] == "flare")
    #expect(facts("my back started hurting yesterday")["pain"] == "acute")
  }

  /// "Times a day" is how often, not how long; "still 20" says the minutes again.
  @Test func howOftenIsNoLengthAndStillRepeatsTheMinutes() {
    #expect(facts("I still have pain 20 times a day")["pain"] == nil)
    #expect(facts("my back has hurt for a week")["pain"] == "acute")
    #expect(facts("I hurt my back one time a week ago")["pain"] == "acute")
    #expect(facts("how long should a session be?", "yep, still 20")["minutes"] == "20")
  }

  /// From a review: where the new rules must not reach.
  @Test func limitsOfTheNewRules() {
    #expect(facts("I use it 2 not 3 times a week")["minutes"] == nil)
    #expect(facts("I'm 45 not 50")["minutes"] == nil)
    #expect(facts("I'm used to 20 minutes now")["minutes"] == "20")
    #expect(facts("I use the mat after my walk for 20 minutes")["minutes"] == "20")
    #expect(facts("my physio told me I need to do 20 minutes")["minutes"] == nil)
    #expect(facts("the problem is it wakes me at night")["timing"] == "bedtime")
  }

  @Test func laterStatementsReplaceEarlierOnes() {
    #expect(facts("I'm a beginner", "actually I've used it for months")["experience"] == "regular")
    #expect(facts("I do 10 minutes", "now I do 20 minutes")["minutes"] == "20")
  }

  @Test func negationDeniesAFact() {
    #expect(facts("I'm not new to this")["experience"] == nil)
    #expect(facts("it's not too intense")["sensitivity"] == nil)
  }

  @Test func remembersWhatTheUserSaid() {
    var coach = TestSupport.coach()
    _ = coach.respond(to: "I'm a total beginner")
    #expect(coach.profile["experience"]?.said == "beginner")
  }

  @Test func aNumberTooLargeForAnIntegerIsStoredNotATrap() throws {
    // Without `range:` any positive number is taken; 1e19 is more than an `Int` holds.
    let yaml = KnowledgeBaseLoaderTests.numberFactYAML(range: nil, when: "10")
    let knowledge = try #require(TestSupport.load(yaml).knowledge)
    var coach = Coach(knowledge: CompiledKnowledge(knowledge))
    _ = coach.respond(to: "10000000000000000000 minutes")
    #expect(coach.profile["minutes"]?.number == 1e19)
    _ = coach.respond(to: "99999999999999999999999999999999999999999999999999 minutes")
    #expect(coach.profile["minutes"] != nil)
  }

  @Test(arguments: [(15.0, "15"), (7.5, "7.5"), (1e19, "1e+19"), (-3, "-3")])
  func numbersAreWrittenAsPeopleReadThem(_ value: Double, _ text: String) {
    #expect(FactExtractor.text(of: value) == text)
  }

  /// A fact supposed by a word that opens its clause ("suppose", "imagine", "let's say") is
  /// asked about, not told; the same word inside a clause only hedges a telling.
  @Test func aSupposedFactIsNotRemembered() {
    #expect(facts("suppose I had chronic back pain, how often would I use it?")["pain"] == nil)
    #expect(facts("imagine I'm new, how long then?")["experience"] == nil)
    #expect(facts("let's say I'm a beginner, how long should I go?")["experience"] == nil)
    #expect(facts("I suppose I'm fairly new to this")["experience"] == "new")
    #expect(facts("as I say, I'm new")["experience"] == "new")
  }

  /// A length corrected in the same line, after a clause of only the correction, is about
  /// what the clause before it was about.
  @Test func aLengthCorrectedInTheSameLineKeepsItsSubject() {
    #expect(facts("my back pain has been going on for 8 weeks, sorry, 8 months")["pain"] == "chronic")
    #expect(facts("my back pain has been going on for 8 weeks, sorry I mean 8 months")["pain"] == "chronic")
    #expect(facts("I've used the mat for a week, sorry, 3 months")["experience"] == "regular")
    #expect(facts("I've used it for 2 years, no wait, 2 weeks")["experience"] == "some")
    #expect(facts("back pain for 6 weeks, or rather 6 months")["pain"] == "chronic")
    #expect(facts("Say I've had back pain for 10 years, that's why I bought it")["pain"] == "chronic")  // "say" supposes only after "let's"
    // The answer is for the length the user meant, not the one taken back.
    var coach = TestSupport.coach()
    #expect(coach.respond(to: "I've had back pain for 3 months, sorry, 3 days").answers.map(\.intent) == ["acute-pain"])
  }

  /// The forty-ninth tailoring set: a bare number that corrects a length just said, the
  /// pain named as gone at any later turn, and a long time or a fresh strain in idiom.
  /// A time that a phrase of another fact holds is that fact's: the mat's arrival dates no pain.
  @Test func aLengthHeldByAnotherFactIsThatFacts() {
    let told = facts("my back has been sore for years. it arrived this morning")
    #expect(told["pain"] == "chronic")
    #expect(told["experience"] == "new")
  }

  /// From the fifty-third tailoring set, in other words: who the user is, said first, is
  /// the user; "when" before a subject tells when; "get to" plans only an amount.
  @Test func factsFromTheFiftyThirdTailoringSet() {
    #expect(facts("dad of three, so I only get on the mat before bed")["timing"] == "bedtime")
    #expect(facts("my dad of 80 uses it before bed")["timing"] == nil)
    #expect(facts("when the kids are in bed I do 15 minutes")["minutes"] == "15")
    #expect(facts("the only time I get to myself is after the kids are asleep so I use it before bed")["timing"] == "bedtime")
    #expect(facts("I want to get to 30 minutes")["minutes"] == nil)
    // "My" right before it is the user's, whoever was named before.
    #expect(facts("my brother gave me his old mat and this is my first time on it")["experience"] == "new")
    // The length of a doing that is not the pain's.
    #expect(facts("been nursing for 20 years and my back's only started aching this term")["pain"] == nil)
    #expect(facts("my back has been grumbling for years")["pain"] == "chronic")
    // Someone else timing the user asks for no session; the minutes are the user's.
    #expect(facts("my wife's been timing me, I do 12 minutes")["minutes"] == "12")
    // A length with no "and" after it is the pain's, whatever its verb.
    #expect(facts("sciatica, been flaring for two weeks")["pain"] == "acute")
    #expect(facts("been struggling for weeks to find time to use it")["pain"] == nil)
  }

  @Test func factsFromTheFortyNinthTailoringSet() {
    #expect(facts("I do ten minutes, sorry, no, fifteen, I timed it yesterday")["minutes"] == "15")
    #expect(facts("I do 20 mins oops 25")["minutes"] == "25")
    #expect(facts("10 minutes, no 2 times a day")["minutes"] == "10")
    // Named, the pain is over whenever it was told; said as "it", only just after.
    #expect(facts("I pulled a muscle last week, how often?", "/profile", "Good news, the pain's gone now.")["pain"] == nil)
    #expect(facts("I pulled a muscle last week", "how long should I lie on it?", "my back pain has gone")["pain"] == nil)
    #expect(facts("I pulled a muscle last week", "it's gone now")["pain"] == nil)
    #expect(facts("I pulled a muscle last week", "how long should I lie on it?", "it's gone now")["pain"] == "acute")
    #expect(facts("I pulled a muscle last week", "the mat is now gone")["pain"] == "acute")
    #expect(facts("I bent down and felt something go in my lower back")["pain"] == "acute")
    #expect(facts("I felt something go warm in my back, is that normal?")["pain"] == nil)
    // A long time in idiom, said of the pain, not of the mat.
    #expect(facts("Me back's been playing up for donkey's years")["pain"] == "chronic")
    #expect(facts("my back has hurt for yonks")["pain"] == "chronic")
    #expect(facts("I've had this mat for donkey's years")["pain"] == nil)
    #expect(facts("I've had this mat for yonks")["pain"] == nil)
    // "Actually it was 8" tells of something else, a score: only words that say they
    // correct make a bare number a correction.
    #expect(facts("I did 20 minutes, actually it was 8 before and now it's 4")["minutes"] == "20")
    #expect(facts("20 minutes, I meant 25")["minutes"] == "25")
    // Gone on to somewhere, or for now, or back again, the pain is not over.
    for line in [
      "the pain's gone down my leg now", "the pain has gone up a notch", "my back pain has gone from bad to worse",
      "the pain's gone for now but it will be back tomorrow", "the pain has gone after my session, but it's back by the evening",
    ] {
      #expect(facts("I've had back pain for years", "how long should I lie on it?", line)["pain"] == "chronic", "\(line)")
    }
  }

  /// What the sixty-second tailoring set's people said: hours of the clock, a time of day
  /// ruled out, a note denied, a habit taken up again, a couple of minutes, and pain dated
  /// by what was lifted or by waking with it.
  @Test func factsFromTheSixtySecondTailoringSet() {
    #expect(facts("I use it at 7am")["timing"] == "morning")
    #expect(facts("on the mat by 10.30 pm")["timing"] == "bedtime")
    #expect(facts("I use it at 2pm")["timing"] == nil)
    #expect(facts("set an alarm for 7am")["timing"] == nil)
    #expect(facts("fell asleep on it and woke at 6am")["timing"] == nil)
    #expect(facts("I am 7, am I too young")["timing"] == nil)
    #expect(facts("I've been doing it first thing", "actually I've moved it to last thing at night, mornings are too rushed")["timing"] == "bedtime")
    #expect(facts("the first time was too much")["experience"] == "new")
    #expect(facts("I'm new to this", "well, not new exactly, I've had it a few weeks")["experience"] == nil)
    #expect(facts("I used to use one years ago and just started again this week")["experience"] == "new")
    #expect(facts("I used to be new to it, now I do 20")["experience"] == nil)
    #expect(facts("I can only do a couple of minutes before I have to get off")["minutes"] == "2")
    #expect(facts("only since I lifted the telly on Tuesday, it's stiff and sore low down")["pain"] == "acute")
    #expect(facts("woke up with it yesterday, can barely bend to put my socks on")["pain"] == "acute")
    #expect(facts("I tell a lie, it's been going on for about six months really")["experience"] == nil)
    #expect(facts("my alarm goes at 6 and I get straight onto the mat for 15 minutes") == ["timing": "morning", "minutes": "15"])
    // On it or at it for a length is the mat's use; the pain named nearer keeps its own.
    #expect(facts("been lying on it every night for a couple of months now") == ["experience": "regular", "timing": "bedtime"])
    #expect(facts("I've been at it daily for about six months, 20 minutes each time") == ["experience": "regular", "minutes": "20"])
    #expect(facts("my back has been killing me for months and I lie on it daily") == ["pain": "chronic"])
  }

  /// What the sixty-third tailoring set's people said: notes as a list, units typed
  /// loosely, sessions counted, pain named by a condition, and their own pain beside
  /// someone else's.
  @Test func factsFromTheSixtyThirdTailoringSet() {
    #expect(facts("2 yrs on the mat, 45 min, every night") == ["experience": "regular", "minutes": "45", "timing": "bedtime"])
    #expect(facts("my back hurts every night")["timing"] == nil)
    #expect(facts("few weeks in / before bed / still too intense") == ["experience": "some", "timing": "bedtime", "sensitivity": "high"])
    #expect(facts("usually lie on it half n hour before bed") == ["minutes": "30", "timing": "bedtime"])
    #expect(facts("somewhere between 10 n 15 mins")["minutes"] == "10-15")
    #expect(facts("done about 10 sessions so far, 15 mins each") == ["experience": "some", "minutes": "15"])
    #expect(facts("I'm well past 100 sessions now, 30 mins in the morning") == ["experience": "regular", "minutes": "30", "timing": "morning"])
    #expect(facts("I do 3 sessions a week")["experience"] == nil)
    #expect(facts("back pain 3 days a week for years")["pain"] == "chronic")
    #expect(facts("session number one tomorrow morning!")["experience"] == "new")
    #expect(facts("just a niggle since yesterday, nothing major")["pain"] == "acute")
    #expect(facts("herniated disc three years ago and it's ached ever since")["pain"] == "chronic")
    #expect(facts("my husband has chronic back pain, mine's just a pulled muscle from gardening on Saturday")["pain"] == "acute")
    #expect(facts("some days i use it twice, some days not at all")["experience"] == nil)
    // "Your" is no year: "what are the main benefits for your back?".
    #expect(facts("what are the main benefits for your back?")["pain"] == nil)
    #expect(facts("back pain for 2 yr")["pain"] == "chronic")
  }

  /// What the sixty-fourth tailoring set's people said: corrections with "I mean", facts
  /// of one's own inside a question, the light turned off, spikes felt as a cheese grater
  /// or hardly at all, pain that lingered, and a day's minutes split into sessions.
  @Test func factsFromTheSixtyFourthTailoringSet() {
    #expect(facts("I've been doing 41 minutes a go — sorry, I mean 14")["minutes"] == "14")
    #expect(facts("can I use it for my chronic back pain?")["pain"] == "chronic")
    #expect(facts("should I still do my 20 minutes?")["minutes"] == "20")
    #expect(facts("can I do 20 minutes?")["minutes"] == nil)
    #expect(facts("as someone who's done about 25 minutes every morning for six months, is it worth pushing longer?")
      == ["experience": "regular", "timing": "morning", "minutes": "25"])
    #expect(facts("I do it right before I turn the light off, maybe 20 min") == ["timing": "bedtime", "minutes": "20"])
    #expect(facts("feels like a cheese grater on my shoulder blades")["sensitivity"] == "high")
    #expect(facts("honestly the spikes are brutal", "these days I barely notice them")["sensitivity"] == "fine")
    #expect(facts("it started as a sudden thing after a fall in March, but it's just lingered, 4 months now")["pain"] == "chronic")
    #expect(facts("two sessions of 15, morning and night") == ["minutes": "15"])
    #expect(facts("I get about 45 minutes a day on it, in three goes")["minutes"] == nil)
    #expect(facts("it adds up to 90 minutes a day but that's across four sessions").isEmpty)
    #expect(facts("I do 20 minutes a day")["minutes"] == "20")
    #expect(facts("first thing, before I've even had a coffee, 12 minutes") == ["timing": "morning", "minutes": "12"])
    #expect(facts("had the mat for two weeks now", "wait, it's two months not two weeks, time flies")["experience"] == "regular")
    #expect(facts("is twice a day overkill for lower back pain I've had since 2019?")["pain"] == "chronic")
  }

  /// An amount told as a change: to an amount ("doubled it to 20", "went from 10 to 15"),
  /// by one from an amount said ("upped it by 5 from 10", "ten more onto my usual 10"), a
  /// part of one ("half what I was doing (30)"), or a change to the amount remembered
  /// ("knocked 5 off", "an extra 5", "halved it"); a count changed is no minutes.
  @Test func readsAnAmountToldAsAChange() {
    #expect(facts("used to do 10 mins, doubled it to 20 this week")["minutes"] == "20")
    #expect(facts("went from 10 to 15 minutes last week, no problems")["minutes"] == "15")
    #expect(facts("had to drop down from 25 mins to 10 after my back flared up")["minutes"] == "10")
    #expect(facts("ive upped it by 5 minutes from 10")["minutes"] == "15")
    #expect(facts("i added ten more minutes onto my usual 10 min session")["minutes"] == "20")
    #expect(facts("it was getting a bit much so ive cut back to half what i was doing (30)")["minutes"] == "15")
    #expect(facts("i do 20 mins in the mornings", "actually knocked 5 off that recently")["minutes"] == "15")
    #expect(facts("15 mins before bed", "added an extra 5 mins last night and it was fine")["minutes"] == "20")
    #expect(facts("I do 20 mins", "halved it")["minutes"] == "10")
    // Asked as a change, it is asked of the amount it makes, and nothing is kept.
    var coach = TestSupport.coach()
    _ = coach.respond(to: "I do 20 mins")
    #expect(coach.respond(to: "what if I added an extra 15 mins?").answers.contains { $0.text.contains("35 minutes") })
    #expect(coach.profile["minutes"]?.value == "20")
    // Nothing remembered to change, a count changed, or a thing's size: nothing kept.
    #expect(facts("knocked 5 off recently")["minutes"] == nil)
    #expect(facts("I went from 2 sessions to 3 a day")["minutes"] == nil)
    #expect(facts("it's a double one, can two of us lie on it?")["minutes"] == nil)
  }

  /// An amount compared with the user's own before, with no verb of changing it, is a
  /// change ("5 minutes longer than yesterday"); what it came to, said after it, is the
  /// amount ("10 minutes less than before so 15 now", "added 5 more making it 20"), as is
  /// a bare number with "now" after a length or a comparison ("a bit longer than last week,
  /// about 20 now"). Compared with someone else, or a number with nothing to give it a
  /// unit, it is not.
  @Test func readsAnAmountComparedWithBefore() {
    #expect(facts("ive cut back, doing 10 minutes less than before so 15 now, it was getting too intense")["minutes"] == "15")
    #expect(facts("been on the mat a bit longer than last week, about 20 now")["minutes"] == "20")
    #expect(facts("added 5 more making it 20")["minutes"] == "20")
    #expect(facts("I do 20 mins", "5 minutes longer than yesterday")["minutes"] == "25")
    #expect(facts("I do 25 mins", "doing 10 minutes less than before")["minutes"] == "15")
    #expect(facts("I do 20 mins", "5 minutes longer than my wife")["minutes"] != "25")
    #expect(facts("I do 20 mins and I'm 45 now")["minutes"] == "20")
    #expect(facts("about 20 now")["minutes"] == nil)
    #expect(facts("my back feels better, 20 now")["minutes"] == nil)
    #expect(facts("5 minutes longer than yesterday")["minutes"] == nil)
    // The clock, a sensation's length, an expectation, and minutes late are no session's.
    #expect(facts("did 20 minutes on the mat this morning and it's 3 now")["minutes"] == "20")
    #expect(facts("the ache lasts longer after each session, so 7 now")["minutes"] == nil)
    #expect(facts("I do 20 mins", "added 5 more minutes and now it's 4")["minutes"] == "25")
    #expect(facts("I do 20 mins", "stayed on 5 minutes longer than usual so I was 10 minutes late for work")["minutes"] == "25")
    #expect(facts("I do 20 mins", "stayed on 10 minutes longer than I expected")["minutes"] != "30")
    #expect(facts("I do 20 mins", "the redness lasted 20 minutes longer than last time")["minutes"] != "40")
    #expect(facts("I was 10 minutes late for my session")["minutes"] == nil)
  }

  /// The spikes eased with time ("it's gotten much easier", "much more bearable now",
  /// "barely feel it now") are fine; in tears on it is too much.
  @Test func readsTheSpikesEasedOrTooMuch() {
    #expect(facts("at first it was brutal but I barely feel it now")["sensitivity"] == "fine")
    #expect(facts("it's gotten much easier over the last couple of weeks")["sensitivity"] == "fine")
    #expect(facts("the spikes really sting", "it's much more bearable now")["sensitivity"] == "fine")
    #expect(facts("it doesn't bother me at all anymore")["sensitivity"] == "fine")
    #expect(facts("my skin goes blotchy and I'm in tears on it")["sensitivity"] == "high")
    #expect(facts("will it get easier?")["sensitivity"] == nil)
  }

  /// A fact told before "but" and a plan stays told; a goal is planned, not done; where the
  /// user has got to, and shorthand for each, a quarter and nightly.
  @Test func readsFactsBesideGoalsAndShorthand() {
    #expect(facts("im brand new to this but want to be doing 20 min sessions in a month or so") == ["experience": "new"])
    #expect(facts("I do 15 but want to get to 30") == ["minutes": "15"])
    #expect(facts("currently 15 minutes a day, chronic back pain, my goal is 30 mins by summer")["minutes"] == "15")
    #expect(facts("id like to get to 30 eventually, im on 10 at the moment")["minutes"] == "10")
    #expect(facts("qtr hr nightly, chronic lower back")["minutes"] == "15")
    #expect(facts("i use it nightly")["timing"] == "bedtime")
    #expect(facts("10-15 mins ea morning")["timing"] == "morning")
    #expect(facts("I do 20 mins", "ran a half marathon yesterday")["minutes"] == "20")
    #expect(facts("I'm on 2 tablets a day")["minutes"] == nil)
  }

  /// Typed for the person who uses the mat, what is told of "she" or "he" is theirs, on
  /// that line and after it, until `/reset`; someone else's is not, said by the user.
  @Test func factsOfThePersonTypedFor() {
    #expect(facts("typing for my mum: she's new to it and does 5 mins") == ["experience": "new", "minutes": "5"])
    #expect(facts("my dad (he can't type) has had back pain for years")["pain"] == "chronic")
    #expect(facts("typing for my mum: she's new to it", "she does 10 mins now")["minutes"] == "10")
    #expect(facts("typing for my mum", "/reset", "my friend does 40 mins")["minutes"] == nil)
    #expect(facts("my husband does 40 minutes, I only do 10")["minutes"] == "10")
    #expect(facts("asking for my son, he does 40 minutes")["minutes"] == nil)
  }

  /// A session told by the times it starts and ends is its length; a range of minutes is
  /// not a time ("from 10 to 15"), and "half ten" is half past ten, not half of ten.
  @Test func readsASessionToldByTheClock() {
    #expect(facts("i'm on it from 9:30 to 9:45 each night")["minutes"] == "15")
    #expect(facts("10pm till quarter past, then straight to bed")["minutes"] == "15")
    #expect(facts("on at 7, off at 7:20, most days")["minutes"] == "20")
    #expect(facts("usually lie on it from half ten to eleven at night while watching telly")["minutes"] == "30")
    #expect(facts("on the mat 11:50 to 12:10")["minutes"] == "20")
    #expect(facts("I do it from 10 to 15")["minutes"] == nil)
    #expect(facts("I do it from 10 to 12")["minutes"] == nil)
    #expect(facts("from 10 to 15 minutes")["minutes"] == "10-15")
    #expect(facts("off at 7:20")["minutes"] == nil)
    // An hour with am or pm opening its clause is a time of day too.
    #expect(facts("10pm till quarter past, then straight to bed")["timing"] == "bedtime")
    #expect(facts("9pm, 20 mins")["timing"] == "bedtime")
  }

  /// Use counted by days or sessions: a day or week with its number after it, a go or a
  /// time counted by a number (not "had a go"), "7 a.m." a morning.
  @Test func experienceCountedByDaysAndSessions() {
    #expect(facts("day 40 of using it lol")["experience"] == "regular")
    #expect(facts("week 3 with the mat, i do 10 mins")["experience"] == "some")
    #expect(facts("this is my 3rd go on the mat")["experience"] == "some")
    #expect(facts("used it maybe 50 times now")["experience"] == "regular")
    #expect(facts("its day 1 with the mat!!")["experience"] == "new")
    #expect(facts("I had a go on the mat")["experience"] == nil)
    #expect(facts("I use the mat 3 times a day")["experience"] == nil)
    #expect(facts("Week two and my back still hurts about the same")["pain"] == nil)
    #expect(facts("day 3 of my back being bad")["pain"] == "acute")
    #expect(facts("I use it at 7 a.m. every day")["timing"] == "morning")
  }

  /// The spikes likened to lying on or hugging what pricks or burns are too intense (not
  /// the mat called a bed of nails); seasons counted are years; bed next is bedtime.
  @Test func factsFromTheSixtyNinthTailoringSet() {
    #expect(facts("honestly feels like lying on hot coals")["sensitivity"] == "high")
    #expect(facts("feels like hugging a cactus")["sensitivity"] == "high")
    #expect(facts("its like a bed of nails, which i suppose it is haha")["sensitivity"] == "high")
    #expect(facts("is the bed of nails safe")["sensitivity"] == nil)
    #expect(facts("slipped a disc two summers ago and it still aches most days")["pain"] == "chronic")
    #expect(facts("i get on it for 20 mins, then bed")["timing"] == "bedtime")
  }

  /// A routine times the mat only when the mat is said to come before, after or with it;
  /// others in bed say it is late.
  @Test func timingByRoutinesAndHouseholds() {
    #expect(facts("I lie on it once the kids are in bed")["timing"] == "bedtime")
    #expect(facts("I'll do it after dinner when I'm winding down for bed")["timing"] == "bedtime")
    #expect(facts("I squeeze a session in after the school run before I start work")["timing"] == "morning")
    #expect(facts("I do it after my morning walk")["timing"] == "morning")
    #expect(facts("not bad thanks, just back from my morning walk, I've been using the mat about a fortnight")["timing"] == nil)
  }

  /// The mat "just got" is new; anything else just got is not ("just got in from work",
  /// "just got this pain in my side").
  @Test func justGotIsSaidOfTheMat() {
    #expect(facts("just got my mat")["experience"] == "new")
    #expect(facts("just got in from work, hi")["experience"] == nil)
    #expect(facts("just got this pain in my side")["experience"] == nil)
  }
}

extension FactExtractorTests {
  /// Every day for months, said of the pain, is the pain's, a hedge between ("my back has
  /// hurt pretty much every day for 18 months"); said of the sessions it is the mat's.
  @Test func everyDayForMonthsIsWhoseItIsSaidOf() {
    #expect(facts("my back has hurt pretty much every day for 18 months") == ["pain": "chronic"])
    #expect(facts("my back has been sore every day for 18 months") == ["pain": "chronic"])
    #expect(facts("I've had a session every single day for six weeks")["experience"] == "regular")
    #expect(facts("every day for six months, 20 min sessions")["experience"] == "regular")
  }

  /// "Donkey's years" is a length, of the pain or of the mat.
  @Test func donkeysYearsIsALength() {
    #expect(facts("me back's been dodgy for donkey's years, is this gonna help")["pain"] == "chronic")
    #expect(facts("honestly my back's been like this for donkeys years")["pain"] == "chronic")
    #expect(facts("had this mat for donkey's years, use it every night")["experience"] == "regular")
  }

  /// How the spikes felt on a day dates the feeling, not the pain: "the spikes hurt a lot
  /// yesterday", "it stung a lot yesterday"; a back that hurt yesterday is recent pain.
  @Test func aDayOfHowTheMatFeltIsNoOnset() {
    #expect(facts("the spikes hurt a lot yesterday")["pain"] == nil)
    #expect(facts("im a total wimp w pain, it stung a lot yesterday after 5 mins") == ["sensitivity": "high", "minutes": "5"])
    #expect(facts("my back hurt a lot yesterday")["pain"] == "acute")
    #expect(facts("my back has hurt since yesterday, im new to the mat") == ["experience": "new", "pain": "acute"])
  }

  /// A length to try or go for, bare, is asked about: the one remembered stays.
  @Test func aBareLengthToTryIsAskedAbout() {
    #expect(facts("doing 20 mins", "should i try 30?")["minutes"] == "20")
    #expect(facts("I tried 10 yesterday")["minutes"] == "10")
    #expect(facts("doing 20 mins", "should i try 3 times a week")["minutes"] == "20")
  }

  /// Tried once or not yet lain on is new; a long time is the mat's only when said of it.
  @Test func onceOrNotYetIsNewAndALongTimeIsTheMats() {
    #expect(facts("only tried it once so far")["experience"] == "new")
    #expect(facts("it's still in the box tbh, never actually layed on it")["experience"] == "new")
    #expect(facts("I've used it once a week for months")["experience"] == "regular")
    #expect(facts("I lost a lot of weight years ago but it's been steady for a long time now")["experience"] == nil)
    #expect(facts("I've been using it for a long time")["experience"] == "regular")
  }

  /// A month between "in" or "since" and a year: the years since then.
  @Test func aMonthBeforeTheYear() {
    #expect(facts("my back's been sore since we moved house in march 2022")["pain"] == "chronic")
  }

  /// Done every morning or night, told over weeks, is when and how long.
  @Test func doneEveryMorningOverWeeks() {
    #expect(facts("i've done it every morning for the past six weeks") == ["experience": "regular", "timing": "morning"])
    #expect(facts("been doing it every night for a month") == ["experience": "some", "timing": "bedtime"])
  }

  /// From the eighty-first tailoring set: minutes planned with "ill" typed for "I'll" are
  /// not remembered; an hour and a quarter; "usually" after the minutes; at ease
  /// with it now; "it really stung"; flaring for years.
  @Test func factsFromTheEightyFirstTailoringSet() {
    #expect(facts("ok ill try 10 minutes tomorrow and see how it goes")["minutes"] == nil)
    #expect(facts("I feel ill today")["minutes"] == nil)
    #expect(facts("i do an hour and a quarter on it most days")["minutes"] == "75")
    #expect(facts("1h15 usually, been doing it for months") == ["experience": "regular", "minutes": "75"])
    #expect(facts("it used to hurt loads but im fine with it now")["sensitivity"] == "fine")
    #expect(facts("it was ok but today it really stung")["sensitivity"] == "high")
    #expect(facts("its been flaring on and off for years")["pain"] == "chronic")
  }

  /// This sitting's review: once a day, a pillow in its box, a time just gone, are nothing new.
  @Test func onceADayOrAThingInItsBoxIsNotNew() {
    #expect(facts("I use it once a day")["experience"] == nil)
    #expect(facts("the pillow is still in the box, do I need it?")["experience"] == nil)
    #expect(facts("I tried it once years ago and now I use it every day")["experience"] != "new")
  }

  /// Facts the eighty-third tailoring set told: a mat still in its wrapper, spikes no longer
  /// felt, the user's own minutes stressed with "myself" after another's.
  @Test func factsFromTheEightyThirdTailoringSet() {
    #expect(facts("it's still in the wrapper tbh, haven't dared open it")["experience"] == "new")
    #expect(facts("i use it in the morning and dont really feel the spikes anymore")["sensitivity"] == "fine")
    #expect(facts("my partner does 40 minutes on hers every night", "I do 15 myself - should I go longer?")["minutes"] == "15")
  }
}
