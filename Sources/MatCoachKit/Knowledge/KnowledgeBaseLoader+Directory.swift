import Foundation

extension KnowledgeBaseLoader {
  /// Where the guide is looked for when none is named: `seeds/` beside the knowledge base.
  public static func defaultGuidePath(forIntents directory: String) -> String? {
    let trimmed = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
    let parent = (trimmed as NSString).deletingLastPathComponent
    let seeds = (parent as NSString).appendingPathComponent("seeds")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().first.map { (seeds as NSString).appendingPathComponent($0) }
  }

  /// Reads every `.yaml`/`.yml` file of a folder (in name order) and the guide.
  ///
  /// - Parameter guidePath: the guide to check sources against; by default the first
  ///   `.txt` in `seeds/` beside the folder. Without a guide, sources are not checked.
  public static func files(inDirectory directory: String) throws(KnowledgeBaseError) -> [KnowledgeFile] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue
    else { throw .noIntents(directory: directory) }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw .unreadable(path: directory, reason: error.localizedDescription)
    }
    let yaml = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    guard !yaml.isEmpty else { throw .noIntents(directory: directory) }
    var files: [KnowledgeFile] = []
    for name in yaml {
      let path = (directory as NSString).appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: path) else {
        throw .unreadable(path: path, reason: "permission denied or not a file")
      }
      guard let text = String(data: data, encoding: .utf8) else {
        throw .unreadable(path: path, reason: "not UTF-8 text")
      }
      files.append(KnowledgeFile(path: path, contents: text))
    }
    return files
  }

  /// Reads a guide file.
  public static func guide(at path: String) throws(KnowledgeBaseError) -> Guide {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { throw .unreadable(path: path, reason: "missing, unreadable or not UTF-8 text") }
    return Guide(path: path, text: text)
  }

  /// Loads a knowledge-base folder, throwing every error at once if it is not valid.
  /// Warnings come back with the knowledge base.
  public static func load(directory: String, guidePath: String? = nil) throws(KnowledgeBaseError)
    -> (knowledge: KnowledgeBase, warnings: [Diagnostic])
  {
    let files = try files(inDirectory: directory)
    let guide = try (guidePath ?? defaultGuidePath(forIntents: directory)).map { path throws(KnowledgeBaseError) in
      try Self.guide(at: path)
    }
    let (knowledge, diagnostics) = KnowledgeBaseLoader(guide: guide).load(files)
    guard let knowledge else { throw .invalid(diagnostics) }
    return (knowledge, diagnostics)
  }
}
