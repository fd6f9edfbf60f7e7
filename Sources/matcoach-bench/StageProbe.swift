import MatCoachKit

/// Where a classify spends its time: the median of each stage of the matcher's
/// pipeline (normalise, find word alternatives, match phrases) on one generated
/// knowledge base. Facts are left out: the generated knowledge bases declare none.
enum StageProbe {
  static func run(intents: Int, utterances: Int) {
    let workload = Workload(intents: intents, utterances: utterances)
    var t0 = Stopwatch.now()
    let (loaded, diagnostics) = KnowledgeBaseLoader().load([KnowledgeFile(path: "generated.yaml", contents: workload.yaml)])
    print("loader ms", Double(Stopwatch.now() - t0) / 1e6)
    guard let loaded else {
      print("generated knowledge base is invalid: \(diagnostics.prefix(3))")
      return
    }
    t0 = Stopwatch.now()
    let knowledge = CompiledKnowledge(loaded)
    print("compile ms", Double(Stopwatch.now() - t0) / 1e6)
    let (normalizer, vocabulary, matcher) = (knowledge.normalizer, knowledge.vocabulary, knowledge.matcher)

    var normalise: [Double] = []
    var alternatives: [Double] = []
    var match: [Double] = []
    for _ in 0..<5 {
      for utterance in workload.utterances {
        var start = Stopwatch.now()
        let tokens = normalizer.tokens(utterance.text)
        normalise.append(Double(Stopwatch.now() - start) / 1e3)
        start = Stopwatch.now()
        let found = vocabulary.alternatives(for: tokens)
        alternatives.append(Double(Stopwatch.now() - start) / 1e3)
        start = Stopwatch.now()
        let result = matcher.match(tokens: tokens, alternatives: found)
        match.append(Double(Stopwatch.now() - start) / 1e3)
        precondition(result.ranked.count >= 0)
      }
    }
    print("\(intents) intents, median per stage (µs):")
    for (name, times) in [("normalise", normalise), ("alternatives", alternatives), ("match", match)] {
      print("  \(name): " + String(format: "%.2f", Stopwatch.quantile(times.sorted(), 0.5)))
    }
  }
}
