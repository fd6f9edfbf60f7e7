#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bytes of a regular file of bounded size, read through one open descriptor.
///
/// The type and size are checked on the descriptor that is then read (`fstat`), not on
/// the path beforehand: a link to `/dev/zero` or a FIFO is refused without reading it or
/// waiting on it, and nothing can be swapped in between the check and the read. This is
/// also the cheapest way to read a file, which counts, since the coach reads its
/// knowledge base at every start.
enum RegularFile {
  /// Why a file could not be read.
  enum Problem: Error, Equatable {
    /// Missing, a broken link, a loop of links, no permission: the system's words for it.
    case unreadable(String)
    /// A folder.
    case folder
    /// A device, a FIFO, a socket: anything but a regular file.
    case notRegular
    /// Larger than the limit, with its size in bytes.
    case tooLarge(Int)
  }

  /// The whole file at `path` (following links), if it is a regular file of at most
  /// `maxBytes`.
  static func bytes(at path: String, maxBytes: Int) -> Result<[UInt8], Problem> {
    // Non-blocking, so that opening a FIFO does not wait for a writer.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
    guard info.st_mode & S_IFMT == S_IFREG else {
      return .failure(info.st_mode & S_IFMT == S_IFDIR ? .folder : .notRegular)
    }
    let size = Int(info.st_size)
    guard size <= maxBytes else { return .failure(.tooLarge(size)) }
    // One byte more than the size, so a file that grew since `fstat` is still read whole
    // up to the limit, and one past it is noticed.
    var bytes = [UInt8](repeating: 0, count: size + 1)
    var count = 0
    while true {
      let n = bytes.withUnsafeMutableBytes { buffer in
        read(fd, buffer.baseAddress! + count, buffer.count - count)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(.unreadable(String(cString: strerror(errno))))
      }
      if n == 0 { break }
      count += n
      if count == bytes.count {
        guard count <= maxBytes else { return .failure(.tooLarge(count)) }
        bytes.append(contentsOf: repeatElement(0, count: max(4096, count)))
      }
    }
    bytes.removeLast(bytes.count - count)
    return .success(bytes)
  }
}
