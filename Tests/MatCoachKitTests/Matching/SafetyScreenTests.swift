@testable import MatCoachKit
import Testing

/// The safety screen on the real knowledge base: signs as concepts in a clause, and the
/// qualifiers that make a sign someone else's, past, on purpose, supposed or another sense.
@Suite struct SafetyScreenTests {
  /// The signs found in a line, or a word for what else the screen made of it.
  func screen(_ line: String) -> [String] {
    switch TestSupport.compiled.screen(line).finding {
    // Someone else's emergency, told apart: "theirs:chest-pain".
    case .signs(let hits): hits.map { ($0.ofSomeoneElse ? "theirs:" : "") + $0.sign.id }
    case .hypothetical: ["hypothetical"]
    case .ask(let question, _): ["ask:" + question.id]
    case .answeredNo(let question): ["answered:" + question.id]
    case .none: []
    }
  }

  @Test(arguments: [
    ("my legs have gone numb, how long should I lie on the mat?", "both-legs"),
    ("it's gone numb down there on the toilet seat", "saddle-numbness"),
    ("my legs keep buckling", "both-legs"),
    ("I'm burning up and shaky", "fever"),
    ("I can't control my bladder", "bladder-bowel"),
    ("i cant controll my bladdr", "bladder-bowel"),  // typos with only one reading
    ("I fell down the stairs and now my back hurts", "fall-or-accident"),
    ("cant pick my foot up properly since my back went", "weak-leg"),
    ("my left foot keeps scuffing the ground since my back went", "weak-leg"),
    ("tonight it suddenly became unbearable and nothing like usual", "sudden-severe"),
    ("my back pain suddenly went severe an hour ago, worst I've had", "sudden-severe"),
    ("a heavy box dropped onto my back at work", "fall-or-accident"),
    ("my chest has felt like someone's sitting on it for half an hour", "chest-pain"),
    ("my belt needs another hole and I'm not dieting", "weight-loss"),
    ("pain drags me out of sleep every night with this back", "night-pain"),
    ("my bones are like glass and I tweaked my back reaching up yesterday", "fragile-bones"),
    ("had an accident with number twos this morning and my back hurts", "bladder-bowel"),
    ("can't control my number twos since my back went", "bladder-bowel"),
    ("what should i do if today i lost control of my bladder", "bladder-bowel"),  // a time said with "what if"
    ("what should I do if my legs are still numb", "both-legs"),  // "still" with "what if"
    ("I had a bad dream and my legs are still numb", "both-legs"),  // "still" after a dream
    ("woke from a nightmare today and fell down the stairs in the dark", "fall-or-accident"),
    ("after a nightmare last night I fell out of bed and hit my back", "fall-or-accident"),
    ("why isn't the numbness in both my legs going away?", "both-legs"),
    ("my back pain suddenly became unbearable this morning", "sudden-severe-unexplained"),
    ("suddenly the pain is unbearable", "sudden-severe-unexplained"),
    ("I've got chest pain", "chest-pain"),
    ("the pain wakes me at night", "night-pain"),
    ("I've lost a stone without trying", "weight-loss"),
    ("I had breast cancer five years ago and now my back aches", "cancer"),  // history counts
    ("no idea why but my feet are numb", "both-legs"),  // "no idea" denies nothing
    ("my bladder isn't working right since my back went", "bladder-bowel"),
    ("the pain in my back is there even when i'm lying still at night", "night-pain"),
    ("it burns when i pee and my back hurts on one side", "urinary-infection"),
    ("there's blood in my pee and my lower back hurts", "urine-colour"),
    ("i feel really unwell with this back pain and i've been sick", "unwell"),
    ("the pain is so bad i can't sleep at all", "night-pain"),
    ("i've lost weight for no reason, can the mat help with my back?", "weight-loss"),
    ("Someone rear-ended me at the lights this morning, my back's stiffening up", "fall-or-accident"),
    ("Haven't been able to wee since this morning, lower back is agony", "bladder-bowel"),
    ("had a squeezing pain behind my breastbone this afternoon", "chest-pain"),
    ("out of nowhere a pain in my back, far worse than anything I've had before", "sudden-severe"),
    ("my privates feel kind of dead like after novocaine", "saddle-numbness"),
    ("both my feet feel like they're wrapped in cotton wool since yesterday", "both-legs"),
    ("had to hold the banister to get up the stairs, both legs", "both-legs"),
    ("left leg just won't push me up out of a chair anymore", "weak-leg"),
    ("My left leg from the knee down is like ants walking, since 5 days", "one-leg-numb"),
    ("feel rubbish all over, washed out for a week, and my back aches constantly", "unwell"),
    ("my bone scan showed my bones are thinning, now my mid back aches", "fragile-bones"),
    ("the scales say I'm down nearly 10 pounds since last month and my back aches", "weight-loss"),
    ("the pain is worst when I'm resting, lying in bed is the worst", "night-pain"),
    ("temp was 38.6 this morning and my lower back is really sore", "fever"),
    ("had the big C in my bowel a few yrs back, now my back's playing up", "cancer"),
    ("shooting pains down both legs", "both-legs"),  // sciatica on both sides
    ("my feet feel like they're not mine", "both-legs"),
    ("struggling to lift my foot", "weak-leg"),
    ("I collapsed at work yesterday and hit my back", "fall-or-accident"),
    ("keep waking at night cos my back hurts so much", "night-pain"),
    ("out of nowhere my back just exploded in pain", "sudden-severe"),
    ("the pain is 10/10 today", "sudden-severe"),
    ("I don't get the feeling that I need the toilet any more, I only notice when it's too late", "bladder-bowel"),
    ("sitting on the toilet feels strange, like my backside isn't mine", "saddle-numbness"),
    ("feeling like death warmed up the last few days, back's awful with it", "unwell"),
    ("my back just went bang twenty minutes ago, my pain is off the charts, 11 out of 10", "sudden-severe"),
    // How it came, said alone before what came; a snap or a start counted in minutes.
    ("out of nowhere, lying in bed, massive pain in my lower back, I cant move", "sudden-severe-unexplained"),
    ("felt like my spine snapped when I bent down ten minutes ago, can't move", "sudden-severe"),
    ("temprature since yesterday and my back hurts", "fever"),
    // No one hurt, and then a turn to the user's back: hurt after all.
    ("car crash this morning, no one was hurt but my back is killing me", "fall-or-accident"),
    // … or any pain told after it, or "no one hurt" said only of then or not of the user
    // (a newcomer's review found each).
    ("had a car accident, no one hurt, and since then my back has been agony", "fall-or-accident"),
    ("rear-ended on the motorway, no injuries at the time, now my lower back aches", "fall-or-accident"),
    ("crashed my bike, nobody hurt except me", "fall-or-accident"),
    ("what is cauda equina? I read about it online and I'm scared it's what's wrong with me", "bladder-bowel"),
    ("husband doing keto, lost a stone without trying", "weight-loss"),
    ("stopped doing keto in spring, still lost 8 kilos since", "weight-loss"),
    // Weight said as what is gone ("6 kilos down"), a belt taken in; back pain as one word.
    ("Weighed myself at the pharmacy and I'm 6 kilos down since January, no idea why.", "weight-loss"),
    ("belt needs two new holes, not dieting, eating normal, back sore most days", "weight-loss"),
    ("I feel sick and unwell all the time in last weeks, plus the backpain", "unwell"),
    // A tearing felt is sudden; a savage or massive pain that came "bam"; urine the colour
    // of a drink of blood's colour; feeling like garbage; night pain in bed, whatever one does.
    ("picked up a pallet at work and felt a tearing in my lower back that went right through to my belly", "sudden-severe"),
    ("nothing set it off, no lifting, just bam, massive back pain while i was making a coffee", "sudden-severe-unexplained"),
    ("pee looks like cranberry juice today, haven't eaten beets or anything. back's sore too", "urine-colour"),
    ("honestly I feel like garbage, achy everywhere, back's the worst of it", "unwell"),
    ("i get this gnawing back pain every night in bed no matter what, been weeks now", "night-pain"),
    ("i been slamming ice on weekends and my lower back aches bad", "injecting-drugs"),
    // What a question hopes for is not over: "help me sleep through?".
    ("the ache in my back keeps me awake most nights even when I'm lying still. Would a longer session help me sleep through?", "night-pain"),
    // Each once hidden by a phrase that reached too far (a newcomer's review found them).
    ("I get chest pain after my run", "chest-pain"),
    ("both legs are numb, then okay to use the mat?", "both-legs"),
    ("did the mat cause my numb groin?", "saddle-numbness"),
    ("I have a cancer on my spine", "cancer"),
    ("I had beetroot yesterday and it burns when I pee", "urinary-infection"),
    ("my legs go numb when I walk and it stops when I sit down", "both-legs"),
    ("my leg keeps going out from under me, started after my back twinged", "weak-leg"),
    ("back's keeping me up all night, resting doesn't touch it", "night-pain"),
    // Tearing and sudden; a harmless cause said to be only part of it.
    ("my back went from fine to a tearing pain, what do i do", "sudden-severe"),
    ("my legs feel like jelly not just after the gym, both of them, even when I'm resting", "both-legs"),
    ("woke up and I'd messed the bed, first time ever, back has been bad since", "bladder-bowel"),
    ("both my pins have turned to jelly today and my back is screaming", "both-legs"),
    ("my back has me up pacing the kitchen at 3am every night", "night-pain"),
  ])
  func findsASignInWhatPeopleSay(_ line: String, _ sign: String) {
    #expect(screen(line).first == sign, "\(line)")
  }

  @Test(arguments: [
    "my mum has cancer",  // someone else's
    "my dog had an accident on the mat",
    "I had a fever last year, it's gone now",  // past and over
    "I'm trying to lose weight",  // on purpose
    "I fell asleep on the mat",  // another sense
    "the mat fell off the sofa",  // a thing that fell
    "my back feels like someone is sitting on it",  // a simile of the back, not the chest
    "the heat suddenly became unbearable so I got off",  // the heat, not a pain
    "In a dream last night I fell off a cliff, woke up with a stiff back",  // the dream's time
    "curry last night so number twos were a bit of a dash today",  // the bowels named, no sign
    "my granddad's leg gives way a lot, he uses a stick",  // someone else's
    "had a bone density scan, results normal, my bones are strong",  // a scan finds nothing
    "Do I need a top on when I use the needle mat?",  // the mat by another name
    "Does the prickle mat burn fat? saw it in an ad",
    "imagine I lost control of my bladder, would that be the mat?",  // supposed
    "doesn't the mat cause numbness in both legs?",  // asked the negative way
    "I'm so out of sleep lately, can the mat help me relax?",  // no pain said
    "a pillow dropped on me off the shelf",
    "my jeans have new holes in the knees",
    "my back is the worst I've had it since January",  // a flare, nothing sudden
    "Wasn't my legs that went numb, it was my arm",  // told, not asked
    "had a weird fever dream last night haha, anyway how long should i lie on it",  // a dream, not a temperature
    "is it chill to use it after a few beers",  // "chill" as fine
    "my laptop crashed",
    "I'd rate this mat 10/10",
    "my stress is off the charts",
    "the relief went from 0 to 100 after a week, off the charts",
    "chest of drawers fell over in the spare room, nobody hurt",  // no one hurt, said bare
    "my car got hit in the car park, nobody was in it",
    "Tripped over the mat in the dark, didn't hurt anything",
    "I'm 6 kilos down since January on my diet, chuffed",
    "doing keto, 6 kilos down, does the mat help with cellulite?",  // the purpose before, its "I" left out
    "footy fever in our house this week, can I use the mat while watching the grand final?",
    "had a fever last week, is it ok to use the mat now that it's cleared up?",  // told, inside a question
    "had a little fall last month, no injuries, but I'm back on the mat now",  // "back" as "again"
    "my back aches after sitting at my desk all day but it's fine once I lie down at night",
    "when I sit on the mat my bum goes a bit dead from the spikes but it's back to normal the second I stand up, is sitting on it a good idea?",
    "my car got hit in the car park, nobody was in it, but can I use the mat in the car for my back?",
    "out of nowhere, my cat jumped on the mat",  // how something came, and nothing sore came
    "snapped my phone screen ten minutes ago, anyway how long should I lie on it",
    "it doesn't stop me sleeping",
    "the door suddenly went bang and I jumped off the mat",
    "I'd use it when I get home before I crash",  // going to sleep
    "mate gave me a dead leg at footy, would the mat help the bruise",  // a knock
    "no numbness or tingling, just stiff",  // denied
    "is it ok with a slipped disc",  // a longer phrase of something else
    "I'm on blood thinners",  // "thinners" is no weight loss
    "i slipped the mat under my sheet",  // a thing slipped, not a person
    "my phone stopped working",  // no bladder in it
    "i've been sick of my back pain for years",  // fed up, not vomiting
    "does the mat help with weight loss?",  // a goal, not a symptom
    "my dog has blood in his pee and my back hurts from carrying him",  // the dog's
    "my second hand mat smells like someone elses feet",  // a smell, not numbness
    "felt unwell last month, back to normal now",  // over: its "back" is no body part
    "my bank balance took a fall after buying this mat lol",  // money falls, nobody is hurt
    "had pins and needles in my foot after a long run, gone by the next morning",
    "pain down both arms",  // not the legs
    "i stretch down both legs",  // a stretch, not a pain running down
    "I collapsed on the sofa after work, can I use the mat?",  // flopped down tired
    "the spikes were unbearable at first but suddenly it felt amazing",  // the mat's points
    "I bent down and suddenly my back went, it's excruciating",  // an ordinary strain
    "I never had anything like it for relaxation before",  // praise
    "I messed the bed up with crumbs",  // a mess
    "I was peeing my pants laughing at the mat instructions",  // a saying
    "my inbox has me sweating buckets, is the mat any good for stress?",
    "the leg of my chest of drawers gave way and squashed my mat",  // furniture
    "I had flu last month and felt rotten but I'm completely better now, can I get back to daily mat sessions?",
    "my bank balance has lost a lot of weight since I bought this mat",  // money
    "I've fallen head over heels for this mat",  // a saying
  ])
  func raisesNoAlarmForALookAlike(_ line: String) {
    let found = screen(line)
    #expect(!found.contains { TestSupport.knowledge.safety.sign(id: $0).map { $0.tier >= .urgent } ?? false }, "\(line): \(found)")
  }

  /// Leaking or not holding it in, with nothing named, is asked about, not alarmed at.
  @Test func leakingWithNothingNamedIsAsked() {
    #expect(screen("been leaking a bit") == ["ask:leaking-what"])
    #expect(screen("cant hold it in anymore") == ["ask:leaking-what"])
    #expect(screen("my bladder has been leaking").first == "bladder-bowel")
  }

  @Test func aWhatIfIsAQuestionNotAReport() {
    #expect(screen("what if my legs go numb?") == ["hypothetical"])
    #expect(screen("can you lie on the mat if your bum has gone numb?").first == "saddle-numbness")
  }

  /// "Ever", "what should I do if": imagined, even in words ("went") that would otherwise
  /// say it is happening.
  @Test func anImaginedSymptomIsAQuestion() {
    #expect(screen("what should I do if my legs ever went numb while I was lying on it?") == ["hypothetical"])
    #expect(screen("can I use it if my legs have gone numb?").first == "both-legs")
    // Saying when outweighs the opening words, and words after the sign imagine nothing.
    #expect(screen("what should I do if I have had numbness in both legs since this morning").first == "both-legs")
    #expect(screen("what happens if I already have numbness in my groin").first == "saddle-numbness")
    #expect(screen("I fell down the stairs this morning in case it matters").first == "fall-or-accident")
    // Asked of what the user has or does: "is the mat ok if I…", "… if it burns when I pee".
    #expect(screen("is it ok if i get pins and needles in my legs during a session?") == ["hypothetical"])
    #expect(screen("Is it ok to use the mat if it burns when I pee and my back is sore?") == ["urinary-infection"])
    #expect(screen("what position is best if lying on the mat gives me a tight heavy pain in my chest") == ["chest-pain"])
    #expect(screen("what if it burns when I pee?") == ["hypothetical"])
  }

  /// A longer phrase of one sign takes a shorter one's words, unless the shorter is one
  /// part of a sign the line says every part of and the longer's sign has nothing else.
  @Test func aLongerPhraseTakesWordsOnlyWhereItsSignIsSaid() {
    // "not feel it when" (losing control) names no bladder or bowel: the numbness stands.
    #expect(screen("I can't feel it when I wipe").first == "saddle-numbness")
    #expect(screen("i cant feel when i wipe").first == "saddle-numbness")
    #expect(screen("I can't feel it when I pee").first == "bladder-bowel")
    // A word alone still yields: an accident that is a puppy's wee is no crash.
    #expect(screen("the puppy had an accident on my mat").isEmpty)
  }

