/// FNV-1a hashing of words, stable across runs (Swift's own hashing is seeded per process).
enum FNV1a {
  static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3

  /// One more byte.
  @inline(__always)
  static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* prime }

  /// A final mix so that the low bits, which pick a table slot, depend on every byte
  /// (the spelling index's polynomial hashes use it too).
  @inline(__always)
  static func finish(_ h: UInt64) -> UInt64 {
    var h = h ^ (h >> 29)
    h = h &* 0xbf58_476d_1ce4_e5b9
    return h ^ (h >> 32)
  }
}

/// The FNV-1a hash of a word's UTF-8 bytes, finished.
@inline(__always)
func fnv1a(_ word: String) -> UInt64 {
  var copy = word
  return copy.withUTF8 { fnv1a($0) }
}

/// The FNV-1a hash of the bytes, finished.
@inline(__always)
func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
  var h = FNV1a.basis
  for byte in bytes { h = FNV1a.step(h, byte) }
  return FNV1a.finish(h)
}
