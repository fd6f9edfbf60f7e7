extension Normalizer {
  /// "The thing", "this thing" or "that thing" is the mat, and so is "the pokey thing": "how
  /// the thing works" is "how the mat works", as phrases write it. Not where a thing is a
  /// point made ("the thing is, …" opening a clause, "the thing about it", "the thing I
  /// hate"), nor another thing ("the only thing", "the numb thing in my leg").
  static func readThingAsTheMat(_ tokens: inout [Token]) {
    guard tokens.contains(where: { $0.surface == "thing" }) else { return }
    var i = tokens.count - 1
    while i > 0 {
      defer { i -= 1 }
      let clause = tokens[i].clause
      guard tokens[i].surface == "thing", tokens[i - 1].clause == clause else { continue }
      // Up to three words of what the mat is like may stand between: "the pokey thing",
      // "this spiky lotus flower thing" (not "the numb thing in my leg").
      var k = i - 1
      while k > 0, i - k <= 3, tokens[k].clause == clause, describesTheMat.contains(tokens[k].surface) { k -= 1 }
      let described = k < i - 1 && tokens[k].clause == clause && pointingAtTheMat.contains(tokens[k].surface)
      guard pointingAtTheMat.contains(tokens[i - 1].surface) || described else { continue }
      if i + 1 < tokens.count, tokens[i + 1].clause == clause {
        let next = tokens[i + 1].surface
        let opens = i == 1 || tokens[i - 2].clause != clause
        if thingMadeAPoint.contains(next) || (!described && opens && tokens[i - 1].surface == "the" && (next == "is" || next == "was")) {
          continue
        }
      }
      tokens[i] = Token(word: "mat", surface: "mat", clause: clause, typed: tokens[i].typed)
    }
  }

  /// "A bed of nails" (or of spikes, pins or needles) is the mat: "what is this bed of
  /// nails thing" asks what the mat is.
  static func readBedOfNailsAsTheMat(_ tokens: inout [Token]) {
    guard tokens.contains(where: { $0.surface == "bed" }) else { return }
    var i = tokens.count - 3
    while i >= 0 {
      defer { i -= 1 }
      let clause = tokens[i].clause
      guard tokens[i].surface == "bed", tokens[i + 1].surface == "of", tokens[i + 2].surface == "spike",
        tokens[i + 2].clause == clause
      else { continue }
      // "This bed of nails thing" is as much the mat.
      let last = i + 3 < tokens.count && tokens[i + 3].surface == "thing" && tokens[i + 3].clause == clause ? i + 3 : i + 2
      let typed = tokens[i...last].map(\.typed).filter { !$0.isEmpty }.joined(separator: " ")
      tokens.replaceSubrange(i...last, with: [Token(word: "mat", surface: "mat", clause: clause, typed: typed)])
    }
  }

  /// Words that describe the mat, between "the" and "thing": "the spiky thing".
  static let describesTheMat: Set<String> = [
    "spiky", "spikey", "spike", "pokey", "poky", "prickly", "pointy", "nail", "nails", "needle", "lotus", "flower",
    "plastic", "acupressure", "bed",
  ]

  /// The words before "thing" that point at the mat.
  static let pointingAtTheMat: Set<String> = ["the", "this", "that"]

  /// Words after "the thing" that make it a point made, not the mat: "the thing about
  /// it", "the thing that worries me", "the thing I like".
  static let thingMadeAPoint: Set<String> = ["about", "with", "that", "which", "i", "you", "we", "to"]
}
