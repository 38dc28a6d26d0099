@testable import MinhBachKit
import Formatting
import Foundation
@testable import Search
import Testing

/// The search index: what is read from a page, how postings are written, and the keys that make
/// unaccented queries and phrases work (docs/search.md).
struct SearchIndexTests {
    static let page = """
        <html><body><nav>Menu Trang chủ</nav><main id="noi-dung">
        <h1>Mô hình “Dân vận khéo”</h1>
        <p>Vận động nhân dân &amp; hiến đất.</p>
        <figure><svg><title>Biểu đồ</title><text>999</text></svg><figcaption>Số mô hình</figcaption></figure>
        <details><table><tr><td>bảng dữ liệu</td></tr></table></details>
        <h2 id="ket-qua">Kết quả <a class="permalink" href="#ket-qua"><span aria-hidden="true">#</span></a></h2>
        <p>Dân, vận tải.</p><p>Hướng dẫn</p>
        <h3>Không có id</h3><p>vẫn thuộc mục trước</p>
        </main><footer>Chân trang</footer></body></html>
        """

    @Test func readsTheMainTextCutAtHeadingsWithIDs() {
        let text = PageText(html: Array(Self.page.utf8))
        #expect(text.title == "Mô hình “Dân vận khéo”")
        #expect(text.sections.map(\.anchor) == [nil, "ket-qua"])
        #expect(text.sections[0].blocks == ["Vận động nhân dân & hiến đất.", "Số mô hình"])
        #expect(text.sections[1].heading == "Kết quả")
        #expect(text.sections[1].blocks == ["Dân, vận tải.", "Hướng dẫn", "Không có id", "vẫn thuộc mục trước"])
    }

    @Test func phrasesStopAtPunctuationAndKeysAreKeptOncePerRecordInTheirBestField() {
        var keys = PageKeys()
        keys.startRecord(SearchIndex.Record(page: "a.html", anchor: nil, title: "", section: "", kind: .page, text: ""))
        keys.add("Dân vận, khéo", .text)
        keys.add("Dân", .title)
        keys.startRecord(SearchIndex.Record(page: "a.html", anchor: "b", title: "", section: "", kind: .page, text: ""))
        keys.add("DÂN vận", .heading)
        let found = keys.keys.map { key in
            "\(key.record) " + String(decoding: keys.bytes[Int(key.start)..<Int(key.start + key.length)], as: UTF8.self) + " \(key.field)"
        }
        #expect(found == ["0 dân title", "0 vận text", "0 dân vận text", "0 khéo text", "1 dân heading", "1 vận heading", "1 dân vận heading"])
    }

    @Test func postingsAreWrittenAsTheDocsSay() {
        func encoded(_ pairs: [(Int32, SearchIndex.Field)]) -> String {
            var postings = PostingsWriter()
            for (record, field) in pairs { postings.add(record, field) }
            return String(decoding: postings.bytes, as: UTF8.self)
        }
        #expect(encoded([(0, .text)]) == "0")
        #expect(encoded([(2, .text)]) == "8")
        #expect(encoded([(2, .title)]) == "a")
        #expect(encoded([(8, .text)]) == "x0")
        #expect(encoded([(1, .title), (3, .heading)]) == "69")
        #expect(encoded([(256, .text)]) == "xw0")
        // Every digit of both alphabets, as docs/search.md lists them.
        let continuation = Array("wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-"), last = Array("0123456789abcdefghijklmnopqrstuv")
        func documented(_ value: Int) -> String {
            var digits = [last[value % 32]]
            var rest = value / 32
            while rest > 0 { digits.insert(continuation[rest % 32], at: 0); rest /= 32 }
            return String(digits)
        }
        for record in Int32(0)..<Int32(1_100) {
            for field in [SearchIndex.Field.text, .heading, .title] {
                #expect(encoded([(record, field)]) == documented(Int(record) * 4 + Int(field.rawValue)))
            }
        }
        func hash(_ key: String) -> UInt32 { Array(key.utf8).withUnsafeBufferPointer(SearchIndex.hash) }
        #expect(hash("dan") == 3_981_389_864)
        #expect(hash("dan van") == 1_984_354_413)
    }

