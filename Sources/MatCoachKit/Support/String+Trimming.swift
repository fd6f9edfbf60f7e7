extension String {
  /// The text without white space or line breaks at either end.
  ///
  /// Ends that are ASCII, as nearly all are, are found byte by byte: this runs on every
  /// line typed. Text that starts or ends outside ASCII (a no-break or ideographic space)
  /// goes by `Character.isWhitespace`.
  var trimmingWhitespace: String {
    var copy = self
    let ascii = copy.withUTF8 { bytes -> String? in
      var start = 0
      var end = bytes.count
      while start < end, Self.isASCIIWhitespace(bytes[start]) { start += 1 }
      while end > start, Self.isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
      if start < end && (bytes[start] >= 0x80 || bytes[end - 1] >= 0x80) { return nil }
      if start == 0 && end == bytes.count { return self }
      // Cut only at ASCII bytes, so what is left is still whole UTF-8.
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
    if let ascii { return ascii }
    let start = firstIndex { !$0.isWhitespace } ?? endIndex
    let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
    return start < end ? String(self[start..<end]) : ""
  }

  @inline(__always)
  private static func isASCIIWhitespace(_ b: UInt8) -> Bool {
    b == 32 || (b >= 9 && b <= 13)  // space, tab, line feed, vertical tab, form feed, return
  }
}
