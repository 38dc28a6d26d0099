import Foundation
import MinhBachKit
import TestSupport
import Testing

/// The second language: an English site has no Vietnamese interface text, and the demo's
/// English edition links each page to its other language and says when it is untranslated.
struct LanguageTests {
    static let english = buildTree(fixtureSite("english-ui"), "english-ui")
    static let demo = buildTree(Fixtures.projectRoot, "demo-languages", baseURL: "https://minhbach.example.gov.vn/")
    static func demoText(_ path: String) -> String { String(decoding: demo.tree[path] ?? [], as: UTF8.self) }

    /// Every word of the fixture's content is ASCII English, so a Vietnamese letter anywhere in
    /// its built site would be interface text we failed to translate. Two proper names are
    /// allowed: the tool's and the programme's.
    @Test func englishSiteHasNoVietnameseInterfaceText() {
        #expect(Self.english.report.diagnostics.errorCount == 0, "\(Self.english.report.diagnostics.sorted)")
        #expect(Self.english.tree.count > 50)
        var leaks: [String] = []
        for (path, bytes) in Self.english.tree.sorted(by: { $0.key < $1.key })
        where !path.hasPrefix("assets/") && !path.hasSuffix(".png") && !path.hasSuffix(".zip") && !path.hasSuffix(".xlsx") {
            let text = String(decoding: bytes, as: UTF8.self)
                .replacingOccurrences(of: "MinhBạch", with: "").replacingOccurrences(of: "Dân vận khéo", with: "")
                .replacingOccurrences(of: "dân vận khéo", with: "").replacingOccurrences(of: "dân vận", with: "")
                .replacingOccurrences(of: "vận khéo", with: "").replacingOccurrences(of: "vận", with: "")
                .replacingOccurrences(of: "khéo", with: "").replacingOccurrences(of: "dân", with: "")
            for line in text.split(separator: "\n") where line.unicodeScalars.contains(where: Self.isVietnameseLetter) {
                leaks.append("\(path): \(line.prefix(160))")
            }
        }
        #expect(leaks.isEmpty, "\(leaks.prefix(20).joined(separator: "\n"))")
        #expect(String(decoding: Self.english.tree["index.html"] ?? [], as: UTF8.self).contains("<html lang=\"en\">"))
    }

    static func isVietnameseLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0xC0...0x24F).contains(scalar.value) && scalar.properties.isAlphabetic || (0x1E00...0x1EFF).contains(scalar.value)
    }

    @Test func everyPageHasItsEnglishEditionWithTheSwitcherAndAlternates() throws {
        #expect(Self.demo.report.diagnostics.errorCount == 0, "\(Self.demo.report.diagnostics.sorted)")
        let pages = Self.demo.tree.keys.filter { $0.hasSuffix(".html") && !$0.hasPrefix("en/") && $0 != "404.html" }
        #expect(pages.count > 100)
        for page in pages { #expect(Self.demo.tree["en/" + page] != nil, "en/\(page) missing") }
        let home = Self.demoText("en/index.html")
        #expect(home.contains("<html lang=\"en\">"))
        #expect(home.contains(#"<link rel="alternate" hreflang="vi" href="https://minhbach.example.gov.vn/">"#))
        #expect(home.contains(#"<a href="../index.html" hreflang="vi" lang="vi">Tiếng Việt</a>"#))
        let unit = Self.demoText("chi-tieu/ho-ngheo-ty-le.html")
        #expect(unit.contains(#"<a href="../en/chi-tieu/ho-ngheo-ty-le.html" hreflang="en" lang="en">English</a>"#))
        // Translated: English title, numbers the English way, no notice.
        let poverty = Self.demoText("en/chi-tieu/ho-ngheo-ty-le.html")
        #expect(poverty.contains("<h1>Poverty rate</h1>") || poverty.contains(">Poverty rate<"))
        #expect(poverty.contains("<td class=\"num\">30.58%") || poverty.contains("30.58%"))
        #expect(Self.demoText("en/chi-tieu/ho-ngheo-so-ho.html").contains("41,977"))
        #expect(!poverty.contains("notice--untranslated"))
        // Untranslated: the Vietnamese text, marked as Vietnamese, under an English notice.
        let document = Self.demoText("en/van-ban/de-an-dien-bien-2023-2025.html")
        #expect(document.contains(#"<main id="noi-dung" class="page page--document" tabindex="-1" lang="vi">"#))
        #expect(document.contains(#"<p class="notice notice--untranslated" lang="en">This page has not been translated yet"#))
    }

    @Test func sitemapListsEachPageInBothLanguagesWithAlternates() {
        let sitemap = Self.demoText("sitemap.xml")
        #expect(sitemap.contains(#"xmlns:xhtml="http://www.w3.org/1999/xhtml""#))
        #expect(sitemap.contains("<url><loc>https://minhbach.example.gov.vn/en/gioi-thieu.html</loc>"
            + #"<xhtml:link rel="alternate" hreflang="vi" href="https://minhbach.example.gov.vn/gioi-thieu.html"/>"#
            + #"<xhtml:link rel="alternate" hreflang="en" href="https://minhbach.example.gov.vn/en/gioi-thieu.html"/></url>"#))
        #expect(Self.demo.tree["en/sitemap.xml"] == nil && !sitemap.contains("404"))
    }

    /// The English edition has its own 404 page; served at any address, its links are absolute
    /// and lead into the English edition.
    @Test func theEnglishEditionHasItsOwn404Page() {
        let page = Self.demoText("en/404.html")
        #expect(page.contains(#"<html lang="en""#) && page.contains("<h1>Page not found</h1>"))
        #expect(page.contains(#"<a href="https://minhbach.example.gov.vn/en/">Back to the home page</a>"#))
        #expect(page.contains(#"href="https://minhbach.example.gov.vn/en/assets/style."#))
        #expect(page.contains(#"href="https://minhbach.example.gov.vn/en/gioi-thieu.html""#))
    }

    /// Vietnamese alphabetical order on the units index: Đ between D and E, «Tủa Chùa» before
    /// «Tuần Giáo» (a before â), which byte order gets wrong.
    @Test func unitsIndexIsInVietnameseOrder() {
        let names = regexCaptures(#"<span class="unit-index__name"><a href="[^"]+">([^<]+)</a>"#, in: Self.demoText("don-vi/index.html"))
        let provinces = ["Tỉnh Bình Phước", "Tỉnh Điện Biên", "Tỉnh Đồng Nai", "Tỉnh Khánh Hòa", "Tỉnh Ninh Thuận"]
        #expect(names.filter(Set(provinces).contains) == provinces)
        let tua = names.firstIndex(of: "Huyện Tủa Chùa"), tuan = names.firstIndex(of: "Huyện Tuần Giáo")
        #expect(tua != nil && tuan != nil && tua! < tuan!)
    }
}