  /// A turn ("but") ends the reach of what qualified the sentence before it.
  @Test func aTurnEndsTheReachOfAQualifier() {
    #expect(
      screen("my mate had sciatica last year and says it's nothing but I've had pins and needles down my left leg for two days")
        .first == "one-leg-numb")
    // A turn with no one new keeps the sentence someone else's.
    #expect(screen("my dad tried the mat but lost control of his bladder").isEmpty)
    #expect(screen("my dad tried the mat but lost bladder control").isEmpty)  // no "his" to say whose
    #expect(screen("I had cancer years ago but now both my legs are numb").first == "both-legs")
  }

  /// Someone's possessive: "my son's leg" is not read as "my [son's] leg".
  @Test func someoneElsesPossessiveIsTheirs() {
    #expect(screen("my son's leg gave way playing football, I'm here for my own backache").isEmpty)
    #expect(screen("my husbands legs went numb").isEmpty)  // typed without the apostrophe
    #expect(screen("my leg gave way on the stairs").first == "weak-leg")
    // The sign's own "my" brings the user back.
    #expect(screen("I was carrying my son and my leg gave way").first == "weak-leg")
  }

  /// A year is as long past as "years ago", unless the sign is back.
  @Test func aYearIsLongPast() {
    #expect(screen("I broke my wrist in a fall in 2015").isEmpty)
    #expect(screen("I had a fall in 2015 and fell again yesterday").first == "fall-or-accident")
    // Only "in" a year: a count or a time of day is no year gone by.
    #expect(screen("I can only walk about 2000 steps before both my legs go numb").first == "both-legs")
    #expect(screen("I fell down the stairs at 2030").first == "fall-or-accident")
    #expect(screen("I was born in 1956 and I just fell down the stairs").first == "fall-or-accident")
  }

  /// The fifty-fourth set: signs told in regional words or played down, a sign someone
  /// else has that the user shares, and look-alikes that only nearly happened or deny the
  /// place.
  @Test func signsAndLookAlikesFromTheFiftyFourthSet() {
    // Sudden and really bad, nothing to set it off; a tearing pain said the same way stays
    // a tearing pain, whatever else explains the suddenness.
    #expect(screen("suddenly got a really bad pain in my back about 20 min ago for no reason at all") == ["sudden-severe-unexplained"])
    #expect(screen("i was just lying on the mat and suddenly got a horrible tearing feeling between my shoulder blades, 10/10, still there") == ["sudden-severe"])
    // Rest said as sitting still or doing nothing, and the night said first.
    #expect(screen("my back aches even when I'm just sitting still doing nothing") == ["night-pain"])
    #expect(screen("my back hurts and at night it's constant") == ["night-pain"])
    // "At me": Irish for a pain that will not leave off.
    #expect(screen("I've osteopenia and me back is at me this past week") == ["fragile-bones"])
    // Blood seen with passing water, in any words; not the blood of a test or a pressure.
    #expect(screen("Saw a bit of blood on the tissue after I passed water this morning") == ["urinary-infection"])
    #expect(screen("my blood pressure is fine, I just need to pee a lot at night").isEmpty)
    #expect(screen("I went to the toilet and my nose started bleeding").isEmpty)
    #expect(screen("a wee spot of blood on my shirt after the mat").isEmpty)
    #expect(screen("I had a wee and there was blood in it") == ["urinary-infection"])
    #expect(screen("I'm diabetic so I pee a lot and my blood glucose is high").isEmpty)
    #expect(screen("had a blood test and then went for a wee, can I use the mat after").isEmpty)
    // Urine that came out a colour of blood.
    #expect(screen("me wee's come out pinky red the last couple of times") == ["urine-colour"])
    #expect(screen("my wee comes out brown") == ["urine-colour"])
    #expect(screen("me wee's come out fine").isEmpty)
    // Someone else's sign that the user has too.
    #expect(screen("My mum's got osteoporosis and so have I, and we've both got sore backs at the minute") == ["fragile-bones"])
    #expect(screen("my wife has a fever, me too") == ["fever"])
    #expect(screen("my husband's legs went numb and so did mine") == ["both-legs"])
    #expect(screen("my wife has a fever but I don't").isEmpty)
    // Only said to end its clause: these go on to something else.
    #expect(screen("my wife has a fever and I am too worried to sleep").isEmpty)
    #expect(screen("my husband has a fever, so do I have to clean the mat?").isEmpty)
    #expect(screen("my son fell off his bike, me too when I was his age").isEmpty)
    // What nearly happened did not.
    #expect(screen("I almost slipped getting up off the mat but caught myself").isEmpty)
    #expect(screen("I nearly fell down the stairs but grabbed the rail").isEmpty)
    // (Nothing else said to stop it: "nearly" alone says it did not happen.)
    #expect(screen("I nearly fell down the stairs this morning").isEmpty)
    #expect(screen("I nearly slipped in the shower").isEmpty)
    #expect(screen("almost had a car accident on the way home, my back is stiff from driving").isEmpty)
    #expect(screen("almost fell, then actually fell down the stairs today") == ["fall-or-accident"])
    #expect(screen("I almost fell and then I did fall down the stairs") == ["fall-or-accident"])
    // "Nothing in my legs" is as often no feeling in them as none of the sign there: it
    // denies nothing.
    #expect(screen("sudden weakness, nothing in my legs") == ["both-legs"])
    #expect(screen("I have pins and needles in both legs and nothing in my arms") == ["both-legs"])
    // A mood or a habit that fell hurt nobody.
    #expect(screen("my mood fell off a cliff this week").isEmpty)
    #expect(screen("my motivation took a fall").isEmpty)
  }

  /// An event dated long ago stays long ago, whatever frames it: a question about using
  /// the mat, the pain that started after it, or pain still there from it. Only its
  /// coming again, or a recent time, is now.
  @Test func anEventDatedLongAgoIsPastWhateverFramesIt() {
    #expect(screen("can I use the mat if I had a fall last year?").isEmpty)
    #expect(screen("can I use it if I was in a car accident years ago?").isEmpty)
    #expect(screen("my pain started after a fall last year").isEmpty)
    #expect(screen("it started after a car accident 5 years ago, can the mat help?").isEmpty)
    #expect(screen("I'm still sore from a fall last year").isEmpty)
    #expect(screen("I am currently recovering from a car accident 2 years ago").isEmpty)
    #expect(screen("can I use the mat if I had a fall yesterday?") == ["fall-or-accident"])
    #expect(screen("can I use the mat if I fell this morning?") == ["fall-or-accident"])
    #expect(screen("my pain started after a fall this morning") == ["fall-or-accident"])
    #expect(screen("I keep falling down, I fell twice last year") == ["fall-or-accident"])
    #expect(screen("my back still hurts from a fall this morning") == ["fall-or-accident"])
  }

  /// Signs in everyday words (an ache down the back of both legs, a burning on the way to
  /// the toilet, "unable to control", "shoot up"), and look-alikes that share their words.
  @Test func signsSaidAsPeopleSayThemAndTheirLookAlikes() {
    #expect(screen("bit of a dull ache going down the back of both legs now, not just the one like usual") == ["both-legs"])
    #expect(screen("I've been up a lot in the night to the toilet and it burns every time I go") == ["urinary-infection"])
    #expect(screen("a dull ache going down my left leg since yesterday").first != "both-legs")
    // A limb sat on, or pressed by the spikes, tingles for a while: explained.
    #expect(screen("my left leg went to sleep bc i was sat on it watching netflix, pins n needles for a min then fine").isEmpty)
    #expect(screen("both my feet went to sleep because i was sitting on them, pins and needles for a minute").isEmpty)
    #expect(screen("soles of my feet tingle when I stand on the mat for 5 mins, normal?").isEmpty)
    #expect(screen("tingling in my calf where i had the mat under my leg, it stops when i take it off").isEmpty)
    #expect(screen("my left leg has been numb since I sat on it yesterday and it is still numb today") == ["one-leg-numb"])
    // Said as people say them, and their look-alikes.
    #expect(screen("Since Tuesday I have been unable to control my bladder, which is entirely new for me") == ["bladder-bowel"])
    #expect(screen("my back just exploded with pain about an hour ago, worst ever") == ["sudden-severe", "sudden-severe-unexplained"])
    #expect(screen("lying down and resting makes zero difference to the ache") == ["night-pain"])
    #expect(screen("my clothes are hanging of me, havent been dieting at all, plus lower back ache") == ["weight-loss"])
    #expect(screen("not gonna lie i shoot up, and my back hurts bad lately") == ["injecting-drugs"])
    #expect(screen("the matt fell off the sofa and a couple of spikes snapped").isEmpty)
    #expect(screen("car crash in gta lol anyway how long should i lie on it").isEmpty)
    #expect(screen("i get hot flushes and night sweats with the menopause").isEmpty)
    #expect(screen("the spikes burn every time I go on it").isEmpty)
    #expect(screen("exam szn stress is unreal rn, does this thing help u chill").isEmpty)
    #expect(screen("going to the toilet has been really painful and stingy") == ["urinary-infection"])
    #expect(screen("I'm four months gone and my back aches") == ["pregnancy"])
    #expect(screen("perimenopausal night sweats, is the mat ok in the evening?").isEmpty)
    // What a look-alike's words must not hide.
    #expect(screen("got tackled hard in the game on saturday and landed on my back, it's killing me") == ["fall-or-accident"])
    #expect(screen("I tripped over my xbox controller cable and fell down the stairs this morning") == ["fall-or-accident"])
    #expect(screen("the spikes feel fine but it stings when I wee and my lower back aches") == ["urinary-infection"])
    #expect(screen("numbness in my right leg that started on a long drive and hasn't gone for a week") == ["one-leg-numb"])
    #expect(screen("I don't remember any tingling in my groin, how long?").isEmpty)
    #expect(screen("my legs burn every time I go up the stairs").isEmpty)
    #expect(screen("I'm 3 weeks along with the mat and loving it").isEmpty)
    #expect(screen("my toddler smacked me in the back with a toy lol").isEmpty)
    #expect(screen("ache down the back of both legs after hamstring stretches yesterday").isEmpty)
  }

  /// Something heavy that came down on the user is an accident, however it is told.
  @Test func somethingThatCameDownOnTheUserIsAnAccident() {
    #expect(screen("a shelf full of boxes came down on my back at work today, bruised and sore") == ["fall-or-accident"])
    #expect(screen("a heavy timber from the shed roof came down and struck me across the lower back") == ["fall-or-accident"])
  }

  /// "Went" is told of the past: with a time long gone it is over ("my legs went numb last
  /// year"); with a time of now, or none, it is now.
  @Test func wentWithATimeLongGoneIsPast() {
    #expect(screen("my legs went numb last year").isEmpty)
    #expect(screen("my legs went a bit wobbly when i stood up too fast after a hot bath last year").isEmpty)
    #expect(screen("my legs went numb this morning").first == "both-legs")
    #expect(screen("both my legs went numb").first == "both-legs")
    #expect(screen("my legs went numb last year and they have gone numb again today").first == "both-legs")
  }

  /// From the eighteenth set: "bc" and "cos" end a denial's reach as "because" does
  /// ("can't sleep bc the pain…" denies no pain).
  @Test func becauseAsTypedInAHurryEndsADenial() {
    #expect(screen("cant sleep bc the back pain is constant at night even lying flat") == ["night-pain"])
    #expect(screen("i cant sleep cos my legs are numb") == ["both-legs"])
  }

  /// An age is as long past as a year: "when I was 12", "aged 9"; not a time or a length.
  @Test func anAgeIsLongPast() {
    #expect(screen("fell off a horse when i was 12, back was fine for decades").isEmpty)
    #expect(screen("I had a bad fall aged 9").isEmpty)
    #expect(screen("I fell down the stairs when I was putting the washing away").first == "fall-or-accident")
    #expect(screen("I fell over when I was 20 minutes into my walk").first == "fall-or-accident")
    // One's age now is no time gone by.
    #expect(screen("I am aged 67 and have lost control of my bladder") == ["bladder-bowel"])
    // A capital says nothing to the screen: "Numbnes" is a slip all the same.
    #expect(screen("suddenly I have Numbnes in both legs") == ["both-legs"])
  }

  /// A typo near several safety words, or near a keyword too, is read as the one that
  /// completes a symptom's phrase with the words around it.
  @Test func aTypoIsReadByThePhraseItCompletes() {
    #expect(screen("my jeans are faling off me and im not dieting") == ["weight-loss"])
    #expect(screen("the mat keeps faling off the bed").isEmpty)
    // Readings that complete phrases of one concept are one: "givin way" is "giving way"
    // or "given way", a leg giving way either way.
    #expect(screen("my left leg keeps givin way wen i walk") == ["weak-leg"])
  }

  /// A tearing pain with how suddenly it came is a sudden, severe pain, in any words.
  @Test func aTearingPainThatCameSuddenlyIsAnEmergency() {
    #expect(screen("this sudden horrible tearing feeling between my shoulder blades").first == "sudden-severe")
    #expect(screen("it's like someone's ripped me open, came on all at once").first == "sudden-severe")
    #expect(screen("I tore a muscle in my calf at football").isEmpty)
    #expect(screen("I think I tore a muscle, the pain came on when I lifted a box").isEmpty)
    #expect(screen("I was tearing up the old carpet and my back suddenly went").isEmpty)
  }

  /// Over and done with only when it is said so, not denied.
  @Test func aResolvedPhraseCountsOnlyWhenNotDenied() {
    #expect(screen("I fell on the ice on Monday and my wrist still hasnt mended").first == "fall-or-accident")
    #expect(screen("my legs gave way and my husband held me up").first == "both-legs")
  }

  @Test func whoseItIsMayHaveAWordInside() {
    #expect(screen("my old dog has cancer").isEmpty)
    #expect(screen("a close friend lost control of her bladder").isEmpty)
    // The user's own sign is still theirs.
    #expect(screen("my old dog jumped on me and now both my legs are numb").first == "both-legs")
    // A word inside "my step…" is no stepdad: "my first step".
    #expect(screen("on my first step this morning both legs gave way").first == "both-legs")
  }

  @Test func aSignAskedAndAnsweredNoIsDenied() {
    #expect(screen("chest pain? no. fever? no. just a stiff back from gardening").isEmpty)
    // "No" with more words is no bare answer; a sign said of oneself is said, not asked.
    #expect(screen("I have chest pain, no joke").first == "chest-pain")
    #expect(!screen("I can't feel my groin or my bum. No.").isEmpty)
    #expect(!screen("I've lost control of my bladder since yesterday. No, I haven't seen anyone.").isEmpty)
  }

  @Test func aPhraseThatTookAWordInsideLeavesThatWordsPhraseWhole() {
    // "sudden [tearing] pain" (a minor knock's "sudden pain") does not take "tearing pain".
    #expect(screen("sudden tearing pain in my back").first == "sudden-severe")
  }

  @Test func askingWhetherToUseTheMatWithASignReportsIt() {
    #expect(screen("Is it ok to use the mat if I can't feel the toilet paper when I wipe?").first == "saddle-numbness")
    #expect(screen("what if my legs go numb?") == ["hypothetical"])
  }

  @Test func aSignThatPassesOrEasesIsNoAlarm() {
    #expect(screen("my bum goes numb after sitting on a hard chair all day, goes once I stand up").isEmpty)
    #expect(screen("the pain doesn't wake me and it eases when I rest").isEmpty)
    #expect(screen("my back pain used to wake me but since the mat I sleep right through").isEmpty)
    #expect(screen("the pain is there even when I rest").first == "night-pain")
  }

  /// A sign told as over and then as back is the user's now; back in a question, or back
  /// in a clause that names nothing of the sign, it is not.
  @Test func aSignBackAfterItWasOverIsNow() {
    #expect(screen("both legs numb this morning, went away after an hour, now numb again").first == "both-legs")
    #expect(screen("both legs numb since this morning, then fine for an hour, now numb again").first == "both-legs")
    #expect(screen("both legs went numb last week, went away after an hour and has not come back since").isEmpty)
    #expect(screen("my legs were numb, gone now, can I use the mat again?").isEmpty)
    #expect(screen("my legs went numb last week, it went away, can I put my legs on the mat again?").isEmpty)
    #expect(screen("I had the fever last week but is finish now, today I want start mat again").isEmpty)
    #expect(screen("my groin went numb, it passed, but it came back").first == "saddle-numbness")
  }

  /// What does not end goes on: "doesn't go away" is no denial of the pain.
  @Test func whatDoesNotGoAwayIsNoDenial() {
    #expect(screen("back pain doesnt go away even lying still").first == "night-pain")
    #expect(screen("the numbness in my legs won't go away").first == "both-legs")
    #expect(screen("my legs are not numb").isEmpty)
    #expect(screen("my bum went numb but it hasnt gone away since yesterday").first == "saddle-numbness")
  }

  @Test func notDietingIsNoPurpose() {
    #expect(screen("weight is dropping off me and im not dieting").first == "weight-loss")
    #expect(screen("I've lost weight because I'm dieting").isEmpty)
  }

  @Test func whatPeopleCanNoLongerDoIsASign() {
    #expect(screen("i had to crawl to the bathroom cos my legs wouldnt hold me").first == "both-legs")
    #expect(!screen("I have been unable to pass water since yesterday teatime and my back is very sore").isEmpty)
  }

  @Test func sportFictionAndIdiomsAreNoSigns() {
    #expect(screen("the striker's legs gave way in the 90th minute").isEmpty)
    #expect(screen("that comedian had me in stitches, nearly peed myself").isEmpty)
    #expect(screen("I'm weak at the knees for this mat").isEmpty)
    #expect(screen("my temperature is normal, I checked, just an aching back").isEmpty)
  }

  /// What someone works with or talks about is not a symptom ("… cases", "… research").
  @Test func aSignNamedAsATopicIsNoSymptom() {
    #expect(screen("I'm an A&E nurse, we see saddle numbness cases every week").isEmpty)
    #expect(screen("I'm a paramedic, after a night of chest pain callouts my back is stiff").isEmpty)
    #expect(screen("the cancer research charity shop sold me the mat").isEmpty)
    #expect(screen("I had a transplant last year and my back aches") == ["weak-immune"])
    // Where the user is treated is no topic.
    #expect(screen("I'm a cancer patient") == ["cancer"])
    #expect(screen("chest pain team at work say I'm fine but I have crushing chest pain right now") == ["chest-pain"])
  }

  /// A harmless cause said beside a sign explains it, unless it is denied.
  @Test func aHarmlessCauseExplainsASign() {
    #expect(screen("I feel really ill after a big night out and my back aches").isEmpty)
    #expect(screen("I feel really ill and my back aches") == ["unwell"])
    #expect(screen("my pee was pinkish red this morning, haven't eaten beetroot, back is sore") == ["urine-colour"])
    // A posture explains a numb foot, a cold room chills; not when the sign outlasts it.
    #expect(screen("my toes went numb from kneeling while I meditated, gone after a wiggle").isEmpty)
    #expect(screen("my foot went numb from kneeling yesterday and it is still numb today") == ["one-leg-numb"])
    #expect(screen("the room was freezing and I got chills on the mat").isEmpty)
    #expect(screen("I have chills and a fever") == ["fever"])
    // Legs worn out by exercise; but not legs that stay so, nor a collapse at the gym.
    #expect(screen("my legs were jelly after squats yesterday").isEmpty)
    #expect(screen("my legs were jelly after squats yesterday and they are still like jelly today") == ["both-legs"])
    #expect(screen("both my legs went weak at the gym and I collapsed") == ["both-legs", "fall-or-accident"])
    // "Still" said before the sign outlasts the cause too; "again" in another clause is the mat's.
    #expect(screen("i still have weak legs from squats on monday") == ["both-legs"])
    #expect(!screen("my foot went numb from kneeling, can I use the mat again tomorrow?").contains("one-leg-numb"))
  }

  /// "Weight loss" as a noun is mostly a topic; as something that happened, it counts.
  @Test func weightLossNamedAsAClaimIsNoSign() {
    #expect(screen("the leaflet says it helps with insomnia, migraines, cellulite and even weight loss").isEmpty)
    #expect(screen("I have had unexplained weight loss and my back aches") == ["weight-loss"])
    #expect(screen("I've noticed weight loss lately and my back hurts") == ["weight-loss"])
  }

  /// Signs told by what they do to a day, or by a medical word; look-alikes of the same kinds.
  @Test func signsByTheirEffectsAndLookAlikes() {
    #expect(screen("I have to hold the wall to get to the kitchen now, both legs just won't do what I tell them") == ["both-legs"])
    #expect(screen("I had a mastectomy eight years ago, and now my upper back has started aching") == ["cancer"])
    #expect(screen("I've had to punch a new hole in my belt and I'm not dieting") == ["weight-loss"])
    #expect(screen("My jeans are loose because I ordered the wrong size online").isEmpty)
    #expect(screen("Had a car crash in a video game lol. Real question: best position on the mat?").isEmpty)
    #expect(screen("Got chills from the cold shower after my session, is that normal?").isEmpty)
  }

  /// Night written as one word is still night.
  @Test func nighttimeInOneWordIsNight() {
    #expect(screen("my back hurts at nighttime") == ["night-pain"])
    #expect(screen("my back pain is worse at nitetime") == ["night-pain"])
  }

  /// Things that fall without hurting anyone, jobs, and numbness that passes at once.
  @Test func fallingSalesNursesAndPassingNumbnessAreNoSigns() {
    #expect(screen("sales took a tumble this month and the stress is wrecking my shoulders").isEmpty)
    #expect(screen("I'm an oncology nurse, long shifts, back's sore").isEmpty)
    #expect(screen("my cancer nurse says it's fine to use") == ["cancer"])
    #expect(screen("my bum goes numb when I sit cross-legged too long but it comes back as soon as I stand up").isEmpty)
  }

  /// Someone else's words do not take a sign that happened to the user.
  @Test func aSignDoneToTheUserIsTheirs() {
    #expect(screen("someone rear-ended me at the lights this morning") == ["fall-or-accident"])
    #expect(screen("someone rear-ended my brother at the lights").isEmpty)
    // "I" after the sign is no object: the sign stays someone else's.
    #expect(screen("my son has chest pain i am worried").isEmpty)
  }

  /// A sign done to someone else is theirs, unless the user is its subject.
  @Test func aSignDoneToSomeoneElseIsTheirs() {
    #expect(screen("our goalie's legs went from under him on the ice").isEmpty)
    #expect(screen("his legs gave way under him").isEmpty)
    #expect(screen("I fell on him on the stairs") == ["fall-or-accident"])
  }

  /// A phrase stands for its verb's other forms, listed in `verb_forms`; a verb after an
  /// article is a noun, and a word alone keeps its other senses.
  @Test func aPhraseStandsForItsVerbsOtherForms() {
    #expect(screen("I've felt unwell for days now and my back hurts") == ["unwell"])
    #expect(screen("I've fallen in love with this mat").isEmpty)
    #expect(screen("the mat fell off the bed in the night").isEmpty)
    #expect(screen("i'm falling behind on my sessions").isEmpty)
    #expect(screen("Fall is my favourite season, my back stiffens when it's cold").isEmpty)
  }

  /// Burning or pain when passing water is a sign on its own; waking for another reason
  /// is no night pain; injecting and a drug in one clause is injecting drugs.
  @Test func signsFromTheTenthSet() {
    #expect(screen("it burns when i pee") == ["urinary-infection"])
    #expect(screen("weeing is painful since Saturday") == ["urinary-infection"])
    #expect(screen("my weight is going down and I eat the same") == ["weight-loss"])
    #expect(screen("I inject meth some weekends and my back hurts") == ["injecting-drugs"])
    #expect(screen("I inject insulin twice a day and my back hurts").isEmpty)
    #expect(screen("I wake up at night because the baby cries, my back aches").isEmpty)
    #expect(screen("it's 38 degrees here in summer, can I use the mat outside?").isEmpty)
  }

  /// "My" after a preposition places someone else; it does not make the sign the user's.
  @Test func myAfterAPrepositionIsNoSubject() {
    #expect(screen("a client at my gym had chest pain yesterday").isEmpty)
    #expect(screen("my mum came to my house and fell over").isEmpty)
    #expect(screen("my mum says my back is weak and my legs are numb") == ["both-legs"])
  }

  /// A plural in a phrase ("knees", both legs) does not match its singular ("knee").
  @Test func aPluralDoesNotMatchItsSingular() {
    #expect(screen("my left knee is numb") == ["one-leg-numb"])
    #expect(screen("both my knees are numb") == ["both-legs"])
    // "bone" is no phrase of its own: "sit bone" is still "sit bones".
    #expect(screen("my sit bone is numb") == ["saddle-numbness"])
    #expect(screen("my back pain keep me up at night") == ["night-pain"])
  }

  /// Sayings on the mat's side of a word raise nothing.
  @Test(arguments: [
    "this mat knocked me off my feet, in a good way!",
    "feet were numb with cold after walking the dog in the snow",
    "just more trips to the loo since I drink more water",
    "can I put the small mat on my chest for tight pecs?",
    "Saturday night fever on the mat lol",
    "my legs are like jelly after leg day",
    "does the room need to be a certain temperature",
    "should i jump straight up after or chill for a bit",
    "will it help me shed a few pounds",
    "my lower back locks up when deadlines pile up at work",
    "we crashed on my mate's sofa after the party and my back is stiff",
    "dropped forty pounds on this mat and the cover's already coming off",
  ])
  func raisesNoAlarmForASaying(_ line: String) {
    #expect(screen(line).isEmpty, "\(line)")
  }

  /// "Since" an old accident says the pain is now, not the accident.
  @Test func painSinceAnOldAccidentIsNoNewAccident() {
    #expect(screen("chronic back pain since a car accident years ago").isEmpty)
    #expect(screen("chronic back pain since a car accident last week") == ["fall-or-accident"])
    // A time said of the pain before "since" dates the pain, not the accident.
    #expect(screen("my back has hurt every day since my car accident in 2019").isEmpty)
    #expect(screen("my back has hurt every day since my car accident on monday") == ["fall-or-accident"])
    #expect(screen("had a fall years ago, and since this morning my legs are numb") == ["both-legs"])
    // An account over two clauses, one part past on its own.
    #expect(screen("I felt really ill with covid last year. Now my back aches after gardening").isEmpty)
  }

  /// An event's own time says when it was; "since" after that time speaks of what followed.
  @Test func anOldAccidentWithPainSinceIsNoNewAccident() {
    #expect(screen("I was in a car accident 10 years ago and have had a stiff back on and off since").isEmpty)
    #expect(screen("fell off a ladder years ago and my back has been bad ever since").isEmpty)
    #expect(screen("I fell down the stairs this morning") == ["fall-or-accident"])
    // Not a state: numbness that began long ago and goes on is now.
    #expect(screen("my legs went numb years ago and have been numb since") == ["both-legs"])
    // What followed it, said to have lasted months or years, dates it too.
    #expect(screen("I've had lower back pain for about six years now after a car accident").isEmpty)
    #expect(screen("sore for months since my fall").isEmpty)
    #expect(screen("back pain for 3 weeks after a fall") == ["fall-or-accident"])
  }

  /// Pain that travels to the chest is chest pain; a checklist answered "none" denies.
  @Test func signsFromTheThirteenthSet() {
    #expect(screen("the back pain has moved into my chest") == ["chest-pain"])
    #expect(screen("I moved the chest of drawers and my back hurts").isEmpty)
    #expect(screen("numbness? none. fever? none. just a sore back").isEmpty)
    #expect(screen("what would numbness in both legs mean") == ["hypothetical"])
    #expect(screen("peeing fire since yesterday and my lower back aches") == ["urinary-infection"])
    #expect(screen("lying down makes the pain worse") == ["night-pain"])
    #expect(screen("had a UTI last month, antibiotics cleared it, now my back is just stiff").isEmpty)
  }

  /// From the fourteenth set: a sign asked about in general, a denied list that goes on
  /// with "or", a typo as near two ways of typing one sign, injecting said without a drug.
  @Test func signsFromTheFourteenthSet() {
    #expect(!screen("can an acupressure mat cause a heart attack?").contains("chest-pain"))
    #expect(screen("is it true that losing control of your bladder with back pain is an emergency?") == ["hypothetical"])
    #expect(screen("i dont have any numbness down below or trouble peeing, just backache").isEmpty)
    #expect(screen("got a fevver with my back pain since yesterday") == ["fever"])
    #expect(screen("fevver and back pain since yesterday") == ["fever"])  // no phrase to complete
    #expect(screen("I've been injecting for a couple of years and my back hurts") == ["injecting-drugs"])
    #expect(screen("I inject my insulin in my tummy, is it ok to lie on the mat?").isEmpty)
    #expect(!screen("my legs are dead after the gym, can I use the mat on my calves?").contains("both-legs"))
    #expect(screen("my immune system is shot from the meds and my back aches") == ["weak-immune"])
  }

  /// From the fifteenth set: a phrase never takes a denial as the word between its words
  /// ("have no fever" is no "have fever"); a denial ends where the user starts a clause
  /// ("without any diet I am losing 7 kg"); idioms, scares and sore muscles.
  @Test func signsFromTheFifteenthSet() {
    #expect(screen("I have no fever").isEmpty)
    #expect(screen("I have fever") == ["fever"])
    #expect(screen("Without any diet I am losing 7 kg in two months") == ["weight-loss"])
    #expect(screen("nearly had a heart attack when i saw the price").isEmpty)
    #expect(screen("my pecs have that DOMS ache from yesterday's chest day").isEmpty)
    #expect(screen("pissing razor blades since tuesday") == ["urinary-infection"])
    #expect(screen("I had a cancer scare last year but the biopsy came back benign").isEmpty)
    #expect(screen("I've lost 3 kg since I started marathon training, which was the plan").isEmpty)
  }

  /// From a review: a denied list stops where something new starts; a resolution two
  /// clauses on may be about something else; an event's other time is its own.
  @Test func limitsOfTheNewRules() {
    #expect(screen("not much relief or both my legs go numb") == ["both-legs"])
    #expect(screen("I fell off a ladder this morning, hit my head, the headache is gone now") == ["fall-or-accident"])
    #expect(screen("I had a bad fall last year and another fall this morning") == ["fall-or-accident"])
  }

  /// A first mention that is not the user's does not hide a later one that is.
  @Test func aLaterMentionOfASignIsWeighedToo() {
    #expect(screen("my dad had chest pain last year and I have chest pain now") == ["chest-pain"])
    #expect(screen("I'm waiting for a chest pain clinic appointment but I have chest pain now") == ["chest-pain"])
    #expect(screen("my dad has chest pain and chest tightness").isEmpty)
  }

  /// Thin bones found in the past are thin bones still.
  @Test func fragileBonesCountWhenFoundInThePast() {
    #expect(screen("the doctor told me last year that my bones are very thin, and I have a new pain in my back").first == "fragile-bones")
  }

  @Test func aConditionToCheckCountsEvenAsAWhatIf() {
    #expect(screen("can I use it if I'm pregnant?") == ["pregnancy"])
    // The safety screen reads words as typed, before synonyms: slang is in the concept.
    #expect(screen("can i use it if im preggers") == ["pregnancy"])
  }

  /// A number in brackets is part of its sentence ("my dad (78) fell" is my dad's); other
  /// brackets end a clause, and with it what a "no" denies.
  @Test func anAsideInBracketsKeepsItsSentence() {
    #expect(screen("my dad (78) fell in the garden yesterday, he's fine now").isEmpty)
    #expect(screen("no fever (chills at night though)") == ["fever"])
    #expect(screen("not numb (weak legs though), my back hurts") == ["both-legs"])
  }

  /// An aside about the telling ("if that matters") supposes nothing; "would it still be
  /// ok" asks about the mat, and says nothing goes on.
  @Test func asidesAndStillOfTheMatSupposeNothing() {
    #expect(screen("I'm a bowel cancer survivor (2019) if that matters, do I wear a shirt on it?") == ["cancer"])
    #expect(screen("if I had a fever would it still be ok to use the mat?") == ["hypothetical"])
    #expect(screen("I still have a fever, can I still use it?") == ["fever"])
  }

  /// "Expecting" is pregnancy when said of oneself, not what one expects of the mat.
  @Test func expectingIsPregnancyOnlyOfOneself() {
    #expect(screen("what should I expect from it?").isEmpty)
    #expect(screen("what can I realistically expect it to do for me?").isEmpty)
    #expect(screen("I'm expecting it to hurt at first").isEmpty)
    #expect(screen("im expecting, is it ok?") == ["pregnancy"])
    #expect(screen("i'm about five months along with my second, is it ok for me?") == ["pregnancy"])
    #expect(screen("It is ok for woman with baby in the belly? I am 5 month") == ["pregnancy"])
    #expect(screen("is it ok to use while expecting") == ["pregnancy"])
    #expect(screen("I am expecting my mat to arrive tomorrow").isEmpty)
  }

  /// A heart attack in the past is a heart condition to check now; one now is chest pain.
  @Test func aPastHeartAttackIsAHeartCondition() {
    #expect(screen("had a heart attack last year, finished cardiac rehab") == ["heart-condition"])
    // Its symptoms in the past are no condition.
    #expect(screen("years ago I had pain down my left arm, gone now").isEmpty)
    #expect(screen("my dad had a heart attack last year").isEmpty)
    #expect(screen("I think I'm having a heart attack").first == "chest-pain")
  }

  /// One of two legs is one leg; feeling unwell may be said apart from the back, and
  /// "not just my back" says the back and more.
  @Test func oneOfMyLegsIsOneLegAndUnwellReachesAcrossClauses() {
    #expect(screen("one of my legs goes numb when i sit, back pain too") == ["one-leg-numb"])
    #expect(screen("feel rubbish all over, not just my back") == ["unwell"])
    #expect(screen("I felt rough last month but I want to get back into my routine").isEmpty)
    #expect(screen("pain doesn't wake me at night and it's fine when I rest").isEmpty)
  }

  /// A harmless cause that is also another sense of a sign's word still explains it:
  /// "leg day" masks "leg", and explains legs gone weak.
  @Test func aCauseThatIsAnotherSenseStillExplains() {
    #expect(screen("both my legs went weak after leg day").isEmpty)
    #expect(!screen("after the half marathon yesterday my legs are dead").contains("both-legs"))
    #expect(screen("both my legs are literally dead and I can barely walk") == ["both-legs"])
    // A cause the sign is dated from has not explained it: it outlasted it.
    #expect(screen("my leg has been weak since leg day last week") == ["weak-leg"])
    #expect(screen("my knees are dead sore").isEmpty)
  }

  /// A temperature said as a number is a fever from 37.8 °C or 100 °F, and no fever below.
  @Test func aTemperatureReadAsANumber() {
    #expect(screen("temp 101.8F this morning and lower back pain") == ["fever"])
    #expect(screen("thermometer says 38.5 and my back aches") == ["fever"])
    #expect(screen("my temprature is 36.8, I only checked after a hot shower").isEmpty)
    #expect(screen("my temperature is 99 and my back aches").isEmpty)
    #expect(screen("I have a temperature and back pain") == ["fever"])
    // Whatever words are round it, and after a colon or comma.
    #expect(screen("body temperature 38.5 and back pain") == ["fever"])
    #expect(screen("took my temp, 39.4, back is sore") == ["fever"])
    #expect(screen("I'm running a 100 mile race next month").isEmpty)
  }

  /// "idk if", "not sure if": an indirect question, not a supposition.
  @Test func anIfThatMeansWhetherSupposesNothing() {
    #expect(screen("pins and needles down one leg into my toes that wont go away idk if thats sciatica") == ["one-leg-numb"])
    #expect(screen("chest pain pls help its bad and my back hurts too idk if its the mat") == ["chest-pain"])
    #expect(screen("I have had a pyrexia of 38.6 since yesterday alongside the back pain") == ["fever"])
    // "Just asking" makes a question of it: information, no alarm.
    #expect(screen("Would a fever mean I shouldn't use the mat? I don't have one, just asking") == ["hypothetical"])
  }

  /// A sign's words said to be fine right after them are no sign ("waterworks all fine");
  /// asked ("is my bladder ok?"), denied, or said of what follows, they still are. Tokens
  /// keep no question marks, so a word of being must stand between, unless the clause is
  /// the sign's one word and the fine word.
  @Test func aSignSaidToBeFineIsNoSign() {
    #expect(screen("waterworks all fine, number twos normal, just a sore back from lifting boxes").isEmpty)
    #expect(screen("my legs are fine and my back aches").isEmpty)
    #expect(screen("reflexes normal, no numbness, waterworks fine, she said it's muscular").isEmpty)
    // From a review: a question mark is no word, and "as usual" says how often.
    #expect(screen("numb groin normal?") == ["saddle-numbness"])
    #expect(screen("numbness in both legs ok?") == ["both-legs"])
    #expect(screen("legs numb all good?") == ["both-legs"])
    #expect(screen("I have numbness in my groin ok") == ["saddle-numbness"])
    #expect(screen("my legs went numb as usual") == ["both-legs"])
    #expect(screen("I wake up with back pain at night as usual") == ["night-pain"])
    // A sign that counts when past, or a condition to check, is not undone.
    #expect(screen("had bowel cancer all good now") == ["cancer"])
    #expect(screen("I'm on warfarin all good") == ["blood-thinners"])
    #expect(screen("is my bladder ok? I keep leaking") == ["bladder-bowel"])
    #expect(screen("is my bladder working ok? I keep leaking") == ["bladder-bowel"])
    #expect(screen("my bladder is working ok and I keep leaking") == ["bladder-bowel"])
    #expect(screen("my bladder is not fine, I keep wetting myself") == ["bladder-bowel"])
    #expect(screen("numb legs ok to use the mat?") == ["both-legs"])
    #expect(screen("my legs are numb and my bladder is fine") == ["both-legs"])
  }

  /// What no longer fits, or how one looks, tells of weight lost; a night spent upright
  /// because lying down hurts is night pain.
  @Test func signsToldByTheirConsequences() {
    #expect(screen("people keep saying I look thin, I've had to punch new holes in my belt and I eat the same as ever") == ["weight-loss"])
    #expect(screen("I sleep in the recliner now because lying down the back pain is unbearable") == ["night-pain"])
    #expect(screen("lost a lot of weight off my shoulders since I quit that job").isEmpty)
    #expect(screen("my legs were like jelly with nerves before my job interview but i got it").isEmpty)
    #expect(screen("We've got football fever in this house with the World Cup on").isEmpty)
    #expect(screen("my back's crook again after the weekend in the garden").isEmpty)
  }

  /// A clause that says nothing but that the question is general makes a question of the
  /// sign before it; one that happened stays reported.
  @Test func anAsideThatAsksInGeneralSupposes() {
    #expect(screen("could a fall ever make back pain worse? asking in general") == ["hypothetical"])
    #expect(screen("I had a fall this morning. just asking") == ["fall-or-accident"])
    #expect(screen("my legs went numb? asking in general") == ["both-legs"])
    // From a review: a sign told, then an aside, is still told.
    #expect(screen("I have numbness in both legs. Just curious") == ["both-legs"])
    #expect(screen("I cant feel my groin. asking in general lol") == ["saddle-numbness"])
    #expect(screen("I fell off a ladder on Saturday. Just curious") == ["fall-or-accident"])
  }

  /// The user's vehicle driven into is the user: someone else's words do not take it.
  @Test func aVehicleDrivenIntoIsTheUser() {
    #expect(screen("Someone drove into the back of my car on Saturday and my back has hurt since") == ["fall-or-accident"])
    #expect(screen("Someone drove into my car on Saturday") == ["fall-or-accident"])
    #expect(screen("someone drove into me") == ["fall-or-accident"])
    #expect(screen("someone drove into us on the motorway") == ["fall-or-accident"])
    #expect(screen("my mum crashed her car last week").isEmpty)
    #expect(screen("someone scratched my car").isEmpty)
  }

  /// Someone else's word that the user says they are ("I'm a keen rider") names the user.
  @Test func aRoleTheUserHasIsTheUser() {
    #expect(screen("I'm a keen rider and took a tumble off my horse this morning") == ["fall-or-accident"])
    #expect(screen("as a driver I crashed this morning") == ["fall-or-accident"])
    #expect(screen("my friend is a rider and took a tumble this morning").isEmpty)
    #expect(screen("a rider took a tumble on tv").isEmpty)
  }

  /// Signs said plainly, as first-time users do: misspelt, in slang, by what they made
  /// the user do; and look-alikes that are not the sign.
  @Test func plainSignsAndTheirLookAlikes() {
    #expect(screen("loosing wieght without dieting, about 6kg since summer") == ["weight-loss"])
    #expect(screen("will it help me loose weight?").isEmpty)
    #expect(screen("right leg's gone all fizzy and dead down the outside, since sunday") == ["one-leg-numb"])
    #expect(screen("slipd on the ice this morning and landed on my tailbone") == ["fall-or-accident"])
    #expect(screen("bum went numb sitting on the bleachers at the footy, came right as soon as i walked about").isEmpty)
    #expect(screen("had a little acident with my mat, spilt coffee all over it").isEmpty)
    #expect(screen("the spikes burn every time I go on it").isEmpty)
  }

  /// One's health as a whole, "in myself", is said strongly enough without the back.
  @Test func unwellInMyselfIsUnwell() {
    #expect(screen("mat's fine but honestly i feel awful in myself lately, like properly poorly") == ["unwell"])
    #expect(screen("I felt rough in myself last year but fine now").isEmpty)
    #expect(screen("I'm a Cancer, born in july, do star signs matter for acupressure lol").isEmpty)
    #expect(screen("I'm a cancer survivor, can I use it?") == ["cancer"])
  }

  /// Feeling nothing is numbness of the saddle area only; of legs and feet it is as
  /// often the mat doing nothing, and a denial still denies.
  @Test func feelingNothingIsNumbnessOfTheSaddleOnly() {
    #expect(screen("When I wipe after the toilet I feel nothing down there") == ["saddle-numbness"])
    #expect(screen("I put it under my feet and feel nothing").isEmpty)
    #expect(screen("I feel nothing when I lie on the mat").isEmpty)
    #expect(screen("no numbness, I don't feel nothing unusual in my legs").isEmpty)
  }

  /// Phone-typed signs and look-alikes: feeling nothing said with a "don't", legs heavy
  /// like a weight or pain going down both, the worst pain said as never had the like;
  /// a partner in text-speak, trouble long over with none since, a limb gone to sleep,
  /// a "would that be…" about an imagined sign.
  @Test func signsFromTheTwentyFifthSet() {
    #expect(screen("since yesterday I don't feel anything when I wipe") == ["saddle-numbness"])
    #expect(screen("both my legs feel heavy like concrete since i woke up") == ["both-legs"])
    #expect(screen("my legs feel pleasantly heavy and relaxed after a session").isEmpty)
    #expect(screen("the pain is going down both of my legs now") == ["both-legs"])
    #expect(screen("a lovely warmth running down both legs on the mat").isEmpty)
    #expect(screen("bf has a fever and wants to borrow my mat").isEmpty)
    #expect(screen("back in my twenties i had a bad fall skiing no issues since").isEmpty)
    #expect(screen("just wondering if i got pins and needles in both legs would that be an emergency") == ["hypothetical"])
  }

  /// Understated signs in everyday words, from the twenty-sixth set, and look-alikes in
  /// the same words: a foot that scuffs, a leg that folded, not making it to the toilet,
  /// a belt gone in, feeling off colour; a week that was a car crash, "back to using it".
  @Test func signsFromTheTwentySixthSet() {
    #expect(screen("my right foot sort of scuffs along the pavement since my back went") == ["weak-leg"])
    #expect(screen("my right leg just sort of folded under me in the kitchen") == ["weak-leg"])
    #expect(screen("couldn't quite make it to the toilet twice today and my back is killing me") == ["bladder-bowel"])
    #expect(screen("my belt's gone in two notches and I'm eating the same, back pain a few weeks") == ["weight-loss"])
    #expect(screen("bit grotty and off colour for a few days now along with the back ache") == ["unwell"])
    #expect(screen("work has been a total car crash this week, back a bit tight").isEmpty)
    #expect(screen("I was off colour with the flu last month but I'm grand now, back to using the mat").isEmpty)
    #expect(screen("what if my legs went numb while I was on the mat?") == ["hypothetical"])
  }

  /// Look-alikes from the twenty-seventh set, and sudden bad pain that is an ordinary
  /// strain or the spikes: only a tearing or worst-ever pain is a sign.
  @Test func lookAlikesFromTheTwentySeventhSet() {
    #expect(screen("I woke up and suddenly my lower back was agony").isEmpty)
    #expect(screen("the first few minutes are agony, then suddenly it eases off").isEmpty)
    #expect(screen("i was just lying on the mat and suddenly got a horrible tearing feeling between my shoulder blades")
      == ["sudden-severe"])
    #expect(screen("Since lunchtime there's hardly any feeling in my genitals") == ["saddle-numbness"])
    #expect(screen("A mate at work has numbness down one leg from sciatica").isEmpty)
    #expect(screen("my resting heart rate crashed to 52, I felt completely fine").isEmpty)
    #expect(screen("this morning it fell down and knocked a glass off the dresser").isEmpty)
    #expect(screen("I live in a tiny flat with hard wooden floors, where should i lay it out").isEmpty)
    #expect(screen("there was a car crash on the way home and my back has been sore since") == ["fall-or-accident"])
    #expect(screen("I was relaxing on the mat when both my legs went weak and I couldn't stand") == ["both-legs"])
    #expect(screen("should the spikes be going down both sides of my spine?").isEmpty)
    #expect(screen("my pants were damp with sweat after 30 minutes").isEmpty)
    #expect(screen("I'm scuffing my heels on the mat getting up").isEmpty)
    #expect(screen("never experienced anything like this relaxation before").isEmpty)
    #expect(screen("I don't get the need to go running anymore with this mat").isEmpty)
    #expect(screen("what if I told you my bum has been numb for a day") == ["saddle-numbness"])
  }

  /// Stiff as wood is no numbness, though numb legs may feel like wood.
  @Test func stiffLikeWoodIsNoNumbness() {
    #expect(screen("I am stiff like wood, the mat make me more flexible?").isEmpty)
    #expect(screen("both my legs feel like wood") == ["both-legs"])
  }

  /// Severe pain after a movement is no sign by itself; a tearing one that came suddenly is.
  @Test func severePainAfterAMovementIsNoSign() {
    #expect(screen("I bent down and suddenly had severe pain in my lower back, can I use the mat?").isEmpty)
    #expect(screen("this is the worst mat I ever had").isEmpty)
    #expect(screen("a sudden tearing pain in my back") == ["sudden-severe"])
  }

  /// A severe pain that came suddenly with nothing to set it off is an emergency; a
  /// movement or the spikes said with it explain it, but not a tearing or worst-ever pain.
  @Test func aSevereSuddenPainWithNothingToSetItOffIsAnEmergency() {
    #expect(screen("excruciating back pain came on all at once while i was just sat watching telly")
      == ["sudden-severe-unexplained"])
    #expect(screen("my back pain went from nothing to absolutely excruciating in seconds") == ["sudden-severe-unexplained"])
    #expect(screen("back pain came on suddenly an hour ago, 10/10") == ["sudden-severe-unexplained"])
    #expect(screen("the first few minutes are unbearable, then suddenly it eases off").isEmpty)
    #expect(screen("the heat is unbearable today, suddenly my back aches").isEmpty)
    #expect(screen("my back suddenly went into spasm, the pain is unbearable").isEmpty)
    #expect(screen("I suddenly get an intense pain when I twist").isEmpty)
    #expect(screen("rated the mat 10/10, suddenly my back feels free").isEmpty)
    #expect(screen("bent down to pick up the washing and suddenly got an excruciating pain in my back").isEmpty)
    #expect(screen("all of a sudden the spikes felt unbearable so I got off").isEmpty)
    #expect(screen("the pain was excruciating for weeks after my op years ago").isEmpty)
    #expect(screen("I bent over and suddenly got the worst pain of my life") == ["sudden-severe"])
    // Past every scale, all at once; a life's years are no time long past.
    #expect(screen("back pain came on out of nowhere and it is 11 out of 10") == ["sudden-severe-unexplained"])
    #expect(screen("back pain just went from 0 to 100 in like a second, absolutely screaming")
      == ["sudden-severe-unexplained"])
    #expect(screen("It struck all at once and it is the worst I have known in my seventy years.") == ["sudden-severe"])
    #expect(screen("the relaxation is off the charts").isEmpty)
    #expect(screen("the first minute on the spikes is absolute agony lol").isEmpty)
    #expect(screen("my back went bang lifting the sofa, absolute agony").isEmpty)
    #expect(screen("my back went bang when I lifted the shopping").isEmpty)
    #expect(screen("the relief went from 0 to 100 after a week, off the charts").isEmpty)
    #expect(screen("went from zero to 20 minutes in one week and now my back is in agony").isEmpty)
    #expect(screen("my back just suddenly went with the most severe pain ever, i cant even think straight") == ["sudden-severe"])
    // Worst ever with how it came on is a worst-ever pain, whatever set it off.
    #expect(screen("my back just exploded with pain about an hour ago, worst ever").first?.hasPrefix("sudden-severe") == true)
  }

  /// Signs from the thirty-fourth set: a hedge of two words, heavy legs said plainly, nerve
  /// pain down both legs, urine the colour of blood, a cancer in clinicians' shorthand, and
  /// a "nothing" before a sign; and their look-alikes.
  @Test func signsAndLookAlikesFromTheThirtyFourthSet() {
    #expect(screen("only one leg, the left, has gone a bit dead on the outside of the thigh") == ["one-leg-numb"])
    #expect(screen("ngl my legs are proper heavy, both of them, like wading through mud") == ["both-legs"])
    #expect(screen("shooting pain down the back of both legs now, not just the one anymore") == ["both-legs"])
    #expect(screen("pee looked reddish-brown this morning and my lower back aches round the side") == ["urine-colour"])
    #expect(screen("I keep needing to go and it burns like acid each time") == ["urinary-infection"])
    #expect(screen("bowel ca back in 2015, new back ache, thoughts") == ["cancer"])
    #expect(screen("cant feel nothin down there since yesterday") == ["saddle-numbness"])
    #expect(screen("I've just got plain stiffness, nothing shooting down my legs").isEmpty)
    #expect(screen("my face went red when I had to pee in front of everyone").isEmpty)
    #expect(screen("ate beetroot last night and my wee's gone pink lol").isEmpty)
    #expect(screen("my legs feel pleasantly heavy and relaxed after a 20 min session").isEmpty)
    #expect(screen("been in a fever of excitement waiting for it to arrive!!").isEmpty)
    #expect(screen("bum went numb on a 3 hour flight, fine the moment I stood").isEmpty)
    #expect(screen("vet nurse here, I inject dogs all day lol").isEmpty)
    #expect(screen("the leg on my massage table gave way so im using the mat on the floor now").isEmpty)
    #expect(screen("the cover lost weight in the wash, shrank two sizes lol").isEmpty)
    #expect(screen("never felt anything like it, my back feels brand new").isEmpty)
    #expect(screen("I'm cutting for a bodybuilding show so dropping about half a kilo a week").isEmpty)
  }

  /// Signs and look-alikes from the thirty-fifth set: pain running down both legs, a leg
  /// "not strong", pain travelling to the arm and jaw, "the worst I ever feel", a bike
  /// saddle not felt, and fine before it began; pride, a friend's kid.
  @Test func signsAndLookAlikesFromTheThirtyFifthSet() {
    #expect(screen("after the mat the pain now runs down both legs, the left and the right") == ["both-legs"])
    #expect(screen("my leg is not strong since yesterday, I stand on it and it go down") == ["weak-leg"])
    #expect(screen("pain goin from my back into my left arm and jaw, all sweaty") == ["chest-pain"])
    #expect(screen("very sudden very strong pain in back now, is the worst I ever feel") == ["sudden-severe"])
    #expect(screen("got on my bike this morning and couldn't feel the saddle at all between my legs") == ["saddle-numbness"])
    #expect(screen("suddenly my back pain is like 10/10, never had anything like this, was totally fine at lunch")
      .first == "sudden-severe")
    #expect(screen("My chest puffed up with pride when I lasted 30 minutes on the mat!").isEmpty)
    #expect(screen("Friend's kid had a temperature so we cancelled our mat-and-yoga afternoon").isEmpty)
  }

  /// Signs and look-alikes from the thirty-ninth set: where the pain is said inside the
  /// phrase ("the worst pain in my back I've ever had"), a sudden onset cut off by a comma
  /// ("a sudden, excruciating pain"), tears with the pain, a blow taken in sport, going
  /// down hard; a drink knocked over "by total accident", furniture that fell, a knock to
  /// one's confidence.
  @Test func signsAndLookAlikesFromTheThirtyNinthSet() {
    #expect(screen("out of nowhere the worst pain in my back I've ever had, can't move") == ["sudden-severe"])
    #expect(screen("the pain down my lower back is unbearable, came on out of nowhere") == ["sudden-severe-unexplained"])
    #expect(screen("Ten minutes ago I was struck by a sudden, excruciating pain in my back, quite unlike anything I have felt before.")
      == ["sudden-severe", "sudden-severe-unexplained"])
    #expect(screen("I was struck by a sudden, sharp pain, quite unlike anything I have felt before") == ["sudden-severe"])
    #expect(screen("back pain came on like a lightning bolt an hour ago, I'm crying with it") == ["sudden-severe-unexplained"])
    #expect(screen("took a massive hit at footy on saturday, back's been bad since, mat ok?") == ["fall-or-accident"])
    #expect(screen("my foot went and I went down hard on my back on the concrete") == ["fall-or-accident"])
    #expect(screen("my cat knocked my tea over on the mat, total accident, it's all sticky now").isEmpty)
    #expect(screen("my confidence took a hit after the interview, will the mat help me relax?").isEmpty)
    // The place said is of the back only, and a "sudden" joins only the clause after it.
    #expect(screen("the worst pain in my knee I have ever had, can I still use the mat for my back?").isEmpty)
    #expect(screen("suddenly, I could move again after months of crippling pain").isEmpty)
    #expect(screen("I bent down and suddenly, excruciating pain in my back").isEmpty)
  }

  /// Signs and look-alikes from the fortieth set: a clinician's shorthand (injecting drug
  /// use, weight loss "unintentional", foot drop as "can't dorsiflex", "acute onset", a
  /// workplace injury), foot drop as a second language says it, "never like this before";
  /// a client's leg, an accident with a glass of wine; an accident with one's bike is still
  /// a crash.
  @Test func signsAndLookAlikesFromTheFortiethSet() {
    #expect(screen("IVDU, new back pain x 1 week.") == ["injecting-drugs"])
    #expect(screen("Unintentional weight loss, 5 kg, with ongoing back pain.") == ["weight-loss"])
    #expect(screen("L5 weakness, can't dorsiflex my right foot since this morning.") == ["weak-leg"])
    #expect(screen("my foot it don't lift, I walk and it catch the floor, since Monday") == ["weak-leg"])
    #expect(screen("Acute-onset severe lumbar pain, 10/10, started 30 minutes ago.") == ["sudden-severe-unexplained"])
    #expect(screen("Workplace injury this morning, a pallet struck my lumbar spine.") == ["fall-or-accident"])
    #expect(screen("Very sudden very strong pain in back, never like this before, I cannot stand.").first == "sudden-severe")
    #expect(screen("had an accident with my bike yesterday and my back hurts") == ["fall-or-accident"])
    #expect(screen("I was in a nasty accident with a bike on the road, my back hurts now") == ["fall-or-accident"])
    #expect(screen("I'm a carer and my client's leg gave way today, she's at the hospital. My own back's just stiff").isEmpty)
    #expect(screen("Had a little accident with a glass of red wine on the mat cover.").isEmpty)
    #expect(screen("I do not lift my foot off the mat when I get up").isEmpty)
    #expect(screen("does the mat help with weight loss").isEmpty)
    // From a newcomer's review of the sitting: what its look-alikes must not reach.
    #expect(screen("A drink driver crashed into me Friday, back's agony") == ["fall-or-accident"])
    #expect(screen("someone crashed into me yesterday") == ["fall-or-accident"])
    // The user's vehicle right after the sign's words is the user too.
    #expect(screen("someone rear-ended my car") == ["fall-or-accident"])
    #expect(screen("my friend crashed into my car yesterday") == ["fall-or-accident"])
    #expect(screen("Had a few drinks and fell down the stairs") == ["fall-or-accident"])
    #expect(screen("The wardrobe fell on my back") == ["fall-or-accident"])
    #expect(screen("Did squats yesterday and now my right leg is numb down to my foot") == ["one-leg-numb"])
    #expect(screen("Stood on it a few minutes and both my legs gave way") == ["both-legs"])
    #expect(screen("Constant dull ache for 2 months, nothing helps") == ["night-pain"])
    #expect(screen("My dad collapsed suddenly. Both legs numb now.") == ["both-legs"])
    #expect(screen("I inject heroin, ended up in hospital last week with back pain") == ["injecting-drugs"])
    // From a probe of the sitting's rules: an accident with anything but a thing that spills
    // or breaks, falling through a floor, the user's own body after someone else's,
    // a list after "sudden", a place of the back with "that" or "the middle of".
    #expect(screen("I had an accident with a lorry on the motorway and my back is stiff") == ["fall-or-accident"])
    #expect(screen("I had an accident with a ladder and now my back is agony") == ["fall-or-accident"])
    #expect(screen("had an accident with my phone, dropped it on the mat").isEmpty)
    #expect(screen("I fell through the loft hatch and my back is agony") == ["fall-or-accident"])
    #expect(screen("our holiday plans fell through so I'm using the mat more").isEmpty)
    #expect(screen("My wife has back pain and both of my legs have gone numb") == ["both-legs"])
    #expect(screen("My husband has chronic pain and lost control of my bladder") == ["bladder-bowel"])
    #expect(screen("my wife has numbness in both legs").isEmpty)
    #expect(screen("A sudden, stabbing, unbearable pain hit my lower back") == ["sudden-severe-unexplained"])
    #expect(screen("The worst pain in my back that I've ever had") == ["sudden-severe"])
    #expect(screen("The worst pain in the middle of my back I've ever had") == ["sudden-severe"])
    // From the forty-first set: control said as a problem with it.
    #expect(screen("new problem controlling my bladder since my back went out on saturday") == ["bladder-bowel"])
    #expect(screen("I have no problem controlling my bladder").isEmpty)
  }

  /// From a newcomer's review of the ninth sitting: what the day's rules must not reach.
  @Test func whatTheNinthSittingsRulesMustNotReach() {
    #expect(screen("painkillers do nothing chest pain getting worse") == ["chest-pain"])
    #expect(screen("had crushing chest pain 20 minutes ago, now i am ok") == ["chest-pain"])
    #expect(screen("which should I worry about more? my groin is numb or tingly since this morning") == ["saddle-numbness"])
    #expect(screen("which is worse, fever or weight loss? I have both") == ["fever"])
    #expect(screen("I read that chest pain can happen on the mat and I've got it") == ["chest-pain"])
    #expect(screen("I inject ketamine I get from the vets where I work, my back hurts") == ["injecting-drugs"])
    #expect(screen("a cutting pain in my back and I've lost a lot of weight recently without trying") == ["weight-loss"])
    #expect(screen("I took a tumble drying the washing and hurt my back") == ["fall-or-accident"])
    #expect(screen("fell down a flight of stairs and now my groin is numb").contains("saddle-numbness"))
    #expect(screen("my pee has been red since yesterday and my back is killing me") == ["urine-colour"])
    #expect(screen("the spikes dig into my left arm when I lie on it").isEmpty)
    #expect(screen("it's a wee bit red where the spikes were, is that normal").isEmpty)
    #expect(screen("I've got a wee pink mat, is it any good").isEmpty)
    #expect(screen("suddenly I could move again after months of crippling pain").isEmpty)
    #expect(screen("my back pain is excruciating most days, suddenly I found this mat").isEmpty)
    #expect(screen("worst i ever slept was on a hard bed, is the mat ok for sleeping on").isEmpty)
    #expect(screen("I sat for hours on the mat and now my bum is numb") == ["saddle-numbness"])
    #expect(screen("my leg on the massage table went numb, is that the mat") == ["one-leg-numb"])
    #expect(screen("the worst i ever felt was after gardening, now just a bit stiff").isEmpty)
    #expect(screen("all of a sudden it went from intense pain to relief").isEmpty)
    #expect(screen("my period came suddenly and the cramps are agonising").isEmpty)
  }

  /// Signs offered as a choice in a question ask about signs: "which is worse, fever or
  /// weight loss?"; one told with a "maybe" is still told.
  @Test func signsOfferedAsAChoiceAreAskedAbout() {
    #expect(screen("Which is the bigger warning sign with back pain, fever or weight loss?") == ["hypothetical"])
    #expect(screen("which is worse, fever or chest pain?") == ["hypothetical"])
    #expect(screen("is it worse to have fever or chest pain?") == ["hypothetical"])
    #expect(screen("I have a fever or maybe chills, can I use the mat?") == ["fever"])
    // "Which" that joins a clause to what came before asks nothing to choose.
    #expect(screen("is the mat which came today ok to use with a fever or a cold?") == ["fever"])
  }

  /// A word read as a sign that a harmless cause explains asks nothing more.
  @Test func anExplainedSignAsksNoQuestion() {
    #expect(screen("my leg went numb from crossing my legs").isEmpty)
    #expect(screen("my leg went dead from sitting cross legged").isEmpty)
    #expect(screen("the tingly feeling is weird") == ["ask:tingling-where"])
  }

  /// A thing named between a phrase's words is what the phrase is about: "my mat fall" is
  /// no "my fall". A car is no such thing: someone was in it.
  @Test func aThingInsideAPhraseIsWhatItIsAbout() {
    #expect(screen("my mat fall down from the sofa, it still work?").isEmpty)
    #expect(screen("my bad fall last night hurt my back") == ["fall-or-accident"])
    #expect(screen("my car was struck from behind on Saturday and my back is sore since") == ["fall-or-accident"])
  }

  /// Someone else said to be fine ends only a sign that is no one's said, never the user's.
  @Test func someoneElseFineEndsNoSignOfTheUser() {
    #expect(screen("one of the twins tumbled off the sofa, he is fine").isEmpty)
    #expect(screen("I have chest pain spreading to my arm, my son is here and he is fine") == ["chest-pain"])
    #expect(screen("I fell down the stairs, he is fine") == ["fall-or-accident"])
  }

  /// Imagined before the sign is whole is imagined: "my legs were to go numb".
  @Test func imaginedBeforeTheLastPartOfTheSign() {
    #expect(screen("what ought I to do if, while lying on the mat, my legs were to go numb?") == ["hypothetical"])
    #expect(screen("were I ever to find my legs going numb while lying on the mat, what ought I to do?") == ["hypothetical"])
    #expect(screen("my legs went numb, what would happen if I were to keep going?") == ["both-legs"])
  }

  /// Someone else's body inside the sign's words, or a clause about the person just named.
  @Test func whoseTheBodyIsInsideTheSignAndWhoItWasAbout() {
    #expect(screen("my mother has been complaining of numbness in both her legs").isEmpty)
    #expect(!screen("there has been numbness in both her legs since this morning").contains("both-legs"))
    #expect(screen("I have numbness in both my legs").contains("both-legs"))
    #expect(screen("my bowels just emptied on their own and I didn't feel it") == ["bladder-bowel"])
    #expect(screen("a friend at my bridge club, who had cancer some years ago, swears by the mat").isEmpty)
    #expect(screen("I saw a friend, who told me I had a fever").contains("fever"))
    #expect(screen("I rang a friend, who drove me to hospital with chest pain") == ["chest-pain"])
    // Not past a word that starts another thought: a cause, or a report.
    #expect(screen("I called my brother, who came round because both legs went numb") == ["both-legs"])
    #expect(screen("Told my husband, who says lost bladder control this morning is serious") == ["bladder-bowel"])
  }

  /// "Since" before a length is read as typed: it says the sign goes on, so a question
  /// about it reports it.
  @Test func sinceBeforeALengthSaysTheSignGoesOn() {
    #expect(screen("what should I do if my legs are numb since 2 days") == ["both-legs"])
    #expect(screen("what to do if fever since 4 days and back pain") == ["fever"])
    #expect(screen("what should I do if my legs go numb on the mat?") == ["hypothetical"])
  }

  @Test func oneAmbiguousWordAsksAQuestion() {
    #expect(screen("the tingly feeling is weird") == ["ask:tingling-where"])
    #expect(screen("I'm shivering") == ["ask:shivery-fever"])
    // Said with what answers it already: the back, where the spikes press.
    #expect(screen("I have a little tingle in my back where the nails press, it is normal?") == ["answered:tingling-where"])
    #expect(screen("my behind has gone numb since my back flared up") != ["answered:tingling-where"])
    // Felt on the mat or in the back: where the spikes are; the legs or the groin named are a sign.
    #expect(screen("my back goes warm and tingly on the mat is that normal") == ["answered:tingling-where"])
    #expect(screen("the prickling on the mat is too much for me") == ["answered:tingling-where"])
    #expect(screen("tingling in my legs when I'm on the mat") == ["both-legs"])
    #expect(screen("tingling around my bum when I lie on it") == ["saddle-numbness"])
    #expect(screen("I have tingling, is it ok to use the mat?") == ["ask:tingling-where"])
    #expect(screen("I get tingling, can I still lie on it?") == ["ask:tingling-where"])
    // How strong it is says nothing of where it is: still asked; a place named is a sign.
    #expect(screen("the prickling is too much for me") == ["ask:tingling-where"])
    #expect(screen("my legs are tingling and it's too much") == ["both-legs"])
    #expect(screen("tingling in my back and down my leg") == ["one-leg-numb"])
  }

  @Test func safetyWordsAreNeverCorrectedIntoKeywords() {
    // "tingly" was once read as "stings" and answered as "too intense".
    #expect(TestSupport.compiled.classify("the tingly feeling").best?.id != "too-intense")
  }

  @Test func lintChecksTheSafetySection() {
    let yaml = """
      safety:
        concepts:
          numb: [numb]
          unused: [nothing]
        signs:
          - id: x
            tier: serious
            all: [numb, legs_typo_concept]
            say: "Go."
        ask:
          - id: q
            concept: nope
            question: "?"
            yes: x
            no: "ok"
      intents:
        - id: a
          keywords: ["a"]
          answer: "A."
          beyond_guide: true
      """
    let messages = TestSupport.load(yaml).diagnostics.map(\.message)
    #expect(messages.contains { $0.hasPrefix("`tier` must be one of: check, urgent, emergency") })
    #expect(messages.contains("`concept` names no concept: `nope`"))
    #expect(messages.contains("concept `unused` is used by no sign or question"))
    #expect(messages.contains("`legs_typo_concept` names no concept"))
  }

  /// A word to get someone else help now is for emergencies only.
  @Test func lintKeepsSomeoneElsesWordForEmergencies() {
    let yaml = """
      safety:
        concepts:
          hot: [fever]
        signs:
          - id: fever
            tier: urgent
            for_others: true
            any: [hot]
            say: "See a doctor."
      intents:
        - id: a
          keywords: ["a"]
          answer: "A."
          beyond_guide: true
      """
    let messages = TestSupport.load(yaml).diagnostics.map(\.message)
    #expect(messages.contains("`for_others` is for emergency signs only: sign `fever` is urgent"))
  }

  @Test func lintChecksVerbForms() {
    let yaml = """
      safety:
        verb_forms:
          - [feel, felt]
          - [went down, go down]
          - [lose]
      intents:
        - id: a
          keywords: ["a"]
          answer: "A."
      """
    let messages = TestSupport.load(yaml).diagnostics.map(\.message)
    #expect(messages.contains("`went down` in `verb_forms` is not one word: a group lists one verb's forms, a word each"))
    #expect(messages.contains("a `verb_forms` group needs at least two forms of one verb"))
    #expect(messages.count == 3)
  }

  @Test func lintChecksAReading() {
    let yaml = """
      safety:
        signs:
          - id: fever
            tier: urgent
            any: [fever]
            reading:
              after: [temp]
              celsius: hot
            say: "See a doctor."
          - id: chills
            tier: urgent
            any: [chills]
            reading:
              after: [temp]
              celsius: 50
            say: "See a doctor."
      intents:
        - id: a
          keywords: ["a"]
          answer: "A."
      """
    let messages = TestSupport.load(yaml).diagnostics.map(\.message)
    #expect(messages.contains("`celsius` must be a number of degrees, not `hot`"))
    #expect(messages.contains("`celsius` must be a body temperature, from 30 to 45 degrees"))
    #expect(messages.filter { $0 == "a `reading` needs `after:` words, `celsius:` and `fahrenheit:`" }.count == 2)
  }

  /// Signs and look-alikes from the forty-fifth and forty-sixth sets: feeling unwell said in
  /// everyday and clinical words, a clinician's words for other signs, the need to go no
  /// longer felt, pain as bad at rest; the worst of something watched, a numb leg from the
  /// way one sat, a class of patients, and an illness told of someone else beside one's
  /// own back pain.
  @Test func signsAndLookAlikesFromTheFortyFifthAndFortySixthSets() {
    #expect(screen("general malaise and a stiff sore back") == ["unwell"])
    #expect(screen("not feeling well at all and my back aches") == ["unwell"])
    #expect(screen("back's bad and I feel proper unwell") == ["unwell"])
    #expect(screen("painful micturition and loin pain") == ["urinary-infection"])
    #expect(screen("retrosternal tightness when I lie on the mat") == ["chest-pain"])
    #expect(screen("nocturnal pain in my lower back every night") == ["night-pain"])
    #expect(screen("the pain in my back is just as bad resting") == ["night-pain"])
    #expect(screen("on corticosteroids for years, bumped my back on a door and now it hurts") == ["fragile-bones"])
    #expect(screen("I can't tell when I need the toilet any more and my back hurts") == ["bladder-bowel"])
    #expect(screen("my daughter has a cold and I feel really unwell with back pain") == ["unwell"])
    #expect(screen("my wife has back pain and both of my legs have gone numb") == ["both-legs"])
    #expect(screen("I'm really sick of my back pain").isEmpty)
    #expect(screen("not feeling well enough yet to try a long session, my back is sore").isEmpty)
    #expect(screen("the worst film I have ever watched, anyway how long on the mat").isEmpty)
    #expect(screen("my leg went numb from the way I was sitting").isEmpty)
    #expect(screen("can cancer patients use the mat").isEmpty)
    #expect(screen("my back is sore, my mum is unwell").isEmpty)
    #expect(screen("my son is very sick and my back aches from carrying him").isEmpty)
    // A question about a sign in general, opened by "what" or "when", naming no one.
    #expect(screen("when is numbness in both legs an emergency") == ["hypothetical"])
    #expect(screen("what does it mean when both legs go numb") == ["hypothetical"])
    #expect(screen("what is this numbness in both legs") == ["both-legs"])
    #expect(screen("what is saddle numbness, I think I have it") == ["saddle-numbness"])
    #expect(screen("what the hell, legs gone numb") == ["both-legs"])
    #expect(screen("when is back pain with a fever serious? had a temp since tuesday") == ["fever"])
    // A thing sent on its way falls; what the user did after it is the user's.
    #expect(screen("I kicked the mat all the way down the stairs").isEmpty)
    #expect(screen("I dropped the mat and fell down the stairs") == ["fall-or-accident"])
    #expect(screen("I threw the mat down the stairs and then slipped and fell down them") == ["fall-or-accident"])
    #expect(screen("the mat then fell down the stairs").isEmpty)
    #expect(screen("knocked the mat off the bed and fell over it onto my back") == ["fall-or-accident"])
    #expect(screen("I dropped my new mat all the way down the stairs").isEmpty)
    // Reported with its "I" left out, or asked of one at hand, a sign asked about is a sign.
    #expect(screen("what is saddle numbness? got it since this morning") == ["saddle-numbness"])
    // A clause after it that says where the term was met keeps it a term; one that says the
    // user has it does not.
    #expect(screen("What is cauda equina syndrome? I read about it online and want to know what to watch for.") == ["hypothetical"])
    #expect(screen("what is saddle numbness? I've had it since I read about it") == ["saddle-numbness"])
    #expect(screen("what is causing numbness in both legs and loss of bladder control").contains("both-legs"))
    #expect(screen("when does the numbness in both legs go away") == ["both-legs"])
    #expect(screen("when do both legs go numb like that") == ["both-legs"])
    // A class of people is someone else's, unless the user is one of it.
    #expect(screen("cancer sufferers like me, is new back pain a worry?") == ["cancer"])
    // What is meant, not a look-alike's words: the mat not well made, liking it lying down.
    #expect(screen("the mat is not very well made and it hurts my back").isEmpty)
    #expect(screen("I like it just as much lying down, my back pain is better").isEmpty)
    #expect(screen("I can't tell if I need to go for 20 or 30 minutes").isEmpty)
    // Asked what it means when it happens to the user, a sign is told: "when I …".
    #expect(screen("what does it mean when I wet myself and my back hurts") == ["bladder-bowel"])
    #expect(screen("what does it mean when both legs go numb") == ["hypothetical"])
    #expect(screen("what would it mean if I lost control of my bladder") == ["hypothetical"])
    #expect(screen("a thunderclap onset of severe pain in my back an hour ago") == ["sudden-severe-unexplained"])
  }

  /// The words of the forty-seventh set's red flags, and the look-alikes a newcomer's
  /// review of them found: a rating, a plan "in a moment" or a pain "for no reason" says
  /// nothing of how a pain began; the mat's own red marks and a swear word are no colour
  /// of urine; "bad in general" asks, "feels off" is a back; a night slept whole is no
  /// night pain; a span of something else, or an event with its own time, dates no event.
  @Test func signsAndLookAlikesFromTheFortySeventhSet() {
    #expect(screen("suddenly a massive pain hit my lower back out of nowhere") == ["sudden-severe-unexplained"])
    #expect(screen("it is painful when I make urine") == ["urinary-infection"])
    #expect(screen("my urine came out pink this morning and my back aches") == ["urine-colour"])
    #expect(screen("new perianal and perineal hypoaesthesia since yesterday") == ["saddle-numbness"])
    #expect(screen("I get massive pain some days for no reason, will the mat help?").isEmpty)
    #expect(screen("doctor said no lifting for now, my pain is 9 out of 10").isEmpty)
    #expect(screen("I'd rate this mat 9/10, relief came on in a moment").isEmpty)
    #expect(screen("my back is bright red after the mat and I need to pee a lot").isEmpty)
    #expect(screen("it is pissing me off that my back comes out red in blotches").isEmpty)
    #expect(screen("is it bad in general to use the mat every day with back pain?").isEmpty)
    #expect(screen("my back feels off today, a bit stiff").isEmpty)
    #expect(screen("my back pain was so much better I slept the whole night").isEmpty)
    #expect(screen("my temperature is right up at 39 and my back aches") == ["fever"])
    #expect(screen("I have had back pain for years and since my fall on Monday it is much worse") == ["fall-or-accident"])
    #expect(screen("I've used the mat for years and since my fall yesterday my back is bad") == ["fall-or-accident"])
  }

  /// The forty-eighth set: a back called crook is no illness; pain that has lasted since
  /// an accident with a time of its own long ago does not make the accident now; and the
  /// look-alikes and signs below.
  @Test func signsAndLookAlikesFromTheFortyEighthSet() {
    #expect(screen("me back's been crook for about five years").isEmpty)
    #expect(screen("my back has been sore since a fall two years ago").isEmpty)
    // A word of the pain coming again ("keeps") before a "since" that counts from the old
    // event is the pain's, not the event's.
    #expect(screen("my back keeps hurting since a fall two years ago").isEmpty)
    #expect(screen("my back has been chronic since a car accident two years ago").isEmpty)
    #expect(screen("I have had back pain since a fall 2 years ago").isEmpty)
    #expect(screen("my back has been sore since a fall this morning") == ["fall-or-accident"])
    #expect(screen("my back has been sore since a fall") == ["fall-or-accident"])
    #expect(screen("my back has been sore since falling off a ladder today") == ["fall-or-accident"])
    // A thing that came down on a hand or a foot, not the user falling on one.
    #expect(screen("a box fell on my foot, ow, anyway can I still use the mat for my back").isEmpty)
    #expect(screen("the drawers fell on my foot").isEmpty)
    #expect(screen("this morning fell on my hand and now my back is killing me") == ["fall-or-accident"])
    #expect(screen("properly fell on my hand at work, back's in bits") == ["fall-or-accident"])
    // A thing that came down on the back is an accident, unless it is the mat itself or
    // lands on the face.
    #expect(screen("a shelf fell on my back yesterday and it still hurts") == ["fall-or-accident"])
    #expect(screen("the mat fell on my back lol").isEmpty)
    #expect(screen("my phone fell on my face while I was scrolling on the mat haha").isEmpty)
    #expect(screen("I fell on my hand") == ["fall-or-accident"])
    #expect(screen("slipped on the ice and fell on my hand") == ["fall-or-accident"])
    // After a fall, the user or the back said to be fine, in the next clause, all that
    // follows asking; not asked, hoped, then, of something else, or with more told after.
    #expect(screen("tripped over the mat in the dark and stubbed my toe haha, back's fine, where's the best place to store it").isEmpty)
    #expect(screen("I tripped over the mat, I'm fine").isEmpty)
    #expect(screen("fell off my bike this morning, am I ok to use the mat?") == ["fall-or-accident"])
    #expect(screen("I slipped on the stairs this morning. Back's killing me. I was fine yesterday.") == ["fall-or-accident"])
    #expect(screen("fell down the stairs yesterday, I'm ok, back hurts a lot though") == ["fall-or-accident"])
    #expect(screen("came off my bike this morning, hope I'm ok, back is sore") == ["fall-or-accident"])
    #expect(screen("fell down the stairs yesterday, is my back ok to go on the mat?") == ["fall-or-accident"])
    #expect(screen("fell off my bike, the bike is fine") == ["fall-or-accident"])
    #expect(screen("I fell off a ladder, I am not fine") == ["fall-or-accident"])
    #expect(screen("I fell down the stairs, my back is killing me but I'm fine") == ["fall-or-accident"])
    #expect(screen("I came off my bike this morning. I felt okay-ish at first but it's getting more painful") == ["fall-or-accident"])
    // A foot that fell asleep explains the pins and needles after it; the user asleep does not.
    #expect(screen("my foot fell asleep at my desk earlier, pins and needles for a sec").isEmpty)
    #expect(screen("I fell asleep on the mat and now my leg is numb") == ["one-leg-numb"])
    #expect(screen("right foot asleep for days now and lower back pain") == ["one-leg-numb"])
    // A diet said in the clause that a weight lost with no subject of its own goes on from.
    #expect(screen("weight's been creeping up so I'm on a diet now, lost 3kg, back's better").isEmpty)
    #expect(screen("my wife's on a diet but I've lost a stone without even trying and my back hurts") == ["weight-loss"])
    #expect(screen("my wife's on a diet, lost a stone without trying, lower back aching") == ["weight-loss"])
    // Cloudy or strong-smelling urine, unless something eaten explains it; a Scots "wee" is small.
    #expect(screen("Wee's really cloudy and smells strong and my back is sore near the kidneys") == ["urinary-infection"])
    #expect(screen("a wee bit of burning on my back after the mat").isEmpty)
    #expect(screen("I get a wee burning when I pee and my back's sore") == ["urinary-infection"])
    #expect(screen("I need a wee and it burns") == ["urinary-infection"])
    // A pain sudden and severe in two words is sudden too, and unlike any before it is the
    // worst-ever pain however it began.
    #expect(screen("sudden massive pain in my lower back when I bent down, never had anything like it in my life") == ["sudden-severe"])
    #expect(screen("sudden massive pain when I bent down").isEmpty)
  }

  /// The forty-ninth set: vehicles that overturned and falls through or onto something
  /// hard; losing one's appetite; and no harm said after an accident, water that explains
  /// going all the time, a week whose wheels fell off, weight lost as planned.
  @Test func signsAndLookAlikesFromTheFortyNinthSet() {
    #expect(screen("Jackknifed the truck last night. Walked away from it but back's killing me today.") == ["fall-or-accident"])
    #expect(screen("Tractor rolled on a slope yesterday, got thrown clear. Back's stiff and sore") == ["fall-or-accident"])
    #expect(screen("Went through a roof onto concrete few hours ago. Back hurts") == ["fall-or-accident"])
    #expect(screen("Feeling sick and off, can't eat much, back sore.") == ["unwell"])
    #expect(screen("wheels fell off my whole week lol, back's tight from stress").isEmpty)
    // (No harm said after an accident, and a drink that would explain going often, are not
    // read: they would also hide the pain told with them and a loss of control.)
    #expect(screen("Rolled the car last night, walked away without a scratch, back's killing me today") == ["fall-or-accident"])
    #expect(screen("I'm on water tablets and I've lost control of my bladder, back pain") == ["bladder-bowel"])
    // Idioms of the new words raise nothing.
    #expect(screen("I was thrown by how much it hurt the first time").isEmpty)
    #expect(screen("my pain went through the floor after using the mat, it's so much better").isEmpty)
    #expect(screen("I jackknifed up off the mat when the spikes hit, is that normal?").isEmpty)
    #expect(screen("I can't eat dairy, can I still use the mat for my back pain?").isEmpty)
    #expect(screen("I'm off sick and off work with my back, how often should I use the mat?").isEmpty)
    #expect(screen("Dropped some weight since I started walking every day, which was the plan. Lower back still niggly.").isEmpty)
    #expect(screen("I can't stop peeing myself and my back hurts") == ["bladder-bowel"])
  }

  /// Signs as learners of English put them, and their look-alikes: a habit said with "used
  /// to" is the old habit, an empty car's crash hurt no one, a zodiac sign or a talk is no
  /// cancer.
  @Test func signsAndLookAlikesFromTheFiftyFirstSet() {
    #expect(screen("I can not pass the urine since this morning, back pain very strong") == ["bladder-bowel"])
    #expect(screen("I can't pass water since last night and my back hurts").contains("bladder-bowel"))
    #expect(screen("from yesterday I am not controlling my pee, it come out alone") == ["bladder-bowel"])
    #expect(screen("now my both leg are without force") == ["both-legs", "weak-leg"])
    #expect(screen("my legs have no strength since this morning") == ["both-legs"])
    #expect(screen("sudden terrible pain in my back out of nowhere, I did nothing") == ["sudden-severe-unexplained"])
    #expect(screen("yesterday I fall on the wet floor on my back and now is hurting more") == ["fall-or-accident"])
    #expect(screen("I wake up with the back pain every night") == ["night-pain"])
    #expect(screen("my pain is only at night when I lie down") == ["night-pain"])
    // A habit told with "used to" was the old one; a habit told as now is now.
    #expect(screen("I used to wake up with back pain every night").isEmpty)
    #expect(screen("I used to wake up every night with the pain but not anymore").isEmpty)
    #expect(screen("I used to have back pain at night every day").isEmpty)
    #expect(screen("I used to run but now I wake up with back pain every night") == ["night-pain"])
    #expect(screen("I used to do yoga, now my legs are numb every day") == ["both-legs"])
    // Being used to it, or a "used to" of something else, is no old habit.
    #expect(screen("I'm used to back pain and I wake up every night with it") == ["night-pain"])
    #expect(screen("I used to do yoga and I wake up every night with back pain") == ["night-pain"])
    // No one else hurt is not the user unhurt, and a doctor's talk about cancer is one.
    #expect(screen("car crash this morning, no one hurt but my back is killing me") == ["fall-or-accident"])
    #expect(screen("my doctor wants to talk about cancer after my scan") == ["cancer"])
    // Look-alikes.
    #expect(screen("my zodiac sign is cancer haha any best day for mat").isEmpty)
    #expect(screen("I can't pass stools since I started codeine for my back").isEmpty)
    #expect(screen("can i just fall alseep on it and stay there all night").isEmpty)
  }

  /// Gym words: steroids injected in slang are injecting; legs like jelly after a long run
  /// and weight lost on a cut are not signs.
  @Test func signsAndLookAlikesFromTheFiftySecondSet() {
    #expect(screen("been pinning test for my cycle, back's hurting, mat ok?") == ["injecting-drugs"])
    #expect(screen("my legs feel like jelly after my long run, mat on the hamstrings ok?").isEmpty)
    #expect(screen("lost 5kg on my cut, feeling great. mat for lower back tightness?").isEmpty)
    #expect(screen("both my legs went weak and numb this morning, I only went for a short walk") == ["both-legs"])
  }

  /// Signs asked with "can I still use the mat if …", rest pain after a denial of its
  /// easing, fragile bones with a back said to be worse; the fall as a season and prices
  /// of mats that fell are no accident.
  @Test func signsAndLookAlikesFromTheFiftyThirdSet() {
    #expect(screen("can i still use the mat if my legs are numb") == ["both-legs"])
    #expect(screen("can i still use the mat if i cant really feel anything down there, like round my bum? started this morning") == ["saddle-numbness"])
    #expect(screen("can i still use the mat tonight?").isEmpty)
    #expect(screen("the back ache never goes away even when I'm resting on the sofa") == ["night-pain"])
    #expect(screen("no pain when I rest").isEmpty)
    #expect(screen("I'm 72 with brittle bones and my back has got worse this week") == ["fragile-bones"])
    #expect(screen("there's an autumn sale on mats right now, worth buying a second one for the fall?").isEmpty)
    #expect(screen("no pain when I wake up at night").isEmpty)
    // Mats that fall can be heavy ones.
    #expect(screen("the gym mats fell on my back") == ["fall-or-accident"])
    #expect(screen("I fell off a ladder this fall, back is sore") == ["fall-or-accident"])
  }

  /// From the fifty-sixth set: a normal temperature outweighs a feared fever; red flags
  /// in words of passing water ("when I peed", "when I go for a wee"), a bowl gone red,
  /// toes gone fuzzy, a twinge with thin bones, agony out of nowhere, pain that moving
  /// does not change; and numbness of diabetes, a cancer check that found nothing, a
  /// cancer nurse at work, leaves that fell and legs dead after leg day are no signs.
  @Test func signsAndLookAlikesFromTheFiftySixthSet() {
    #expect(screen("i think i have a fever, the thermometer says 39.2") == ["fever"])
    #expect(screen("my temp was 36.8 this morning but now I'm burning up with a fever") == ["fever"])
    #expect(screen("bit of blood came out when i peed this morning, back's sore too") == ["urinary-infection"])
    #expect(screen("it kills when i go for a wee, been 3 days, and my back aches") == ["urinary-infection"])
    #expect(screen("toilet bowl went red after i went for a wee, back is sore") == ["urine-colour"])
    #expect(screen("my face went red when i went for a wee in the bushes").isEmpty)
    #expect(screen("my toes feel fuzzy on the left all the time now") == ["one-leg-numb"])
    #expect(screen("on alendronic acid for thin bones, back twinged this week") == ["fragile-bones"])
    #expect(screen("out of nowhere my back went into agony, didnt lift anything, didnt twist") == ["sudden-severe-unexplained"])
    #expect(screen("it hurts most when im just lying there doing nothing, moving doesnt change it") == ["night-pain"])
    #expect(screen("I'm diabetic and since this morning both my legs are weak and keep giving way") == ["both-legs"])
    #expect(screen("they checked me for cancer and it was just a fatty lump, nothing sinister").isEmpty)
    #expect(screen("i work as a cancer nurse and stand all day, back is tight").isEmpty)
    #expect(screen("my cancer nurse says it's fine to use") == ["cancer"])
    #expect(screen("raking up all the leaves that fell in my garden made my back stiff").isEmpty)
    #expect(screen("legs are dead after leg day lol, can i use the mat on my thighs").isEmpty)
    #expect(screen("both my legs feel dead since this morning") == ["both-legs"])
    #expect(screen("had a kidney infection last spring, burning when I peed, fully cleared with antibiotics").isEmpty)
  }

  /// An emergency told of in someone else, happening now, is theirs: a word to get them
  /// help, nothing of the user's. Not when it is over, in care already, told of at work or
  /// in a story, an animal's, or a sign that is no emergency; the user's own comes first.
  @Test func someoneElsesEmergencyNow() {
    #expect(screen("my dad's using the mat for his back and now he's got pain in his chest going into his left arm") == ["theirs:chest-pain"])
    #expect(screen("my wife is on the floor, says her back feels like it's being torn apart, came on suddenly") == ["theirs:sudden-severe"])
    #expect(screen("my husband can't feel his bum right now") == ["theirs:saddle-numbness"])
    #expect(screen("my mum has chest pain and is sweating") == ["theirs:chest-pain"])
    // Asking whether to get help is no help got.
    #expect(screen("my husband has chest pain now. Should I ring an ambulance?") == ["theirs:chest-pain"])
    // A leg, a bladder or both legs too, when now; not a small child's wetting ("my
    // toddler wet himself just now"), nor a chronic one said as such ("he gets chest pain
    // now and then"). A fall gets none: its own answer weighs how bad it is.
    #expect(screen("her left foot is dragging since this morning and she can't stand on tiptoe") == ["theirs:weak-leg"])
    #expect(screen("my husband fell off the ladder this morning, should he use the mat").isEmpty)
    // The time may come a clause or two on, or as "has just"; a doctor who knows has seen to it.
    #expect(screen("housemate cant lift his right foot properly, it just drags. started about an hour ago") == ["theirs:weak-leg"])
    #expect(screen("my flatmate has just wet himself and didnt even notice") == ["theirs:bladder-bowel"])
    #expect(screen("my grandad has wet himself for ages, his doctor knows all about it. he just wants help with his back").isEmpty)
    #expect(screen("my toddler wet himself just now lol").isEmpty)
    #expect(screen("my dad has angina, he gets chest pain now and then").isEmpty)
    // From a second review: a story told, a doctor's word, asthma, childbirth.
    #expect(screen("today my colleague told me about her dad's heart attack last year").isEmpty)
    #expect(screen("my dad had chest pain this morning but the GP says it was indigestion").isEmpty)
    #expect(screen("my wife's chest is tight today from her asthma, she's used her inhaler").isEmpty)
    #expect(screen("my friend had the worst pain of her life today giving birth, baby is fine").isEmpty)
    #expect(screen("my dad is having a heart attack") == ["theirs:chest-pain"])
    // An animal named elsewhere in the line is no animal's sign; a body named after the
    // sign is whose it is.
    #expect(screen("my husband tripped over the dog earlier. now he has chest pain") == ["theirs:chest-pain"])
    #expect(screen("the dog has a sudden tearing pain in his back right now").isEmpty)
    #expect(screen("there's a sudden tearing pain in his back right now") == ["theirs:sudden-severe"])
    // Not now, or seen to, or at work, or in a story.
    #expect(screen("my mum has numbness in her legs, can she use the mat?").isEmpty)
    #expect(screen("my dad had chest pain last week and is in hospital now").isEmpty)
    #expect(screen("my husband's got chest pain today, he's seeing the doctor").isEmpty)
    #expect(screen("one of my patients has saddle numbness today").isEmpty)
    #expect(screen("in the show a character lost feeling in his groin now").isEmpty)
    #expect(screen("my little one wet the bed last night so i was up at 4, mat tonight ok?").isEmpty)
    #expect(screen("my friend's legs went numb after her epidural, years ago now").isEmpty)
    // A clause of nothing but a time counted back dates the one before; any other time
    // clause, or a time said on into the next thought, does not.
    #expect(screen("my legs went numb after my epidural, that was years ago").isEmpty)
    #expect(screen("can't feel my legs and I wet myself, at school") == ["bladder-bowel", "both-legs"])
    #expect(screen("had back surgery years ago now I can't feel my legs") == ["both-legs"])
    #expect(screen("my legs went numb this morning, I had an epidural years ago") == ["both-legs"])
    // An animal's is for a vet; a sign that is no emergency is no word for someone else.
    #expect(screen("my dog can't control his bladder now").isEmpty)
    #expect(screen("my son has a fever today, can he use the mat?").isEmpty)
    // Whose: the body named right after the sign, the sign's own "himself", someone named
    // in a clause of their own before it; and what says it is now for someone else.
    #expect(screen("flatmate just started screaming about a tearing pain in his back") == ["theirs:sudden-severe"])
    #expect(screen("I have a tearing pain in my back") == ["sudden-severe"])
    #expect(screen("my husband just wet himself and didnt feel it").isEmpty)
    #expect(screen("wet herself this morning, didnt even feel it") == ["theirs:bladder-bowel"])
    #expect(screen("I felt a sudden tearing pain into his cot as I lifted my son") == ["sudden-severe"])
    // The user named with them, or sharing it, has it too.
    #expect(screen("me and my wife both have chest pain now") == ["chest-pain"])
    #expect(screen("both me and my husband have had numb legs since this morning") == ["both-legs"])
    #expect(screen("my wife, she's asleep. can't feel legs or bum since this morning") == ["saddle-numbness", "both-legs"])
    #expect(screen("My husband, aged 66, has woken with numbness in the area one would sit upon a saddle") == ["theirs:saddle-numbness"])
    #expect(screen("My husband. I can't feel my legs") == ["both-legs"])
    #expect(screen("my husband has had chest pains for the last 20 minutes and hes gone grey") == ["theirs:chest-pain"])
    #expect(screen("watching casualty and a bloke just lost control of his bowels on screen").isEmpty)
    // The user's own first, and theirs after it.
    #expect(screen("I can't feel my legs and my husband has chest pain right now") == ["both-legs", "theirs:chest-pain"])
    #expect(screen("my wife has chest pain now and so have I") == ["chest-pain"])
  }

  /// A tense's helping verbs stand between a sign's words as one: "has been really".
  @Test func helpingVerbsAreOneGap() {
    #expect(screen("peeing has been really painful since Monday") == ["urinary-infection"])
    #expect(screen("both my legs have been kind of numb all day") == ["both-legs"])
    #expect(screen("both my legs have been numb") == ["both-legs"])
    #expect(screen("peeing has not been painful at all").isEmpty)
  }

  /// From the fifty-ninth set, in other words: signs said as people in a hurry say them.
  @Test func signsFromTheFiftyNinthSet() {
    #expect(screen("can't get my pee to start, stood there for ages, back aches") == ["bladder-bowel"])
    #expect(screen("a horse pinned me against the stable wall and my back is killing me") == ["fall-or-accident"])
    #expect(screen("my wee has gone the colour of strong tea and my side aches") == ["urine-colour"])
    #expect(screen("the ache is worse when i lie still than when i walk about") == ["night-pain"])
    #expect(screen("didn't do anything, but all of a sudden my lower back is in agony") == ["sudden-severe-unexplained"])
    #expect(screen("shivering uncontrollably and my back hurts") == ["fever"])
    // From older sets, in other words: a moment's onset, the loo again and again.
    #expect(screen("sat doing nothing and in one moment the pain in my back is very very strong") == ["sudden-severe-unexplained"])
    #expect(screen("keep needing the toilet and it burns, lower back aches") == ["urinary-infection"])
    // Who the user is, said first, is the user; someone named so is not.
    #expect(screen("Taxi driver - feeling properly ill for days and my back is sore") == ["unwell"])
    #expect(screen("Hockey player here, took a big hit yesterday and my back is agony") == ["fall-or-accident"])
    #expect(screen("the driver - both his legs went numb").isEmpty)
    #expect(screen("Mum of three here - both legs numb since this morning") == ["both-legs"])
    #expect(screen("Lorry driver - legs have gone numb since this morning") == ["both-legs"])
    #expect(screen("my mum - both legs numb since this morning") == ["theirs:both-legs"])
  }

  /// Its look-alikes, in other words: a figure that falls, a story, a test, scales.
  @Test func lookAlikesFromTheFiftyNinthSet() {
    #expect(screen("the price of these mats has fallen since christmas, which one should I get").isEmpty)
    #expect(screen("there's been a big fall in sales of spiky mats apparently").isEmpty)
    #expect(screen("and the cost of diesel has had a fall, finally").isEmpty)
    #expect(screen("a shelf came down and whacked me across the back") == ["fall-or-accident"])
    #expect(screen("the hero in my novel has crushing chest pain in chapter two").isEmpty)
    #expect(screen("the heroine's legs go numb in the story I'm reading").isEmpty)
    #expect(screen("on the ward one patient had a fever, another who had a fall, I'm just tired").isEmpty)
    #expect(screen("GP checked my bloods and urine, all fine. Back's a bit stiff").isEmpty)
    #expect(screen("thought I'd lost weight but the scales were broken, anyway spikes on bare skin?").isEmpty)
    #expect(screen("lost a dress size - all on purpose - will the mat hurt more now").isEmpty)
    #expect(screen("all of a sudden it went from awful pain to total relief").isEmpty)
    #expect(screen("work is crushing me this week, can the mat help me relax").isEmpty)
  }

  /// What the fifty-ninth set's rules must not reach, as a newcomer's review found it.
  @Test func whatTheTwentiethSittingsRulesMustNotReach() {
    // A fall in the snow, or one after "and" with the "I" left out, is a fall.
    #expect(screen("had a fall in the snow") == ["fall-or-accident"])
    #expect(screen("it was dark and fell down the stairs") == ["fall-or-accident"])
    #expect(screen("my bike skidded and had a fall") == ["fall-or-accident"])
    #expect(screen("it's been a month and lost a stone without dieting") == ["weight-loss"])
    #expect(screen("I keep losing weight even though the scales need a battery") == ["weight-loss"])
    // The user who says they are one of them.
    #expect(screen("I'm another who has both legs numb") == ["both-legs"])
    #expect(screen("there's bloods in my urine") == ["urinary-infection", "urine-colour"])
    // A denial goes on past "- or"; a dash with no spaces is a pause too.
    #expect(screen("haven't had any falls - or accidents").isEmpty)
    #expect(screen("no pain—just numbness in my groin") == ["saddle-numbness"])
    // A word that takes it back, in the helping verbs' gap.
    #expect(screen("weeing is rarely painful").isEmpty)
    #expect(screen("it went from intense pain to relief all of a sudden").isEmpty)
    // A part of the body that feels cold asks no question about a chill.
    #expect(screen("my feet always feel cold, will the mat warm them up?").isEmpty)
    #expect(screen("I feel cold and shivery and my back aches") == ["ask:shivery-fever"])
  }

  /// What the sixtieth set's people typed: a change told with "gone", a sign that outlasts
  /// its harmless cause, one that passed a while after, and another's emergency happening.
  @Test func signsFromTheSixtiethSet() {
    // Gone to a state is a change, not an end; gone on its own is over.
    #expect(screen("sitting up with my grandad tonight, he has a tearing pain in his back, and he's gone pale") == ["theirs:sudden-severe"])
    #expect(screen("my foot went numb on the mat but it's gone").isEmpty)
    #expect(screen("the numbness in my groin is gone now").isEmpty)
    // A harmless cause outlasted by hours told of "it", unless it is then said to be over.
    #expect(screen("after deadlifts both my legs went numb and it's been 4 hours") == ["both-legs"])
    #expect(screen("after squats my legs were like jelly, it's been a day and they're fine").isEmpty)
    #expect(screen("after deadlifts both my legs went numb").isEmpty)
    // Well again a while after is over; well and then a sign later is not.
    #expect(screen("my groin went numb on the ride, fine a few minutes later").isEmpty)
    #expect(screen("bum went numb on the ride, it always does, fine ten minutes after").isEmpty)
    #expect(screen("my groin went numb, I was fine but ten minutes later it came back") == ["saddle-numbness"])
    #expect(screen("my groin went numb on the ride, I was fine but an hour later I had to stop") == ["saddle-numbness"])
    // Not feeling either leg is feeling neither.
    #expect(screen("I can't feel either leg") == ["both-legs"])
    // Someone else's emergency: clutching the chest, or asking what to do, is now.
    #expect(screen("my husband is lying on the mat clutching his chest, he says the pain is crushing") == ["theirs:chest-pain"])
    #expect(screen("my husband has crushing chest pain, what do I do") == ["theirs:chest-pain"])
    #expect(screen("my husband has chest pain when he walks fast, the doctor already checked him").isEmpty)
  }

  @Test func lookAlikesFromTheSixtiethSet() {
    // Tackling as the game is played is no tackle taken; a crash watched is no crash had.
    #expect(screen("I'm just sore from tackling, mat ok?").isEmpty)
    #expect(screen("got tackled at rugby today and now my back is killing me") == ["fall-or-accident"])
    #expect(screen("watched the Tour de France crash on TV, riders everywhere").isEmpty)
    #expect(screen("saw a crash in the film").isEmpty)
    // The gym's scales are no purpose; the gym itself is.
    #expect(screen("the gym scales say I've dropped 5kg in two months") == ["weight-loss"])
    #expect(screen("I started the gym and I've lost 5kg").isEmpty)
    #expect(screen("I was really ill last year with flu, back's fine now").isEmpty)
    // Wasting what one has is an idiom; to chill somewhere is to relax; a child or an
    // alarm waking the user is no night pain.
    #expect(screen("does it do anything for stiffness or am I wasting my evenings").isEmpty)
    #expect(screen("my leg muscles are wasting") == ["weight-loss"])
    #expect(screen("can i chill on it in the bath").isEmpty)
    #expect(screen("I've got chills and my back aches") == ["fever"])
    #expect(screen("the wee one wakes me at 2 and 5, my back hurts when I lift the car seat").isEmpty)
    #expect(screen("my back pain wakes me every night") == ["night-pain"])
  }

  @Test(arguments: [
    ("after every session this week I feel properly ill, washed out for hours", "unwell"),
    ("back throbs like a toothache when I lie still in bed", "night-pain"),
    ("my immune system is basically on the floor", "weak-immune"),
    ("I'm on long-term steroids for my lungs", "weak-immune"),
    ("I've got von Willebrand disease", "blood-thinners"),
  ])
  func signsInEverydayWordsFromTheSixtiethSet(line: String, sign: String) {
    #expect(screen(line) == [sign])
  }

  /// What the sixty-first set's people typed: an emergency at work that happens before the
  /// user, a cause said as what follows, and signs said in passing.
  @Test func signsAndLookAlikesFromTheSixtyFirstSet() {
    // At work: told to get help only when it happens before the user.
    #expect(screen("My client on the mat just gasped and said it's a tearing pain in her back, the worst she's ever felt, started a minute ago.") == ["theirs:sudden-severe"])
    #expect(screen("Coaching a client right now and he's clutching his chest saying it hurts, he's gone pale.") == ["theirs:chest-pain"])
    #expect(screen("I'm a GP and I had a patient with sudden tearing back pain today").isEmpty)
    #expect(screen("a patient of mine had chest pain this morning").isEmpty)
    // A cause said as what follows from the sign explains nothing; said as its cause, it does.
    #expect(screen("I'm running a fever today so don't want to lie on the cold floor") == ["fever"])
    #expect(screen("I got chills from the cold floor").isEmpty)
    #expect(screen("it hurts every time I pass water") == ["urinary-infection"])
    #expect(screen("I've got brittle bones, but it's probably just a pulled muscle in my back") == ["fragile-bones"])
    // Waste is no wasting; a storyline is a story.
    #expect(screen("I read a news story about hospital waste and it got me thinking").isEmpty)
    #expect(screen("I'm wasting away") == ["weight-loss"])
    #expect(screen("Watching Casualty last night with a chest-pain storyline").isEmpty)
    // A role opening the line, bare, is the user saying who they are; a parent by their
    // children needs no rule of its own ("mum of twins" names no one else).
    #expect(screen("Jockey: both legs gone numb since this morning") == ["both-legs"])
    #expect(screen("Mum of twins: both legs gone numb since this morning") == ["both-legs"])
    // As a newcomer's review found them: what those rules must not reach.
    #expect(screen("I just had a chest pain episode on the mat") == ["chest-pain"])
    #expect(screen("My dad collapsed clutching his chest, I checked him and he's grey") == ["theirs:chest-pain"])
    #expect(screen("She's having crushing chest pain right now and she's never had it before") == ["theirs:chest-pain"])
    #expect(screen("I'm a student, my dad is clutching his chest and sweating") == ["theirs:chest-pain"])
    #expect(screen("my pupil just collapsed clutching his chest") == ["theirs:chest-pain"])
    #expect(screen("I've noticed muscle wasting a bit in my left calf") == ["weight-loss"])
    #expect(screen("I've gone much thinner lately without trying") == ["weight-loss"])
    #expect(screen("Fell off my horse in the show ring this morning, back's agony") == ["fall-or-accident"])
    #expect(screen("back pain wakes me every night hours before my alarm") == ["night-pain"])
    #expect(screen("got tackled to the ground at rugby today, back is agony") == ["fall-or-accident"])
    #expect(screen("I feel really ill, so hungover").isEmpty)
    #expect(screen("after deadlifts my legs went numb, it's been numb for 4 hours") == ["both-legs"])
    // A thinner layer is no thinner body; a mat sold to help lose weight is a claim.
    #expect(screen("Should I go thinner or straight onto skin?").isEmpty)
    #expect(screen("I'm getting thinner and my back hurts") == ["weight-loss"])
    #expect(screen("an advert says the mat helps you lose weight").isEmpty)
  }

  /// What the sixty-second set's people typed: signs told by what they stop people doing,
  /// in metaphors, and claims and sports that are no sign.
  @Test func signsAndLookAlikesFromTheSixtySecondSet() {
    #expect(screen("couldn't tell I'd wet myself until I stood up off the mat just now") == ["bladder-bowel"])
    #expect(screen("I couldn't tell I'd like it so much").isEmpty)
    #expect(screen("out of nowhere my back went like a knife, I wasnt lifting or anything") == ["sudden-severe-unexplained"])
    #expect(screen("wee went a deep red yesterday and still is, haven't eaten beetroot") == ["urine-colour"])
    #expect(screen("weeing feels like passing glass") == ["urinary-infection"])
    #expect(screen("the spikes feel like glass on my back").isEmpty)
    #expect(screen("a podcast said acupressure mats cure cancer, is that true?").isEmpty)
    #expect(screen("I have cancer, can the mat cure cancer?") == ["cancer"])
    #expect(screen("lost 2kg since I started swimming, does the mat help with recovery too?").isEmpty)
  }

  /// What the sixty-third set's people typed: signs said in broken English or by their
  /// classic telling, a sign back after it was explained, and alarming words in other senses.
  @Test func signsAndLookAlikesFromTheSixtyThirdSet() {
    #expect(screen("When I wipe after the loo it feels like I'm wiping someone else's bottom.") == ["saddle-numbness"])
    #expect(screen("feel awful all over") == ["unwell"])
    #expect(screen("the pain is coming in night when I sleeping and not go away when I lie still") == ["night-pain"])
    #expect(screen("my back hurts when I lie still on the mat, is that normal?").isEmpty)
    #expect(screen("an hour ago I got a sudden stabbing pain like nothing before, no reason") == ["sudden-severe"])
    #expect(screen("sudden come very strong pain in back, like never before in my life") == ["sudden-severe"])
    // Long past, but back now.
    #expect(screen("chest pain last year was just heartburn, but right now it's back and squeezing") == ["chest-pain"])
    #expect(screen("I had chest pain last year").isEmpty)
    // Over, said with "now" first.
    #expect(screen("I fell off my bike last year but now all good").isEmpty)
    #expect(screen("a fallen tree is blocking my road, can I use the mat on my lunch break?").isEmpty)
    #expect(screen("the stock market had a huge crash and my back is tense from stress").isEmpty)
    #expect(screen("work has been at a feverish pace, my back's tight from the desk").isEmpty)
    #expect(screen("I fell over a fallen branch and hurt my back") == ["fall-or-accident"])
    // "Without meaning to" is a bladder's only with the bladder named; "not … myself" of
    // what one did is no feeling unwell.
    #expect(screen("I keep holding my breath without meaning to, is that going to ruin the session?").isEmpty)
    #expect(screen("I wee without meaning to") == ["bladder-bowel"])
    #expect(screen("My back is covered in little red dents, please tell me I haven't hurt myself").isEmpty)
    #expect(screen("not myself lately and my back aches") == ["unwell"])
    // A pet on the chest is no chest pain; an elephant "sitting on my chest" is.
    #expect(screen("my cat even sits on my chest while I'm on it").isEmpty)
    #expect(screen("it feels like an elephant sitting on my chest") == ["chest-pain"])
  }

  /// What the sixty-fourth set's people typed: a sign asked about in general and then
  /// confirmed, a temperature read in the next clause, drinks the colour of blood, and
  /// long-known leaks and parts of the back that are no sign.
  @Test func signsAndLookAlikesFromTheSixtyFourthSet() {
    #expect(screen("is losing control of your bladder a warning sign? because I just did, never happened before") == ["bladder-bowel"])
    #expect(screen("do red flags include pain that doesnt go when you rest? because mine doesnt, day or night") == ["night-pain"])
    #expect(screen("is losing control of your bladder a warning sign?") == ["hypothetical"])
    #expect(screen("is losing control of your bladder a warning sign? because I haven't") == ["hypothetical"])
    #expect(screen("temps been going up and down since sunday, 38.4 this morning, back is killing me") == ["fever"])
    #expect(screen("temps been up and down since sunday, 36.9 this morning").isEmpty)
    #expect(screen("my wee looks like ribena, is that anything to do with my back?") == ["urine-colour"])
    #expect(screen("my back just went twang and it's like being torn in half, worst ever") == ["sudden-severe"])
    #expect(screen("my back pain came on suddenly really bad out of nowhere an hour ago, sharper than anything ever")
      == ["sudden-severe", "sudden-severe-unexplained"])
    #expect(screen("my dad's here and just clutched his chest saying its really tight") == ["theirs:chest-pain"])
    #expect(screen("my back bits feel all tingly and warm after the mat, right where the spikes were") == ["answered:tingling-where"])
    #expect(screen("my bladder's been rubbish since I had the kids, always leak a bit when I sneeze, nothing new").isEmpty)
    #expect(screen("my feet went totally dead sitting crosslegged on the mat reading").isEmpty)
    // Everyday breathlessness, and praise of the mat, are no emergency; a pain like one's
    // back ripped open is.
    #expect(screen("what's the breathing thing you're supposed to do? I get a bit puffed").isEmpty)
    #expect(screen("My grandad had a terrible back, never had anything like this. What even is it?").isEmpty)
    #expect(screen("since I wake up I have the pain like someone rip my back open") == ["sudden-severe"])
  }

  /// What the sixty-fifth set's people typed: a sign while taking a medicine, a sign in
  /// someone else's life, clinicians' amounts, and rides, sittings and a pound or two that
  /// are no sign.
  @Test func signsAndLookAlikesFromTheSixtyFifthSet() {
    #expect(screen("Might I ask whether I may use the mat while taking medication that suppresses my immune system?") == ["weak-immune"])
    #expect(screen("unintentional 6 kg weight loss over two months plus back ache") == ["weight-loss"])
    #expect(screen("my husband has just collapsed onto the floor with the most severe back pain of his life") == ["theirs:sudden-severe"])
    #expect(screen("my mum has just tripped over the dog and is in the worst pain of her life") == ["theirs:sudden-severe"])
    #expect(screen("my bum goes numb on long bike rides and comes back when I stop").isEmpty)
    #expect(screen("drove six hours yesterday and my bum went numb in the car but it was fine once I got out").isEmpty)
    #expect(screen("got on my bike this morning and couldn't feel the saddle at all between my legs, and my back's been bad all week")
      == ["saddle-numbness"])
    #expect(screen("my feet go numb wen i sit crossleged on it, normal?").isEmpty)
    #expect(screen("maybe I lost a pound or two over Christmas, back's stiff").isEmpty)
    #expect(screen("can I just crash on it all night or is that dumb").isEmpty)
    // A term asked about that someone mentioned is no report of it.
    #expect(screen("what's cauda equina syndrome? my physio mentioned it as something to look out for") == ["hypothetical"])
  }

  /// What the sixty-sixth set's people typed: a sign told by what cannot be done, a
  /// reading a few words on, a cause in the clause before, a sign taken back at once.
  @Test func signsAndLookAlikesFromTheSixtySixthSet() {
    #expect(screen("I can't take a deep breath without a pressing pain right in the middle of my chest") == ["chest-pain"])
    #expect(screen("since Tuesday my temperature keeps creeping up to 38 and then dropping again, back aching") == ["fever"])
    #expect(screen("thought I had a fever but the thermometer said 36.8, so no").isEmpty)
    #expect(screen("since monday I cant tell if my bladder's empty") == ["bladder-bowel"])
    #expect(screen("can't push up onto my tiptoes on the right foot any more") == ["weak-leg"])
    #expect(screen("went arse over tit down the garden steps this morning") == ["fall-or-accident"])
    // A measure of a thing is no weight lost.
    #expect(screen("lost a stone of dignity getting up off it").isEmpty)
    #expect(screen("lost a stone in a month without trying") == ["weight-loss"])
    // A cause in the clause before explains, unless the sign is dated now or a "but" turns.
    #expect(screen("I did 200 squats yesterday, thighs are jelly").isEmpty)
    #expect(screen("did squats yesterday, today both legs are numb") == ["both-legs"])
    #expect(screen("feel like I've got a hangover but I haven't drunk anything, just unwell all over, with back pain") == ["unwell"])
    // A sign asked and answered "no" at once, with its cause.
    #expect(screen("blood in my wee? no, it was beetroot, cleared the next day").isEmpty)
    #expect(screen("there's blood in my pee") == ["urine-colour"])
    // A trip stopped short of the ground, and a fall taken back.
    #expect(screen("I tripped on the rug but caught myself").isEmpty)
    #expect(screen("I fell - well no, I tripped on the rug but caught myself on the table").isEmpty)
    #expect(screen("both legs went numb, no wait, it was only my arm").isEmpty)
    #expect(screen("I slipped on ice and did not fall but both legs went numb") == ["both-legs"])
    #expect(screen("I wouldn't say it's the worst pain ever, just annoying, 4 out of 10").isEmpty)
  }

  /// What the sixty-seventh set's people typed: signs asked about in general, words of
  /// signs from work, a fever over and done with, formal and learners' words for signs.
  @Test func signsAndLookAlikesFromTheSixtySeventhSet() {
    #expect(screen("does fever with back pain usually mean an infection?") == ["hypothetical"])
    #expect(screen("can sciatica make your leg tingle?") == ["hypothetical"])
    #expect(screen("is blood in the urine ever linked to back problems?") == ["hypothetical"])
    #expect(screen("is my leg numb because of the mat?") == ["one-leg-numb"])
    #expect(screen("is this numbness in my legs serious?") == ["both-legs"])
    #expect(screen("Can't feel legs.") == ["both-legs"])
    #expect(screen("ambulance crew, we had four chest pain calls tonight. my lower back is tight from the stretcher").isEmpty)
    #expect(screen("I'm a nurse and I test urine for blood all day").isEmpty)
    #expect(screen("I had a fever last year but now I'm fine").isEmpty)
    #expect(screen("Kindly be advised that sensation around my anus and genitals has been absent since this morning.")
      == ["saddle-numbness"])
    #expect(screen("I have experienced an unexplained loss of eight kilograms over the past quarter") == ["weight-loss"])
    #expect(screen("I am feeling not well in all the body, tired and bad, since monday") == ["unwell"])
    #expect(screen("an abrupt and excruciating pain in my lower back, arising without any provocation") == ["sudden-severe-unexplained"])
    // A purpose denied is no loss denied; a purpose itself denied stays so.
    #expect(screen("I'm not losing weight on purpose") == ["weight-loss"])
    #expect(screen("I've lost about a stone since the summer and I haven't been dieting or exercising any more than usual")
      == ["weight-loss"])
  }

  /// What the sixty-eighth set's people typed: a temperature with its scale, the weather's
  /// degrees, weight down by a number, a scuffing toe, and idioms of fever and feet.
  @Test func signsAndLookAlikesFromTheSixtyEighthSet() {
    #expect(screen("101.5F last night, lower back aching, do i use the mat or not") == ["fever"])
    #expect(screen("it's 38 degrees here in summer, can I use the mat outside on the patio?").isEmpty)
    #expect(screen("36.9c, fine").isEmpty)
    #expect(screen("down 12 lb since march and i havent been dieting at all") == ["weight-loss"])
    #expect(screen("lost 3 kg in sweat during the half marathon lol, back by dinner").isEmpty)
    #expect(screen("my wife reckons I've started scuffing my right toe when I walk") == ["weak-leg"])
    #expect(screen("my partner says I've got a fever for this mat, I'm on it every night lol").isEmpty)
    #expect(screen("should I be worried I've had a fever for two days with this back pain?") == ["fever"])
    #expect(screen("my sister keeps saying I'm dragging my feet about starting").isEmpty)
    #expect(screen("my riding instructor had a fall last week and hurt her back, could the mat help her?").isEmpty)
  }

  /// A temperature to the tenth with no scale, opening its clause: a reading when it is
  /// alone or a word of when follows, and not a count with its unit or a number said within
  /// a clause.
  @Test func aBareTemperatureToTheTenth() {
    #expect(screen("38.6 this morning") == ["fever"])
    #expect(screen("back aching all day. 39.1") == ["fever"])
    #expect(screen("102.4 last night, should I skip the mat?") == ["fever"])
    #expect(screen("37.2 this morning").isEmpty)
    #expect(screen("38.5 weeks pregnant, can I use it?") == ["pregnancy"])
    #expect(screen("38.5 degrees outside today, can I use the mat in the garden?").isEmpty)
    #expect(screen("I lie on it for 38.5 minutes").isEmpty)
  }

  /// What the sixty-ninth set's people typed: a sign the mat should ease or a question
  /// asked "if" it is had, a fall after which one asks, injecting that is long over or goes
  /// on, a clinician's "afebrile", a typo in whose it is, and fragile bones in other words.
  @Test func signsAndLookAlikesFromTheSixtyNinthSet() {
    #expect(screen("will the mat help the numbness in my right foot?") == ["one-leg-numb"])
    #expect(!screen("can the mat cause numbness in your foot?").contains("one-leg-numb"))
    #expect(screen("is it safe to use if it stings when I pee?") == ["urinary-infection"])
    #expect(screen("can I go on the mat after falling down the stairs this morning?") == ["fall-or-accident"])
    #expect(screen("I dropped the mat down the stairs").isEmpty)
    #expect(screen("used to inject drugs in my twenties, clean for fifteen years now").isEmpty)
    #expect(screen("used to use heroin, still do sometimes tbh, back hurting loads") == ["injecting-drugs"])
    #expect(screen("been injecting for a few years, the past week my back has been agony") == ["injecting-drugs"])
    #expect(screen("fell off a ladder years ago, still sore").isEmpty)
    #expect(screen("afebrile all week, just the usual ache").isEmpty)
    #expect(screen("my husbnd has the chills, can he use my mat").isEmpty)
    #expect(screen("I've got osteoporosis and my lower back has flared up") == ["fragile-bones"])
    #expect(screen("at 81 my bones are like paper and I felt something go in my back when I bent down") == ["fragile-bones"])
    #expect(screen("after my session I couldn't get to the loo in time, I've never had that") == ["bladder-bowel"])
    #expect(screen("I'm 77 and my back pain came on suddenly tonight, like nothing I've ever had") == ["sudden-severe"])
  }

  /// What the seventieth set's people typed: signs typed for the mat's user, slang and
  /// vivid pain, a sign of today that passed, one gone in a second, a temperature said
  /// roughly, and more to drink explaining a busy bladder.
  @Test func signsAndLookAlikesFromTheSeventiethSet() {
    #expect(screen("typing for my mum who uses the mat: she's had a temperature and chills for two days") == ["fever"])
    #expect(screen("carer typing on behalf of the client who uses the mat: he reports chest pain going down his left arm") == ["chest-pain"])
    #expect(screen("my husband has the chills, can he use my mat").isEmpty)
    #expect(screen("is it safe for someone with a weak immune system? asking for my aunt who's on chemo").isEmpty)
    #expect(screen("it's like a hot knife in my spine, started for no reason an hour ago") == ["sudden-severe-unexplained"])
    #expect(screen("pain behind the old ticker, heavy and squeezing, started about ten minutes ago") == ["chest-pain"])
    #expect(screen("both legs about half as strong as normal since this morning") == ["both-legs"])
    #expect(screen("haven't been able to feel my groin for 2 or 3 hours") == ["saddle-numbness"])
    #expect(screen("lost control of my bladder once this morning, it's been fine since but that's never happened before") == ["bladder-bowel"])
    #expect(screen("both legs went numb last year, gone now").isEmpty)
    #expect(screen("had chest pain an hour ago, fine now") == ["chest-pain"])
    #expect(screen("crushing chest pain earlier, feel fine now") == ["chest-pain"])
    #expect(screen("had chest pain 3 weeks ago, fine now").isEmpty)
    #expect(screen("lost feeling in my foot for a second when I stood up, fine straight away after").isEmpty)
    #expect(screen("39ish this morning and my back's aching too") == ["fever"])
    #expect(screen("I'm 39ish and new to this").isEmpty)
    #expect(screen("I had the chills once, years ago, when I had a kidney infection, nothing since").isEmpty)
    #expect(screen("something ripped in my back when i bent over and its agony, nothing like my usual stiffness") == ["sudden-severe"])
    #expect(screen("the waterworks are busier since I started drinking loads of water after sessions").isEmpty)
  }

  /// What the seventy-first set's people typed: unwell for days with no pain named, a
  /// sign told late "if I'm honest", thrown by a horse, pain worst lying down, and
  /// look-alikes of tired legs, a teammate's fall and an old tackle.
  @Test func signsAndLookAlikesFromTheSeventyFirstSet() {
    #expect(screen("not feverish but I just feel awful, washed out and off my food since the weekend") == ["unwell"])
    #expect(screen("if I'm honest I've just felt poorly for a fortnight, no energy, off my food") == ["unwell"])
    #expect(!screen("what if I felt poorly for a fortnight").contains("unwell"))
    #expect(screen("felt poorly for a few days with a cold, back fine").isEmpty)
    #expect(screen("Last month I had a bout of flu and felt rough for a week, but that's long over").isEmpty)
    #expect(screen("no leg problems, no bladder trouble, but the pain is worst lying down at night") == ["night-pain"])
    #expect(screen("thrown by my horse yesterday, back's agony") == ["fall-or-accident"])
    #expect(screen("too knackered to go up to bed after a double shift, legs feel heavy and tired").isEmpty)
    #expect(screen("my teammate went over on his bike and hurt his back, can he use the mat?").isEmpty)
    #expect(screen("got tackled hard in training last season, got up fine and never had any bother since").isEmpty)
    #expect(screen("got tested for osteoporosis and it came back fine, yay. so spikes are ok?").isEmpty)
    // The mat as the means of losing weight is a purpose; since starting it only dates it.
    #expect(screen("can I lose weight with it?").isEmpty)
    #expect(screen("lost weight since I started using the mat") == ["weight-loss"])
    // Asked what it may do or helps with, of a sign by name, is no report; legs weak from
    // the gym are explained.
    #expect(!screen("will it make my legs numb?").contains("both-legs"))
    #expect(!screen("does it help with night pain?").contains("night-pain"))
    #expect(screen("can the mat help with my numb legs") == ["both-legs"])
    #expect(screen("my legs are weak from the gym").isEmpty)
    // A jab explains a temperature, a catheter a bladder, and a class is no fall.
    #expect(screen("is it ok to use with a bit of a temperature from my jab?").isEmpty)
    #expect(screen("can I use the mat with a catheter?").isEmpty)
    #expect(screen("the nurse put a catheter in last night because I couldn't go, can I use the mat?") == ["bladder-bowel"])
    #expect(screen("I have a fall prevention class later").isEmpty)
    #expect(screen("I had a fall this morning, my fall risk is high") == ["fall-or-accident"])
    // The shiver of relaxing, and a sign seen at work, are no signs.
    #expect(screen("the mat gave me goosebumps and chills of relaxation").isEmpty)
    #expect(screen("I'm a nurse and see cauda equina all the time, is the mat safe for my patients").isEmpty)
    #expect(screen("I think I have cauda equina") == ["bladder-bowel"])
  }

  /// What the seventy-second set's people typed: a sign back "now again", weight lost for a
  /// reason given after it or only likened to a diet, a short course of steroids, the star
  /// sign, gym slang and idioms, and signs found with a pot, a blood count or a report.
  @Test func signsAndLookAlikesFromTheSeventySecondSet() {
    // Gone, and back: "now again" in a clause of no one's is the sign again; "fine again now" is not.
    #expect(screen("had a temperature on monday, went away, now again tonight") == ["fever"])
    #expect(screen("had a temperature on monday, went away, fine again now").isEmpty)
    // A reason given after the loss is its purpose; one only likened to is not.
    #expect(screen("lost a bit of weight, because I've been walking to work every day and cut out crisps").isEmpty)
    #expect(screen("lost 6kg, because I've been so stressed") == ["weight-loss"])
    #expect(screen("lost 6kg in a month like I'm on a diet, but I'm not dieting") == ["weight-loss"])
    #expect(screen("crash diet before the wedding, lost 4 pounds, back's fine just tight").isEmpty)
    #expect(screen("lost weight after my divorce, put it all back on since lol").isEmpty)
    // Gone within a time is over; a short course of steroids weakens nothing for long.
    #expect(screen("numb groin after a 100 mile sportive, gone within 20 mins of getting off the bike").isEmpty)
    #expect(screen("had a 5 day course of prednisolone for my asthma back in 2017").isEmpty)
    #expect(screen("I've been on prednisolone for 2 years for my lungs") == ["weak-immune"])
    // Other senses: the star sign, a workout done well, fun injected, a mat that helps one chill.
    #expect(screen("my horoscope says Cancers should rest their backs this week haha").isEmpty)
    #expect(screen("smashed leg day at the gym, legs are dead lol, mat tonight?").isEmpty)
    #expect(screen("I'm injecting a bit of fun into my routine by doing the mat with my partner").isEmpty)
    #expect(screen("the mat helps me chill").isEmpty)
    #expect(screen("my smartwatch flagged a fall but I'd just knocked it off the bedside table").isEmpty)
    // Signs found with a sample pot, a blood count, a scan report or a tape measure.
    #expect(screen("the urine sample pot is red like blood") == ["urine-colour"])
    #expect(screen("blood test shows my white count is really low, they said neutropenic") == ["weak-immune"])
    #expect(screen("MRI report mentions a lesion suspicious for metastasis in my spine") == ["cancer"])
    #expect(screen("tape measure says my waist is down 4 inches and I'm not dieting") == ["weight-loss"])
    #expect(screen("my bladder's full but I can't get anything out, been trying for hours") == ["bladder-bowel"])
    #expect(screen("back pain came on suddenly, nothing I did set it off, it's severe") == ["sudden-severe-unexplained"])
    // An amount before a particle is an amount moved, not a person knocked off.
    #expect(screen("actually knocked 5 off that recently").isEmpty)
    #expect(screen("got knocked off my bike") == ["fall-or-accident"])
    #expect(screen("lost 4 pounds without trying") == ["weight-loss"])
  }

  /// What the seventy-third set's people typed: a child by their age, a negative test said
  /// as an aside, prickling from the spikes sat on, a fall saved by the banister, a leak
  /// long known, and a fall told as going down on hard ground.
  @Test func signsAndLookAlikesFromTheSeventyThirdSet() {
    #expect(screen("my 4 year old wet the bed again last night, I'm knackered and my back hurts from carrying him").isEmpty)
    #expect(screen("had an HIV test for a new partner, negative, back's sore from the gym").isEmpty)
    #expect(screen("had an HIV test, positive, on meds now") == ["weak-immune"])
    #expect(screen("my bum cheeks prickle when I sit on the mat, is that ok").isEmpty)
    #expect(screen("missed the bottom step but caught the banister, didn't fall, just gave me a fright").isEmpty)
    #expect(screen("cant hold my wee when i laugh 2 hard 😂 been like that since kids").isEmpty)
    #expect(screen("had a funny turn, went down on the patio an hour ago and hit my head, back sore") == ["fall-or-accident"])
    // Sleep lost is night pain only said with the pain.
    #expect(screen("used it before bed and was totally wired, couldnt sleep at all").isEmpty)
    #expect(screen("my back is killing me, can't sleep at all") == ["night-pain"])
    #expect(screen("my dog wakes me at 6am").isEmpty)
    #expect(screen("the pain wakes me at 3am every night") == ["night-pain"])
  }

  @Test func signsAndLookAlikesFromTheSeventyFourthSet() {
    // Pain that stops the body, struck from nowhere.
    #expect(screen("out of the blue my back went and now I'm stuck on the floor, can't get up") == ["sudden-severe-unexplained"])
    // Caught between two things; a test's infection; a loss a clinician wants looked into.
    #expect(screen("my back got crushed between a forklift and the racking this afternoon") == ["fall-or-accident"])
    #expect(screen("the GP rang, my blood test shows an infection, and my lower back is agony") == ["fever"])
    #expect(screen("they're investigating my weight loss at the hospital and my back aches all day") == ["weight-loss"])
    // Similes and journeys, no weight and no fall.
    #expect(screen("slept like a stone after my session last night").isEmpty)
    #expect(screen("dropped like a stone and a half since summer, not trying, back aching") == ["weight-loss"])
    #expect(screen("booked a day trip for saturday so I'll do the mat on sunday").isEmpty)
    // What would only matter if it spread supposes the spreading.
    #expect(screen("my GP said numbness would only be a worry if it went into both legs, and it hasn't") == ["hypothetical"])
    #expect(screen("numbness in my back and if I sit long it goes into both legs") == ["both-legs"])
    // Not a "would" before the sign, nor one whose "if" a contrast follows: told.
    #expect(screen("should I be worried that I get numbness if I sit for long and it goes down both legs") == ["both-legs"])
    #expect(screen("GP said the numbness would ease if I stayed active but it spreads down both legs when I walk") == ["both-legs"])
    // A typo whose other reading is part of the safety word: "asleap" is "asleep".
    #expect(screen("fell asleap on the mat last night lol").isEmpty)
  }

  @Test func signsAndLookAlikesFromTheSeventyFifthSet() {
    // Someone else who only saw it: the sign is the user's, named after it.
    #expect(screen("my wife spotted blood in the toilet after I'd been to the loo") == ["urine-colour"])
    #expect(screen("my wife spotted blood on her toothbrush").isEmpty)
    // Pain however one lies, coming with lying down; not pain that goes then.
    #expect(screen("my lower back hurts no matter how i lie, even in bed") == ["night-pain"])
    #expect(screen("the ache comes on the minute I lie down and stays all night") == ["night-pain"])
    #expect(screen("my back ache goes as soon as I lie down, is that normal?").isEmpty)
    // A restless partner or the light that wakes one is no night pain.
    #expect(screen("my partner tosses and turns and wakes me, so I'm shattered").isEmpty)
    // Unable to empty, though full; parts likened to a limb gone to sleep.
    #expect(screen("I feel full but nothing comes when I try to pee, and my back is agony") == ["bladder-bowel"])
    #expect(screen("my privates feel like they've gone to sleep since this afternoon") == ["saddle-numbness"])
  }

  @Test func signsAndLookAlikesFromTheSeventySixthSet() {
    // Thin bones are the sign on their own; steroids or "brittle" alone are not.
    #expect(screen("the dexa scan says osteoporosis") == ["fragile-bones"])
    #expect(screen("I have osteoporosis. Is the acupressure mat safe for my back?") == ["fragile-bones"])
    #expect(screen("my nails are brittle lately").isEmpty)
    #expect(screen("steroid cream for my eczema, can I use the mat").isEmpty)
    #expect(screen("I'm on steroids for asthma and my back aches").contains("fragile-bones"))
    // Bones tested, or thin bones as a kind of body asked about, are no one's.
    #expect(screen("the doctor checked me for osteoporosis and my bones are fine").isEmpty)
    #expect(screen("is the mat too harsh for fragile bones?").isEmpty)
    #expect(screen("is it too harsh for my fragile bones?") == ["fragile-bones"])
    #expect(screen("I look after a gentleman with osteoporosis; he's curious about the mat.").isEmpty)
    // A "would" before an "if" in the past imagines; a time said tells.
    #expect(screen("would it be dangerous to use the mat if I had osteoporosis?") == ["hypothetical"])
    #expect(screen("can I use it if I have osteoporosis") == ["fragile-bones"])
    #expect(screen("would the mat be ok if I had a fever yesterday") == ["fever"])
    // Contraindications listed, "e.g." read as one word: asked in general.
    #expect(screen("which contraindications do you list for the mat, e.g. osteoporosis or anticoagulation?") == ["hypothetical"])
    // A word of three letters mistyped is read only where it completes a phrase.
    #expect(screen("cant fel my legs propaly, both of em") == ["both-legs"])
    #expect(screen("i fel off the ladder") == ["fall-or-accident"])
    #expect(screen("fel a bit odd after").isEmpty)
    // A typo read lets its neighbour be read.
    #expect(screen("feel realy unwel all ova") == ["unwell"])
    // A heart broken by a loss is no chest pain.
    #expect(screen("this back pain is breaking my heart, i miss running").isEmpty)
    // A purpose told in a clause going on with the same subject.
    #expect(screen("lost 2kg over 3 months, been cutting out sugar on purpose").isEmpty)
    #expect(screen("lost 2kg over 3 months, no idea why") == ["weight-loss"])
    // A rough amount of time is as a number; "not felt right" told of oneself is unwell.
    #expect(screen("been feeling ill and run down for about three weeks straight") == ["unwell"])
    #expect(screen("I've not felt right for a week though, just generally ill and washed out") == ["unwell"])
    #expect(screen("the mat doesn't feel right on the sofa, my back aches").isEmpty)
    // Weight to lose as what something is for is a goal; begun or seeming, it happens.
    #expect(screen("can i use it on my feet to lose weight").isEmpty)
    #expect(screen("i'm going to lose weight").isEmpty)
    #expect(screen("i started to lose weight for no reason") == ["weight-loss"])
    // A purpose going on is no purpose past a contrast.
    #expect(screen("lost 2 stone since christmas, been trying to eat more but still dropping") == ["weight-loss"])
    // The user as "a person with" it, and "contraindicated" said of one's own, keep the sign.
    #expect(screen("As a person with osteoporosis, is it safe?") == ["fragile-bones"])
    #expect(screen("doctor says the mat's contraindicated with my osteoporosis") == ["fragile-bones"])
    // A life that explains feeling unwell; a goal jab; the mat asked about in general.
    #expect(screen("new baby so im exhausted and barely eating proper meals, back aches from carrying her").isEmpty)
    #expect(screen("started my weekly weight loss jab and I'm down 6kg, back still stiff").isEmpty)
    #expect(screen("could using the mat ever cause chest pain??") == ["hypothetical"])
    // Whether the mat is to blame for what came after asks about a sign that came.
    #expect(screen("Could it be the mat if I got numbness between my legs after using it?") == ["saddle-numbness"])
  }

  @Test func signsAndLookAlikesFromTheSeventyEighthSet() {
    // Lists of denials, in their many forms, deny every sign in them; one not denied counts.
    #expect(screen("zero tingling, zero numbness, legs strong, no temperature. how long per session?").isEmpty)
    #expect(screen("fever no, chills no, numbness no, peeing normal, pain only when I bend over").isEmpty)
    #expect(screen("things I don't have: numbness, fever, weight loss, bladder trouble. things I do have: a tight back").isEmpty)
    #expect(screen("not had any fever, chills or numbness in my legs") == [])
    #expect(screen("zero fever but my leg has gone numb since yesterday") == ["one-leg-numb"])
    #expect(screen("fever? no. numbness in my left leg? yes, since monday") == ["one-leg-numb"])
    // What one could not stop happened.
    #expect(screen("I couldn't stop myself wetting the bed last night") == ["bladder-bowel"])
    #expect(screen("I keep losing bits of wee when I stand up") == ["bladder-bowel"])
    // A leg that will not hold one; not a child or a thing one cannot lift.
    #expect(screen("couldnt get my left leg to hold me, had to grab the sofa") == ["weak-leg"])
    #expect(screen("Can't lift my toddler out of the cot without a twinge, so I'm doing it with bent knees now").isEmpty)
    #expect(screen("can't stand still for long at work without the ache building").isEmpty)
    // Pain at night told by how bad it gets, or by the clock.
    #expect(screen("getting worse each night, only really bad when i lie still in bed") == ["night-pain"])
    #expect(screen("a deep throbbing that's worst at 2 or 3am") == ["night-pain"])
    #expect(screen("my back hurts more when I'm just lying in bed doing nothing") == ["night-pain"])
    // Oneself not felt where one sits.
    #expect(screen("I can't feel myself when I sit on the loo seat") == ["saddle-numbness"])
    // A test named says nothing of what it found; sayings of the sofa, the match and a mood.
    #expect(screen("The scan for cancer came back clear, consultant said it's just wear and tear").isEmpty)
    #expect(screen("dropped like a stone on the sofa after work and now my back's stiff").isEmpty)
    #expect(screen("my legs went to jelly watching the match last night, what a finish").isEmpty)
    #expect(screen("I'm a bit under the weather about my job but physically fine").isEmpty)
  }

  @Test func signsAndLookAlikesFromTheSeventyNinthSet() {
    // What someone said to watch for, then told as come about, is the user's now.
    #expect(screen("physio said if i ever lose control of my bowels to go straight in, well it happened this morning") == ["bladder-bowel"])
    // Supposed in a clause that asks nothing ("might", "in case"), then told as come about.
    #expect(screen("my GP warned me that I might lose control of my bladder, well it happened this morning") == ["bladder-bowel"])
    #expect(screen("in case my legs went numb I was told to ring 999, well it happened an hour ago") == ["both-legs"])
    #expect(screen("pharmacist asked if id been losing weight and yeah actually 6kg, not trying at all") == ["weight-loss"])
    #expect(screen("physio said if i ever lose control of my bowels to go straight in") == ["hypothetical"])
    // A reading said before the instrument; a bath's degrees are no fever.
    #expect(screen("37.0 on the ear thermometer, its my kid with the cold not me").isEmpty)
    #expect(screen("38.9 on the thermometer this morning") == ["fever"])
    #expect(screen("hot bath at 40 degrees then straight onto the mat after, too much?").isEmpty)
    #expect(screen("I have 39 degrees") == ["fever"])
    // The feeling gone, numb by the day, woken by it, weight down from, off a motorbike.
    #expect(screen("all the feeling has gone down there, round the bum and between the legs") == ["saddle-numbness"])
    #expect(screen("both legs getting number and heavier each day this week") == ["both-legs"])
    #expect(screen("pain's felt mostly at night, and im woken by it at about 4 most nights") == ["night-pain"])
    #expect(screen("down from 11 stone to 9 and a half in like 10 weeks, not trying") == ["weight-loss"])
    #expect(screen("is it safe to use after coming off my motorbike yesterday? back's bruised") == ["fall-or-accident"])
    // Off medicines, the weight coming off on purpose, the fall of the year.
    #expect(screen("coming off my antidepressants slowly, back aches").isEmpty)
    #expect(screen("been doing intermittent fasting and the weight's coming off nicely").isEmpty)
    #expect(screen("the fall of the year always makes my back stiffer").isEmpty)
    #expect(screen("my leg went numb yesterday and the feeling never came back") == ["one-leg-numb"])
  }

  @Test func signsAndLookAlikesFromTheEightiethSet() {
    // A sudden, severe pain with nothing to set it off, in plain and quick words.
    #expect(screen("my back suddenly started hurting really badly an hour ago for no reason at all") == ["sudden-severe-unexplained"])
    #expect(screen("back pain came outta nowhere rly severe didnt do anything to it") == ["sudden-severe-unexplained"])
    #expect(screen("Not after lifting or anything, a severe stabbing pain just hit my lower back while I was reading.") == ["sudden-severe-unexplained"])
    #expect(screen("I bent down and a severe stabbing pain just hit my lower back").isEmpty)
    // Water not held, not well in oneself, a throb at night with nothing done.
    #expect(screen("since Friday I have had difficulty holding my water, which is quite new for me") == ["bladder-bowel"])
    #expect(screen("I have not been feeling at all well in myself this week, and my back pain has worsened") == ["unwell"])
    #expect(screen("my back throbs at night even when I haven't done anything all day") == ["night-pain"])
    // A plank held explains legs like jelly.
    #expect(screen("That plank challenge left my legs shaking like jelly yesterday but they're totally fine now").isEmpty)
  }

  /// A word said of someone else, or of the user: someone named before it in its part of
  /// the clause makes it theirs, unless the user owns it right there ("my husband says my
  /// pain …" is the user's pain; "my husband says his pain …" is not).
  @Test(arguments: [
    ("my husband says my pain has been bad", "pain", false),
    ("my wife reckons my mat is too hard", "mat", false),
    ("my husband says his pain has been bad", "pain", true),
    ("my wife does 40 minutes on her mat", "mat", true),
    ("I do 20 minutes on my mat", "mat", false),
  ])
  func saidOfSomeoneElse(line: String, word: String, theirs: Bool) throws {
    let tokens = TestSupport.compiled.normalizer.tokens(line)
    let index = try #require(tokens.firstIndex { $0.surface == word })
    #expect(TestSupport.compiled.safety.isSaidOfSomeoneElse(index, in: tokens) == theirs)
  }

  /// A learner may leave an article out of a sign's phrase, before a noun; a number after
  /// the article keeps it ("pain went to a 10" is no "5 to 10 minutes").
  @Test func anArticleLeftOut() {
    #expect(screen("I feel very bad in all body, no energy, not good in general") == ["unwell"])
    #expect(screen("why only 5 to 10 minutes at first?").isEmpty)
    #expect(screen("my back pain went to a 10 out of nowhere") == ["sudden-severe"])
    // (A reading that opens the clause after its instrument: "took my temperature, 40 again".)
    #expect(screen("took my temperature, 40 again") == ["fever"])
    #expect(screen("checked my temperature: 39, and my back aches") == ["fever"])
    // A learner's words for a sudden severe pain, and for urine that will not come; and
    // the same words where they tell of no sign.
    #expect(screen("very very strong pain came suddenly in lower back, I do nothing, just sitting") == ["sudden-severe-unexplained"])
    #expect(screen("I have big pain for years, does relief come suddenly or slowly?").isEmpty)
    #expect(screen("I stood at the toilet for ages and couldnt get any wee to come out at all") == ["bladder-bowel"])
    #expect(screen("I do not get any pain when I pee").isEmpty)
    #expect(screen("the stain will not come out of my trousers").isEmpty)
    #expect(screen("I feel very bad in my lower back after sitting all day").isEmpty)
  }
}

