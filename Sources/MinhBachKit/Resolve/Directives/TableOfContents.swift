import Markdown
import Markup

/// ```` ```{toc} Optional title ```` — the page's headings as nested links.
enum TableOfContents {
    static let kind = DirectiveKind(
        spec: DirectiveSpec(name: "toc", argument: .optional, body: .none, options: [("depth", .integer(2...6))]),
        render: render)

    static func render(_ context: inout PageRenderContext, _ directive: Directive) -> HTML {
        let depth = Int(directive.option("depth")?.value ?? "3") ?? 3
        let headings = context.headings.listed.filter { $0.level >= 2 && $0.level <= depth }
        guard !headings.isEmpty else { return .empty }
        let titleID = context.nextID("muc-luc")
        let title = directive.argument.isEmpty ? context.strings["contents"] : directive.argument
        return HTML.element("nav", [("class", "toc"), ("aria-labelledby", titleID)],
            .raw("\n") + HTML.element("p", [("class", "toc__title"), ("id", titleID)], .text(title)) + .raw("\n")
                + nestedList(headings[...]) + .raw("\n"))
    }

    /// Headings as `<ol>`, deeper levels nested inside the item before them.
    static func nestedList(_ headings: ArraySlice<HeadingEntry>) -> HTML {
        guard let level = headings.map(\.level).min() else { return .empty }
        var items: [HTML] = []
        var index = headings.startIndex
        while index < headings.endIndex {
            let heading = headings[index]
            var end = index + 1
            while end < headings.endIndex, headings[end].level > level { end += 1 }
            var item = HTML.element("a", [("href", "#" + heading.id)], .text(heading.text))
            if heading.level == level, end > index + 1 {
                item += nestedList(headings[(index + 1)..<end])
            } else if heading.level != level {
                item = nestedList(headings[index..<end])
            }
            items.append(HTML.element("li", [], item))
            index = end
        }
        return HTML.element("ol", [], HTML.joined(items))
    }
}
