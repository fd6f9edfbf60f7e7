/// FNV-1a over bytes, stable across runs (Swift's own hashing is seeded per process),
/// optionally as if the bytes at `a` and `b` were deleted.
@inline(__always)
func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>, skipping a: Int = -1, _ b: Int = -1) -> UInt64 {
  var h: UInt64 = 0xcbf2_9ce4_8422_2325
  for i in 0..<bytes.count where i != a && i != b {
    h ^= UInt64(bytes[i])
    h = h &* 0x100_0000_01b3
  }
  // A final mix so that the low bits, which pick the slot, depend on every byte.
  h ^= h >> 29
  h = h &* 0xbf58_476d_1ce4_e5b9
  return h ^ (h >> 32)
}