extension SafetyScreenTests {
  /// Signs from the eighty-second set, told in words the lists lacked, and their look-alikes:
  /// going for a wee said to hurt, a growth said to be the bad kind, a pain through the
  /// night, and "not (been) able to" read as "can not".
  @Test func signsFromTheEightySecondSet() {
    #expect(screen("Going for a wee really hurts and my back is sore.") == ["urinary-infection"])
    #expect(screen("I went for a wee and my back still hurts").isEmpty)
    #expect(screen("I had a lump removed from my breast that was the bad kind, and now my back aches.") == ["cancer"])
    #expect(screen("had a lump out last year, turned out to be the bad kind") == ["cancer"])
    #expect(screen("there's a lump of knotted muscle in my lower back, is that normal?").isEmpty)
    #expect(screen("for the past week my back has ached through the night so that I cannot sleep") == ["night-pain"])
    #expect(screen("I slept through the night and my back pain was gone").isEmpty)
    #expect(screen("I have not been able to pass water since last night despite trying") .contains("bladder-bowel"))
    #expect(screen("I'm not able to feel my left foot") == ["one-leg-numb"])
    // "Not able to" alone is no loss of control: "the rabbit can't move his back legs".
    #expect(screen("the rabbit can't move his back legs, we think he's hurt his spine").isEmpty)
    #expect(screen("I was not able to lie still for long, is that ok?").isEmpty)
  }
}

