/// Turns what a person typed into tokens that keywords can be matched against.
///
/// The steps, each in a file of its own: cut to a sane length and fold Unicode, escapes
/// and case (`Normalizer+Folding`); split into words and clauses (`+Splitting`); expand
/// contractions ("I'm", "dont", "whats": `+Contractions`); read the knowledge base's
/// number phrases ("half an hour" → 30 minutes) and number words ("ten" → 10:
/// `+Numbers`); read "no longer" as "not" and mark the words a "not", "no" or "never"
/// denies (`+Negation`); and, here, apply the knowledge base's synonyms and stem. Plain
/// ASCII lines, nearly all that are typed, are read in one pass that gives the same
/// tokens (`+ASCII`).
package struct Normalizer: Sendable {
  /// Variant word → the words it stands for, from the knowledge base's `synonyms:`.
  package var synonyms: [String: [String]]
  /// Longer input is cut at four bytes for each of these (whole Unicode scalars): nobody
  /// types more to a coach, and a paste must not stall it. Counted in bytes, since one
  /// character can be a million combining marks.
  package var maxCharacters: Int
  /// Whether "since" before a length of time is read as "for" (``readSinceForALength(_:)``).
  package var readsSinceBeforeALengthAsFor: Bool

  /// The variants keyed by their stems, so "risks" finds the variant "risk": one lookup
  /// per word, by the stem it needs anyway. Each maps to the tokens it stands for,
  /// as (stem, word) pairs.
  private let synonymStems: WordTable<[(word: String, surface: String)]>
  /// The knowledge base's number phrases, longest first, as folded words.
  let numberPhrases: [NumberPhrase]
  /// The last word of every number phrase: a line without one holds no number phrase.
  let numberPhraseEnds: WordTable<Bool>
  /// Their first letters (bit 0 for "a"), so that most words need no lookup at all.
  let numberPhraseEndInitials: UInt32

  /// A normaliser with the knowledge base's synonyms and number phrases (phrase as typed
  /// → what it means, `"half an hour": "30 minutes"`); without them it only reads the
  /// language itself.
  package init(
    synonyms: [String: [String]] = [:], numberPhrases: [String: String] = [:], maxCharacters: Int = 2000,
    readsSinceBeforeALengthAsFor: Bool = true
  ) {
    self.synonyms = synonyms
    self.maxCharacters = maxCharacters
    self.readsSinceBeforeALengthAsFor = readsSinceBeforeALengthAsFor
    var stems: [String: [(word: String, surface: String)]] = [:]
    for (variant, words) in synonyms { stems[Stemmer.stem(variant)] = words.map { (Stemmer.stem($0), $0) } }
    self.synonymStems = WordTable(stems)
    let phrases = numberPhrases.sorted { $0.key < $1.key }.map { NumberPhrase(text: $0.key, meaning: $0.value) }
      .filter(\.isUsable)
    self.numberPhrases = phrases.sorted { $0.words.count > $1.words.count }
    self.numberPhraseEnds = WordTable(Dictionary(phrases.map { ($0.words.last!, true) }) { a, _ in a })
    self.numberPhraseEndInitials = phrases.reduce(0) { mask, phrase in
      guard let first = phrase.words.last!.utf8.first, (97...122).contains(first) else { return mask | 1 << 31 }
      return mask | 1 << UInt32(first - 97)
    }
  }

  /// The tokens of an utterance.
  package func tokens(_ text: String) -> [Token] {
    let cut = Self.readFractions(Self.cut(text, toBytes: maxCharacters * 4))
    var copy = cut
    // Typed text is nearly always ASCII without number words: that is read in one pass
    // over its bytes. Anything else goes through the steps one by one.
    if let tokens = copy.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? tokensASCII(bytes) : nil }) {
      return tokens
    }
    return generalTokens(cut)
  }

  /// The tokens of a text of any length, never cut: for the knowledge base's own texts
  /// (answers, the guide), which are no typed line and must be read to the end.
  package func tokens(ofWhole text: String) -> [Token] {
    text.utf8.count <= maxCharacters * 4 ? tokens(text) : generalTokens(text)
  }

  /// The tokens of any text, one step after another.
  func generalTokens(_ text: String) -> [Token] {
    var openers: [UInt8] = []
    let words = Self.readIdioms(Self.dropFillers(Self.readNumbers(readNumberPhrases(Self.split(Self.fold(text), openers: &openers)))))
    var tokens: [Token] = []
    tokens.reserveCapacity(words.count)
    for (word, clause, typed) in words {
      let stem = Stemmer.stem(word)
      if let replacement = synonymStems[stem], allowsSynonym(word: word, stemLength: stem.utf8.count) {
        for (k, (stem, surface)) in replacement.enumerated() {
          tokens.append(Token(word: stem, surface: surface, clause: clause, typed: k == 0 ? typed : ""))
        }
      } else {
        tokens.append(Token(word: stem, surface: word, clause: clause, typed: typed))
      }
    }
    Self.markOpeners(&tokens, openers)
    Self.readWords(&tokens, sinceAsFor: readsSinceBeforeALengthAsFor)
    return tokens
  }

  /// The steps both readers end with, on the words as tokens: sound-alikes, "me" for
  /// "my", "donkey's years" for many and "ill" for "I'll", hedges, other names
  /// for the mat, "since" before a
  /// length of time, questions in
  /// a statement's word order, run-on questions, the "not" of a question asked the negative
  /// way, then what each denial denies (which stops at the clauses just made).
  static func readWords(_ tokens: inout [Token], sinceAsFor: Bool) {
    readTextSpeakDigits(&tokens)
    readMeAsMy(&tokens)
    readDonkeysYearsAsManyYears(&tokens)
    readIllAsIWill(&tokens)
    dropHedges(&tokens)
    readHasBeforeParticiples(&tokens)
    readBedOfNailsAsTheMat(&tokens)
    readThingAsTheMat(&tokens)
    if sinceAsFor { readSinceForALength(&tokens) }
    readUninvertedQuestions(&tokens)
    splitRunOnQuestions(&tokens)
    dropNegativeQuestionNots(&tokens)
    dropNotsBeforeATag(&tokens)
    markNegation(&tokens)
  }

  /// The stemmed word, or the words of the synonym it is a variant of, for the one-pass
  /// reader.
  @inline(__always)
  func synonym(ofStem stem: UnsafeBufferPointer<UInt8>) -> [(word: String, surface: String)]? {
    synonymStems[bytes: stem]
  }

  /// Whether a word found a synonym through its stem may take it. A stem of three letters
  /// or fewer stands for too many words: a synonym keyed by one ("min" for minute) is read
  /// only in the forms the knowledge base lists and their plain plurals, so that "mine",
  /// stemmed "min", stays mine.
  @inline(__always)
  func allowsSynonym(word: String, stemLength: Int) -> Bool {
    let length = word.utf8.count
    return stemLength > 3 || length == stemLength || (length == stemLength + 1 && word.utf8.last == UInt8(ascii: "s"))
      || synonyms[word] != nil
  }

  /// The matching words of a keyword phrase, normalised exactly as utterances are.
  package func words(_ phrase: String) -> [String] { tokens(phrase).map(\.word) }
}
