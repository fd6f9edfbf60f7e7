/// An amount told as a change to the one the user had: "knocked 5 off", "doubled it".
package enum FactChange: Hashable, Sendable {
  /// So much more (or, negative, less): "added an extra 5 mins".
  case by(Double)
  /// So many times as much: "doubled it", "halved it".
  case times(Double)

  /// The amount after the change to `base`.
  package func applied(to base: Double) -> Double {
    switch self {
    case .by(let amount): base + amount
    case .times(let factor): base * factor
    }
  }
}