extension SafetyScreenTests {
  /// Signs from the eighty-third set and their look-alikes: wet before one knew one had to
  /// go, not eating for days, a sock that feels bunched up, a learner's "big pain" and "no
  /// strong", an onset that ends a clause and an aside after it; tripping over words and
  /// slip-on shoes are no fall.
  @Test func signsAndLookAlikesFromTheEightyThirdSet() {
    #expect(screen("my jeans were wet before I even knew I needed to go, that's never happened to me before") == ["bladder-bowel"])
    #expect(screen("my jeans got wet in the rain on the way home").isEmpty)
    #expect(screen("I've been too washed out to leave the sofa, haven't eaten properly for days, I just feel awful") == ["unwell"])
    #expect(screen("for about a week my left foot has felt like my sock is bunched up under the toes") == ["one-leg-numb"])
    #expect(screen("my sock keeps bunching up under my heel on the mat").isEmpty)
    #expect(screen("very big pain come suddenly in back, I do nothing, only sitting, is very very strong") == ["sudden-severe-unexplained"])
    #expect(screen("I have big pain in my back for years, does the mat help").isEmpty)
    #expect(screen("my leg right is no strong, when I stand he is fold") == ["weak-leg"])
    #expect(screen("I feel very bad all body, no hungry, tired, and back pain also") == ["unwell"])
    #expect(screen("I'm pregnant and out of nowhere, while sitting reading, a really severe pain shot through my back") == ["sudden-severe-unexplained", "pregnancy"])
    #expect(screen("I'm pregnant and out of nowhere my back started aching less") == ["pregnancy"])
    // (The aside alone between the onset and what came: nothing else in the line joins them.)
    #expect(screen("out of nowhere, while I was reading, agonising pain in my back") == ["sudden-severe-unexplained"])
    #expect(screen("out of nowhere, while I was reading, the pain in my back eased").isEmpty)
    #expect(screen("I tripped over my words explaining the mat to my boss").isEmpty)
    #expect(screen("I can't bend down to tie my shoelaces because my lower back is stiff, so I've switched to slip-ons").isEmpty)
    #expect(screen("I haven't been able to do a poo properly for 3 days and I can't really tell when I'm going") == ["bladder-bowel"])
    #expect(screen("havent been able to pea since last night even tho i feel like i need to") == ["bladder-bowel"])
    #expect(screen("I keep weeing myself") == ["bladder-bowel"])
    #expect(screen("I weed it myself on Sundays").isEmpty)
    // The mat asked about as what would wake one, a filler between: no pain at night.
    #expect(screen("would it be a good idea to do it right before bed or would that, um, wake me up").isEmpty)
    #expect(screen("the pain, um, wakes me up every night") == ["night-pain"])
    // Using again, told in an aside between dashes; clean for years is over.
    #expect(screen("I've been using again — injecting — after a couple of clean years, and my back has been really sore") == ["injecting-drugs"])
    #expect(screen("I used to inject years ago but I've been clean nine years now").isEmpty)
  }

