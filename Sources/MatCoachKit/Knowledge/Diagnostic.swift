/// One problem found in the knowledge base, with the place it is at.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  /// How serious a problem is.
  public enum Severity: String, Sendable {
    /// The knowledge base cannot be used until this is fixed.
    case error
    /// Worth fixing, but the knowledge base still loads.
    case warning
  }

  public var location: SourceLocation
  public var message: String
  public var severity: Severity

  public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    // Messages quote the knowledge base, which may hold anything: shown, never obeyed.
    self.message = message.escapingControlCharacters
  }

  /// `FILE:LINE:COLUMN: message`, with `warning: ` before the message for warnings.
  public var description: String {
    switch severity {
    case .error: "\(location): \(message)"
    case .warning: "\(location): warning: \(message)"
    }
  }
}
