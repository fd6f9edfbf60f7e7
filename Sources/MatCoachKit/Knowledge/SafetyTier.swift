/// How urgently a red flag needs a clinician, which decides what the coach does.
public enum SafetyTier: String, Sendable, CaseIterable, Comparable {
  /// A condition to check with a doctor before using the mat (pregnancy, blood thinners):
  /// the coach says so, and reminds the user when it gives mat advice.
  case check
  /// A doctor today (fever, weight loss nobody can explain, pain at night, cancer): no mat
  /// advice that turn, and a reminder before any later advice.
  case urgent
  /// Emergency services now (nerve compression, a fall, chest pain): no mat advice until
  /// the user says it has been seen to.
  case emergency

  private var rank: Int {
    switch self {
    case .check: 0
    case .urgent: 1
    case .emergency: 2
    }
  }

  public static func < (a: SafetyTier, b: SafetyTier) -> Bool { a.rank < b.rank }
}