  /// "We" is no "wee": a doubled vowel keeps both its letters in a stem ("weeing" is
  /// "wee"), so "we can't go" is no bladder that cannot.
  @Test func weIsNoWee() {
    #expect(screen("we can't go on holiday because of my back").isEmpty)
    #expect(screen("we could not go out tonight, my back is bad").isEmpty)
    #expect(screen("weeing really hurts") == ["urinary-infection"])
  }

  /// A clause that ends in an onset after "and" runs on into what came.
  @Test func aClauseEndingInAnOnsetRunsOn() {
    #expect(SafetyScreen.endsInAnOnset(["i", "am", "pregnant", "and", "out", "of", "nowhere"]))
    #expect(!SafetyScreen.endsInAnOnset(["out", "of", "nowhere"]))
    #expect(!SafetyScreen.endsInAnOnset(["my", "dad", "collapsed", "suddenly"]))
    #expect(!SafetyScreen.endsInAnOnset(["it", "came", "out", "of", "nowhere"]))
  }
}

extension SafetyScreenTests {
  /// What a newcomer's review of the thirtieth sitting's rules found reaching too far, or
  /// not far enough, as tests.
  @Test func theThirtiethSittingsReview() {
    // A filler after a short answer is a pause; inside "not able to" it is nothing.
    #expect(screen("no, um, I wet myself yesterday") == ["bladder-bowel"])
    #expect(screen("I'm not, um, able to pee") == ["bladder-bowel"])
    #expect(screen("I can't, er, feel my bum") == ["saddle-numbness"])
    #expect(screen("would it be a good idea before bed or would that, er, wake me up").isEmpty)
    // Dashes round a denial are an answer of their own.
    #expect(screen("no - not really - I wet myself this morning") == ["bladder-bowel"])
    #expect(screen("bladder - no problems - bowels - I had an accident this morning") == ["bladder-bowel"])
    // A pain of years is no onset; a length elsewhere in the line does not explain one.
    #expect(screen("I have big pain for 3 years, does relief come suddenly or slowly?").isEmpty)
    #expect(screen("I've been a nurse for years and out of nowhere I got an agonising pain in my back") == ["sudden-severe-unexplained"])
    #expect(screen("no strong pain in my leg, only in my back").isEmpty)
    #expect(screen("I haven't been able to walk the dog since my back went").isEmpty)
    #expect(screen("I didn't know I needed to go to the toilet before a session, is that a thing?").isEmpty)
    #expect(screen("I haven't been able to do a poo since I started my iron tablets").isEmpty)
    #expect(screen("my bladder just went before I realised I needed to go") == ["bladder-bowel"])
    #expect(screen("I work through the night as a nurse and my back aches").isEmpty)
    #expect(screen("going for a wee jog hurts my knees").isEmpty)
    #expect(screen("it hurts when peeing and my back aches") == ["urinary-infection"])
    #expect(screen("my pregnancy test came back positive! I also have a cyst on my ovary, can I use the mat?") == ["pregnancy"])
    #expect(!screen("I'm diabetic and inject insulin and I've been using again after a month off").contains("injecting-drugs"))
  }
}

