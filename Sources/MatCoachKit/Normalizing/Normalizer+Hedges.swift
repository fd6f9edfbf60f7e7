extension Normalizer {
  /// A hedge says nothing of what it hedges: "a sharp sort of pain" is a sharp pain, "does
  /// it kind of loosen the muscles" asks whether it loosens them, "I kinda pulled my back"
  /// pulled it. "Kinda", "sorta", "pretty much" and an amount (``amountHedge(at:in:)``)
  /// are dropped before any word; "sort of" and "kind of" inside a clause, after a word
  /// that does not ask or point at a kind ("what sort of mat", "this kind of pain", "the
  /// right kind of chair" name one); opening a clause they are left as typed, as a phrase
  /// may open with them ("kind of questions").
  /// What the user typed stays theirs to quote: the hedge goes with the word after it
  /// ("my legs went sort of dead").
  static func dropHedges(_ tokens: inout [Token]) {
    guard tokens.contains(where: { isHedgeHead($0.surface) }) else { return }
    var kept: [Token] = []
    kept.reserveCapacity(tokens.count)
    var i = 0
    while i < tokens.count {
      let clause = tokens[i].clause
      let inside = i > 0 && tokens[i - 1].clause == clause
      var length = 0
      if i + 1 < tokens.count, tokens[i + 1].clause == clause, singleWordHedges.contains(tokens[i].surface) {
        length = 1
      } else if inside, i + 2 < tokens.count, tokens[i + 2].clause == clause, tokens[i + 1].surface == "of",
        ["sort", "kind"].contains(tokens[i].surface), !namingAKind.contains(tokens[i - 1].surface)
      {
        length = 2
      } else if i + 2 < tokens.count, tokens[i + 2].clause == clause, tokens[i + 1].clause == clause,
        tokens[i].surface == "pretty", tokens[i + 1].surface == "much"
      {
        // "Pretty much" anywhere before a word: "it has hurt pretty much every day".
        length = 2
      } else if tokens[i].surface == "a" {
        length = amountHedge(at: i, in: tokens)
      }
      guard length > 0 else {
        kept.append(tokens[i])
        i += 1
        continue
      }
      var after = tokens[i + length]
      let hedge = tokens[i..<(i + length)].map(\.typed).filter { !$0.isEmpty }
      if !after.typed.isEmpty { after.typed = (hedge + [after.typed]).joined(separator: " ") }
      tokens[i + length] = after
      i += length
    }
    tokens = kept
  }

  /// A filler ("um", "uh", "erm", "hmm") says nothing and is dropped; one set apart by
  /// commas after a clause of three words or more splits nothing either, so the clause it
  /// broke goes on: "would that, um, wake me up" is "would that wake me up", "I'm not, um,
  /// able to pee" is "not able to pee". After a short answer it is a pause: "no, um, I wet
  /// myself" denies nothing. "Er" is one only as a clause of its own beside others ("the ER"
  /// is a place, and "ER" alone asks about it).
  static func dropFillers(_ words: [Word]) -> [Word] {
    guard words.contains(where: { isFiller($0.text) }) else { return words }
    var kept: [Word] = []
    kept.reserveCapacity(words.count)
    // How many clause numbers the fillers dropped so far took with them.
    var shift = 0
    var i = 0
    while i < words.count {
      var word = words[i]
      // The fillers in a row, and whether they were a clause of their own.
      var end = i
      while end + 1 < words.count, words[end + 1].clause == word.clause, isFiller(words[end + 1].text) { end += 1 }
      let opensItsClause = i == 0 || words[i - 1].clause != word.clause
      let endsItsClause = end + 1 == words.count || words[end + 1].clause != word.clause
      let alone = opensItsClause && endsItsClause
      guard isFiller(word.text), word.text != "er" || (alone && end - i + 1 < words.count) else {
        word.clause -= shift
        kept.append(word)
        i += 1
        continue
      }
      if alone && end + 1 < words.count {
        // Its clause goes; between two clauses after a long enough one, the one after it
        // joins the one before.
        let before = kept.last.map { last in kept.reversed().prefix { $0.clause == last.clause }.count } ?? 0
        shift += before >= Self.clauseAFillerContinues ? 2 : 1
      } else if !alone, end + 1 < words.count, words[end + 1].clause == word.clause, !words[end + 1].typed.isEmpty {
        // What the user typed stays with the word after it.
        let fillers = words[i...end].map(\.typed).filter { !$0.isEmpty }
        var next = words[end + 1]
        next.typed = (fillers + [next.typed]).joined(separator: " ")
        kept.append((next.text, next.clause - shift, next.typed))
        i = end + 2
        continue
      }
      i = end + 1
    }
    return kept
  }

  /// How many words a clause needs before a filler for the clause after it to go on with it.
  static let clauseAFillerContinues = 3

  /// Words that fill a pause, said nothing with.
  static let fillers: Set<String> = ["um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "hm", "ehm"]
  /// `fillers`, for the one-pass reader to look up by bytes with no string made.
  static let fillerTable = WordTable(Dictionary(uniqueKeysWithValues: fillers.map { ($0, true) }))

  /// Whether a word is one of `fillers`, its length looked at first: asked of every word
  /// of every line.
  @inline(__always)
  static func isFiller(_ word: String) -> Bool {
    let count = word.utf8.count
    return count >= 2 && count <= 4 && fillers.contains(word)
  }

  /// How many words an amount that hedges takes at `i`, if one is there: "a degree of", "a
  /// touch of" before a word of its clause, and "a bit of" ("a little bit of") before "a" or
  /// after losing. It says how much, not what: "a degree of control of my bowels" is control
  /// of them, "a bit of a temperature" a temperature, "I've lost a bit of feeling down
  /// there" has lost feeling. ("A bit of" before anything else is often what is said: "a bit
  /// of leaking", "a bit of blood".)
  static func amountHedge(at i: Int, in tokens: [Token]) -> Int {
    let clause = tokens[i].clause
    var k = i + 1
    if k < tokens.count, amountSizes.contains(tokens[k].surface) { k += 1 }
    guard k + 2 < tokens.count, tokens[k + 2].clause == clause, amountHeads.contains(tokens[k].surface),
      tokens[k + 1].surface == "of"
    else { return 0 }
    if tokens[k].surface == "bit" {
      let afterLosing = i > 0 && tokens[i - 1].clause == clause && losing.contains(tokens[i - 1].surface)
      guard afterLosing || ["a", "an"].contains(tokens[k + 2].surface) else { return 0 }
    } else if k != i + 1 {
      return 0
    }
    return k + 2 - i
  }
  /// Forms of losing, before an amount of what is lost: "lost a bit of feeling".
  static let losing: Set<String> = ["lose", "loses", "lost", "losing"]
  /// The words of an amount that hedges: "a bit of", "a degree of", "a touch of".
  static let amountHeads: Set<String> = ["bit", "degree", "touch"]
  /// Sizes of a bit: "a little bit of", "a tiny bit of".
  static let amountSizes: Set<String> = ["little", "tiny", "small", "wee", "lil"]

  /// Whether a word is one by which a line that holds a hedge is told: the first word of a
  /// hedge `dropHedges` reads ("sort", "kind", "kinda", "sorta", "pretty") or the word of an
  /// amount that hedges (`amountHeads`). Asked of every word of every line, so compared by
  /// its length and then as a string, which hashes nothing (a lookup in a set had hashed
  /// every three-letter word beginning with "b" and every five-letter one with "t").
  @inline(__always)
  static func isHedgeHead(_ word: String) -> Bool {
    switch word.utf8.count {
    case 3: return word == "bit"
    case 4: return word == "sort" || word == "kind"
    case 5: return word == "kinda" || word == "sorta" || word == "touch"
    case 6: return word == "pretty" || word == "degree"
    default: return false
    }
  }
  /// Hedges typed as one word.
  static let singleWordHedges: Set<String> = ["kinda", "sorta"]
  /// Words after which "sort of" or "kind of" names a kind: "what sort of mat".
  static let namingAKind: Set<String> = [
    "what", "which", "whatever", "this", "that", "these", "those", "the", "a", "an", "any", "some", "every", "all", "no",
    "one", "same", "right", "wrong", "other", "another", "different", "best", "only", "certain", "particular", "my",
    "your", "his", "her", "our", "their", "its",
  ]
}
