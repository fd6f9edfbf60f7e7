import Foundation

extension Normalizer {
  /// Contractions, also as typed without their apostrophe.
  static let contractions: [String: [String]] = [
    "im": ["i", "am"], "ive": ["i", "have"],
    "youre": ["you", "are"], "youve": ["you", "have"], "theyre": ["they", "are"],
    "whats": ["what", "is"], "thats": ["that", "is"], "theres": ["there", "is"],
    "hows": ["how", "is"], "wheres": ["where", "is"], "whens": ["when", "is"],
    "dont": ["do", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"],
    "cant": ["can", "not"], "cannot": ["can", "not"], "wont": ["will", "not"],
    "isnt": ["is", "not"], "arent": ["are", "not"], "wasnt": ["was", "not"],
    "werent": ["were", "not"], "havent": ["have", "not"], "hasnt": ["has", "not"],
    "hadnt": ["had", "not"], "shouldnt": ["should", "not"], "couldnt": ["could", "not"],
    "wouldnt": ["would", "not"], "mustnt": ["must", "not"], "aint": ["am", "not"],
    // Common slips with a letter left out ("havnt"); none is an English word.
    "havnt": ["have", "not"], "coudnt": ["could", "not"], "shoudnt": ["should", "not"],
    "woudnt": ["would", "not"], "dosnt": ["does", "not"], "doesent": ["does", "not"], "wernt": ["were", "not"],
    "didint": ["did", "not"], "wasent": ["was", "not"],
    // "What's" as it sounds: "wats this mat".
    "wats": ["what", "is"], "wots": ["what", "is"],
  ]

  /// "I'm" → "i am", "don't" → "do not", "it's" → "it is", "body's" → "body";
  /// nil for a word that is not a contraction.
  static func expandContraction(_ word: String) -> [String]? {
    if word.utf8.contains(39), let apostrophe = word.firstIndex(of: "'") {
      let head = String(word[..<apostrophe])
      let tail = String(word[word.index(after: apostrophe)...]).replacingOccurrences(of: "'", with: "")
      if tail == "t", head.hasSuffix("n") {
        if let known = contractionTable[head + "t"] { return known }
        return [String(head.dropLast()), "not"]
      }
      if let known = contractionTable[head + tail] { return known }
      switch tail {
      case "m": return [head, "am"]
      case "re": return [head, "are"]
      case "ve": return [head, "have"]
      case "ll": return [head, "will"]
      case "d": return [head, "would"]
      case "s": return ["it", "that", "what", "there", "he", "she", "here", "who", "how", "where"]
        .contains(head) ? [head, "is"] : [head]
      default: return [head + tail]
      }
    }
    // Every contraction written without an apostrophe ends in m, e, s or t.
    guard let last = word.utf8.last, last == 109 || last == 101 || last == 115 || last == 116 else { return nil }
    if let known = contractionTable[word] { return known }
    return last == 116 ? negationWithSwappedLetters(word) : nil
  }

  /// A "n't" typed with two letters swapped, as phones and fast fingers do ("dosent",
  /// "doenst", "coudlnt"): the negation it carries matters too much to lose. Only for
  /// words of five letters or more ending in "t" with an "n" one or two letters before it,
  /// where no English word is a swap of a negation.
  static func negationWithSwappedLetters(_ word: String) -> [String]? {
    var letters = Array(word.utf8)
    guard letters.count >= 5, letters[letters.count - 2] == UInt8(ascii: "n") || letters[letters.count - 3] == UInt8(ascii: "n")
    else { return nil }
    for i in 0..<(letters.count - 1) where letters[i] != letters[i + 1] {
      letters.swapAt(i, i + 1)
      if let known = contractionTable[String(decoding: letters, as: UTF8.self)], known.last == "not" { return known }
      letters.swapAt(i, i + 1)
    }
    return nil
  }

  static let contractionTable = WordTable(contractions)

  /// An "'s" before "been" is "has": "my back's been crook" says "my back has been
  /// crook", as phrases of the knowledge base write it, not whose ("body's", read alone, is
  /// the body's), and "it's been" is "it has been", not "it is". So is a noun's "'s" before
  /// a word of how the pain went or changed (`participlesAfterHas`): "the pain's gone now"
  /// is "the pain has gone now".
  static func readHasBeforeParticiples(_ tokens: inout [Token]) {
    // Every change below needs a word typed with "'s" ("it's" is "it" typed so, then "is"):
    // most lines hold none, and are passed by without copying a token.
    guard tokens.contains(where: { t in
      let typed = t.typed.utf8
      return typed.count >= 2 && typed.last == UInt8(ascii: "s") && typed[typed.index(typed.endIndex, offsetBy: -2)] == UInt8(ascii: "'")
    }) else { return }
    var i = tokens.count - 1
    while i > 0 {
      defer { i -= 1 }
      guard tokens[i - 1].clause == tokens[i].clause else { continue }
      let before = tokens[i - 1]
      // The typed word's last letter first: this runs for every word of every line.
      if before.typed.utf8.last == UInt8(ascii: "s"), before.isTypedWithApostropheS, before.surface != "is",
        participlesAfterHas.contains(tokens[i].surface)
      {
        tokens.insert(Token(word: "has", surface: "has", clause: before.clause, typed: ""), at: i)
        continue
      }
      guard tokens[i].surface == "been" else { continue }
      if before.isTypedWithApostropheS {
        tokens.insert(Token(word: "has", surface: "has", clause: before.clause, typed: ""), at: i)
      } else if before.surface == "is", before.typed.isEmpty, i >= 2, tokens[i - 2].isTypedWithApostropheS {
        tokens[i - 1] = Token(word: "has", surface: "has", clause: before.clause, typed: "")
      }
    }
  }

  /// Words after a noun's "'s" that make it "has": how the pain went or changed ("the
  /// pain's gone", "my back's eased").
  static let participlesAfterHas: Set<String> = [
    "gone", "cleared", "eased", "settled", "healed", "stopped", "improved", "calmed", "disappeared", "vanished", "subsided",
  ]

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
    "check", "take", "stay", "build", "push", "just", "probably", "talk", "ask", "come", "up", "switch", "move",
  ]
  /// Words after which "ill" opens what one says next: "ok ill try".
  private static let openersBeforeIWill: Set<String> = [
    "ok", "okay", "so", "then", "and", "but", "maybe", "yeah", "yes", "right", "fine", "sure", "think", "guess", "cool", "thanks",
  ]
}