extension SafetyScreenTests {
  /// What the eighty-fifth safety set's people typed: signs hedged ("I think I might have",
  /// "a bit of"), told in careful words, pain at rest told in passing, and look-alikes of a
  /// falling price, a film's chills and a numbness long gone.
  @Test func signsAndLookAlikesFromTheEightyFifthSet() {
    #expect(screen("I think I might have wet myself a little in my sleep, probably just a weird dream") == ["bladder-bowel"])
    #expect(screen("I think I might have a bit of a temperature, been shivery all afternoon") == ["fever"])
    #expect(screen("might be nothing but I think I've lost a bit of feeling around my bottom") == ["saddle-numbness"])
    #expect(screen("I must report that I have lost a degree of control of my bowels since Saturday.") == ["bladder-bowel"])
    // "Might have to" and "might" before a verb still suppose.
    #expect(screen("I might have to stop if my legs go numb") == ["hypothetical"])
    #expect(screen("the physio said I might have to put up with numb legs for a while") == ["hypothetical"])
    #expect(screen("I think I might have to put up with numb legs for a while") == ["hypothetical"])
    #expect(screen("my legs might go numb on it") == ["hypothetical"])
    // So does one asked with the modal first; a sign at hand asked about is the sign.
    #expect(screen("could my legs go numb on it?") == ["hypothetical"])
    #expect(screen("will my feet go numb from the spikes") == ["hypothetical"])
    #expect(screen("could my numb legs be from the mat?") == ["both-legs"])
    #expect(screen("what might have caused numbness in both legs") == ["hypothetical"])
    // A change that has come is told.
    #expect(screen("my legs have gone numb since this morning") == ["both-legs"])
    #expect(screen("I was struck by an extremely severe back pain without any identifiable precipitant.") == ["sudden-severe-unexplained"])
    #expect(screen("achy in the low back even when I'm just sitting resting, not moving at all") == ["night-pain"])
    #expect(screen("my back has been sore since yesterday, should I just rest?").isEmpty)
    #expect(screen("the fall in the share price has given me a headache").isEmpty)
    #expect(screen("a fall in house prices").isEmpty)
    // A newcomer's review of the sitting's rules: what they reached too far into.
    // Chills, whatever gave them, may be a fever's; "it" may be the feeling that has gone.
    #expect(screen("the infection gave me the chills") == ["fever"])
    #expect(screen("I can't feel my groin, it has been gone for hours") == ["saddle-numbness"])
    // A kind of feeling ended is relief; all feeling gone away is the sign.
    #expect(screen("the tight feeling in my legs has gone since I started the mat").isEmpty)
    #expect(screen("all feeling has gone away from my groin") == ["saddle-numbness"])
    // A fall in the sales is a fall; "might have a fall" is a worry; no cause over years is
    // no sudden pain; pain from the spikes lying on them is no rest pain.
    #expect(screen("I fell in the january sales and hurt my back") == ["fall-or-accident"])
    #expect(screen("I might have a fall getting up off it, any tips?") == ["hypothetical"])
    #expect(screen("my back has hurt badly for years with no apparent cause").isEmpty)
    #expect(screen("the pain is unbearable lying on the mat for the first few minutes").isEmpty)
    // A dropped "g" is the word with it, never a slip for a sign's word.
    #expect(!screen("my hand is goin numb on it").contains("saddle-numbness"))
    #expect(screen("the tinglin in my left foot won't stop") == ["one-leg-numb"])
    // The feeling of a leg or foot gone, where said inside the phrase; a feeling that went
    // away is over.
    #expect(screen("the feeling in my foot has gone") == ["one-leg-numb"])
    #expect(screen("feeling in both legs has gone since this morning") == ["both-legs"])
    #expect(screen("the feeling in my bum has gone") == ["saddle-numbness"])
    #expect(screen("the feeling in my legs is fine").isEmpty)
    #expect(screen("the burning feeling in my foot went away after the session").isEmpty)
    #expect(screen("the burning feeling went away in my foot after the session").isEmpty)
    // What keeps one from slipping is a thing.
    #expect(screen("best non slip mat for the shower?").isEmpty)
    #expect(screen("I had a slip in the shower this morning and hit my back") == ["fall-or-accident"])
  }

