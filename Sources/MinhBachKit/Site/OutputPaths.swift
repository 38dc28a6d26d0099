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
        let fromFolders = from.split(separator: "/").dropLast()
        var target = to.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var common = 0
        while common < fromFolders.count, common < target.count - 1, fromFolders[fromFolders.startIndex + common] == target[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: fromFolders.count - common)
        target = Array(target[common...])
        if pretty, target.last == "index.html" {
            target[target.count - 1] = ""
            if ups.isEmpty, target == [""] { return "./" }
        }
        return (ups + target).joined(separator: "/")
    }

    /// `../../` from a page to the site root (empty at the root).
    public static func root(from path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }
}
