@testable import MinhBachKit
import Testing

/// The positions of pages by id and by path, found as a dictionary finds them.
struct PositionTableTests {
    @Test func findsEveryTextAndNothingElse() {
        let texts = (0..<10_000).map { "van-ban/\($0 % 97)/ke-hoach-\($0)-kh" }
        let table = PositionTable(count: texts.count) { texts[$0] }
        for (position, text) in texts.enumerated() { #expect(table.position(of: text) { texts[$0] } == position) }
        for missing in ["", "van-ban", "van-ban/1/ke-hoach-10000-kh", "VAN-BAN/0/ke-hoach-0-kh"] {
            #expect(table.position(of: missing) { texts[$0] } == nil)
        }
    }

    @Test func keepsTheFirstOrTheLastOfTheSameTextAndSkipsNone() {
        let texts: [String?] = ["gioi-thieu", nil, "tin-tuc/a", "gioi-thieu", "tin-tuc/a", nil, "gioi-thieu"]
        let first = PositionTable(count: texts.count) { texts[$0] }
        let last = PositionTable(count: texts.count, keepsLast: true) { texts[$0] }
        #expect(first.position(of: "gioi-thieu") { texts[$0] } == 0 && last.position(of: "gioi-thieu") { texts[$0] } == 6)
        #expect(first.position(of: "tin-tuc/a") { texts[$0] } == 2 && last.position(of: "tin-tuc/a") { texts[$0] } == 4)
        let empty = PositionTable(count: 0) { _ in nil }
        #expect(empty.position(of: "gioi-thieu") { _ in nil } == nil)
    }

    /// Texts Swift holds equal (the same letters, composed or not) are one text here too, as in a
    /// dictionary.
    @Test func textsEqualInSwiftAreOne() {
        let texts = ["ho-so-\u{1EC7}", "ho-so-e\u{323}\u{302}"]
        let table = PositionTable(count: texts.count) { texts[$0] }
        #expect(table.position(of: texts[1]) { texts[$0] } == 0)
        #expect(Dictionary(texts.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })[texts[1]] == 0)
    }
}
