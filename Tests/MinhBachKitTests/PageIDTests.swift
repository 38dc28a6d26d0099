import Diagnostics
@testable import MinhBachKit
import Testing

/// A page keeps its output path and makes its id from it (`ParsedPage.id`): every shape of path
/// must give the id `{ref}` and the site's links know it by.
struct PageIDTests {
    func page(_ relativePath: String, slug: String? = nil, pretty: Bool) throws -> ParsedPage {
        let front = slug.map { "slug: \($0)\n" } ?? ""
        let file = SourceFile(displayPath: "content/" + relativePath, relativePath: relativePath,
                              bytes: Array("---\ntitle: Trang\n\(front)---\n\nVăn bản.\n".utf8))
        var diagnostics = Diagnostics()
        let page = try #require(PageParser(prettyURLs: pretty).parse(file, diagnostics: &diagnostics))
        #expect(!diagnostics.hasErrors)
        return page
    }

    @Test(arguments: [
        ("gioi-thieu.md", nil, false, "gioi-thieu.html", "gioi-thieu"),
        ("gioi-thieu.md", nil, true, "gioi-thieu/index.html", "gioi-thieu"),
        ("index.md", nil, true, "index.html", "index"),
        ("Văn bản/index.md", nil, true, "van-ban/index.html", "van-ban/index"),
        ("Văn bản/Đề án 06.md", nil, false, "van-ban/de-an-06.html", "van-ban/de-an-06"),
        ("van-ban/de-an.md", "du-thao", true, "van-ban/du-thao/index.html", "van-ban/du-thao"),
        ("van-ban/index.md", "tong-hop", false, "van-ban/tong-hop.html", "van-ban/tong-hop"),
    ] as [(String, String?, Bool, String, String)])
    func anIDIsItsOutputPathWithoutTheFileNamesEnd(path: String, slug: String?, pretty: Bool, output: String, id: String) throws {
        let page = try page(path, slug: slug, pretty: pretty)
        #expect(page.outputPath == output)
        #expect(page.id == id)
        #expect(page.id == OutputPaths.page(relativePath: path, slug: slug, pretty: pretty).id)
    }

    /// A copy of a page changed elsewhere (a translation's edition) keeps the same id.
    @Test func aChangedCopyKeepsItsID() throws {
        let original = try page("van-ban/de-an.md", pretty: true)
        var copy = original
        copy.isUntranslated = true
        #expect(copy.id == "van-ban/de-an" && original.id == "van-ban/de-an" && copy.outputPath == original.outputPath)
    }
}
