@testable import MinhBachKit
import Testing

/// A sitemap lists at most 50,000 addresses and weighs at most 50 MB (sitemaps.org): beyond
/// either, `sitemap.xml` becomes an index of numbered sitemaps.
struct SitemapsTests {
    static func entries(_ count: Int) -> [String] {
        (1...count).map { "<url><loc>https://so.example.gov.vn/trang-\($0).html</loc></url>\n" }
    }

    static func text(_ file: OutputFile) -> String { String(decoding: file.bytes, as: UTF8.self) }

    @Test func aSitemapWithinTheLimitsIsOneFile() {
        let files = Sitemaps.files(Self.entries(3), base: "https://so.example.gov.vn/", multilingual: false,
                                   limits: Sitemaps.Limits(addresses: 3, bytes: 10_000))
        #expect(files.map(\.path) == ["sitemap.xml"])
        #expect(Self.text(files[0]) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """ + Self.entries(3).joined() + "</urlset>\n")
    }

    @Test func moreAddressesThanASitemapMayListMakeAnIndex() {
        let files = Sitemaps.files(Self.entries(7), base: "https://so.example.gov.vn/cong/", multilingual: true,
                                   limits: Sitemaps.Limits(addresses: 3, bytes: 10_000))
        #expect(files.map(\.path) == ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"])
        #expect(Self.text(files[0]) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>https://so.example.gov.vn/cong/sitemap-1.xml</loc></sitemap>
            <sitemap><loc>https://so.example.gov.vn/cong/sitemap-2.xml</loc></sitemap>
            <sitemap><loc>https://so.example.gov.vn/cong/sitemap-3.xml</loc></sitemap>
            </sitemapindex>

            """)
        // Every address once, in order, three to a sitemap, each sitemap whole.
        let listed = files.dropFirst().map { Self.text($0).components(separatedBy: "\n").filter { $0.hasPrefix("<url>") } }
        #expect(listed.map(\.count) == [3, 3, 1])
        #expect(listed.joined().map { $0 + "\n" } == Self.entries(7))
        #expect(files.dropFirst().allSatisfy { Self.text($0).contains(#"xmlns:xhtml="http://www.w3.org/1999/xhtml""#) && Self.text($0).hasSuffix("</urlset>\n") })
    }

    @Test func aSitemapStopsBeforeItWouldWeighTooMuch() {
        let entries = Self.entries(4)
        let head = #"<?xml version="1.0" encoding="UTF-8"?>\#n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\#n"#.utf8.count
        // Room for two addresses, not three.
        let limit = head + entries[0].utf8.count * 2 + "</urlset>\n".utf8.count
        let files = Sitemaps.files(entries, base: "https://so.example.gov.vn/", multilingual: false,
                                   limits: Sitemaps.Limits(addresses: 100, bytes: limit))
        #expect(files.count == 3)
        #expect(files.dropFirst().allSatisfy { $0.bytes.count <= limit })
        // One address heavier than the limit still gets a sitemap of its own.
        #expect(Sitemaps.files(entries, base: "https://so.example.gov.vn/", multilingual: false, limits: Sitemaps.Limits(addresses: 100, bytes: 1))
            .map(\.path).count == 5)
    }
}