  @Test func fallingAgainAndAgainAndBleedingWhenPassingWater() {
    // Falling over and over is a fall, said with a leg or not; eagerness and laughter are not.
    #expect(screen("I keep falling over") == ["fall-or-accident"])
    #expect(screen("been falling over a lot lately and my back hurts") == ["fall-or-accident"])
    #expect(screen("my left leg is weak and I keep falling over") == ["weak-leg", "fall-or-accident"])
    #expect(screen("falling over myself to recommend this mat to friends").isEmpty)
    #expect(screen("we were falling over laughing at the spikes").isEmpty)
    #expect(screen("my mat keeps falling over when I stand it up").isEmpty)
    // Bleeding when passing water; not a nose, nor a period, that bleeds.
    #expect(screen("I've been bleeding when I pee") == ["urine-colour"])
    #expect(screen("bleeding when i wee and my back aches") == ["urine-colour"])
    #expect(screen("I went to the toilet and my nose started bleeding").isEmpty)
    #expect(screen("on my period so a bit of blood when I wee, is the mat ok?").isEmpty)
    #expect(screen("my period is late and there's blood in my pee") == ["urine-colour"])
  }

  @Test func signsAndLookAlikesFromTheEightySeventhSet() {
    // A noun's "'s" before a fine word is "is": all is as it should be.
    #expect(screen("temperature's normal and peeing's fine, no blood or anything").isEmpty)
    #expect(screen("temp's normal, bladder's fine, just a stiff back").isEmpty)
    // As the "is" form reads: a sign of two parts, its "'s" the only word between.
    #expect(screen("chest pain's ok") == screen("chest pain is ok"))
    #expect(screen("chest pain's ok").isEmpty)
    #expect(screen("numb groin normal?") == ["saddle-numbness"])
    // "Bloods" and a urine dip are tests.
    #expect(screen("urine dip clear, bloods unremarkable").isEmpty)
    #expect(screen("urine dip showed blood and it burns when I pee") == ["urinary-infection"])
    // A feeling said of another place in the next clause is that place's.
    #expect(!screen("my knees are bent. after 15 mins my back feels tingly").contains("both-legs"))
    #expect(screen("my back hurts. both legs numb") == ["both-legs"])
    #expect(screen("both my legs, my back is numb too") == ["both-legs"])
    // Only when the clause before names a place below: the back named in a sign's own
    // parts stays its own ("rest makes no difference, the back ache is there lying down").
    #expect(screen("Resting makes no difference at all, the back ache is there lying down, sitting, whatever I do.") == ["night-pain"])
    // What the sign made the user do explains nothing.
    #expect(screen("both my legs went weak and I had to sit on the floor") == ["both-legs"])
    #expect(screen("both legs gave way and I ended up sitting on the floor") == ["both-legs"])
    #expect(screen("my legs went numb from sitting on the floor").isEmpty)
    // Getting worse is going on now, whatever "if" says.
    #expect(screen("is the mat ok if both my legs feel weak and its getting worse") == ["both-legs"])
    #expect(screen("is the mat ok if my legs are getting weaker") == ["both-legs"])
    #expect(screen("would the mat help if my back pain is getting worse").isEmpty)
    // A part of the back inside a phrase of pain; a clinician's shorthand.
    #expect(screen("sudden severe low back pain while sitting, nothing set it off") == ["sudden-severe-unexplained"])
    #expect(screen("I get severe lower back pain when I bend down").isEmpty)
    #expect(screen("spontaneous onset severe LBP while sitting, atraumatic, no precipitant") == ["sudden-severe-unexplained"])
    #expect(screen("unintentional wt loss ~7kg over 3 months") == ["weight-loss"])
    #expect(screen("PMH ca prostate, treated 2019") == ["cancer"])
  }

