import MatCoachKit
import Testing

/// The red-flag evaluation: descriptions of red flags as people type them, and benign
/// look-alikes, written before the safety screen was tuned. `safety.tsv` is the set the
/// screen was tuned on (its misses are printed); `safety-heldout.tsv` was kept aside and
/// never read while tuning (only its figures are printed).
@Suite struct SafetyEvaluationTests {
  struct Figures: CustomStringConvertible {
    var flags = 0, caught = 0, asked = 0, rightTier = 0
    var benign = 0, quiet = 0, benignAsked = 0
    var misses: [String] = []

    var sensitivity: Double { flags == 0 ? 1 : Double(caught + asked) / Double(flags) }
    var specificity: Double { benign == 0 ? 1 : Double(quiet) / Double(benign) }

    var description: String {
      func percent(_ x: Double) -> String { String(Int((x * 1000).rounded()) / 10) + "." + String(Int((x * 1000).rounded()) % 10) + "%" }
      return "sensitivity \(percent(sensitivity)) (\(caught) alarmed + \(asked) asked of \(flags); \(rightTier) at the right tier), "
        + "specificity \(percent(specificity)) (\(quiet) of \(benign) benign lines raised no alarm; \(benignAsked) were asked a question)"
    }
  }

  static func evaluate(_ fixture: String) -> Figures {
    var figures = Figures()
    for (label, line) in TestSupport.labelledRows("Evaluation/\(fixture)") {
      var coach = TestSupport.coach()
      let reply = coach.respond(to: line)
      // Someone else's emergency told to get help counts as its alarm: a line labelled
      // `emergency` may be another's ("my husband is clutching his chest").
      let alarm = reply.notice.flatMap { ($0.kind == .alarm || !$0.someoneElse.isEmpty) && $0.tier >= .urgent ? $0.tier : nil }
      let asked = reply.kind == .clarify && alarm == nil && reply.options.isEmpty
      if label == "none" {
        figures.benign += 1
        if alarm == nil { figures.quiet += 1 } else { figures.misses.append("false alarm (\(alarm!.rawValue)): \(line)") }
        if asked { figures.benignAsked += 1 }
      } else {
        figures.flags += 1
        if let alarm {
          figures.caught += 1
          if alarm.rawValue == label { figures.rightTier += 1 }
        } else if asked {
          figures.asked += 1
        } else {
          figures.misses.append("missed (\(label)): \(line)")
        }
      }
    }
    return figures
  }

  @Test func theTuningSet() {
    let figures = Self.evaluate("safety.tsv")
    // One print a set: lines printed one at a time by test cases running at once can
    // interleave and be lost in the captured output.
    print((["safety, tuning set: \(figures)"] + figures.misses.map { "  " + $0 }).joined(separator: "\n"))
    #expect(figures.flags >= 100 && figures.benign >= 100)
    #expect(figures.sensitivity >= 1.0)
    #expect(figures.specificity >= 1.0)
  }

