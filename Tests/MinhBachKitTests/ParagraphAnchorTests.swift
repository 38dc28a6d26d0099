import Diagnostics
import Foundation
@testable import MinhBachKit
import Testing
import TestSupport

/// Numbered paragraphs of a document (`1\. …`, `c) …`) get anchors from their numbering under
/// the heading they sit in, so that a link, `{doc}` or a quote can name the very sentence; the
/// headings, their anchors and the tables of contents stay as they were.
struct ParagraphAnchorTests {
    /// A chỉ thị: an unnumbered preamble, then items `1\.`… above every heading, one with a list.
    static let chiThi = """
        ---
        kind: chi-thi
        number: 05-CT/TU
        issuer: Tỉnh ủy A
        date: 2024-05-01
        subject: về công tác dân vận
        ---

        Thời gian qua, công tác dân vận đạt nhiều kết quả.

        2025 là năm bản lề; Điều 5 của Quy chế vẫn giữ.

        1\\. Tiếp tục lãnh đạo, chỉ đạo quán triệt công tác dân vận.

        2\\. Các ban đảng phối hợp tham mưu:

        - Ban Tổ chức củng cố tổ chức bộ máy.

        - Ban Nội chính phòng, chống tham nhũng.

        3\\. Giao Ban Dân vận chủ trì theo dõi.

        Chỉ thị này được phổ biến đến chi bộ.

        """

    /// A kế hoạch: `1\.`, `2\.` under `### I.`; `a)`…`đ)` under `#### 3.` of `### III.`;
    /// `a)` under a numbered paragraph under `### IV.`.
    static let keHoach = """
        ---
        kind: ke-hoach
        number: 12-KH/UBND
        issuer: Ủy ban nhân dân tỉnh A
        date: 2024-04-01
        subject: thực hiện công tác dân vận năm 2024
        ---

        Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

        ### I. MỤC ĐÍCH, YÊU CẦU

        1\\. Nâng cao chất lượng công tác dân vận.

        2\\. Gắn với cải cách hành chính.

        ### II. NỘI DUNG

        Quán triệt các quan điểm của Đảng.

        ### III. TỔ CHỨC THỰC HIỆN

        #### 1. Giám đốc Sở Nội vụ

        Thường xuyên theo dõi, đôn đốc.

        #### 2. Giám đốc Đài Phát thanh - Truyền hình

        Tăng cường tuyên truyền.

        #### 3. Thủ trưởng các sở, ban, ngành

        a) Căn cứ nội dung Kế hoạch, xây dựng kế hoạch của đơn vị.

        b) Tổ chức tự chấm điểm trước ngày 15/11.

        c) Thực hiện nghiêm chế độ báo cáo 06 tháng
        và báo cáo năm.

        đ) Phối hợp với Mặt trận.

        ### IV. KINH PHÍ

        1\\. Ngân sách tỉnh bảo đảm:

        a) chi thường xuyên;

        2\\. Nguồn hợp pháp khác.

        """

    func parse(_ text: String, path: String) throws -> ParsedPage {
        let file = SourceFile(displayPath: "content/" + path, relativePath: path, bytes: Array(text.utf8))
        var diagnostics = Diagnostics()
        let page = try #require(PageParser(config: SiteConfig(), kinds: SiteSections.all).parse(file, diagnostics: &diagnostics))
        #expect(page.kindName == "documents")
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")
        return page
    }

    func paragraphIDs(_ page: ParsedPage) -> [String] { page.headings.filter(\.isParagraph).map(\.id) }

    @Test func chiThiItemsAreAnchoredByTheirNumberAlone() throws {
        let page = try parse(Self.chiThi, path: "van-ban/chi-thi.md")
        // Not the preamble, the list, a year or an article named in a sentence.
        #expect(paragraphIDs(page) == ["1", "2", "3"])
        #expect(page.headings.listed.isEmpty)
        let item = try #require(page.headings.first { $0.id == "2" })
        #expect(item.label == "2." && item.text == "2." && item.numberKind == .arabic)
        #expect(item.location.path == "content/van-ban/chi-thi.md" && item.location.line == 15)
    }

    @Test func keHoachParagraphsSitUnderTheirHeadingOrNumberedParagraph() throws {
        let page = try parse(Self.keHoach, path: "van-ban/ke-hoach.md")
        #expect(paragraphIDs(page) == ["i-1", "i-2", "iii-3-a", "iii-3-b", "iii-3-c", "iii-3-d", "iv-1", "iv-1-a", "iv-2"])
        #expect(page.headings.listed.map(\.id) == ["i", "ii", "iii", "iii-1", "iii-2", "iii-3", "iv"])
        // In document order, so that a section ends at the entry after it.
        #expect(page.headings.map(\.location.line) == page.headings.map(\.location.line).sorted())
        let c = try #require(page.headings.first { $0.id == "iii-3-c" })
        let heading = try #require(page.headings.first { $0.id == "iii-3" })
        #expect(c.level == heading.level + 1 && c.numberKind == .letter)
    }

