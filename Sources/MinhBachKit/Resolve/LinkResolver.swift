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
                context.diagnostics.error(at: link.location, Message("link.not-allowed", ["address": .text(String(url.prefix(40)))]),
                                          hint: Message("link.not-allowed-hint"))
            }
            return url
        }
        if URLSafety.isExternal(url) {
            if isImage {
                context.diagnostics.error(at: link.location, Message("link.image-on-another-host", ["address": .text(url)]),
                                          hint: Message("link.image-on-another-host-hint"))
            }
            return url
        }
        if url.isEmpty { return url }
        if url.hasPrefix("#") {
            let id = String(url.dropFirst())
            if !hasAnchor(context.headings, id) {
                context.diagnostics.error(at: link.location, Message("link.no-heading-here", ["id": .text(id)]),
                                          hint: Suggestion.message(for: id, among: context.headings.ids))
            }
            return url
        }
        if url.hasPrefix("/") {
            context.diagnostics.error(at: link.location, Message("link.from-root", ["address": .text(url)]),
                                      hint: Message("link.from-root-hint"))
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
            context.diagnostics.error(at: link.location, Message("link.outside-content", ["address": .text(url)]))
            return url
        }
        if resolved.hasSuffix(".md") {
            guard let target = context.site.page(sourcePath: resolved) else {
                if let reason = context.site.withheld.page(sourcePath: resolved) {
                    context.warnWithheld(at: link.location, Message("withheld.link-to"), path, kind: Message("withheld.kind.page"), reason)
                    return nil
                }
                context.diagnostics.error(at: link.location, Message("link.no-page", ["path": .text(path)]))
                return url
            }
            if let fragment, !hasAnchor(target.headings, fragment) {
                context.diagnostics.error(at: link.location, Message("link.no-heading-there", ["id": .text(fragment), "page": .text(target.source.displayPath)]),
                                          hint: Suggestion.message(for: fragment, among: target.headings.ids))
            }
            return context.href(toSitePath: target.outputPath) + (fragment.map { "#" + $0 } ?? "")
        }
        if context.warnsWithheldDataFile(resolved, at: link.location, isImage ? Message("withheld.image") : Message("withheld.link-to"),
                                         shown: isImage ? Message("withheld.left-out") : Message("withheld.text-without-link")) {
            return nil
        }
        guard let file = context.file(resolved) else {
            context.diagnostics.error(at: link.location, isImage ? Message("link.image-not-found", ["path": .text(path)])
                                                             : Message("link.file-not-found", ["path": .text(path)]))
            return url
        }
        if isImage, Inline.plainText(link.content).trimmingCharacters(in: .whitespaces).isEmpty {
            context.diagnostics.error(at: link.location, Message("link.image-without-alt", ["path": .text(path)]),
                                      hint: Message("link.image-without-alt-hint", ["path": .text(path)]))
        }
        return context.copy(file, as: path, at: link.location) + (fragment.map { "#" + $0 } ?? "")
    }

    static func hasAnchor(_ headings: HeadingList, _ id: String) -> Bool {
        headings.contains(id: id) || PageParser.reservedIDs.contains(id)
    }
}
