/// The red flags a knowledge base screens every line for, and the words that qualify them,
/// from its `safety:` section.
public struct SafetyRules: Hashable, Sendable {
  /// Words that make a sign someone else's, past, over, on purpose or only supposed.
  public struct Qualifiers: Hashable, Sendable {
    /// "my mum", "my dog": the symptom that follows is not the user's...
    public var someoneElse: [String] = []
    /// ... unless the user comes back in between ("my friend says I have a fever").
    public var firstPerson: [String] = []
    /// "years ago", "as a child": long past...
    public var past: [String] = []
    /// ... unless it is back ("still", "again").
    public var still: [String] = []
    /// "have gone", "went": a symptom happening, whatever question it comes with.
    public var happening: [String] = []
    /// "since", "today", "now": when it happens, said outright; as `happening`, and it
    /// also outweighs `imagined` ("what should I do if it has been numb since Monday").
    public var now: [String] = []
    /// "gone now", "cleared up": over and done with.
    public var resolved: [String] = []
    /// "on a diet", "trying to": done on purpose.
    public var onPurpose: [String] = []
    /// "no idea why", "not sure": a "no" that denies nothing after it.
    public var notDenying: [String] = []
    /// "what if", "signs of": a question about a symptom, not a report of one.
    public var hypothetical: [String] = []
    /// "what should I do if", "if my legs ever": a symptom imagined, even in words that
    /// otherwise say it is happening ("if they ever went numb").
    public var imagined: [String] = []
    /// "but", "although": a turn in a sentence; what qualifies a sign before it does not
    /// reach one after it ("my mate had sciatica last year, but I have pins and needles").
    public var contrast: [String] = []
    /// "cases", "callouts", "research": said right after a sign, they make it what someone
    /// works with or talks about ("we see saddle numbness cases", "cancer research").
    public var asTopic: [String] = []
    /// "fine", "normal": said of a sign's words right after them, they say all is as it
    /// should be ("waterworks fine", "my legs are fine"), unless asked ("is my bladder ok?").
    public var fine: [String] = []
    /// "again", "came back": said after a sign was told as over, with a word of the sign in
    /// its clause, they say it is back ("went away after an hour, now numb again").
    public var returned: [String] = []
    /// "because I just did", "mine doesn't": said in a clause after a sign only asked about,
    /// they say the user has it ("is losing control of your bladder a warning sign? because
    /// I just did").
    public var confirmed: [String] = []
    /// "well no", "no wait": opening the clause right after a sign's, they take back what
    /// was just said ("I fell - well no, I tripped and caught myself").
    public var retracted: [String] = []
    /// "so have I", "me too": said right after someone else's sign, the user has it as well
    /// ("my mum's got osteoporosis and so have I").
    public var shared: [String] = []
    /// "typing for my mum", "on behalf of my father": said before a sign, the one who types
    /// speaks for the mat's user, whose signs those are ("typing for my mum who uses the
    /// mat: she's had a temperature for two days").
    public var spokenFor: [String] = []
    /// "right now", "this morning", "suddenly": someone else's emergency (a sign with
    /// `for_others`) gets a word to get them help only when one of these says it is
    /// happening now ("my dad's got chest pain now").
    public var someoneElseNow: [String] = []
    /// "in hospital", "seeing the GP", "in the show": someone else's emergency that is seen
    /// to already, or told of in a story, needs no word (unless `someoneElseAtHand` says it
    /// is happening before the user).
    public var someoneElseSeenTo: [String] = []
    /// "a patient", "my client": someone else's emergency told of at work, which needs no
    /// word unless one of `someoneElseAtHand` says it is happening before the user.
    public var someoneElseAtWork: [String] = []
    /// "just told me", "a minute ago", "what do I tell her": an emergency at work that is
    /// happening before the user, who needs to get help.
    public var someoneElseAtHand: [String] = []

    public init() {}
  }

  public var signs: [SafetySign]
  /// The intent that answers questions about red flags ("when should I see a doctor?").
  public var topic: String?
  public var qualifiers: Qualifiers
  /// Phrases in which a sign's word means something else ("fell asleep").
  public var otherSenses: [String]
  /// Things that fall or crash without hurting anyone ("the mat fell off the sofa").
  public var objects: [String]
  /// Figures, which fall wherever they stand in a clause ("prices of these mats have fallen",
  /// "a fall in sales"): a fall of one is never a body's.
  public var figures: [String] = []
  /// Words after "gone" that make it "became", not "over": "he's gone pale", "it's gone
  /// numb" tell of a change, where "it's gone" tells that it ended.
  public var became: [String] = []
  /// The forms of a verb that a symptom's phrase stands for, each group one verb ("feel",
  /// "felt", "feels"): "felt unwell" is "feel unwell". Forms that a stem cannot join
  /// (irregular, or too short to stem) are listed here.
  public var verbForms: [[String]] = []
  public var questions: [SafetyQuestion]
  /// Phrases that say an emergency has been seen to ("I've seen a doctor").
  public var cleared: [String]
  /// Words that answer a question yes, and no.
  public var yes: [String]
  public var no: [String]
  /// Shown under what the coach says about a red flag, which goes beyond the guide.
  public var beyondGuideNote: String
  /// Said before later mat advice, per tier; `{title}` names what was heard. For an
  /// emergency not yet seen to, it is said instead of the advice.
  public var reminders: [SafetyTier: String]
  /// Said when the user tells the coach an emergency has been seen to.
  public var seenTo: String
  /// Said when the user tells of an emergency in someone else (a sign with `for_others`);
  /// `{title}` names what was heard.
  public var forSomeoneElse: String =
    "That sounds like {title} in someone else. If it is new or happening now, it needs emergency help: call your local emergency number for them or get them to an emergency department. The mat can't help with this."

  public static let defaultReminders: [SafetyTier: String] = [
    .emergency:
      "You mentioned {title}, which needs emergency care: please don't use the mat until a doctor has seen you. Once it has been seen to, tell me, and I'll answer your questions about the mat again.",
    .urgent: "Remember: you mentioned {title}. Please see a doctor about it before relying on the mat.",
    .check: "Remember: you mentioned {title}. Check with your doctor before using the mat.",
  ]

  public init(
    signs: [SafetySign] = [], qualifiers: Qualifiers = Qualifiers(), otherSenses: [String] = [],
    objects: [String] = [], questions: [SafetyQuestion] = [], cleared: [String] = [],
    yes: [String] = ["yes", "yeah", "yep", "yup", "y"], no: [String] = ["no", "nope", "nah", "n"],
    beyondGuideNote: String = "(This is general safety advice, not from the mat guide.)",
    reminders: [SafetyTier: String] = defaultReminders,
    seenTo: String = "Good to hear it has been seen to. If your doctor is happy for you to use the mat, I can help with that again."
  ) {
    self.signs = signs
    self.qualifiers = qualifiers
    self.otherSenses = otherSenses
    self.objects = objects
    self.questions = questions
    self.cleared = cleared
    self.yes = yes
    self.no = no
    self.beyondGuideNote = beyondGuideNote
    self.reminders = reminders
    self.seenTo = seenTo
  }

  public func sign(id: String) -> SafetySign? { signs.first { $0.id == id } }
}
