import Markup

/// The sitemap files of a site's `<url>` elements. A sitemap may list 50,000 addresses and weigh
/// 50 MB (sitemaps.org); beyond either, `sitemap.xml` is a sitemap index of `sitemap-1.xml`,
/// `sitemap-2.xml`…, each within both, so that a portal of a million pages stays readable by
/// crawlers.
enum Sitemaps {
    struct Limits {
        var addresses: Int
        var bytes: Int

        static let sitemapsOrg = Limits(addresses: 50_000, bytes: 50 * 1024 * 1024)
    }

    /// `entries`: each a `<url>…</url>` element and its line end, in the order listed.
    static func files(_ entries: some Sequence<String>, base: String, multilingual: Bool, limits: Limits = .sitemapsOrg) -> [OutputFile] {
        let head = Array(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + (multilingual ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n")).utf8)
        let tail = Array("</urlset>\n".utf8)
        var sitemaps: [[UInt8]] = []
        var sitemap = head
        var count = 0
        for entry in entries {
            if count > 0, count == limits.addresses || sitemap.count + entry.utf8.count + tail.count > limits.bytes {
                sitemaps.append(sitemap + tail)
                sitemap = head
                count = 0
            }
            sitemap += entry.utf8
            count += 1
        }
        sitemaps.append(sitemap + tail)
        guard sitemaps.count > 1 else { return [OutputFile(path: "sitemap.xml", bytes: sitemaps[0])] }
        let names = sitemaps.indices.map { "sitemap-\($0 + 1).xml" }
        let index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            + names.map { "<sitemap><loc>\(Escape.html(base + $0))</loc></sitemap>\n" }.joined() + "</sitemapindex>\n"
        return [OutputFile(path: "sitemap.xml", text: index)] + zip(names, sitemaps).map { OutputFile(path: $0, bytes: $1) }
    }
}
