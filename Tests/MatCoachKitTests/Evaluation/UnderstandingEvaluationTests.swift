import MatCoachKit
import Testing

/// Realistic lines labelled with the answers that would be right, written before the
/// matcher was tuned on them. `understanding.tsv` is the tuning set (misses printed);
/// `understanding-heldout.tsv` was kept aside and never read while tuning (figures only).
///
/// A label is intent ids joined by `+` (each asked, in order) of alternatives joined by
/// `|`; `out-of-scope` is right when the reply says honestly that the guide does not
/// cover it (an intent marked `outside_guide`, or a fallback saying the line is about
/// something else), and `-` when it says it did not catch the line or that it is about
/// something else. A sign's id (`pregnancy`) is right when
/// the reply's safety notice, said before any answer, names that sign; and
/// `medical-conditions` (the conditions to check first) is right when it names a sign to
/// check first: "I have a pacemaker, is it safe?" is told, for a heart condition, to check
/// with a doctor, which the blind writers, who knew only the topics, could not name.
@Suite struct UnderstandingEvaluationTests {
  struct Figures: CustomStringConvertible {
    var total = 0, right = 0
    var misses: [String] = []
    var accuracy: Double { total == 0 ? 1 : Double(right) / Double(total) }
    var description: String {
      "\(Int((accuracy * 1000).rounded()) / 10).\(Int((accuracy * 1000).rounded()) % 10)% (\(right) of \(total))"
    }
  }

  /// Whether `reply` answers what `label` asks.
  static func isRight(_ reply: Reply, _ label: String) -> Bool {
    // `-`: about nothing the coach knows; right when it says it did not catch it.
    if label == "-" { return reply.kind == .fallback }
    // `out-of-scope|-`: an honest "the guide doesn't cover that" or "I didn't catch that".
    if label.split(separator: "|").contains("-") && reply.kind == .fallback { return true }
    // `out-of-scope`: "that's outside what I can help with" says so too.
    if label.split(separator: "|").contains("out-of-scope") && reply.kind == .fallback && reply.offTopic { return true }
    let answered =
      (reply.notice?.signs ?? []) + reply.answers.map(\.intent)
      + (reply.answers.isEmpty ? [reply.intent].compactMap { $0 } : [])
    let wanted = label.split(separator: "+").map { $0.split(separator: "|").map(String.init) }
    var found = answered[...]
    for options in wanted {
      let ok: (String) -> Bool = { id in
        options.contains(id)
          || (options.contains("out-of-scope") && TestSupport.compiled.intent(id: id)?.outsideGuide == true)
          || (options.contains("medical-conditions") && TestSupport.compiled.base.safety.sign(id: id)?.tier == .check)
      }
      guard let at = found.firstIndex(where: ok) else { return false }
      found = found[(at + 1)...]
    }
    return true
  }

  static func evaluate(_ fixture: String) -> Figures {
    var figures = Figures()
    for (label, line) in TestSupport.labelledRows("Evaluation/\(fixture)") {
      var coach = TestSupport.coach()
      let reply = coach.respond(to: line)
      figures.total += 1
      if isRight(reply, label) {
        figures.right += 1
      } else {
        let got = ((reply.notice?.signs ?? []) + reply.answers.map(\.intent)).joined(separator: "+")
        figures.misses.append("\(label) ← got \(got.isEmpty ? reply.kind.rawValue : got): \(line)")
      }
    }
    return figures
  }

  @Test func theTuningSet() {
    let figures = Self.evaluate("understanding.tsv")
    // One print a set: lines printed one at a time by test cases running at once can
    // interleave and be lost in the captured output.
    print((["understanding, tuning set: \(figures)"] + figures.misses.map { "  " + $0 }).joined(separator: "\n"))
    #expect(figures.total >= 200)
    #expect(figures.accuracy >= 0.978)
  }