  /// Written blind by helpers after tuning, from the tiers' descriptions, to find new
  /// kinds of miss (the second stressing indirect words, other registers and harder
  /// look-alikes, the third red flags at the end of long messages or said through what
  /// they led to, in slang and misspellings); read while tuning since, so not held-out figures.
  @Test(arguments: [
    ("fresh set", "safety-fresh.tsv", 1.0, 1.0), ("second fresh set", "safety-fresh2.tsv", 0.985, 1.0),
    ("third fresh set", "safety-fresh3.tsv", 0.975, 0.987),
    ("fourth fresh set", "safety-fresh4.tsv", 1.0, 1.0), ("fifth fresh set", "safety-fresh5.tsv", 1.0, 0.975),
    ("sixth fresh set", "safety-fresh6.tsv", 1.0, 0.975),
    ("seventh fresh set", "safety-fresh7.tsv", 1.0, 0.987),
    ("eighth fresh set", "safety-fresh8.tsv", 1.0, 0.987),
    ("ninth fresh set", "safety-fresh9.tsv", 0.987, 1.0),
    ("tenth fresh set", "safety-fresh10.tsv", 1.0, 0.987),
    ("eleventh fresh set", "safety-fresh11.tsv", 0.975, 0.987),
    ("twelfth fresh set", "safety-fresh12.tsv", 1.0, 0.975),
    ("thirteenth fresh set", "safety-fresh13.tsv", 1.0, 1.0),
    ("fourteenth fresh set", "safety-fresh14.tsv", 1.0, 0.987),
    ("fifteenth fresh set", "safety-fresh15.tsv", 1.0, 0.975),
    ("sixteenth fresh set", "safety-fresh16.tsv", 1.0, 1.0),
    ("seventeenth fresh set", "safety-fresh17.tsv", 0.975, 0.95),
    ("eighteenth fresh set", "safety-fresh18.tsv", 1.0, 0.975),
    ("nineteenth fresh set", "safety-fresh19.tsv", 0.975, 1.0),
    ("twentieth fresh set", "safety-fresh20.tsv", 1.0, 0.975),
    ("twenty-first fresh set", "safety-fresh21.tsv", 1.0, 1.0),
    ("twenty-second fresh set", "safety-fresh22.tsv", 0.987, 0.962),
    ("twenty-third fresh set", "safety-fresh23.tsv", 0.975, 1.0),
    ("twenty-fourth fresh set", "safety-fresh24.tsv", 0.987, 0.962),
    ("twenty-fifth fresh set", "safety-fresh25.tsv", 0.962, 0.95),
    ("twenty-sixth fresh set", "safety-fresh26.tsv", 0.937, 0.975),
    ("twenty-seventh fresh set", "safety-fresh27.tsv", 0.95, 0.95),
    ("twenty-eighth fresh set", "safety-fresh28.tsv", 0.975, 0.937),
    ("twenty-ninth fresh set", "safety-fresh29.tsv", 0.962, 0.962),
    ("thirtieth fresh set", "safety-fresh30.tsv", 0.937, 0.925),
    ("thirty-first fresh set", "safety-fresh31.tsv", 0.925, 0.887),
    ("thirty-second fresh set", "safety-fresh32.tsv", 0.925, 0.925),
    ("thirty-third fresh set", "safety-fresh33.tsv", 0.887, 0.962),
    ("thirty-fourth fresh set", "safety-fresh34.tsv", 0.9, 0.887),
    ("thirty-fifth fresh set", "safety-fresh35.tsv", 0.925, 0.925),
    ("thirty-sixth fresh set", "safety-fresh36.tsv", 0.987, 0.975),
    ("thirty-seventh fresh set", "safety-fresh37.tsv", 0.937, 0.962),
    ("thirty-eighth fresh set", "safety-fresh38.tsv", 0.987, 1.0),
    ("thirty-ninth fresh set", "safety-fresh39.tsv", 0.937, 0.95),
    ("fortieth fresh set", "safety-fresh40.tsv", 0.927, 0.937),
    ("forty-first fresh set", "safety-fresh41.tsv", 0.989, 0.984),
    ("forty-second fresh set", "safety-fresh42.tsv", 0.937, 0.984),
    ("forty-third fresh set", "safety-fresh43.tsv", 0.947, 0.937),
    ("forty-fourth fresh set", "safety-fresh44.tsv", 1.0, 0.984),
    ("forty-fifth fresh set", "safety-fresh45.tsv", 0.895, 0.953),
    ("forty-sixth fresh set", "safety-fresh46.tsv", 0.958, 0.906),
    ("forty-seventh fresh set", "safety-fresh47.tsv", 0.864, 0.984),
    ("forty-eighth fresh set", "safety-fresh48.tsv", 0.98, 0.947),
    ("forty-ninth fresh set", "safety-fresh49.tsv", 0.957, 0.949),
    ("fiftieth fresh set", "safety-fresh50.tsv", 0.968, 0.961),
    ("fifty-first fresh set", "safety-fresh51.tsv", 0.926, 0.947),
    ("fifty-second fresh set", "safety-fresh52.tsv", 0.978, 0.933),
    ("fifty-third fresh set", "safety-fresh53.tsv", 0.968, 0.96),
    ("fifty-fourth fresh set", "safety-fresh54.tsv", 0.93, 0.96),
    ("fifty-fifth fresh set", "safety-fresh55.tsv", 0.951, 0.938),
    ("fifty-sixth fresh set", "safety-fresh56.tsv", 0.778, 0.918),
    ("fifty-seventh fresh set", "safety-fresh57.tsv", 0.942, 0.951),
    ("fifty-eighth fresh set", "safety-fresh58.tsv", 0.88, 0.971),
    ("fifty-ninth fresh set", "safety-fresh59.tsv", 0.932, 0.934),
    ("sixtieth fresh set", "safety-fresh60.tsv", 0.914, 0.965),
    ("sixty-first fresh set", "safety-fresh61.tsv", 0.879, 0.969),
    ("sixty-second fresh set", "safety-fresh62.tsv", 0.925, 0.962),
    ("sixty-third fresh set", "safety-fresh63.tsv", 0.918, 0.944),
    ("sixty-fourth fresh set", "safety-fresh64.tsv", 0.918, 0.944),
    ("sixty-fifth fresh set", "safety-fresh65.tsv", 0.945, 0.933),
    ("sixty-sixth fresh set", "safety-fresh66.tsv", 0.833, 0.927),
    ("sixty-seventh fresh set", "safety-fresh67.tsv", 0.946, 0.924),
    ("sixty-eighth fresh set", "safety-fresh68.tsv", 0.927, 0.952),
    ("sixty-ninth fresh set", "safety-fresh69.tsv", 0.914, 0.967),
    ("seventieth fresh set", "safety-fresh70.tsv", 0.843, 0.958),
    ("seventy-first fresh set", "safety-fresh71.tsv", 0.916, 0.971),
    ("seventy-second fresh set", "safety-fresh72.tsv", 0.933, 0.881),
    ("seventy-third fresh set", "safety-fresh73.tsv", 0.990, 0.950),
    ("seventy-fourth fresh set", "safety-fresh74.tsv", 0.951, 0.960),
    ("seventy-fifth fresh set", "safety-fresh75.tsv", 0.901, 0.970),
    ("seventy-sixth fresh set", "safety-fresh76.tsv", 0.871, 0.970),
    ("seventy-seventh fresh set", "safety-fresh77.tsv", 0.970, 0.911),
    ("seventy-eighth fresh set", "safety-fresh78.tsv", 0.941, 0.941),
    ("seventy-ninth fresh set", "safety-fresh79.tsv", 0.911, 0.960),
    ("eightieth fresh set", "safety-fresh80.tsv", 0.941, 0.990),
    ("eighty-first fresh set", "safety-fresh81.tsv", 0.970, 1.000),
    ("eighty-second fresh set", "safety-fresh82.tsv", 0.960, 1.000),
    ("eighty-third fresh set", "safety-fresh83.tsv", 0.926, 0.975),
    ("eighty-fourth fresh set", "safety-fresh84.tsv", 0.950, 0.976),
    ("eighty-fifth fresh set", "safety-fresh85.tsv", 0.925, 0.961),
    ("eighty-sixth fresh set", "safety-fresh86.tsv", 0.957, 0.915),
    ("eighty-seventh fresh set", "safety-fresh87.tsv", 0.956, 0.964),
    ("eighty-eighth fresh set", "safety-fresh88.tsv", 0.931, 0.940),
    ("eighty-ninth fresh set", "safety-fresh89.tsv", 0.956, 0.964),
    ("ninetieth fresh set", "safety-fresh90.tsv", 0.828, 0.981),
    ("ninety-first fresh set", "safety-fresh91.tsv", 0.939, 0.970),
  ])
  func aFreshSet(name: String, fixture: String, sensitivityFloor: Double, specificityFloor: Double) {
    let figures = Self.evaluate(fixture)
    // One print a set: lines printed one at a time by test cases running at once can
    // interleave and be lost in the captured output.
    print((["safety, \(name): \(figures)"] + figures.misses.map { "  " + $0 }).joined(separator: "\n"))
    #expect(figures.flags >= 60 && figures.benign >= 60)
    #expect(figures.sensitivity >= sensitivityFloor)
    #expect(figures.specificity >= specificityFloor)
  }

