import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A file of the user's own that holds health notes (history, the session log): in a
/// folder of mode 0700 that they own, itself of mode 0600, and never reached through a
/// symbolic link, so that nobody else can read it and no link can redirect a write.
struct PrivateFile {
  let path: String
  /// Whether an existing folder that others can read is made 0700; a folder this
  /// creates is 0700 either way.
  var tightensFolder = true

  var folder: String { (path as NSString).deletingLastPathComponent }

  /// Makes the folder (0700) and the file (0600) if needed; the reason it could not, if any.
  func prepare() -> String? {
    let parent = (folder as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    } catch {
      return "cannot create \(parent): \(error.localizedDescription)"
    }
    if mkdir(folder, 0o700) != 0 && errno != EEXIST {
      return "cannot create \(folder): \(Self.reason(errno))"
    }
    var info = stat()
    guard lstat(folder, &info) == 0 else { return "cannot read \(folder): \(Self.reason(errno))" }
    guard info.st_mode & S_IFMT == S_IFDIR else { return "\(folder) is not a folder (a link or a file); it is not used" }
    guard info.st_uid == geteuid() else { return "\(folder) belongs to someone else; it is not used" }
    if tightensFolder && info.st_mode & 0o077 != 0 { chmod(folder, 0o700) }
    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      if errno == ELOOP { return "\(path) is a symbolic link; it is not followed" }
      return "cannot write \(path): \(Self.reason(errno))"
    }
    defer { close(fd) }
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return "\(path) is not a regular file" }
    if info.st_mode & 0o077 != 0, fchmod(fd, 0o600) != 0 {
      return "cannot set the mode of \(path): \(Self.reason(errno))"
    }
    return nil
  }

  static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
