import Diagnostics
import Markdown
import Markup

/// How document pages link: ``{doc}`25-NQ/TW#phan-2` ``, numbers in prose, and headings with
/// their numbering and a permalink.
extension PageRenderContext {
    /// ``{doc}`number` ``, ``{doc}`number#section` `` or ``{doc}`text <number#section>` ``.
    mutating func renderDocumentReference(_ role: Role) -> HTML {
        let reference = RoleTarget(role.content)
        let catalog = site.documents
        guard let entry = catalog.entry(reference: reference.name) else {
            if let reason = site.withheld.document(reference: reference.name) {
                warnWithheld(at: role.location, Message("withheld.reference-to"), reference.name, kind: Message("withheld.kind.document"), reason)
                return .text(reference.text ?? reference.name)
            }
            diagnostics.error(
                at: role.location, Message("link.no-document", ["number": .text(reference.name)]),
                hint: Suggestion.message(for: reference.name, among: catalog.numbers + catalog.entries.map(\.id))
                    ?? Message("link.no-document-hint", ["folder": .text(catalog.folder)]))
            return .text(reference.text ?? reference.name)
        }
        var fragment = ""
        if let anchor = reference.anchor {
            guard entry.page.headings.contains(id: anchor) else {
                diagnostics.error(
                    at: role.location, Message("link.no-section", ["kind": .text(entry.meta.kind.name), "number": .text(reference.name), "anchor": .text(anchor)]),
                    hint: Suggestion.message(for: anchor, among: entry.page.headings.ids)
                        ?? Message("link.no-section-hint"))
                return .text(reference.text ?? reference.name)
            }
            fragment = "#" + anchor
        }
        let href = entry.page.id == page.id ? fragment : href(toSitePath: entry.page.outputPath) + fragment
        return HTML.element("a", [("href", href), ("title", entry.page.title)], .text(reference.text ?? reference.name))
    }

    /// Numbers of the site's documents in a run of text become links, when the site asks for it.
    mutating func linkDocumentNumbers(in text: String) -> HTML? {
        guard config.linksDocumentNumbers else { return nil }
        let matches = site.documents.scanner.matches(in: text)
        guard !matches.isEmpty else { return nil }
        var html = HTML.empty
        var rest = text.startIndex
        for match in matches {
            guard let entry = site.documents.entry(number: match.number), entry.page.id != page.id else { continue }
            html += .text(String(text[rest..<match.range.lowerBound]))
            html += HTML.element("a", [("class", "doc-ref"), ("href", href(toSitePath: entry.page.outputPath)),
                                       ("title", entry.page.title)], .text(match.number))
            rest = match.range.upperBound
        }
        return html + .text(String(text[rest...]))
    }

    /// A document's heading: the level of its depth in the outline, its numbering set apart,
    /// and a permalink shown on hover and focus.
    func renderDocumentHeading(_ heading: Heading, content: String) -> String? {
        guard page.officialDocument != nil, let entry = headingEntries[heading.location] else { return nil }
        var inner = content
        if let label = entry.label, case let escaped = Escape.html(label), content.hasPrefix(escaped) {
            inner = "<span class=\"section-number\">\(escaped)</span>" + content.dropFirst(escaped.count)
        }
        let id = Escape.html(entry.id)
        let permalink = "<a class=\"permalink\" href=\"#\(id)\"><span class=\"visually-hidden\">"
            + Escape.html(strings["permalink"]) + " </span><span aria-hidden=\"true\">#</span></a>"
        let isDivision = entry.numberKind == .part || entry.numberKind == .chapter
        let attributes = isDivision ? " class=\"doc-division\"" : ""
        return "<h\(entry.level) id=\"\(id)\"\(attributes)>\(inner) \(permalink)</h\(entry.level)>\n"
    }
}