  /// Written blind by helpers after tuning, from intent titles and the guide, to find new
  /// kinds of miss (the second stressing paraphrase, slang, very short lines and other
  /// names for the mat, the third long rambling lines, two questions, phone slips and
  /// situations told rather than asked); read while tuning since, so not held-out figures.
  @Test(arguments: [
    ("fresh set", "understanding-fresh.tsv", 0.938), ("second fresh set", "understanding-fresh2.tsv", 0.888),
    ("third fresh set", "understanding-fresh3.tsv", 0.885),
    ("fourth fresh set", "understanding-fresh4.tsv", 0.905), ("fifth fresh set", "understanding-fresh5.tsv", 0.93),
    ("sixth fresh set", "understanding-fresh6.tsv", 0.94), ("seventh fresh set", "understanding-fresh7.tsv", 0.905),
    ("eighth fresh set", "understanding-fresh8.tsv", 0.965),
    ("ninth fresh set", "understanding-fresh9.tsv", 0.915),
    ("tenth fresh set", "understanding-fresh10.tsv", 0.97),
    ("eleventh fresh set", "understanding-fresh11.tsv", 0.955),
    ("twelfth fresh set", "understanding-fresh12.tsv", 0.97),
    ("thirteenth fresh set", "understanding-fresh13.tsv", 0.913),
    ("fourteenth fresh set", "understanding-fresh14.tsv", 0.885),
    ("fifteenth fresh set", "understanding-fresh15.tsv", 0.825),
    ("sixteenth fresh set", "understanding-fresh16.tsv", 0.916),
    ("seventeenth fresh set", "understanding-fresh17.tsv", 0.905),
    ("eighteenth fresh set", "understanding-fresh18.tsv", 0.915),
    ("nineteenth fresh set", "understanding-fresh19.tsv", 0.935),
    ("twentieth fresh set", "understanding-fresh20.tsv", 0.925),
    ("twenty-first fresh set", "understanding-fresh21.tsv", 0.94),
    ("twenty-second fresh set", "understanding-fresh22.tsv", 0.93),
    ("twenty-third fresh set", "understanding-fresh23.tsv", 0.93),
    ("twenty-fourth fresh set", "understanding-fresh24.tsv", 0.925),
    ("twenty-fifth fresh set", "understanding-fresh25.tsv", 0.84),
    ("twenty-sixth fresh set", "understanding-fresh26.tsv", 0.955),
    ("twenty-seventh fresh set", "understanding-fresh27.tsv", 0.685),
    ("twenty-eighth fresh set", "understanding-fresh28.tsv", 0.91),
    ("twenty-ninth fresh set", "understanding-fresh29.tsv", 0.79),
    ("thirtieth fresh set", "understanding-fresh30.tsv", 0.825),
    ("thirty-first fresh set", "understanding-fresh31.tsv", 0.88),
    ("thirty-second fresh set", "understanding-fresh32.tsv", 0.84),
    ("thirty-third fresh set", "understanding-fresh33.tsv", 0.86),
    ("thirty-fourth fresh set", "understanding-fresh34.tsv", 0.84),
    ("thirty-fifth fresh set", "understanding-fresh35.tsv", 0.89),
    ("thirty-sixth fresh set", "understanding-fresh36.tsv", 0.925),
    ("thirty-seventh fresh set", "understanding-fresh37.tsv", 0.905),
    ("thirty-eighth fresh set", "understanding-fresh38.tsv", 0.875),
    ("thirty-ninth fresh set", "understanding-fresh39.tsv", 0.89),
    ("fortieth fresh set", "understanding-fresh40.tsv", 0.885),
    ("forty-first fresh set", "understanding-fresh41.tsv", 0.875),
    ("forty-second fresh set", "understanding-fresh42.tsv", 0.965),
    ("forty-third fresh set", "understanding-fresh43.tsv", 0.855),
    ("forty-fourth fresh set", "understanding-fresh44.tsv", 0.82),
    ("forty-fifth fresh set", "understanding-fresh45.tsv", 0.945),
    ("forty-sixth fresh set", "understanding-fresh46.tsv", 0.87),
    ("forty-seventh fresh set", "understanding-fresh47.tsv", 0.875),
    ("forty-eighth fresh set", "understanding-fresh48.tsv", 0.915),
    ("forty-ninth fresh set", "understanding-fresh49.tsv", 0.93),
    ("fiftieth fresh set", "understanding-fresh50.tsv", 0.898),
    ("fifty-first fresh set", "understanding-fresh51.tsv", 0.96),
    ("fifty-second fresh set", "understanding-fresh52.tsv", 0.885),
    ("fifty-third fresh set", "understanding-fresh53.tsv", 0.928),
    ("fifty-fourth fresh set", "understanding-fresh54.tsv", 0.951),
    ("fifty-fifth fresh set", "understanding-fresh55.tsv", 0.841),
    ("fifty-sixth fresh set", "understanding-fresh56.tsv", 0.916),
    ("fifty-seventh fresh set", "understanding-fresh57.tsv", 0.933),
    ("fifty-eighth fresh set", "understanding-fresh58.tsv", 0.957),
    ("fifty-ninth fresh set", "understanding-fresh59.tsv", 0.877),
    ("sixtieth fresh set", "understanding-fresh60.tsv", 0.89),
    ("sixty-first fresh set", "understanding-fresh61.tsv", 0.81),
    ("sixty-second fresh set", "understanding-fresh62.tsv", 0.778),
    ("sixty-third fresh set", "understanding-fresh63.tsv", 0.868),
    ("sixty-fourth fresh set", "understanding-fresh64.tsv", 0.826),
    ("sixty-fifth fresh set", "understanding-fresh65.tsv", 0.863),
    ("sixty-sixth fresh set", "understanding-fresh66.tsv", 0.802),
    ("sixty-seventh fresh set", "understanding-fresh67.tsv", 0.827),
    ("sixty-eighth fresh set", "understanding-fresh68.tsv", 0.863),
    ("sixty-ninth fresh set", "understanding-fresh69.tsv", 0.838),
    ("seventieth fresh set", "understanding-fresh70.tsv", 0.791),
    ("seventy-first fresh set", "understanding-fresh71.tsv", 0.901),
    ("seventy-second fresh set", "understanding-fresh72.tsv", 0.848),
    ("seventy-third fresh set", "understanding-fresh73.tsv", 0.807),
    ("seventy-fourth fresh set", "understanding-fresh74.tsv", 0.812),
    ("seventy-fifth fresh set", "understanding-fresh75.tsv", 0.755),
    ("seventy-sixth fresh set", "understanding-fresh76.tsv", 0.760),
    ("seventy-seventh fresh set", "understanding-fresh77.tsv", 0.791),
    ("seventy-eighth fresh set", "understanding-fresh78.tsv", 0.895),
    ("seventy-ninth fresh set", "understanding-fresh79.tsv", 0.833),
    ("eightieth fresh set", "understanding-fresh80.tsv", 0.953),
    ("eighty-first fresh set", "understanding-fresh81.tsv", 0.854),
    ("eighty-second fresh set", "understanding-fresh82.tsv", 0.932),
    ("eighty-third fresh set", "understanding-fresh83.tsv", 0.875),
    ("eighty-fourth fresh set", "understanding-fresh84.tsv", 0.875),
    ("eighty-fifth fresh set", "understanding-fresh85.tsv", 0.828),
    ("eighty-sixth fresh set", "understanding-fresh86.tsv", 0.864),
    ("eighty-seventh fresh set", "understanding-fresh87.tsv", 0.859),
    ("eighty-eighth fresh set", "understanding-fresh88.tsv", 0.822),
    ("eighty-ninth fresh set", "understanding-fresh89.tsv", 0.796),
    ("ninetieth fresh set", "understanding-fresh90.tsv", 0.846),
    ("ninety-first fresh set", "understanding-fresh91.tsv", 0.825),
  ])
  func aFreshSet(name: String, fixture: String, floor: Double) {
    let figures = Self.evaluate(fixture)
    // One print a set: lines printed one at a time by test cases running at once can
    // interleave and be lost in the captured output.
    print((["understanding, \(name): \(figures)"] + figures.misses.map { "  " + $0 }).joined(separator: "\n"))
    #expect(figures.total >= 150)
    #expect(figures.accuracy >= floor)
  }

  @Test func theHeldOutSet() {
    let figures = Self.evaluate("understanding-heldout.tsv")
    print("understanding, held-out set: \(figures)")
    #expect(figures.total >= 100)
    // The goal is 95%; this floor is where the set stands now (79.5% when first run, 89.8%
    // at the fourteenth sitting).
    #expect(figures.accuracy >= 0.897)
  }
}
