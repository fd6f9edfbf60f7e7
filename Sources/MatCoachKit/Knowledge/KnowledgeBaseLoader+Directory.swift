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

  /// Reads every `.yaml`/`.yml` file of a folder, in name order: each must be a regular
  /// file of at most `maxFileBytes`, in UTF-8.
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
    var problems: [Diagnostic] = []
    for name in yaml {
      let path = (directory as NSString).appendingPathComponent(name)
      switch RegularFile.bytes(at: path, maxBytes: maxFileBytes) {
      case .success(let bytes):
        switch Self.text(of: bytes) {
        case .success(let text): files.append(KnowledgeFile(path: path, contents: text))
        case .failure(let problem): problems.append(Diagnostic(.error, at: problem.at(path), problem.message))
        }
      case .failure(.tooLarge(let size)):
        problems.append(
          Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), "the file is \(size / 1_048_576) MiB; a knowledge-base file may be at most \(maxFileBytes / 1_048_576) MiB"))
      case .failure(.notRegular):
        // The file itself, through any link: a link to /dev/zero is no small file.
        throw .unreadable(path: path, reason: "it is not a regular file")
      case .failure(.folder):
        throw .unreadable(path: path, reason: "it is a folder, not a .yaml file")
      case .failure(.unreadable(let reason)):
        throw .unreadable(path: path, reason: reason)
      }
    }
    if !problems.isEmpty { throw .invalid(problems) }
    return files
  }

  /// Larger files are refused before parsing: nobody writes that much by hand.
  static let maxFileBytes = 4 * 1_048_576

  /// A file's bytes as UTF-8 text, or where and why they are not.
  static func text(of bytes: [UInt8]) -> Result<String, TextProblem> {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return .failure(TextProblem(line: 1, column: 1, message: "the file is UTF-16: save it as UTF-8"))
    }
    var line = 1
    var column = 1
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .emptyInput:
        return .success(String(decoding: bytes, as: UTF8.self))
      case .error:
        return .failure(
          TextProblem(line: line, column: column, message: "not UTF-8 text: byte \(offset) is not valid; save the file as UTF-8"))
      }
    }
  }

  /// Where a file's bytes stop being UTF-8 text.
  struct TextProblem: Error {
    var line: Int
    var column: Int
    var message: String

    func at(_ path: String) -> SourceLocation { SourceLocation(file: path, line: line, column: column) }
  }

  /// Reads a guide file.
  public static func guide(at path: String) throws(KnowledgeBaseError) -> Guide {
    switch RegularFile.bytes(at: path, maxBytes: maxFileBytes) {
    case .success(let bytes):
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw .unreadable(path: path, reason: "not UTF-8 text")
      }
      return Guide(path: path, text: text)
    case .failure(.unreadable(let reason)): throw .unreadable(path: path, reason: reason)
    case .failure: throw .unreadable(path: path, reason: "not a regular file of at most \(maxFileBytes / 1_048_576) MiB")
    }
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
    let (loaded, diagnostics) = KnowledgeBaseLoader(guide: guide).load(files)
    guard var knowledge = loaded else { throw .invalid(diagnostics) }
    knowledge.englishWords = englishWords(inDirectory: directory)
    return (knowledge, diagnostics)
  }

  /// The name of the word list beside the `.yaml` files.
  public static let englishWordsFile = "english-words.txt"

  /// The folder's list of English words, if it has one.
  public static func englishWords(inDirectory directory: String) -> EnglishWords? {
    let path = (directory as NSString).appendingPathComponent(englishWordsFile)
    guard case .success(let bytes) = RegularFile.bytes(at: path, maxBytes: maxFileBytes) else { return nil }
    return EnglishWords(bytes: bytes)
  }
}