    /// The headings, their ids, levels and labels are those the document has without any
    /// numbered paragraph: anchors of paragraphs never take a heading's.
    @Test func headingsAreAsWithoutNumberedParagraphs() throws {
        let numbered = try parse(Self.keHoach + "#### 1. Một\n\n### 1 Khác\n", path: "van-ban/ke-hoach.md")
        // The same text with the paragraphs' numberings taken out.
        let unnumbered = Self.keHoach.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard !line.hasPrefix("#"), let marker = line.firstIndex(where: { $0 == ")" || $0 == "." }),
                  line.distance(from: line.startIndex, to: marker) <= 3 else { return String(line) }
            return String(line[line.index(after: marker)...])
        }.joined(separator: "\n")
        let plain = try parse(unnumbered + "#### 1. Một\n\n### 1 Khác\n", path: "van-ban/ke-hoach.md")
        #expect(paragraphIDs(plain).isEmpty)
        #expect(numbered.headings.listed == Array(plain.headings))
        // A chỉ thị's item `1` comes before a heading `1.`: the heading keeps `1`.
        let chiThi = try parse(Self.chiThi + "## 1. Phụ lục\n", path: "van-ban/chi-thi.md")
        #expect(chiThi.headings.listed.map(\.id) == ["1"])
        #expect(paragraphIDs(chiThi) == ["1-1", "2", "3"])
    }

    @Test func anOrdinaryPageHasNoParagraphAnchors() throws {
        let file = SourceFile(displayPath: "content/trang.md", relativePath: "trang.md", bytes: Array("---\ntitle: T\n---\n\n1\\. Một.\n".utf8))
        var diagnostics = Diagnostics()
        let page = try #require(PageParser(config: SiteConfig(), kinds: SiteSections.all).parse(file, diagnostics: &diagnostics))
        #expect(page.headings.isEmpty)
    }

    /// The text a quote is checked against: a paragraph's section runs to the next paragraph
    /// numbered at its level or above, or the next heading; a heading's is not cut by them.
    @Test func sectionTextOfAParagraphEndsAtItsNextSiblingOrHeading() throws {
        let page = try parse(Self.keHoach, path: "van-ban/ke-hoach.md")
        func section(_ id: String) throws -> String {
            DataChecker.sectionText(of: try #require(page.headings.first { $0.id == id }), in: page)
        }
        #expect(try section("iii-3-b") == "b) Tổ chức tự chấm điểm trước ngày 15/11.\n")
        #expect(try section("iii-3-c") == "c) Thực hiện nghiêm chế độ báo cáo 06 tháng\nvà báo cáo năm.\n")
        #expect(try section("iii-3-d") == "đ) Phối hợp với Mặt trận.\n")
        #expect(try section("i-2") == "2\\. Gắn với cải cách hành chính.\n")
        #expect(try section("iv-1") == "1\\. Ngân sách tỉnh bảo đảm:\n\na) chi thường xuyên;\n")
        #expect(try section("iv-1-a") == "a) chi thường xuyên;\n")
        #expect(try section("iv-2") == "2\\. Nguồn hợp pháp khác.\n")
        let heading = try section("iii-3")
        #expect(heading.hasPrefix("#### 3. Thủ trưởng") && heading.hasSuffix("đ) Phối hợp với Mặt trận.\n"))
        #expect(try section("iii").contains("#### 1.") && section("iii").contains("c) Thực hiện"))

        let chiThi = try parse(Self.chiThi, path: "van-ban/chi-thi.md")
        let two = DataChecker.sectionText(of: try #require(chiThi.headings.first { $0.id == "2" }), in: chiThi)
        #expect(two == "2\\. Các ban đảng phối hợp tham mưu:\n\n- Ban Tổ chức củng cố tổ chức bộ máy.\n\n- Ban Nội chính phòng, chống tham nhũng.\n")
        let three = DataChecker.sectionText(of: try #require(chiThi.headings.first { $0.id == "3" }), in: chiThi)
        #expect(three.hasSuffix("Chỉ thị này được phổ biến đến chi bộ.\n"))
    }

    /// A site with the two documents and a page that cites their paragraphs.
    func site(_ name: String, citing citations: String) throws -> URL {
        let folder = SiteTree.temporaryFolder(name)
        try? FileManager.default.removeItem(at: folder)
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("van-ban"), withIntermediateDirectories: true)
        let files = [
            "site.yml": "title: Neo đoạn văn\n",
            "index.md": "---\ntitle: Trang chủ\n---\n\n\(citations)\n",
            "van-ban/chi-thi.md": Self.chiThi,
            "van-ban/ke-hoach.md": Self.keHoach + "```{toc}\n```\n",
        ]
        for (path, text) in files { try Data(text.utf8).write(to: content.appendingPathComponent(path)) }
        return folder
    }

    @Test func paragraphsCarryTheirIdsAndDocLinksReachThem() throws {
        let folder = try site("paragraph-anchors", citing: "Xem {doc}`12-KH/UBND#iii-3-c`, {doc}`chi-thi#2` và [mục 1](van-ban/chi-thi.md#1).")
        let report = buildSite(folder, output: folder.appendingPathComponent("site"))
        #expect(report.wroteOutput)
        #expect(report.diagnostics.all.isEmpty, "\(report.diagnostics.all)")
        let tree = SiteTree.read(folder.appendingPathComponent("site"))
        let home = String(decoding: try #require(tree["index.html"]), as: UTF8.self)
        #expect(home.contains(#"href="van-ban/ke-hoach.html#iii-3-c""#))
        #expect(home.contains(#"href="van-ban/chi-thi.html#2""#))
        #expect(home.contains(#"href="van-ban/chi-thi.html#1""#))

        let keHoach = String(decoding: try #require(tree["van-ban/ke-hoach.html"]), as: UTF8.self)
        #expect(keHoach.contains(#"<p id="iii-3-c">c) Thực hiện nghiêm"#))
        #expect(keHoach.contains(#"<p id="iii-3-d">đ) Phối hợp"#))
        #expect(keHoach.contains(#"<p id="i-1">1. Nâng cao"#))
        #expect(keHoach.contains("<p>Thường xuyên theo dõi, đôn đốc.</p>"))
        #expect(keHoach.contains("<p>Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:</p>"))
        // Quiet: no permalink beside a paragraph; headings keep theirs.
        #expect(!keHoach.contains(##"href="#iii-3-c""##))
        #expect(keHoach.contains(##"<a class="permalink" href="#iii-3">"##))
        // Neither the document's table of contents nor a `{toc}` lists a paragraph.
        #expect(regexCaptures(##"href="#(i-1|iii-3-[a-d]|iv-1(-a)?|iv-2)""##, in: keHoach).isEmpty)
        #expect(keHoach.contains(##"href="#iii-3""##))

        let chiThi = String(decoding: try #require(tree["van-ban/chi-thi.html"]), as: UTF8.self)
        #expect(regexCaptures(#"<p id="([^"]+)">"#, in: chiThi) == ["1", "2", "3"])
    }

    @Test func aMisspelledParagraphAnchorIsAnErrorWithTheNearestAnchor() throws {
        let folder = try site("paragraph-anchors-misspelled", citing: "Xem\n{doc}`12-KH/UBND#iii-3-cc`.")
        let report = buildSite(folder, output: folder.appendingPathComponent("site"))
        #expect(!report.wroteOutput)
        let errors = report.diagnostics.all.map(\.description)
        #expect(errors.count == 1, "\(errors)")
        let error = try #require(errors.first)
        #expect(error.hasPrefix("content/index.md:6:1: error: ") && error.contains("12-KH/UBND has no section 'iii-3-cc'"), "\(error)")
        #expect(error.contains("did you mean 'iii-3-c'"), "\(error)")
    }

    /// An indicator's `target_text` may name a paragraph: its quote must be in that paragraph's
    /// section, not in the next one (the `review` fixture, with two numbered paragraphs added).
    @Test(arguments: [("Tập huấn cho 100% cán bộ", true), ("Tổng kết hằng năm", false)])
    func aTargetTextQuoteIsCheckedAgainstTheParagraph(quote: String, isInSection: Bool) throws {
        let folder = SiteTree.temporaryFolder("paragraph-anchor-target-\(isInSection)")
        try? FileManager.default.removeItem(at: folder)
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: fixtureSite("review").appendingPathComponent("content"), to: content)
        let documentURL = content.appendingPathComponent("van-ban/de-an.md")
        let document = try String(contentsOf: documentURL, encoding: .utf8)
        try Data((document + "\n1\\. Tập huấn cho 100% cán bộ.\n\n2\\. Tổng kết hằng năm.\n").utf8).write(to: documentURL)
        let indicatorURL = content.appendingPathComponent("chi-tieu/ty-le-ngheo.md")
        let indicator = try String(contentsOf: indicatorURL, encoding: .utf8)
            .replacingOccurrences(of: "section: phan-1-i\n  quote: \"Giảm tỷ lệ hộ nghèo xuống dưới 20%\"",
                                  with: "section: phan-1-ii-1\n  quote: \"\(quote)\"")
        #expect(indicator.contains("phan-1-ii-1"))
        try Data(indicator.utf8).write(to: indicatorURL)
        let report = buildSite(folder, output: folder.appendingPathComponent("site"))
        let errors = report.diagnostics.all.filter { $0.severity == .error }.map(\.description)
        if isInSection {
            #expect(errors.isEmpty, "\(errors)")
        } else {
            #expect(errors.count == 1 && errors[0].hasPrefix("content/chi-tieu/ty-le-ngheo.md:13:")
                    && errors[0].contains("not in section 'phan-1-ii-1' of 'de-an'"), "\(errors)")
        }
    }
}
