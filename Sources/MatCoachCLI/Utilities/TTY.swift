#if canImport(Glibc)
  import Glibc
#endif

/// What the standard streams are connected to, and so how the coach talks: the one
/// place that decides between the REPL and plain lines, line editing, and colour.
struct TTY: Equatable {
  var inputIsTerminal: Bool
  var outputIsTerminal: Bool
  /// `$TERM`, nil when unset.
  var term: String?
  /// `$NO_COLOR` is set to something (https://no-color.org).
  var noColour: Bool

  /// The streams of this process, in this environment.
  static func current(environment: [String: String]) -> TTY {
    TTY(
      inputIsTerminal: isatty(STDIN_FILENO) == 1, outputIsTerminal: isatty(STDOUT_FILENO) == 1,
      term: environment["TERM"], noColour: !(environment["NO_COLOR"] ?? "").isEmpty)
  }

  /// A terminal that cannot move the cursor: `TERM=dumb`, or no `TERM` at all (as under
  /// some editors and schedulers), where escape sequences would show as garbage.
  var isDumb: Bool { term == nil || term == "" || term == "dumb" }

  /// The REPL, with its banner and prompt, when a person is at both ends.
  var isInteractive: Bool { inputIsTerminal && outputIsTerminal }

  /// Line editing and history (libedit) need a terminal that is not dumb.
  var canEditLines: Bool { isInteractive && !isDumb }

  /// Colour only on a terminal that is not dumb, and never with `NO_COLOR` set.
  var colour: Bool { outputIsTerminal && !isDumb && !noColour }
}
