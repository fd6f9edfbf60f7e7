/// The coach's answer to one line, as parts: what it answered, what that rests on, and
/// what to ask next.
///
/// Nothing downstream parses reply text: plain text (``ReplyFormat/plain``), and the
/// command-line tool's terminal presenter and JSON lines, are formats over these parts.
public struct Reply: Hashable, Sendable {
  /// What sort of reply this is.
  public enum Kind: String, Sendable {
    /// An intent's answer.
    case answer
    /// Two intents were too close to call; the coach asked which.
    case clarify
    /// Nothing matched; the coach said so and suggested topics.
    case fallback
    /// Only facts about the user were heard; the coach noted them.
    case noted
    /// The reply to a slash command.
    case command
    /// The line was empty; there is nothing to say.
    case empty
    /// A guided session asked for: timed when ``Reply/session`` is run, else planned and logged.
    case session
    /// The user asked to leave (`/quit`).
    case quit
  }

  /// One intent's answer within a reply.
  public struct Answer: Hashable, Sendable {
    /// The intent answered.
    public var intent: String
    /// Its kind: an emergency answer is shown as one.
    public var kind: IntentKind
    /// The answer, with what the user told the coach filled in.
    public var text: String
    /// The verbatim guide passages it rests on.
    public var citations: [Citation]
    /// The facts the answer was chosen for.
    public var tailoredTo: [String]
    /// True when it says more than the guide does (general safety advice).
    public var beyondGuide: Bool

    public init(
      intent: String, kind: IntentKind, text: String, citations: [Citation] = [], tailoredTo: [String] = [],
      beyondGuide: Bool = false
    ) {
      self.intent = intent
      self.kind = kind
      self.text = text
      self.citations = citations
      self.tailoredTo = tailoredTo
      self.beyondGuide = beyondGuide
    }
  }

  /// A guide passage an answer rests on, and the section of the guide it is in.
  public struct Citation: Hashable, Sendable {
    /// The passage as the knowledge base quotes it, verbatim from the guide.
    public var passage: String
    /// The guide's heading above it, when the guide was found.
    public var section: String?

    public init(passage: String, section: String? = nil) {
      self.passage = passage
      self.section = section
    }
  }

  /// What the coach says about safety before anything else: a red flag heard in this
  /// line, or a reminder of one heard before.
  public struct Notice: Hashable, Sendable {
    public enum Kind: String, Sendable {
      /// A red flag or condition heard in this line.
      case alarm
      /// One heard earlier, recalled before mat advice.
      case reminder
      /// Only an emergency told of in someone else: get them help now.
      case someoneElse = "someone-else"
    }

    public var kind: Kind
    public var tier: SafetyTier
    /// The signs (or condition intents) it is about.
    public var signs: [String]
    /// Emergency signs told of in someone else, which it also speaks of; nothing of them
    /// is remembered as the user's.
    public var someoneElse: [String]
    /// The intent that stands for the notice when it is the whole reply: the knowledge
    /// base's topic about when to see a doctor.
    public var intent: String?
    public var text: String
    /// Guide passages it rests on, if any.
    public var citations: [Citation]
    /// The note that it goes beyond the guide, when it does.
    public var beyondGuideNote: String?

    public init(
      kind: Kind, tier: SafetyTier, signs: [String], someoneElse: [String] = [], intent: String? = nil, text: String,
      citations: [Citation] = [], beyondGuideNote: String? = nil
    ) {
      self.kind = kind
      self.tier = tier
      self.signs = signs
      self.someoneElse = someoneElse
      self.intent = intent
      self.text = text
      self.citations = citations
      self.beyondGuideNote = beyondGuideNote
    }
  }

  /// One of the topics a clarifying question offers.
  public struct Option: Hashable, Sendable {
    public var intent: String
    public var title: String

    public init(intent: String, title: String) {
      self.intent = intent
      self.title = title
    }
  }

  public var kind: Kind
  /// What the coach says about safety first, if anything.
  public var notice: Notice?
  /// The answers given, in the order asked.
  public var answers: [Answer]
  /// What the coach says that is no intent's answer: facts noted, a fallback, a
  /// command's output.
  public var message: String?
  /// The note shown under an answer that goes beyond the guide (the knowledge base's
  /// wording); nil when every answer is from the guide.
  public var beyondGuideNote: String?
  /// Titles of topics to ask about next.
  public var followUps: [String]
  /// For a clarifying question: the topics it asks between.
  public var options: [Option]
  /// What a short reply to this one can pick: the options of a clarifying question, or
  /// the topics suggested to ask next ("yes", "the second one", "both").
  public var offered: [Option] = []
  /// For a fallback: true when every word of the line was understood and none is about the
  /// coach's subject ("who won the football last night?"), so the coach said the line is
  /// outside what it covers instead of asking to rephrase.
  public var offTopic = false
  /// The match score of the first answer or option.
  public var score: Double
  /// The phrases that matched, for `/why`.
  public var phrases: [MatchedPhrase]
  /// The facts remembered after this turn.
  public var profile: Profile
  /// A guided session to time, when the user asked for one (`kind` is `.session`).
  public var session: SessionPlan?
  /// A session this turn added to the log, for the tool to write to the log file.
  public var logged: SessionEntry?
  /// The last two weeks, for `/progress`: ``message`` holds them as a plain table, and a
  /// terminal can draw ``ProgressReport/chart`` instead.
  public var progress: ProgressReport?

  public init(
    kind: Kind, notice: Notice? = nil, answers: [Answer] = [], message: String? = nil, beyondGuideNote: String? = nil,
    followUps: [String] = [], options: [Option] = [], score: Double = 0, phrases: [MatchedPhrase] = [],
    profile: Profile = Profile()
  ) {
    self.kind = kind
    self.notice = notice
    self.answers = answers
    self.message = message
    self.beyondGuideNote = beyondGuideNote
    self.followUps = followUps
    self.options = options
    self.score = score
    self.phrases = phrases
    self.profile = profile
  }

  /// The first intent answered (small talk said before a question aside: "Hi!" before
  /// the answer), or the safety topic a notice alone stands for.
  public var intent: String? {
    (answers.count > 1 ? answers.first { $0.kind != .chat } : nil)?.intent ?? answers.first?.intent ?? notice?.intent
  }

  /// The verbatim guide passages behind the answers; empty when none is from the guide.
  public var sources: [String] {
    (notice?.citations ?? []).map(\.passage) + answers.flatMap { $0.citations.map(\.passage) }
  }

  /// The facts the answers were tailored to.
  public var tailoredTo: [String] { answers.flatMap(\.tailoredTo) }

  /// The whole reply as plain text, as pipes, JSON and transcripts show it.
  public var text: String { ReplyFormat.plain.render(self) }
}
