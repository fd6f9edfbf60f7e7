extension Normalizer {
  /// "Me" before a part of the body, in the speech of much of Britain, Ireland and
  /// Australia, is "my": "would it be alright on me legs", "me back's killing me". Only
  /// after a word of place or opening its clause, where "me" as the object cannot stand
  /// ("gives me back pain" keeps its "me").
  static func readMeAsMy(_ tokens: inout [Token]) {
    guard tokens.count >= 2, tokens.contains(where: { $0.surface == "me" }) else { return }
    for i in tokens.indices.dropLast() where tokens[i].surface == "me" {
      let clause = tokens[i].clause
      guard tokens[i + 1].clause == clause, partsOfTheBody.contains(tokens[i + 1].surface) else { continue }
      let opens = i == 0 || tokens[i - 1].clause != clause
      guard opens || wordsOfPlace.contains(tokens[i - 1].surface) else { continue }
      // What was typed stays "me", for quoting the user.
      tokens[i].word = "my"
      tokens[i].surface = "my"
    }
  }

  /// The parts of the body "me" may own.
  private static let partsOfTheBody: Set<String> = [
    "back", "legs", "leg", "neck", "feet", "foot", "shoulders", "shoulder", "knees", "knee", "hips", "hip", "bum", "arse",
    "spine", "head", "arms", "arm", "hands", "hand", "muscles", "bones", "joints", "sciatica",
  ]
  /// Words after which "me" cannot be an object: "on me legs", "in me back".
  private static let wordsOfPlace: Set<String> = [
    "on", "in", "into", "onto", "for", "with", "down", "across", "under", "through", "along", "up", "at", "to",
  ]
}

extension Normalizer {
  /// "Ill" typed for "I'll" before a verb, its apostrophe left out: "ok ill try 10 minutes
  /// tomorrow" is "i will try", a plan. Only opening its clause or after a word that
  /// starts what one says next ("ok", "so", "then"), where "ill" cannot mean unwell ("feel
  /// ill", "been ill").
  static func readIllAsIWill(_ tokens: inout [Token]) {
    guard tokens.count >= 2, tokens.contains(where: { $0.surface == "ill" }) else { return }
    var read: [Token] = []
    read.reserveCapacity(tokens.count + 1)
    for i in tokens.indices {
      let token = tokens[i]
      let clause = token.clause
      guard token.surface == "ill", i + 1 < tokens.count, tokens[i + 1].clause == clause,
        verbsAfterIWill.contains(tokens[i + 1].surface),
        i == 0 || tokens[i - 1].clause != clause || openersBeforeIWill.contains(tokens[i - 1].surface)
      else {
        read.append(token)
        continue
      }
      var pronoun = token
      pronoun.word = "i"
      pronoun.surface = "i"
      read.append(pronoun)
      read.append(Token(word: Stemmer.stem("will"), surface: "will", clause: clause, negatedBy: token.negatedBy, typed: ""))
    }
    tokens = read
  }

  /// Verbs "I'll" is typed before: "ill try", "ill give it a go".
  private static let verbsAfterIWill: Set<String> = [
    "try", "do", "go", "give", "start", "use", "be", "have", "get", "see", "let", "keep", "stick", "aim", "put", "lie",
    "check", "take", "stay", "build", "push", "just", "probably", "talk", "ask", "come", "let", "up", "switch", "move",
  ]
  /// Words after which "ill" opens what one says next: "ok ill try".
  private static let openersBeforeIWill: Set<String> = [
    "ok", "okay", "so", "then", "and", "but", "maybe", "yeah", "yes", "right", "fine", "sure", "think", "guess", "cool", "thanks",
  ]
}
