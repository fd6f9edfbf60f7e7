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
      guard i == 0 || tokens[i - 1].clause != clause || asksWithin(tokens, before: i),
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

  /// Whether the words before `i` tell, know or wonder what follows: "explained", "tell
  /// me", "not sure", "no idea".
  private static func asksWithin(_ tokens: [Token], before i: Int) -> Bool {
    let previous = tokens[i - 1].surface
    if embeddingWords.contains(previous) { return true }
    return i >= 2 && tokens[i - 2].clause == tokens[i].clause && embeddingWords.contains(tokens[i - 2].surface)
      && ["me", "us"].contains(previous)
  }

  /// Words a question told or wondered about comes after, in its clause.
  private static let embeddingWords: Set<String> = [
    "explain", "explained", "explains", "tell", "told", "tells", "show", "showed", "shown", "shows", "wondering",
    "wonder", "wondered", "know", "sure", "idea", "clue", "understand", "learn", "out", "mentioned", "said",
  ]
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
