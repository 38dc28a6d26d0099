import Diagnostics
import Markdown
import Markup

/// Checks every link and image of a page and rewrites it for the output: `x.md` becomes the
/// page's file, a content file is copied, `#id` must be a heading of the page. Nothing may come
/// from another host, and nothing outside `content/` is read.
enum LinkResolver {
    /// nil when the link leads to something this build leaves out: its text is shown alone.
    static func destination(of link: Link, isImage: Bool, in context: inout PageRenderContext) -> String? {
        let url = link.destination
        if URLSafety.isDangerous(url) {
            if !context.config.allowsRawHTML {
                context.diagnostics.error(at: link.location, "this link's address is not allowed: '\(url.prefix(40))'",
                                          hint: "javascript:, vbscript:, file: and data: links are dropped")
            }
            return url
        }
        if URLSafety.isExternal(url) {
            if isImage {
                context.diagnostics.error(at: link.location, "image '\(url)' is on another host",
                                          hint: "copy the image under content/: the site must work offline")
            }
            return url
        }
        if url.isEmpty { return url }
        if url.hasPrefix("#") {
            let id = String(url.dropFirst())
            if !pageHasAnchor(context.page, id) {
                context.diagnostics.error(at: link.location, "no heading with id '\(id)' on this page",
                                          hint: Suggestion.hint(for: id, among: context.page.headings.map(\.id)))
            }
            return url
        }
        if url.hasPrefix("/") {
            context.diagnostics.error(at: link.location, "link '\(url)' starts at the server root",
                                      hint: "write it relative to this page, so the site works from file:// and any sub-path")
            return url
        }
        var path = url
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        guard let resolved = ContentFiles.resolve(path, fromPage: context.page.source.relativePath) else {
            context.diagnostics.error(at: link.location, "link '\(url)' leads outside content/")
            return url
        }
        if resolved.hasSuffix(".md") {
            guard let target = context.site.page(sourcePath: resolved) else {
                if let reason = context.site.withheld.page(sourcePath: resolved) {
                    context.warnWithheld(at: link.location, "link to", path, kind: "page", reason)
                    return nil
                }
                context.diagnostics.error(at: link.location, "link to a page that does not exist: '\(path)'")
                return url
            }
            if let fragment, !pageHasAnchor(target, fragment) {
                context.diagnostics.error(at: link.location, "no heading with id '\(fragment)' on \(target.source.displayPath)",
                                          hint: Suggestion.hint(for: fragment, among: target.headings.map(\.id)))
            }
            return context.href(toSitePath: target.outputPath) + (fragment.map { "#" + $0 } ?? "")
        }
        if context.warnsWithheldDataFile(resolved, at: link.location, isImage ? "image" : "link to", shown: isImage ? "it is left out" : "its text is shown without the link") {
            return nil
        }
        guard let file = context.file(resolved) else {
            context.diagnostics.error(at: link.location, "\(isImage ? "image" : "linked file") '\(path)' not found under content/")
            return url
        }
        if isImage, Inline.plainText(link.content).trimmingCharacters(in: .whitespaces).isEmpty {
            context.diagnostics.error(at: link.location, "image '\(path)' has no alt text",
                                      hint: "describe the image: ![what it shows](\(path))")
        }
        return context.copy(file, as: path, at: link.location) + (fragment.map { "#" + $0 } ?? "")
    }

    static func pageHasAnchor(_ page: ParsedPage, _ id: String) -> Bool {
        page.headings.contains { $0.id == id } || PageParser.reservedIDs.contains(id)
    }
}