  @Test func signsAndLookAlikesFromTheEightySixthSet() {
    // Legs carved out of wood, a learner's sleeping foot, not good in all the body.
    #expect(screen("my bum and the insides of my thighs feel like they're carved out of wood, and my back is awful").contains("saddle-numbness"))
    #expect(screen("my one foot is sleeping all the time, not going away") == ["one-leg-numb"])
    #expect(screen("my husband is sleeping and my leg aches from the mat").isEmpty)
    #expect(screen("I am feeling not good in all body, weak and tired, also the back") == ["unwell"])
    // A pain that split the back; a learner's fall told in the present.
    #expect(screen("I was just pottering in the kitchen and a pain like a lightning bolt split my back, now I'm on the floor") == ["sudden-severe-unexplained"])
    #expect(screen("I am falling from the bicycle today morning, my back very hurt") == ["fall-or-accident"])
    // Gone straight away, a season, a man in a film.
    #expect(screen("my legs went a bit numb from the spikes but it went straight away when I got off").isEmpty)
    #expect(screen("I love the fall, is it okay to use the mat in a chilly room in autumn?").isEmpty)
    #expect(screen("I watch a film where the man have the chest pain, I was so afraid haha, anyway where I put the mat?").isEmpty)
  }

  @Test func signsAndLookAlikesFromTheEightyEighthSet() {
    #expect(screen("not totally sure but i think i peed a bit without noticing today?? thats new for me") == ["bladder-bowel"])
    #expect(screen("I dunno, just feel generally off and run down, maybe coming down with something") == ["unwell"])
    #expect(screen("I'm a bit run down from work and my back is sore").isEmpty)
    // A reading opening its clause after "been".
    #expect(screen("is the mat ok for someone with a fever? been 38.5 since yesterday") == ["fever"])
    // Told as going on right after the question.
    #expect(screen("will the mat help with chest pain? its been squeezing for the last few minutes") == ["chest-pain"])
    #expect(screen("will the mat help with chest pain? I've been on it for the last hour") == ["hypothetical"])
    // Gone for good, stopped long ago, a craze.
    #expect(screen("had a fever last week but its completely gone, back's just a bit stiff").isEmpty)
    #expect(screen("the tingling in my leg stopped a month ago and hasn't come back").isEmpty)
    #expect(screen("I've got Bieber fever and a sore back, send help").isEmpty)
  }

  /// Gaps the last sitting's review found: the mat turned over, a fall in the temperature,
  /// the sensation gone, the feeling gone down a leg.
  @Test func gapsFromTheLastReview() {
    #expect(screen("how often do I flip it over").isEmpty)
    #expect(screen("I flipped my car on the motorway") == ["fall-or-accident"])
    #expect(screen("a fall in temperature tonight, should I use the mat indoors").isEmpty)
    #expect(screen("the sensation in my groin has gone") == ["saddle-numbness"])
    #expect(screen("the feeling down my left leg has gone") == ["one-leg-numb"])
    #expect(screen("the burning sensation in my foot has gone").isEmpty)
    #expect(screen("I've been feeling down, my whole back has gone stiff").isEmpty)
  }

  /// A clinician's shorthand for the signs, as a nurse or a note would type it.
  @Test func signsInACliniciansShorthand() {
    #expect(screen("faecal incont x1 today") == ["bladder-bowel"])
    #expect(screen("ret of urine since am") == ["bladder-bowel"])
    #expect(screen("saddle anaes since last night") == ["saddle-numbness"])
    #expect(screen("had an RTA this am, back pain") == ["fall-or-accident"])
    #expect(screen("took the rta bus and my back hurts") == [])
    #expect(screen("bilat leg weakness").contains("both-legs"))
    #expect(screen("bilateral hand weakness since using the mat") == [])
    #expect(screen("been v unwell since yesterday, back aching") == ["unwell"])
    #expect(screen("feeling v unwell, back aching") == ["unwell"])
  }

  /// This sitting's review: what its rules reached too far into, or missed.
  @Test func whatThisSittingsReviewFound() {
    // Steady or stable is no sign gone.
    #expect(screen("my chest has been hurting all day, it's been steady") == ["chest-pain"])
    #expect(screen("numbness in my groin, been steady all week, not worse") == ["saddle-numbness"])
    // The legs pointed back at after another place is named.
    #expect(screen("it's both legs. my back hurts and I can't feel them") == ["both-legs"])
    #expect(screen("both legs. my back is fine but they feel numb") == ["both-legs"])
    // A side and a part of the back inside a phrase of pain.
    #expect(screen("sudden severe left lower back pain") == ["sudden-severe-unexplained"])
    #expect(screen("sudden severe lower left back pain") == ["sudden-severe-unexplained"])
    // One more word of what it was like before the part of the back.
    #expect(screen("severe sudden lower back pain") == ["sudden-severe-unexplained"])
    #expect(screen("no severe lower back pain") == [])
    #expect(screen("at night my lower back pain eases with the mat") == [])
    // A question, then told in the sign's own words; not in words that are as often the back.
    #expect(screen("can the mat help chest pain? its been crushing for ten minutes") == ["chest-pain"])
    #expect(screen("what should I do if my legs go numb? its been hurting lately") == ["hypothetical"])
    // A nose, gums or a period explain no burning; the spikes' blood is no blood passed.
    #expect(screen("my nose is bleeding and it burns when I pee") == ["urinary-infection"])
    #expect(screen("on my period and it burns when I pee") == ["urinary-infection"])
    #expect(screen("the spikes made me bleed a little, then I went for a wee").isEmpty)
    #expect(screen("my piles bleed when I go to the toilet").isEmpty)
    // Falling behind, in love, things falling over.
    #expect(screen("I keep falling behind with my sessions").isEmpty)
    #expect(screen("the bins keep falling over, my back hurts from picking them up").isEmpty)
    // Not noticing a need is no loss of control.
    #expect(screen("I was so relaxed on the mat I didn't notice I needed a wee").isEmpty)
    // What had to be done, said as the cause.
    #expect(screen("my legs went numb because I had to sit on the floor for two hours at the school assembly").isEmpty)
    #expect(screen("both my legs went numb as I had to kneel for ages laying the new floor").isEmpty)
    // A general question about spreading; splitting sessions; no injury is not sudden.
    #expect(screen("what are the red flags? like if numbness is spreading to both legs?") == ["hypothetical"])
    #expect(screen("I split my back and neck sessions, neck pain came on suddenly last month").isEmpty)
    #expect(screen("severe lbp, atraumatic, chronic").isEmpty)
    // Shorthand only where it cannot be a word: "ca" for "can", "wt loss" of a plan.
    #expect(screen("ca breast feeding mums use the mat?").isEmpty)
    #expect(screen("I'm generally off work on Mondays, my back is stiff then").isEmpty)
  }

  /// Older gaps the review found: a noun's "'s" as "is" inside a phrase; a funny colour is a
  /// face's or a person's, not urine's or skin's.
  @Test func anApostropheSIsIsAndAFunnyColourIsAFaces() {
    #expect(screen("my wee's dark red") == ["urine-colour"])
    #expect(screen("my temperature's high") == ["fever"])
    #expect(screen("my temperature's normal").isEmpty)
    #expect(screen("my wee's colour is normal").isEmpty)
    #expect(screen("my pee is a funny colour").isEmpty)
    #expect(screen("my skin went a funny colour on the mat").isEmpty)
    #expect(screen("my face has gone a funny colour and my chest is tight") == ["chest-pain"])
  }
}
