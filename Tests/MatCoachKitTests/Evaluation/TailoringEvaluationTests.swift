import Foundation
import MatCoachKit
import Testing

/// Conversations that tell the coach about oneself and then ask, with the advice a reply
/// must (`=`) or must not (`!`) give as a pattern; written before tailoring was tuned.
/// `tailoring.txt` is the tuning set (failures printed); `tailoring-heldout.txt` was kept
/// aside and never read while tuning (figures only).
@Suite struct TailoringEvaluationTests {
  struct Conversation {
    var name: String
    /// Each turn and the checks on its reply.
    var turns: [(line: String, must: [String], mustNot: [String])] = []
  }

  static func conversations(_ fixture: String) -> [Conversation] {
    var result: [Conversation] = []
    let url = TestSupport.root.appendingPathComponent("Tests/MatCoachKitTests/Fixtures/Evaluation/\(fixture)")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    for line in text.split(separator: "\n").map(String.init) {
      if line.hasPrefix("## ") {
        result.append(Conversation(name: String(line.dropFirst(3))))
      } else if line.hasPrefix("> "), !result.isEmpty {
        result[result.count - 1].turns.append((String(line.dropFirst(2)), [], []))
      } else if (line.hasPrefix("= ") || line.hasPrefix("! ")), !result.isEmpty, !result[result.count - 1].turns.isEmpty {
        let pattern = String(line.dropFirst(2))
        let last = result[result.count - 1].turns.count - 1
        if line.hasPrefix("=") {
          result[result.count - 1].turns[last].must.append(pattern)
        } else {
          result[result.count - 1].turns[last].mustNot.append(pattern)
        }
      }
    }
    return result
  }

  struct Figures: CustomStringConvertible {
    var conversations = 0, passed = 0, checks = 0, checksPassed = 0
    var failures: [String] = []
    var description: String {
      "\(passed) of \(conversations) conversations (\(checksPassed) of \(checks) checks)"
    }
  }

