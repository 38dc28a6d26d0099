/// Where things go in the site, and how one output file links to another. All links are
/// relative, so the site works from any sub-path of a server and from `file://`.
public enum OutputPaths {
    /// `gioi-thieu.md` → `gioi-thieu.html` (or `gioi-thieu/index.html` with pretty URLs);
    /// folders and file names become readable slugs; `index.md` stays the folder's index.
    public static func page(relativePath: String, slug: String?, pretty: Bool) -> (path: String, id: String) {
        var components = relativePath.split(separator: "/").map(String.init)
        let fileName = String(components.removeLast().dropLast(".md".count))
        let folders = components.map { Slug.make($0) }
        let isIndex = fileName == "index" && slug == nil
        let name = slug ?? Slug.make(fileName)
        let id = (folders + [isIndex ? "index" : name]).joined(separator: "/")
        if isIndex || !pretty {
            return ((folders + [isIndex ? "index.html" : name + ".html"]).joined(separator: "/"), id)
        }
        return ((folders + [name, "index.html"]).joined(separator: "/"), id)
    }

    /// The href that leads from the page at `from` to the file at `to` (both site paths).
    /// With pretty URLs, a folder's `index.html` is written as the folder.
    public static func link(from: String, to: String, pretty: Bool) -> String {
        // On UTF-8 slices: every page links to dozens of others, and strings per part added up.
        let fromFolders = from.utf8.split(separator: slash).dropLast()
        var target = to.utf8.split(separator: slash, omittingEmptySubsequences: false)[...]
        var common = 0
        while common < fromFolders.count, common < target.count - 1,
              fromFolders[fromFolders.startIndex + common].elementsEqual(target[common]) {
            common += 1
        }
        let ups = fromFolders.count - common
        target = target[common...]
        var dropsIndex = false
        if pretty, let last = target.last, last.elementsEqual("index.html".utf8) {
            if ups == 0, target.count == 1 { return "./" }
            dropsIndex = true
        }
        var out: [UInt8] = []
        out.reserveCapacity(to.utf8.count + 3 * ups)
        for _ in 0..<ups { out += [UInt8(ascii: "."), UInt8(ascii: "."), slash] }
        for (offset, part) in target.enumerated() {
            if offset > 0 { out.append(slash) }
            if !(dropsIndex && offset == target.count - 1) { out += part }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let slash = UInt8(ascii: "/")

    /// `../../` from a page to the site root (empty at the root).
    public static func root(from path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }
}
