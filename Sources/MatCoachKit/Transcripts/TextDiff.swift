/// A line diff in the unified style: ` ` kept, `-` expected only, `+` actual only.
package enum TextDiff {
  /// Above this many cells the common-subsequence table would cost too much memory.
  static let maxCells = 1_000_000

  /// The lines of `expected` and `actual` marked by a longest-common-subsequence walk,
  /// after the lines they share at both ends; when what is left would need a table of
  /// more than `maxCells`, it is shown whole as removed and added (linear in memory).
  package static func lines(expected: [String], actual: [String]) -> [String] {
    var head = 0
    while head < expected.count, head < actual.count, expected[head] == actual[head] { head += 1 }
    var tail = 0
    while tail < expected.count - head, tail < actual.count - head,
      expected[expected.count - 1 - tail] == actual[actual.count - 1 - tail]
    {
      tail += 1
    }
    let middle = (Array(expected[head..<(expected.count - tail)]), Array(actual[head..<(actual.count - tail)]))
    let changed =
      middle.0.count * middle.1.count > maxCells
      ? middle.0.map { "-" + $0 } + middle.1.map { "+" + $0 }
      : table(expected: middle.0, actual: middle.1)
    return expected[..<head].map { " " + $0 } + changed + expected[(expected.count - tail)...].map { " " + $0 }
  }

  private static func table(expected: [String], actual: [String]) -> [String] {
    let n = expected.count
    let m = actual.count
    var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        lcs[i][j] = expected[i] == actual[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
      }
    }
    var out: [String] = []
    var i = 0
    var j = 0
    while i < n || j < m {
      if i < n, j < m, expected[i] == actual[j] {
        out.append(" " + expected[i])
        i += 1
        j += 1
      } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
        out.append("-" + expected[i])
        i += 1
      } else {
        out.append("+" + actual[j])
        j += 1
      }
    }
    return out
  }
}
