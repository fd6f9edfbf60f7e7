extension Normalizer {
  /// A question asked in a statement's word order, as writers of English as a second
  /// language often do, is read in a question's: "what you can do?" as "what can you do",
  /// "how I should lie on it" as "how should I lie", "why I have back pain" as "why do I
  /// have", "what I do after" as "what do I do after".
  ///
  /// Only where a clause opens with "what", "why", "how" or "which" and a subject ("I",
  /// "you", "we"), or such a question is told, known or not ("nobody explained how you
  /// use it", "not sure how I should lie", "tell me what I do first"): "when I lie on it,
  /// it hurts" and "where I live" say when and where, and ask nothing. A "do" put in is
  /// marked as typed by no one (`typed` empty), as the extra words of a synonym are.
  static func readUninvertedQuestions(_ tokens: inout [Token]) {
    var i = 0
    while i + 2 < tokens.count {
      let clause = tokens[i].clause
      // "What" and a thing's name before its "is" at the clause's end, asked for: "explain
      // what exactly one of these spiky mats is" is read "… what is exactly one of these
      // spiky mats". (Not where nothing asks: the knowledge base's own "what this mat is".)
      if tokens[i].surface == "what", i > 0, tokens[i - 1].clause == clause, followsAnAskingVerb(tokens, before: i),
        let verb = trailingBe(after: i, in: tokens)
      {
        tokens.insert(tokens.remove(at: verb), at: i + 1)
        i += 2
        continue
      }
      // (The opener first: most words are none, and the words before it cost more to read.)
      guard i == 0 || tokens[i - 1].clause != clause
          || (questionOpeners.contains(tokens[i].surface) && followsAnAskingVerb(tokens, before: i)),
        questionOpeners.contains(tokens[i].surface),
        tokens[i + 1].clause == clause, questionSubjects.contains(tokens[i + 1].surface),
        tokens[i + 2].clause == clause
      else {
        i += 1
        continue
      }
      let verb = tokens[i + 2].surface
      // "What I do is lie on it for 20 minutes": a statement whose subject is a question
      // word's clause asks nothing.
      let rest = tokens[(i + 2)...].prefix { $0.clause == clause }.prefix(5)
      if rest.dropFirst().contains(where: { cleftVerbs.contains($0.surface) }) {
        i += 3
        continue
      }
      if auxiliaries.contains(verb) {
        tokens.swapAt(i + 1, i + 2)
      } else if !notVerbs.contains(verb) {
        tokens.insert(Token(word: "do", surface: "do", clause: clause, typed: ""), at: i + 1)
      }
      i += 3
    }
  }

  /// Whether the words before `i` ask for, or wonder about, what follows: "tell me",
  /// "explain", "wondering", "no idea"; or deny that it was told or is known ("nobody
  /// explained", "I don't know"). Told or known outright, it is told, not asked: "the
  /// physio showed me how I should lie", "I understand how you use it now, thanks".
  private static func followsAnAskingVerb(_ tokens: [Token], before i: Int) -> Bool {
    var verb = i - 1
    if ["me", "us"].contains(tokens[verb].surface), verb > 0, tokens[verb - 1].clause == tokens[i].clause { verb -= 1 }
    let word = tokens[verb].surface
    if askingVerbs.contains(word) { return true }
    guard tellingOrKnowing.contains(word) else { return false }
    return (max(0, verb - 3)..<verb).contains { tokens[$0].clause == tokens[i].clause && deniers.contains(tokens[$0].surface) }
  }

  /// Where the "is" or "are" that ends the clause of the "what" at `i` is, when two to six
  /// words come between and none is a person or a verb's helper: "what the best time is",
  /// not "what I think it is".
  private static func trailingBe(after i: Int, in tokens: [Token]) -> Int? {
    var end = i
    while end + 1 < tokens.count, tokens[end + 1].clause == tokens[i].clause { end += 1 }
    guard (3...7).contains(end - i), ["is", "are"].contains(tokens[end].surface),
      !tokens[(i + 1)..<end].contains(where: { personalSubjects.contains($0.surface) || auxiliaries.contains($0.surface) })
    else { return nil }
    return end
  }

  /// Subjects that make "what … is" a clause of its own: "what I think it is".
  private static let personalSubjects: Set<String> = ["i", "you", "we", "it", "they", "he", "she", "there"]

  /// Words that ask for, or wonder about, the question after them.
  private static let askingVerbs: Set<String> = ["explain", "explaining", "tell", "show", "wondering", "wonder", "wondered", "idea", "clue", "sure"]
  /// Words that tell or know it, which ask only when denied.
  private static let tellingOrKnowing: Set<String> = [
    "explained", "explains", "told", "tells", "showed", "shown", "shows", "know", "understand", "learn", "learned", "out",
    "mentioned", "said",
  ]
  /// Words that deny the telling or the knowing: the negators, and "nobody explained".
  private static let deniers = negators.union(["nobody", "noone"])
  /// Verbs that make "what I do" the subject of a statement: "what I do is …".
  private static let cleftVerbs: Set<String> = ["is", "was"]
  /// Question words that open an uninverted question.
  private static let questionOpeners: Set<String> = ["what", "why", "how", "which"]
  /// Subjects an auxiliary goes before in a question.
  private static let questionSubjects: Set<String> = ["i", "you", "we"]
  /// Verbs that go before the subject themselves: "what you can do" → "what can you do".
  /// ("Do" after the subject is the verb asked about: "what I do" is "what do I do".)
  private static let auxiliaries: Set<String> = [
    "can", "could", "should", "shall", "will", "would", "must", "may", "might",
    "am", "is", "are", "was", "were",
  ]
  /// Words after the subject that are no verb, or already a question's: no "do" goes in.
  private static let notVerbs: Set<String> = ["not", "also", "just", "really", "still", "never", "always", "and", "or"]
}
