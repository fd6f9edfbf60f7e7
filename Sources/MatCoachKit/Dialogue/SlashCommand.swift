/// The commands a user can type instead of a question.
public enum SlashCommand: String, CaseIterable, Sendable {
  case help, topics, why, profile, reset, session, log, progress, quit

  /// What it does, for `/help`.
  public var summary: String {
    switch self {
    case .help: "what I can do, with example questions"
    case .topics: "everything I can talk about"
    case .why: "why I gave my last reply"
    case .profile: "what I remember about you, and why"
    case .reset: "forget what I remember about you"
    case .session: "time a session with you: /session 10 (minutes)"
    case .log: "log a session done without the timer: /log 15, or /log 15 pain 6 3 (before, after)"
    case .progress: "your sessions of the last 14 days, with pain if you noted it"
    case .quit: "leave (Ctrl-D works too)"
    }
  }

  /// The command a typed word names: its full name, an alias, or an unambiguous prefix.
  public static func parse(_ word: String) -> SlashCommand? {
    let name = word.lowercased()
    if name == "exit" || name == "bye" { return .quit }
    if name == "?" { return .help }
    if let exact = SlashCommand(rawValue: name) { return exact }
    let prefixed = allCases.filter { $0.rawValue.hasPrefix(name) }
    guard !name.isEmpty, prefixed.count == 1 else { return nil }
    // A command that adds to the log is never started by a stray letter: "/s" is not "/session".
    if prefixed[0] == .session && name.count < 3 { return nil }
    return prefixed[0]
  }
}
