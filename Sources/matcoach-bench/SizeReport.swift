import MatCoachKit

/// The figures for one knowledge-base size, measured in a process of its own so that
/// its peak memory is its own.
struct SizeReport {
  var intents: Int
  var loadMilliseconds: Double
  var classifyMedianMicroseconds: Double
  var classifyP99Microseconds: Double
  var turnMedianMicroseconds: Double
  var turnP99Microseconds: Double
  var peakMemoryMiB: Double
  /// Per utterance kind: (right, total); for `none`, "right" means nothing matched.
  var accuracy: [Workload.Utterance.Kind: (right: Int, total: Int)]

  /// Generates the workload, then measures loading, classifying and whole turns.
  ///
  /// - Parameter english: the bytes of a list of real English words, one a line: the
  ///   workload is drawn from them, and the coach takes them as correctly spelt, as the
  ///   shipped coach does with its own list.
  static func measure(
    intents: Int, utterances: Int, rounds: Int = 3, showMisses: Bool = false, english: [UInt8]? = nil
  ) -> SizeReport {
    let words = english.map { bytes in bytes.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) } }
    let workload = Workload(intents: intents, utterances: utterances, english: words)
    let file = KnowledgeFile(path: "generated.yaml", contents: workload.yaml)

    var loads: [Double] = []
    var coach: Coach?
    for _ in 0..<3 {
      coach = nil  // one knowledge base in memory at a time, as in real use
      let start = Stopwatch.now()
      let (loaded, diagnostics) = KnowledgeBaseLoader().load([file])
      guard var knowledge = loaded else { fatalError("generated knowledge base is invalid: \(diagnostics.prefix(3))") }
      knowledge.englishWords = english.map(EnglishWords.init(bytes:))
      coach = Coach(knowledge: CompiledKnowledge(knowledge))
      loads.append(Double(Stopwatch.now() - start) / 1e6)
    }
    var turns = coach!

    var accuracy: [Workload.Utterance.Kind: (right: Int, total: Int)] = [:]
    for u in workload.utterances {
      let result = turns.knowledge.classify(u.text)
      let got = result.best?.id
      var tally = accuracy[u.kind] ?? (0, 0)
      tally.total += 1
      if got == u.expected {
        tally.right += 1
      } else if showMisses {
        // What was heard, and what the expected intent's phrases are.
        let heard = (result.best?.phrases ?? []).map { "\($0.text) in \($0.said)" }.joined(separator: ", ")
        let wanted = u.expected.flatMap { turns.knowledge.intent(id: $0) }.map { $0.phrases.map(\.text).joined(separator: " / ") } ?? ""
        print("miss (\(u.kind.rawValue)): expected \(u.expected ?? "-") [\(wanted)], got \(got ?? "-") [\(heard)]: \(u.text)")
      }
      accuracy[u.kind] = tally
    }

    var classify: [Double] = []
    classify.reserveCapacity(workload.utterances.count * rounds)
    for _ in 0..<rounds {
      for u in workload.utterances {
        let start = Stopwatch.now()
        let result = turns.knowledge.classify(u.text)
        classify.append(Double(Stopwatch.now() - start) / 1e3)
        precondition(result.ranked.count >= 0)
      }
    }
    var turnTimes: [Double] = []
    for u in workload.utterances {
      let start = Stopwatch.now()
      let reply = turns.respond(to: u.text)
      turnTimes.append(Double(Stopwatch.now() - start) / 1e3)
      precondition(!reply.text.isEmpty)
    }
    classify.sort()
    turnTimes.sort()
    return SizeReport(
      intents: intents, loadMilliseconds: loads.min()!,
      classifyMedianMicroseconds: Stopwatch.quantile(classify, 0.5),
      classifyP99Microseconds: Stopwatch.quantile(classify, 0.99),
      turnMedianMicroseconds: Stopwatch.quantile(turnTimes, 0.5),
      turnP99Microseconds: Stopwatch.quantile(turnTimes, 0.99),
      peakMemoryMiB: Stopwatch.peakMemoryMiB(), accuracy: accuracy)
  }

  /// One tab-separated line, for the parent process to read.
  var line: String {
    let kinds = Workload.Utterance.Kind.allCases.map { "\(accuracy[$0]?.right ?? 0)/\(accuracy[$0]?.total ?? 0)" }
    return ([intents, loadMilliseconds, classifyMedianMicroseconds, classifyP99Microseconds,
      turnMedianMicroseconds, turnP99Microseconds, peakMemoryMiB] as [Any]).map { "\($0)" }
      .joined(separator: "\t") + "\t" + kinds.joined(separator: "\t")
  }

  init?(line: String) {
    let f = line.split(separator: "\t").map(String.init)
    guard f.count == 10, let n = Int(f[0]) else { return nil }
    let d = f[1...6].compactMap { Double($0) }
    guard d.count == 6 else { return nil }
    var accuracy: [Workload.Utterance.Kind: (right: Int, total: Int)] = [:]
    for (kind, field) in zip(Workload.Utterance.Kind.allCases, f[7...]) {
      let parts = field.split(separator: "/").compactMap { Int($0) }
      if parts.count == 2 { accuracy[kind] = (parts[0], parts[1]) }
    }
    self.init(
      intents: n, loadMilliseconds: d[0], classifyMedianMicroseconds: d[1], classifyP99Microseconds: d[2],
      turnMedianMicroseconds: d[3], turnP99Microseconds: d[4], peakMemoryMiB: d[5], accuracy: accuracy)
  }

  /// The best figure of several runs of one size: the lowest time and memory. Accuracy
  /// is the same in every run (the workload is generated from a fixed seed).
  init(bestOf runs: [SizeReport]) {
    self = runs[0]
    for run in runs.dropFirst() {
      loadMilliseconds = min(loadMilliseconds, run.loadMilliseconds)
      classifyMedianMicroseconds = min(classifyMedianMicroseconds, run.classifyMedianMicroseconds)
      classifyP99Microseconds = min(classifyP99Microseconds, run.classifyP99Microseconds)
      turnMedianMicroseconds = min(turnMedianMicroseconds, run.turnMedianMicroseconds)
      turnP99Microseconds = min(turnP99Microseconds, run.turnP99Microseconds)
      peakMemoryMiB = min(peakMemoryMiB, run.peakMemoryMiB)
    }
  }

  init(
    intents: Int, loadMilliseconds: Double, classifyMedianMicroseconds: Double, classifyP99Microseconds: Double,
    turnMedianMicroseconds: Double, turnP99Microseconds: Double, peakMemoryMiB: Double,
    accuracy: [Workload.Utterance.Kind: (right: Int, total: Int)]
  ) {
    self.intents = intents
    self.loadMilliseconds = loadMilliseconds
    self.classifyMedianMicroseconds = classifyMedianMicroseconds
    self.classifyP99Microseconds = classifyP99Microseconds
    self.turnMedianMicroseconds = turnMedianMicroseconds
    self.turnP99Microseconds = turnP99Microseconds
    self.peakMemoryMiB = peakMemoryMiB
    self.accuracy = accuracy
  }
}