  static func matches(_ text: String, _ pattern: String) -> Bool {
    guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return false }
    return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }

  static func evaluate(_ fixture: String) -> Figures {
    var figures = Figures()
    for conversation in conversations(fixture) {
      var coach = TestSupport.coach()
      var ok = true
      for turn in conversation.turns {
        let text = coach.respond(to: turn.line).text
        for pattern in turn.must {
          figures.checks += 1
          if matches(text, pattern) { figures.checksPassed += 1 } else {
            ok = false
            figures.failures.append("\(conversation.name): “\(turn.line)” should match /\(pattern)/")
          }
        }
        for pattern in turn.mustNot {
          figures.checks += 1
          if !matches(text, pattern) { figures.checksPassed += 1 } else {
            ok = false
            figures.failures.append("\(conversation.name): “\(turn.line)” should not match /\(pattern)/")
          }
        }
      }
      figures.conversations += 1
      if ok { figures.passed += 1 }
    }
    return figures
  }

  @Test func theTuningSet() {
    let figures = Self.evaluate("tailoring.txt")
    // One print a set: lines printed one at a time by test cases running at once can
    // interleave and be lost in the captured output.
    print((["tailoring, tuning set: \(figures)"] + figures.failures.map { "  " + $0 }).joined(separator: "\n"))
    #expect(figures.conversations >= 25)
    // The goal, all of them, is reached: a conversation that fails now is a regression.
    #expect(figures.passed == figures.conversations)
  }

  /// Written blind by a helper after tuning, from the guide and a description of the
  /// facts, to find new kinds of miss; read while tuning since, so not a held-out figure.
  @Test(arguments: [("fresh set", "tailoring-fresh.txt", 100), ("second fresh set", "tailoring-fresh2.txt", 100),
    ("third fresh set", "tailoring-fresh3.txt", 100), ("fourth fresh set", "tailoring-fresh4.txt", 97), ("fifth fresh set", "tailoring-fresh5.txt", 97),
    ("sixth fresh set", "tailoring-fresh6.txt", 100), ("seventh fresh set", "tailoring-fresh7.txt", 97),
    ("eighth fresh set", "tailoring-fresh8.txt", 100),
    ("ninth fresh set", "tailoring-fresh9.txt", 95),
    ("tenth fresh set", "tailoring-fresh10.txt", 100),
    ("eleventh fresh set", "tailoring-fresh11.txt", 92),
    ("twelfth fresh set", "tailoring-fresh12.txt", 100),
    ("thirteenth fresh set", "tailoring-fresh13.txt", 100),
    ("fourteenth fresh set", "tailoring-fresh14.txt", 97),
    ("fifteenth fresh set", "tailoring-fresh15.txt", 97),
    ("sixteenth fresh set", "tailoring-fresh16.txt", 97),
    ("seventeenth fresh set", "tailoring-fresh17.txt", 97),
    ("eighteenth fresh set", "tailoring-fresh18.txt", 95),
    ("nineteenth fresh set", "tailoring-fresh19.txt", 100),
    ("twentieth fresh set", "tailoring-fresh20.txt", 97),
    ("twenty-first fresh set", "tailoring-fresh21.txt", 100),
    ("twenty-second fresh set", "tailoring-fresh22.txt", 95),
    ("twenty-third fresh set", "tailoring-fresh23.txt", 97),
    ("twenty-fourth fresh set", "tailoring-fresh24.txt", 97),
    ("twenty-fifth fresh set", "tailoring-fresh25.txt", 87),
    ("twenty-sixth fresh set", "tailoring-fresh26.txt", 95),
    ("twenty-seventh fresh set", "tailoring-fresh27.txt", 95),
    ("twenty-eighth fresh set", "tailoring-fresh28.txt", 100),
    ("twenty-ninth fresh set", "tailoring-fresh29.txt", 90),
    ("thirtieth fresh set", "tailoring-fresh30.txt", 97),
    ("thirty-first fresh set", "tailoring-fresh31.txt", 92),
    ("thirty-second fresh set", "tailoring-fresh32.txt", 97),
    ("thirty-third fresh set", "tailoring-fresh33.txt", 97),
    ("thirty-fourth fresh set", "tailoring-fresh34.txt", 97),
    ("thirty-fifth fresh set", "tailoring-fresh35.txt", 90),
    ("thirty-sixth fresh set", "tailoring-fresh36.txt", 100),
    ("thirty-seventh fresh set", "tailoring-fresh37.txt", 92),
    ("thirty-eighth fresh set", "tailoring-fresh38.txt", 90),
    ("thirty-ninth fresh set", "tailoring-fresh39.txt", 100),
    ("fortieth fresh set", "tailoring-fresh40.txt", 90),
    ("forty-first fresh set", "tailoring-fresh41.txt", 95),
    ("forty-second fresh set", "tailoring-fresh42.txt", 100),
    ("forty-third fresh set", "tailoring-fresh43.txt", 86),
    ("forty-fourth fresh set", "tailoring-fresh44.txt", 91),
    ("forty-fifth fresh set", "tailoring-fresh45.txt", 95),
    ("forty-sixth fresh set", "tailoring-fresh46.txt", 82),
    ("forty-seventh fresh set", "tailoring-fresh47.txt", 92),
    ("forty-eighth fresh set", "tailoring-fresh48.txt", 95),
    ("forty-ninth fresh set", "tailoring-fresh49.txt", 43),
    ("fiftieth fresh set", "tailoring-fresh50.txt", 43),
    ("fifty-first fresh set", "tailoring-fresh51.txt", 44),
    ("fifty-second fresh set", "tailoring-fresh52.txt", 37),
    ("fifty-third fresh set", "tailoring-fresh53.txt", 39),
    ("fifty-fourth fresh set", "tailoring-fresh54.txt", 89),
    ("fifty-fifth fresh set", "tailoring-fresh55.txt", 89),
    ("fifty-sixth fresh set", "tailoring-fresh56.txt", 81),
    ("fifty-seventh fresh set", "tailoring-fresh57.txt", 85),
    ("fifty-eighth fresh set", "tailoring-fresh58.txt", 89),
    ("fifty-ninth fresh set", "tailoring-fresh59.txt", 85),
    ("sixtieth fresh set", "tailoring-fresh60.txt", 81),
    ("sixty-first fresh set", "tailoring-fresh61.txt", 83),
    ("sixty-second fresh set", "tailoring-fresh62.txt", 66),
    ("sixty-third fresh set", "tailoring-fresh63.txt", 56),
    ("sixty-fourth fresh set", "tailoring-fresh64.txt", 50),
    ("sixty-fifth fresh set", "tailoring-fresh65.txt", 58),
    ("sixty-sixth fresh set", "tailoring-fresh66.txt", 62),
    ("sixty-seventh fresh set", "tailoring-fresh67.txt", 68),
    ("sixty-eighth fresh set", "tailoring-fresh68.txt", 87),
    ("sixty-ninth fresh set", "tailoring-fresh69.txt", 50),
    ("seventieth fresh set", "tailoring-fresh70.txt", 66),
    ("seventy-first fresh set", "tailoring-fresh71.txt", 79),
    ("seventy-second fresh set", "tailoring-fresh72.txt", 85),
    ("seventy-third fresh set", "tailoring-fresh73.txt", 93),
    ("seventy-fourth fresh set", "tailoring-fresh74.txt", 91),
    ("seventy-fifth fresh set", "tailoring-fresh75.txt", 97),
    ("seventy-sixth fresh set", "tailoring-fresh76.txt", 95),
    ("seventy-seventh fresh set", "tailoring-fresh77.txt", 95),
    ("seventy-eighth fresh set", "tailoring-fresh78.txt", 85),
    ("seventy-ninth fresh set", "tailoring-fresh79.txt", 89),
    ("eightieth fresh set", "tailoring-fresh80.txt", 87),
    ("eighty-first fresh set", "tailoring-fresh81.txt", 81),
    ("eighty-second fresh set", "tailoring-fresh82.txt", 79),
    ("eighty-third fresh set", "tailoring-fresh83.txt", 85),
    ("eighty-fourth fresh set", "tailoring-fresh84.txt", 87),
  ])
  func aFreshSet(name: String, fixture: String, floor: Int) {
    let figures = Self.evaluate(fixture)
    // One print a set: lines printed one at a time by test cases running at once can
    // interleave and be lost in the captured output.
    print((["tailoring, \(name): \(figures)"] + figures.failures.map { "  " + $0 }).joined(separator: "\n"))
    #expect(figures.conversations >= 30)
    #expect(figures.passed * 100 >= figures.conversations * floor)
  }

  @Test func theHeldOutSet() {
    let figures = Self.evaluate("tailoring-heldout.txt")
    print("tailoring, held-out set: \(figures)")
    #expect(figures.conversations >= 12)
    #expect(figures.passed * 100 >= figures.conversations * 85)
  }
}
