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
    static func problem(with file: SourceFile, reference: String, rawFilesAllowed: Bool) -> (message: Message, hint: Message)? {
        guard !rawFilesAllowed else { return nil }
        let name = file.relativePath.split(separator: "/").last.map(String.init) ?? file.relativePath
        guard let dot = name.lastIndex(of: "."), liveExtensions.contains(name[name.index(after: dot)...].lowercased()) else { return nil }
        if name.lowercased().hasSuffix(".svg") {
            guard let reason = SVGSafety.problem(in: file.bytes) else { return nil }
            return (Message("directive.svg-not-published", ["path": .text(reference), "reason": .text(reason)]),
                    Message("directive.svg-not-published-hint"))
        }
        return (Message("directive.live-file", ["path": .text(reference)]), Message("directive.live-file-hint"))
    }
}
