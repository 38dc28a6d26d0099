import Diagnostics
@testable import MinhBachKit
import Testing

/// The citations the documents catalog finds in a document's text, taken when the page is
/// parsed (its Markdown is then let go): the same whether the parser knew the site's numbers.
struct DocumentCitationTests {
    static let documents = [
        ("ke-hoach-27", "27-KH/BDVTU", "Căn cứ Kế hoạch số 12/KH-UBND, ngày 2/3/2023; xem {doc}`ke-hoach-12` và **12/KH-UBND** lần nữa.\n\n> Trích 99/KH-XX.\n"),
        ("ke-hoach-12", "12/KH-UBND", "Thực hiện Kế hoạch số 27-KH/BDVTU[^1] và số 5 - năm 2023.\n\n[^1]: Xem thêm 27-KH/BDVTU - của Ban Dân vận.\n"),
        ("bao-cao-5", "5", "Không trích văn bản nào: số 5 đứng một mình.\n"),
    ]

    static func pages(numbers: Set<String>?) -> [ParsedPage] {
        var config = SiteConfig()
        config.linksDocumentNumbers = true
        var parser = PageParser(config: config, kinds: SiteSections.all)
        parser.citableNumbers = numbers
        return documents.compactMap { id, number, text in
            let source = "---\nkind: ke-hoach\nnumber: \"\(number)\"\nsubject: \"Văn bản \(id)\"\nissuer: \"UBND tỉnh\"\ndate: 2023-01-01\n---\n\n" + text
            var diagnostics = Diagnostics()
            return parser.parse(SourceFile(displayPath: "content/van-ban/\(id).md", relativePath: "van-ban/\(id).md", bytes: Array(source.utf8)),
                                diagnostics: &diagnostics)
        }
    }

    @Test func aDocumentCitesWhatItsTextNamesInTheOrderItFirstDoes() {
        let catalog = DocumentCatalog(pages: Self.pages(numbers: nil), folder: "van-ban", scansMentions: true)
        #expect(catalog.mentionedIDs(of: "ke-hoach-27") == ["ke-hoach-12"])
        #expect(catalog.mentionedIDs(of: "ke-hoach-12") == ["ke-hoach-27", "bao-cao-5"])
        #expect(catalog.mentionedIDs(of: "bao-cao-5").isEmpty)
    }

    @Test func citationsAreTheSameWhetherTheParserKnewTheNumbers() {
        let unknown = Self.pages(numbers: nil)
        let known = Self.pages(numbers: ["27-KH/BDVTU", "12/KH-UBND", "5"])
        #expect(known.map(\.citations.names.count) != unknown.map(\.citations.names.count))
        for scans in [true, false] {
            let a = DocumentCatalog(pages: unknown, folder: "van-ban", scansMentions: scans)
            let b = DocumentCatalog(pages: known, folder: "van-ban", scansMentions: scans)
            for (id, _, _) in Self.documents { #expect(a.mentionedIDs(of: id) == b.mentionedIDs(of: id)) }
        }
        // Without the numbers in prose, only the `{doc}` role cites.
        #expect(DocumentCatalog(pages: known, folder: "van-ban", scansMentions: false).mentionedIDs(of: "ke-hoach-27") == ["ke-hoach-12"])
        #expect(DocumentCatalog(pages: known, folder: "van-ban", scansMentions: false).mentionedIDs(of: "ke-hoach-12").isEmpty)
    }
}