    @Test func indexHoldsFoldedKeysWithTheirExactForms() throws {
        let index = SearchIndex(pages: [SearchablePage(path: "mo-hinh/index.html", kind: .model, html: Array(Self.page.utf8))]) { $0 }
        #expect(index.records.map(\.url) == ["mo-hinh/index.html", "mo-hinh/index.html#ket-qua"])
        #expect(index.pageTitles == ["Mô hình “Dân vận khéo”"])
        #expect(index.records.map(\.section) == ["", "Kết quả"])
        let files = index.files(folder: "tim-kiem/", kindNames: ["Trang", "Văn bản", "Chỉ tiêu", "Đơn vị", "Mô hình"])
        let terms = files.filter { $0.path.hasPrefix("tim-kiem/t") }.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
        // The title's pair, in its title field (record 0: 0 × 4 + 2 = "2").
        #expect(terms.contains("\"dan van\":{\"dân vận\":\"2\"}"))
        // «Dân, vận» is no phrase: record 1 adds no posting to the pair.
        #expect(!terms.contains("\"dân vận\":\"25\""))
        // One key, two spellings: «dân» (title of 0, text of 1) and «dẫn» (text of 1).
        #expect(terms.contains("\"dan\":{\"dân\":\"24\",\"dẫn\":\"4\"}"))
        let meta = try #require(files.first { $0.path == "tim-kiem/chi-muc.js" })
        #expect(String(decoding: meta.bytes, as: UTF8.self)
            == "__minhbachSearch(\"m\",0,{\"v\":2,\"records\":2,\"shards\":1,\"per\":50,\"kinds\":[\"Trang\",\"Văn bản\",\"Chỉ tiêu\",\"Đơn vị\",\"Mô hình\"]});\n")
    }

    /// A build hands its pages' words over: each page's text is emptied once read, and the
    /// index is the one made from pages it does not take.
    @Test func anIndexTakingThePagesEmptiesTheirTextAndIsTheSame() {
        let pages = (0..<700).map { number in
            SearchablePage(path: "p\(number).html", kind: .page, html: Array(Self.page.replacingOccurrences(of: "Dân", with: "Dân \(number)").utf8))
        }
        var taken = pages
        let link: @Sendable (String) -> String = { $0 }
        let files = { (index: SearchIndex) in index.files(folder: "", kindNames: ["Trang"]).map(\.bytes) }
        let index = SearchIndex(taking: &taken, link: link)
        #expect(taken.allSatisfy { $0.text == PageText() })
        #expect(taken.map(\.path) == pages.map(\.path))
        #expect(pages.allSatisfy { $0.text != PageText() })
        #expect(files(index) == files(SearchIndex(pages: pages, link: link)))
    }

    /// A build hands pages to the index in the order it makes them; the index numbers them in
    /// the site's order (by address), renumbering the postings it has already written: the files
    /// are the same whatever the order the pages came in.
    @Test func theIndexIsTheSameWhateverTheOrderPagesComeIn() {
        let pages = (0..<300).map { number in
            SearchablePage(path: "p\(number).html", kind: .page,
                           html: Array(Self.page.replacingOccurrences(of: "Dân", with: "Dân \(number % 7) \(number)").utf8))
        }
        let link: @Sendable (String) -> String = { $0 }
        let files = { (pages: [SearchablePage]) in SearchIndex(pages: pages, link: link).files(folder: "", kindNames: ["Trang"]) }
        let inOrder = files(pages.sorted { $0.path < $1.path })
        var generator = SeededGenerator(seed: 7)
        #expect(files(pages) == inOrder)
        #expect(files(pages.shuffled(using: &generator)) == inOrder)
        #expect(files(pages.reversed()) == inOrder)
        let index = SearchIndex(pages: pages.reversed(), link: link)
        #expect(index.pages.map(\.path) == pages.map(\.path).sorted())
        #expect(index.records.map(\.page) == index.records.map(\.page).sorted())
    }

    /// The records wait in a scratch file beside the output in a streamed build: the index is
    /// the same as one whose records wait in memory, and the file is gone as soon as it is made.
    @Test func recordsKeptInAScratchFileMakeTheSameIndexAndLeaveNothing() throws {
        let pages = (0..<300).map { number in
            SearchablePage(path: "p\(number).html", kind: .document,
                           html: Array(Self.page.replacingOccurrences(of: "Dân", with: "Dân \(number) " + String(repeating: "dài ", count: number)).utf8))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scratch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func files(scratchFolder: String?) throws -> [IndexFile] {
            var builder = SearchIndex.Builder(scratchFolder: scratchFolder) { $0 }
            for page in pages.reversed() { builder.add(page) }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
            return builder.finish().files(folder: "", kindNames: ["Trang", "Văn bản"])
        }
        let inMemory = try files(scratchFolder: nil)
        #expect(try files(scratchFolder: folder) == inMemory)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        #expect(inMemory.contains { String(decoding: $0.bytes, as: UTF8.self).contains("Dân 299 dài dài") })
    }

    /// A page's records as the store keeps them: a missing anchor is not an empty one, and texts
    /// longer than one length byte says come back whole.
    @Test func recordsComeBackFromTheStoreAsTheyWent() {
        let long = String(repeating: "Đổi mới phương thức ", count: 40)
        let records = [
            SearchIndex.Record(page: "van-ban/a.html", anchor: nil, title: "Kế hoạch", section: "", kind: .document, text: long),
            SearchIndex.Record(page: "van-ban/a.html", anchor: "", title: "Kế hoạch", section: "Mục tiêu", kind: .document, text: ""),
            SearchIndex.Record(page: "van-ban/a.html", anchor: "muc-1", title: "Kế hoạch", section: long, kind: .document, text: "x"),
        ]
        let back = SearchIndex.decoded(SearchIndex.encoded(records))
        #expect(back.map(\.anchor) == [nil, "", "muc-1"])
        #expect(back.map(\.section) == records.map(\.section))
        #expect(back.map(\.text) == records.map(\.text))
        #expect(back.allSatisfy { $0.page == "van-ban/a.html" && $0.title == "Kế hoạch" && $0.kind == .document })
        #expect(SearchIndex.decoded(Array(SearchIndex.encoded(records).dropLast(3))).count == 2)
        #expect(SearchIndex.decoded([]).isEmpty)
    }

    /// Renumbering postings keeps each record's field and writes the new numbers in increasing
    /// order, as the script reads them.
    @Test func postingsRenumberedAreWrittenInTheirNewOrder() {
        var postings = PostingsWriter()
        for (record, field) in [(0, SearchIndex.Field.title), (3, .text), (40, .heading), (1_100, .text)] { postings.add(Int32(record), field) }
        var numbers = [Int32](repeating: 0, count: 1_101)
        numbers[0] = 1_000; numbers[3] = 2; numbers[40] = 0; numbers[1_100] = 5
        var expected = PostingsWriter()
        for (record, field) in [(0, SearchIndex.Field.heading), (2, .text), (5, .text), (1_000, .title)] { expected.add(Int32(record), field) }
        #expect(postings.bytes.withUnsafeBufferPointer { PostingsWriter.joined([$0[...]], numbers: numbers) } == expected.bytes)
    }

    /// A form's postings from several spills — each written from record 0 — join into one list,
    /// renumbered or not.
    @Test func postingsOfSeveralSpillsJoinIntoOne() {
        func written(_ pairs: [(Int32, SearchIndex.Field)]) -> [UInt8] {
            var postings = PostingsWriter()
            for (record, field) in pairs { postings.add(record, field) }
            return postings.bytes
        }
        let parts = [written([(1, .title), (3, .text)]), written([(40, .heading)]), written([(1_100, .text)])]
        func joined(_ numbers: [Int32]?) -> [UInt8] {
            parts[0].withUnsafeBufferPointer { a in
                parts[1].withUnsafeBufferPointer { b in
                    parts[2].withUnsafeBufferPointer { c in PostingsWriter.joined([a[...], b[...], c[...]], numbers: numbers) }
                }
            }
        }
        #expect(joined(nil) == written([(1, .title), (3, .text), (40, .heading), (1_100, .text)]))
        var numbers = (0..<1_101).map(Int32.init)
        numbers[1] = 50; numbers[3] = 2; numbers[40] = 0
        #expect(joined(numbers) == written([(0, .heading), (2, .text), (50, .title), (1_100, .text)]))
    }

    /// A big site's postings go to a spill as they grow, in memory or in a scratch file: the
    /// files are those of an index that never spilled, whatever the order pages come in, and
    /// nothing is left in the folder.
    @Test func spilledPostingsMakeTheSameIndex() throws {
        // Words of its own on every page: enough forms for more than one group of term shards.
        let pages = (0..<1_200).map { number in
            let words = (0..<60).map { "từ\(number * 60 + $0)" }.joined(separator: " ")
            return SearchablePage(path: "p\(number).html", kind: .page,
                                  html: Array(Self.page.replacingOccurrences(of: "Dân", with: "Dân \(number % 7) \(words)").utf8))
        }
        let link: @Sendable (String) -> String = { $0 }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spill-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func files(_ pages: [SearchablePage], scratchFolder: String?, weightBeforeSpill: Int) -> [IndexFile] {
            var builder = SearchIndex.Builder(scratchFolder: scratchFolder, weightBeforeSpill: weightBeforeSpill, link: link)
            for page in pages { builder.add(page) }
            return builder.finish().files(folder: "", kindNames: ["Trang"])
        }
        let unspilled = files(pages, scratchFolder: nil, weightBeforeSpill: .max)
        var generator = SeededGenerator(seed: 11)
        let shuffled = pages.shuffled(using: &generator)
        #expect(files(shuffled, scratchFolder: nil, weightBeforeSpill: 20_000) == unspilled)
        #expect(files(shuffled, scratchFolder: folder, weightBeforeSpill: 20_000) == unspilled)
        #expect(files(pages, scratchFolder: folder, weightBeforeSpill: 1) == unspilled)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        #expect(unspilled.filter { $0.path.hasPrefix("t") }.count > SearchIndex.filesPerBatch)
    }

    /// What goes into a bucket comes back in order, chunk by chunk, from memory or from the
    /// scratch file, and the bucket is then empty.
    @Test func bucketsGiveBackWhatWentInOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("buckets-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for scratchFolder in [nil, folder] {
            let store = BucketStore(buckets: 3, chunkBytes: 4, scratchFolder: scratchFolder, name: "test")
            for number in 0..<30 { store.append(to: number % 3) { $0 += Array("\(number);".utf8) } }
            var chunks: [String] = []
            store.drain(1) { chunks.append(String(decoding: $0, as: UTF8.self)) }
            #expect(chunks.joined() == (0..<30).filter { $0 % 3 == 1 }.map { "\($0);" }.joined())
            #expect(chunks.count > 1)
            #expect(store.take(1).isEmpty)
            #expect(String(decoding: store.take(0), as: UTF8.self).hasPrefix("0;3;6;"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func recordShardsWriteEachPageOnceAndEachRecordByItsPage() {
        func record(_ page: String, _ anchor: String?, _ section: String, kind: SearchKind = .document) -> SearchIndex.Record {
            SearchIndex.Record(page: page, anchor: anchor, title: "Đề án \"số 1\"", section: section, kind: kind, text: "Văn bản")
        }
        let records = [record("van-ban/de-an.html", nil, ""), record("van-ban/de-an.html", "iii-1", "III. Nhiệm vụ"),
                       record("van-ban/ke-hoach.html", nil, "", kind: .page)]
        #expect(records[1].url == "van-ban/de-an.html#iii-1")
        #expect(String(decoding: SearchIndex.recordShard(records[...]), as: UTF8.self) == """
            {"p":[["van-ban/de-an.html","Đề án \\"số 1\\"",1],
            ["van-ban/ke-hoach.html","Đề án \\"số 1\\"",0]],"r":[[0,"","","Văn bản"],
            [0,"iii-1","III. Nhiệm vụ","Văn bản"],
            [1,"","","Văn bản"]]}
            """)
        // A shard that starts in the middle of a page lists that page again.
        #expect(String(decoding: SearchIndex.recordShard(records[1..<2]), as: UTF8.self)
            == #"{"p":[["van-ban/de-an.html","Đề án \"số 1\"",1]],"r":[[0,"iii-1","III. Nhiệm vụ","Văn bản"]]}"#)
    }

    @Test func snippetsAreCutAtAWordBoundaryAfterThreeHundredCharacters() {
        let words = Array(repeating: "Điện Biên", count: 40).joined(separator: " ")  // 399 characters
        let snippet = SearchIndex.snippet([words])
        #expect(snippet.hasSuffix(" …"))
        #expect(snippet.dropLast(2).count <= SearchIndex.snippetLength)
        #expect(snippet.dropLast(2).hasSuffix("Điện Biên"))
        #expect(SearchIndex.snippet(["Ngắn", "gọn"]) == "Ngắn gọn")
        // Texts counted by bytes and texts counted by graphemes (a combining mark, CR LF, an
        // emoji, a cut that falls before a combining mark) give what `String` gives.
        let decomposed = "Die\u{0323}\u{0302}n "
        let samples: [[String]] = [
            [words], ["Ngắn", "gọn"], [String(repeating: "a", count: 300)], [String(repeating: "a", count: 299), "b"],
            [decomposed + words], [words + "\r\n" + words], ["🇻🇳 " + words],
            [String(repeating: "x", count: 300) + "\u{0301}" + " tiếp"],
            Array(repeating: "Dân vận khéo", count: 60),
        ]
        for blocks in samples { #expect(SearchIndex.snippet(blocks) == SearchIndex.graphemeSnippet(blocks)) }
    }

    @Test func plainCharactersAreCountedAsStringCountsThem() {
        for text in ["", "Điện Biên – “khéo”…", "e\u{0301}", "a\r\nb", "a\rb", "🇻🇳", "ʰ Ω"] {
            let bytes = Array(text.utf8)[...]
            if let count = PlainCharacters.count(bytes) { #expect(count == text.count, "\(text)") }
        }
        #expect(PlainCharacters.count(Array("Điện Biên – “khéo”…".utf8)[...]) == 19)
        #expect(PlainCharacters.count(Array("e\u{0301}".utf8)[...]) == nil)
        #expect(PlainCharacters.count(Array("a\r\nb".utf8)[...]) == nil)
        #expect(PlainCharacters.walk(Array("ab\u{0301}".utf8)[...], limit: 2) == nil)
        #expect(PlainCharacters.walk(Array("ab\u{0301}".utf8)[...], limit: 1)?.end == 1)
    }
}
