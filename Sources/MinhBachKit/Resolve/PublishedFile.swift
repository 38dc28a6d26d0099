import Diagnostics
import Markup

/// Which content files a page may publish as they are. A file copied from `content/` is served
/// from the site's own origin, so an `.html`, `.svg`, `.xml` or `.js` file there runs its script
/// with the site's rights, whatever `raw_html` says of the Markdown. Such files are published
/// only when `site.yml` says `raw_files: true`; without it an SVG image is published once it is
/// checked to hold nothing live (`SVGSafety`), and the others are refused.
enum PublishedFile {
    /// Extensions a browser opens as a document or runs as script.
    static let liveExtensions: Set<String> = ["html", "htm", "xhtml", "xht", "shtml", "svg", "svgz", "xml", "xsl", "xslt", "js", "mjs"]

    /// Nil when `file` may be published; else the error to report where it is used.
    static func problem(with file: SourceFile, reference: String, rawFilesAllowed: Bool) -> (message: String, hint: String)? {
        guard !rawFilesAllowed else { return nil }
        let name = file.relativePath.split(separator: "/").last.map(String.init) ?? file.relativePath
        guard let dot = name.lastIndex(of: "."), liveExtensions.contains(name[name.index(after: dot)...].lowercased()) else { return nil }
        let hint = "set 'raw_files: true' in site.yml only if every such file in content/ is trusted"
        if name.lowercased().hasSuffix(".svg") {
            guard let reason = SVGSafety.problem(in: file.bytes) else { return nil }
            return ("the SVG '\(reference)' cannot be published: \(reason)",
                    "remove it from the drawing (an SVG opened from the site runs its script with the site's rights), or \(hint)")
        }
        return ("'\(reference)' would be published as a live page or script of the site",
                "link to a PDF or an image instead, or \(hint)")
    }
}
