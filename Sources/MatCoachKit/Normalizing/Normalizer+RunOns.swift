extension Normalizer {
  /// Where a question starts inside a run-on line, a clause starts: "i have sciatica how
  /// long should i go" says one thing and asks another, as if a full stop stood before
  /// "how". People typing fast, on a phone or by voice leave the stop out; without it the
  /// statement's facts would be read as asked, and its words as part of the question.
  ///
  /// A question starts at a question word with the word that makes it one after it ("how
  /// long", "what should", "can i", "is it"), after a word that does not take the
  /// question as its object ("not sure how long", "i know what to do", "i do it"), in a
  /// clause that has not already started asking ("how long should i go" is one question).
  static func splitRunOnQuestions(_ tokens: inout [Token]) {
    // A word before, the question word and the word that makes it one.
    guard tokens.count >= 3 else { return }
    // Whether the question word at `i` belongs to what was said before it: the object of
    // a verb ("wondering how long"), or a subject's verb ("i do it", "it is"). A subject
    // before "how" or "what" ends what came before ("lie on it how long for").
    func joinedToWhatCameBefore(_ i: Int) -> Bool {
      let before = tokens[i - 1].surface
      // A verb with a person after it asks, whatever came before: "new to this should i do
      // it at night" ("this should help" says).
      let inverted = i + 1 < tokens.count && Self.askedPeople.contains(tokens[i + 1].surface)
      // "What about" after a joining word turns to a new question: "I get that you don't
      // press on the spine but what about my neck".
      if tokens[i].surface == "what", i + 1 < tokens.count, tokens[i + 1].surface == "about", Self.turningWords.contains(before) {
        return false
      }
      return Self.takesAQuestion.contains(before) || (tokens[i].surface == "any" && Self.takesAThing.contains(before))
        || (!Self.whWords.contains(tokens[i].surface) && Self.statementSubjects.contains(before) && !inverted)
    }
    var asking = false
    for i in tokens.indices {
      let startsClause = i == 0 || tokens[i - 1].clause != tokens[i].clause
      if startsClause { asking = false }
      guard let followers = Self.runOnFollowers[tokens[i].surface] else { continue }
      // After a number, "is the" asks too: a statement that ended in a quantity cannot go on
      // with it ("my back's been bad since 2015 is the mat worth it").
      let afterANumber = i > 0 && i + 1 < tokens.count && tokens[i - 1].isNumber
        && Self.askedAfterANumber[tokens[i].surface]?.contains(tokens[i + 1].surface) == true
      let opens = i + 1 < tokens.count && tokens[i + 1].clause == tokens[i].clause && (followers.contains(tokens[i + 1].surface) || afterANumber)
      // Once a clause asks, a verb opens no new question ("how long should i go"), but
      // another "how" or "what" does ("how do i lie on it how long for").
      if opens, !startsClause, !asking || Self.whWords.contains(tokens[i].surface), !joinedToWhatCameBefore(i),
        !Self.linkingVerbs.contains(tokens[i].surface) || afterANumber || (i + 2 < tokens.count && Self.judgements.contains(tokens[i + 2].surface))
      {
        for k in i..<tokens.count { tokens[k].clause += 1 }
      }
      // A question word that opens its clause or a question in it: what follows in the
      // clause is that question ("how long should i go" is one).
      if opens || startsClause { asking = true }
    }
  }

  /// Verbs that open a question about a thing named right after a number, and the words
  /// that name it: "… since 2015 is the mat worth it".
  private static let askedAfterANumber: [String: Set<String>] = [
    "is": ["the", "my", "this", "a"], "are": ["the", "my", "these"],
  ]

  /// Question words, and the next words that make them open a question.
  private static let runOnFollowers = WordTable<Set<String>>({
    let asked: Set<String> = [
      "long", "often", "much", "many", "far", "soon", "do", "does", "did", "should", "can", "could", "would", "will",
      "is", "are", "am", "to",
    ]
    let people: Set<String> = ["i", "you", "we", "u"]
    let things: Set<String> = people.union(["it", "this", "that", "there"])
    // A modal before a thing named asks about it ("… can the mat help"); "is the" does
    // not, being as often said ("my back is the problem").
    let named = people.union(["it", "the", "this", "my", "a", "an"])
    return [
      "how": asked, "what": asked.union(["about"]), "when": asked.subtracting(["long", "often", "much", "many", "far", "soon", "to"]),
      "where": asked.subtracting(["long", "often", "much", "many", "far", "soon"]),
      "why": ["do", "does", "is", "are", "am", "should", "would", "can"],
      "is": things, "are": things, "am": ["i"],
      "can": named, "could": named, "should": named, "would": named, "will": named, "do": people,
      "does": ["it", "this", "that", "the", "my"],
      // A request with its "have you got" left out: "way too painful any tips".
      "any": ["tips", "advice", "suggestions", "ideas", "pointers"],
    ]
  }())

  /// Verbs that ask only before a judgement: "no numbness is it ok" asks, "the problem is
  /// it wakes me at night" does not.
  private static let linkingVerbs: Set<String> = ["is", "are", "am"]
  private static let judgements: Set<String> = [
    "ok", "okay", "alright", "safe", "normal", "bad", "good", "fine", "worth", "possible", "dangerous", "wise", "better",
    "worse", "too", "enough", "meant", "supposed", "right", "wrong", "harmful", "a", "an",
  ]

  /// Words whose object "any tips" may be: "I don't have any tips", "looking for any advice".
  private static let takesAThing: Set<String> = [
    "have", "has", "had", "got", "get", "need", "needs", "want", "wants", "give", "gave", "without", "for", "with",
    "share", "offer", "find", "appreciate", "welcome",
  ]

  /// Joining words after which "what about" asks anew: "… but what about my neck".
  private static let turningWords: Set<String> = ["but", "and", "so", "then", "also", "plus", "n"]

  /// People a verb is asked of when they come after it: "should i", "can you".
  private static let askedPeople: Set<String> = ["i", "you", "we", "u"]

  /// The question words that ask about something ("how long"), not whether ("can i").
  private static let whWords: Set<String> = ["how", "what", "when", "where", "why"]

  /// Subjects: before a verb they make a statement ("i do it", "it is").
  private static let statementSubjects: Set<String> = ["i", "you", "we", "they", "he", "she", "it", "u", "people", "this", "these", "those"]

  /// Words after which a question word starts no new sentence: verbs and words that take
  /// a question as their object ("wondering how long"), auxiliaries ("what i can do"),
  /// and joining words, which already join two clauses ("n" and "an" are "and" typed fast).
  private static let takesAQuestion: Set<String> = [
    "know", "knows", "knew", "wonder", "wondering", "wondered", "sure", "unsure", "idea", "clue", "ask", "asking",
    "asked", "tell", "telling", "told", "explain", "show", "learn", "decide", "deciding", "understand", "matter",
    "see", "find", "figure", "guess", "remember", "forget", "forgot", "say", "says", "said", "check", "confused",
    "question", "depends", "depend", "on", "about", "of", "to", "me", "us", "out", "as", "than", "that", "whether",
    "if", "because", "cos", "cause", "no", "not", "is", "was", "are", "were", "be", "which", "who", "and", "or", "but", "so", "then", "also",
    "plus", "n", "an", "can", "could", "should", "would", "will", "do", "does", "did", "must", "might", "may",
    "gonna", "wanna", "gotta", "just", "exactly", "like", "regardless", "anyway", "even", "unless", "till", "until",
  ]
}
