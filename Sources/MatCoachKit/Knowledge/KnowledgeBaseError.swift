/// Why a knowledge base could not be loaded.
public enum KnowledgeBaseError: Error, Sendable, CustomStringConvertible {
  /// The folder does not exist or holds no `.yaml` files.
  case noIntents(directory: String)
  /// A file could not be read.
  case unreadable(path: String, reason: String)
  /// The files were read but are not valid; every problem is listed.
  case invalid([Diagnostic])

  public var description: String {
    switch self {
    case .noIntents(let directory):
      "\(directory): no knowledge base here (expected one or more .yaml files)"
    case .unreadable(let path, let reason):
      "\(path): cannot read: \(reason)"
    case .invalid(let diagnostics):
      diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")
    }
  }
}
