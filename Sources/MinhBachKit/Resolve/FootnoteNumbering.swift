import Diagnostics
import Markdown
import Markup

/// Numbers footnotes in the order they are first cited, and gives every citation its own id so
/// that each note links back to all of them.
///
/// Every look-up is by label in a table: a page of 100,000 notes searched its lists for each
/// citation and each note, and never finished.
struct FootnoteNumbering: Sendable {
    private(set) var order: [String] = []
    private(set) var citations: [String: [String]] = [:]
    private var numbers: [String: Int] = [:]
    /// Each label's first definition on the page, made at the first look-up.
    private var definitions: [String: FootnoteDefinition]?

    static func noteID(_ label: String) -> String { "fn-" + (Slug.make(label).isEmpty ? "x" : Slug.make(label)) }

    mutating func cite(_ label: String) -> (number: Int, referenceID: String) {
        if citations[label] == nil {
            order.append(label)
            numbers[label] = order.count
        }
        let count = citations[label, default: []].count
        let id = "fnref-" + String(Self.noteID(label).dropFirst(3)) + (count == 0 ? "" : "-\(count + 1)")
        citations[label, default: []].append(id)
        return (numbers[label]!, id)
    }

    /// The first definition of `label` among the page's `notes`.
    mutating func definition(of label: String, among notes: [FootnoteDefinition]) -> FootnoteDefinition? {
        if definitions == nil {
            definitions = Dictionary(notes.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
        }
        return definitions?[label]
    }
}

extension PageRenderContext {
    /// The notes section at the end of the page, and a problem for every note that is defined
    /// twice or never cited.
    mutating func renderFootnotes() -> HTML {
        var seen: Set<String> = []
        for definition in page.document.footnotes {
            if !seen.insert(definition.label).inserted {
                diagnostics.error(at: definition.location, Message("footnote.defined-twice", ["label": .text(definition.label)]))
            }
        }
        var items: [HTML] = []
        var index = 0
        // A note may cite another note, so the list can grow while it is rendered.
        while index < footnotes.order.count {
            let label = footnotes.order[index]
            index += 1
            guard let definition = footnotes.definition(of: label, among: page.document.footnotes) else { continue }
            var body = renderMarkdown(definition.blocks).rendered
            let backLinks = (footnotes.citations[label] ?? []).enumerated().map { offset, id in
                HTML.element("a", [("class", "footnote-back"), ("href", "#\(id)"), ("aria-label", strings["footnote_back"])],
                             .text(offset == 0 ? "↩" : "↩\(offset + 1)")).rendered
            }.joined(separator: " ")
            if body.hasSuffix("</p>\n") {
                body = String(body.dropLast(5)) + " " + backLinks + "</p>\n"
            } else {
                body += "<p>" + backLinks + "</p>\n"
            }
            items.append(HTML.element("li", [("id", FootnoteNumbering.noteID(label))], .raw("\n" + body)))
        }
        for definition in page.document.footnotes where footnotes.citations[definition.label] == nil {
            diagnostics.error(at: definition.location, Message("footnote.never-cited", ["label": .text(definition.label)]),
                              hint: Message("footnote.never-cited-hint", ["label": .text(definition.label)]))
        }
        guard !items.isEmpty else { return .empty }
        return .raw("<section class=\"footnotes\" aria-labelledby=\"footnotes-title\">\n")
            + HTML.element("h2", [("id", "footnotes-title")], .text(strings["footnotes"]))
            + .raw("\n<ol>\n") + HTML.joined(items, separator: "\n") + .raw("\n</ol>\n</section>\n")
    }
}