  /// Emergencies told of in someone else, happening now (label `word`: a word to get them
  /// help), and look-alikes (`none`: over, seen to, at work, in a story, an animal's, no
  /// emergency, or other senses), written blind after the word was built.
  /// Both were written for a word on every emergency sign; a review then narrowed it to
  /// chest pain, a sudden tearing or severe pain and saddle numbness (a weak leg, a bladder
  /// and numb legs are too often a child's or a long-standing condition in everyday talk),
  /// so their `word` lines about the others go without by design, and the floors are where
  /// the narrowed word stands (first runs: 56.9% and 85.7%; 68.0% and 82.9%).
  @Test(arguments: [
    ("first fresh set", "someone-else-fresh1.tsv", 0.9, 0.985),
    ("second fresh set", "someone-else-fresh2.tsv", 0.64, 0.928),
  ])
  func someoneElsesEmergency(name: String, fixture: String, wordFloor: Double, quietFloor: Double) {
    var words = 0, given = 0, lookAlikes = 0, quiet = 0
    var misses: [String] = []
    for (label, line) in TestSupport.labelledRows("Evaluation/\(fixture)") {
      var coach = TestSupport.coach()
      let notice = coach.respond(to: line).notice
      let word = notice?.someoneElse.isEmpty == false
      // A look-alike is quiet when it gets neither the word nor an alarm of the user's own.
      let alarm = notice.map { $0.kind == .alarm && $0.tier >= .urgent } ?? false
      if label == "word" {
        words += 1
        if word { given += 1 } else { misses.append("no word: \(line)") }
      } else {
        lookAlikes += 1
        if !word && !alarm { quiet += 1 } else { misses.append(word ? "needless word: \(line)" : "false alarm: \(line)") }
      }
    }
    func percent(_ n: Int, _ d: Int) -> String { d == 0 ? "-" : String(format: "%.1f%%", 100 * Double(n) / Double(d)) }
    print(
      (["someone else's emergency, \(name): \(given) of \(words) given a word (\(percent(given, words))), "
        + "\(quiet) of \(lookAlikes) look-alikes quiet (\(percent(quiet, lookAlikes)))"] + misses.map { "  " + $0 })
        .joined(separator: "\n"))
    #expect(words >= 30 && lookAlikes >= 30)
    #expect(Double(given) / Double(max(words, 1)) >= wordFloor)
    #expect(Double(quiet) / Double(max(lookAlikes, 1)) >= quietFloor)
  }

  @Test func theHeldOutSet() {
    let figures = Self.evaluate("safety-heldout.tsv")
    // Only the figures: its lines stay unseen, so that they measure what tuning did not fit.
    print("safety, held-out set: \(figures)")
    #expect(figures.flags >= 50 && figures.benign >= 50)
    // The goal is 100% and 95%; the floors are where the screen stands, so that a change
    // that loses ground on unseen phrasings fails.
    #expect(figures.sensitivity >= 0.852)
    #expect(figures.specificity >= 0.983)
  }
}
