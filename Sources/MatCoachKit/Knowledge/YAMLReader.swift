import Yams

/// Reads one YAML file's nodes into Swift values, noting each problem with its place.
///
/// What a node is (`what`) is named lazily: it is needed only for an error, and a large
/// knowledge base reads hundreds of thousands of nodes, each of which would otherwise
/// build its description.
struct YAMLReader {
  let path: String
  var diagnostics: [Diagnostic] = []

  init(path: String) { self.path = path }

  func location(_ node: Node?) -> SourceLocation {
    let mark = node?.mark
    return SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  mutating func error(_ node: Node?, _ message: String) {
    diagnostics.append(Diagnostic(.error, at: location(node), message))
  }

  mutating func warning(_ node: Node?, _ message: String) {
    diagnostics.append(Diagnostic(.warning, at: location(node), message))
  }

  /// The text of a scalar; an error naming `what` for anything else.
  mutating func string(_ node: Node, _ what: @autoclosure () -> String) -> String? {
    guard case .scalar(let scalar) = node else {
      error(node, "\(what()) must be text, not \(describe(node))")
      return nil
    }
    if let control = scalar.string.firstControlCharacter {
      // An escape sequence in an answer would steer the user's terminal.
      let code = String(control.value, radix: 16, uppercase: true)
      error(node, "\(what()) holds a control character (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code)): write plain text")
      return nil
    }
    return scalar.string
  }

  /// A scalar or a list of scalars, as a list.
  mutating func strings(_ node: Node, _ what: @autoclosure () -> String) -> [(String, Node)] {
    switch node {
    case .scalar(let scalar): return [(scalar.string, node)]
    case .sequence(let sequence):
      return sequence.compactMap { item in string(item, what()).map { ($0, item) } }
    default:
      error(node, "\(what()) must be text or a list of text, not \(describe(node))")
      return []
    }
  }

  mutating func bool(_ node: Node, _ what: @autoclosure () -> String) -> Bool? {
    if case .scalar(let scalar) = node {
      switch scalar.string.lowercased() {
      case "true", "yes", "on": return true
      case "false", "no", "off": return false
      default: break
      }
    }
    error(node, "\(what()) must be true or false")
    return nil
  }

  /// A mapping's entries with their keys as text, in order; unknown keys are errors.
  mutating func entries(_ node: Node, _ what: @autoclosure () -> String, allowed: Set<String>? = nil)
    -> [(key: String, keyNode: Node, value: Node)]
  {
    guard case .mapping(let mapping) = node else {
      error(node, "\(what()) must be a mapping of `key: value` lines, not \(describe(node))")
      return []
    }
    // Typed as returned: an unlabelled array would be copied into the labelled type.
    var result: [(key: String, keyNode: Node, value: Node)] = []
    result.reserveCapacity(mapping.count)
    for (keyNode, value) in mapping {
      guard let key = string(keyNode, "a key in \(what())") else { continue }
      if let allowed, !allowed.contains(key) {
        let known = allowed.sorted().joined(separator: ", ")
        error(keyNode, "unknown key `\(key)` in \(what()); expected one of: \(known)")
        continue
      }
      if result.contains(where: { $0.key == key }) {
        error(keyNode, "`\(key)` appears twice in \(what())")
        continue
      }
      result.append((key, keyNode, value))
    }
    return result
  }

  mutating func sequence(_ node: Node, _ what: @autoclosure () -> String) -> [Node] {
    guard case .sequence(let sequence) = node else {
      error(node, "\(what()) must be a list (lines starting with `- `), not \(describe(node))")
      return []
    }
    return Array(sequence)
  }

  func describe(_ node: Node) -> String {
    switch node {
    case .scalar: "text"
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .alias: "an alias"
    }
  }
}
