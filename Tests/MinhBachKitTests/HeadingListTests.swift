import Diagnostics
@testable import MinhBachKit
import Testing

/// A page's headings kept as flat arrays give back exactly the entries that went in.
struct HeadingListTests {
    static let entries: [HeadingEntry] = {
        var part = HeadingEntry(id: "phan-1", text: "Phần thứ nhất: ĐÁNH GIÁ KẾT QUẢ", level: 2,
                                location: SourceLocation(path: "content/van-ban/de-an.md", line: 12, column: 1))
        part.label = "Phần thứ nhất"
        part.numberKind = .part
        var item = HeadingEntry(id: "phan-1-a", text: "a)", level: 4, location: SourceLocation(path: "content/van-ban/de-an.md", line: 40, column: 3))
        item.label = "a)"
        item.numberKind = .letter
        item.isParagraph = true
        var emptyLabel = HeadingEntry(id: "", text: "", level: 3, location: SourceLocation(path: "content/van-ban/khac.md", line: 2, column: 9))
        emptyLabel.label = ""
        let plain = HeadingEntry(id: "ket-qua", text: "Kết quả", level: 2, location: SourceLocation(path: "content/van-ban/de-an.md", line: 90, column: 1))
        return [part, item, emptyLabel, plain]
    }()

    @Test func entriesComeBackAsTheyWent() {
        let list = HeadingList(Self.entries)
        #expect(Array(list) == Self.entries)
        #expect(list.count == 4)
        #expect(list[2].label == "")
        #expect(list[3].label == nil)
        #expect(list[2].location.path == "content/van-ban/khac.md")
        #expect(list.ids == ["phan-1", "phan-1-a", "", "ket-qua"])
        #expect(list.listed.map(\.id) == ["phan-1", "", "ket-qua"])
        #expect(HeadingList().isEmpty)
    }

    @Test func headingsAreFoundByTheirIDOnly() {
        let list = HeadingList(Self.entries)
        #expect(list.first(id: "phan-1-a") == Self.entries[1])
        #expect(list.first(id: "ket-qua")?.text == "Kết quả")
        #expect(list.contains(id: ""))
        #expect(!list.contains(id: "phan"))
        #expect(!list.contains(id: "Kết quả"))
        #expect(list.first(id: "a)") == nil)
    }

    /// The bytes a scratch file keeps give the same list back; bytes a failing disk gives back
    /// (zeros, or the start only) give an empty list or the list, never a crash.
    @Test func encodedListsComeBackAndBrokenOnesAreEmpty() {
        let list = HeadingList(Self.entries)
        let encoded = list.encoded
        #expect(HeadingList(encoded: encoded) == list)
        #expect(Array(HeadingList(encoded: encoded)) == Self.entries)
        #expect(HeadingList(encoded: HeadingList().encoded).isEmpty)
        #expect(HeadingList(encoded: [UInt8](repeating: 0, count: encoded.count)).isEmpty)
        for length in 0..<encoded.count {
            let cut = HeadingList(encoded: Array(encoded[..<length]) + [UInt8](repeating: 0, count: encoded.count - length))
            #expect(cut.isEmpty || cut == list || cut.count == list.count, "cut at \(length)")
            _ = Array(cut)
        }
    }
}
