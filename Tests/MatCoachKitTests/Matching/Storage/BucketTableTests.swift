import Testing

@testable import MatCoachKit

@Suite struct BucketTableTests {
  /// A table of these pairs, given to it the way `SpellingIndex` does: twice over.
  func table(_ pairs: [(UInt64, Int32)]) -> BucketTable {
    BucketTable(count: pairs.count) { add in for (key, value) in pairs { add(key, value) } }
  }

  func values(_ table: BucketTable, _ key: UInt64) -> [Int32] {
    var found: [Int32] = []
    table.collect(key, into: &found)
    return found
  }

  @Test func findsEveryValueOfAKeyAndNoneOfAnAbsentOne() {
    let keys = (0..<20_000).map { FNV1a.finish(UInt64($0) &* 0x9E37_79B9) }
    let table = table(keys.enumerated().map { ($1, Int32($0)) } + [(keys[7], 70_000)])
    #expect(table.count == keys.count + 1)
    for (i, key) in keys.enumerated() where i != 7 { #expect(values(table, key) == [Int32(i)]) }
    #expect(values(table, keys[7]).sorted() == [7, 70_000])
    #expect(values(table, FNV1a.finish(123_456_789)).isEmpty)
  }

  @Test func keysInOneBucketAreKeptApartByTheirLowBits() {
    // The same top bits (one bucket), different low bits.
    let table = table([(0xFFFF_0000_0000_0001, 1), (0xFFFF_0000_0000_0002, 2), (0xFFFF_0000_0000_0001, 3)])
    #expect(values(table, 0xFFFF_0000_0000_0001) == [1, 3])
    #expect(values(table, 0xFFFF_0000_0000_0002) == [2])
    #expect(values(table, 0xFFFF_0000_0000_0003).isEmpty)
  }

  @Test func collectSkipsValuesAlreadyHeld() {
    let table = table([(42, 1), (42, 2)])
    var found: [Int32] = [2]
    table.collect(42, into: &found)
    #expect(found == [2, 1])
  }

  @Test func anEmptyTableHoldsNothing() {
    #expect(values(BucketTable(), 0).isEmpty)
    #expect(values(BucketTable(), .max).isEmpty)
    #expect(values(table([]), .max).isEmpty)
  }
}
