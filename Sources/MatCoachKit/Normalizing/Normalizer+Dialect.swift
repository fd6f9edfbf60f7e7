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

  /// "Donkey's years", in Britain and Ireland, is many years: "my back's been like this
  /// for donkey's years" is a length as long as "for many years" (and "the donkeys" of a
  /// beach stay donkeys).
  static func readDonkeysYearsAsManyYears(_ tokens: inout [Token]) {
    for i in tokens.indices.dropLast()
    where (tokens[i].surface == "donkeys" || tokens[i].surface == "donkey") && tokens[i + 1].surface == "years"
      && tokens[i + 1].clause == tokens[i].clause
    {
      // What was typed stays "donkey's", for quoting the user.
      tokens[i].surface = "many"
      tokens[i].word = Stemmer.stem("many")
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
