/// One knowledge-base file's path and text, as handed to the loader.
public struct KnowledgeFile: Hashable, Sendable {
  /// The path shown in messages.
  public var path: String
  public var contents: String

  public init(path: String, contents: String) {
    self.path = path
    self.contents = contents
  }
}
