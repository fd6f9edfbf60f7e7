/// Damerau-Levenshtein distance (optimal string alignment), with an early exit.
package enum EditDistance {
  /// The number of insertions, deletions, substitutions and adjacent swaps from `a` to `b`,
  /// or `nil` as soon as it must exceed `limit`.
  package static func distance<A: Collection, B: Collection>(_ a: A, _ b: B, limit: Int) -> Int?
  where A.Element == UInt8, B.Element == UInt8 {
    let a = Array(a)
    let b = Array(b)
    if abs(a.count - b.count) > limit { return nil }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    let width = b.count + 1
    var previous2 = [Int](repeating: 0, count: width)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: width)
    for i in 1...a.count {
      current[0] = i
      var rowMin = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
        rowMin = min(rowMin, value)
      }
      if rowMin > limit { return nil }
      swap(&previous2, &previous)
      swap(&previous, &current)
    }
    let result = previous[b.count]
    return result <= limit ? result : nil
  }
}
