#if canImport(Glibc)
  import Glibc
#endif

/// Reads standard input in lines of at most `maxBytes`, in constant memory whatever the
/// input: the bytes past the limit are read and dropped, not kept.
struct LineSplitter {
  let maxBytes: Int
  private var buffer = [UInt8](repeating: 0, count: 65536)
  private var start = 0
  private var end = 0
  private var finished = false
  /// The error that ended reading early, if any (end of input is no error).
  private(set) var failure: Int32?
  private let read: (UnsafeMutableRawPointer, Int) -> Int

  /// - Parameter read: fills a buffer, returning the bytes read, 0 at the end, or -1.
  init(maxBytes: Int, read: @escaping (UnsafeMutableRawPointer, Int) -> Int = { Glibc.read(STDIN_FILENO, $0, $1) }) {
    self.maxBytes = maxBytes
    self.read = read
  }

  /// The next line and whether it was cut; nil at the end of input.
  mutating func next() -> (text: String, cut: Bool)? {
    var line: [UInt8] = []
    var cut = false
    var sawAny = false
    while true {
      if start == end {
        guard !finished else { break }
        let count = buffer.withUnsafeMutableBytes { read($0.baseAddress!, $0.count) }
        if count < 0 && errno == EINTR { continue }
        if count <= 0 {
          if count < 0 { failure = errno }
          finished = true
          break
        }
        start = 0
        end = count
      }
      sawAny = true
      let newline = buffer[start..<end].firstIndex(of: 0x0A)
      let stop = newline ?? end
      let room = maxBytes - line.count
      if room > 0 { line += buffer[start..<min(stop, start + room)] }
      if stop - start > max(room, 0) { cut = true }
      if let newline {
        start = newline + 1
        return (Self.text(line), cut)
      }
      start = end
    }
    guard sawAny else { return nil }
    return (Self.text(line), cut)
  }

  /// The bytes as text, without a final `\r` (a CRLF line end) and with invalid UTF-8
  /// repaired; a cut may split a character, which is repaired the same way.
  static func text(_ bytes: [UInt8]) -> String {
    let body = bytes.last == 0x0D ? bytes.dropLast() : bytes[...]
    return String(decoding: body, as: UTF8.self)
  }
}
