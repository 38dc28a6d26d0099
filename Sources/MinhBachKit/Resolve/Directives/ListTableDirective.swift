import Diagnostics
import Markdown
import Markup

/// ```` ```{list-table} Caption ```` — a table written as a bullet list of rows, each a bullet
/// list of cells (as in MyST).
enum ListTableDirective {
    static let kind = DirectiveKind(
        spec: DirectiveSpec(
            name: "list-table", argument: .optional, body: .required,
            options: [("header-rows", .integer(0...10)), ("class", .identifier), ("name", .identifier)]),
        render: render)

    static func render(_ context: inout PageRenderContext, _ directive: Directive) -> HTML {
        guard let blocks = context.parseBody(of: directive) else { return .empty }
        let shapeHint = Message("directive.list-table-shape-hint")
        guard blocks.count == 1, case .list(let list) = blocks[0], !list.isOrdered else {
            context.diagnostics.error(at: directive.bodyLocation, Message("directive.list-table-not-a-list"), hint: shapeHint)
            return .empty
        }
        var rows: [[HTML]] = []
        for (index, item) in list.items.enumerated() {
            guard item.count == 1, case .list(let cells) = item[0], !cells.isOrdered else {
                context.diagnostics.error(at: directive.bodyLocation, Message("directive.list-table-row-not-a-list", ["row": .text(String(index + 1))]), hint: shapeHint)
                return .empty
            }
            rows.append(cells.items.map { cell in
                if cell.count == 1, case .paragraph(let inlines, let location) = cell[0] {
                    return inlineHTML(inlines, at: location, &context)
                }
                return context.renderMarkdown(cell)
            })
        }
        if let width = rows.first?.count, let bad = rows.firstIndex(where: { $0.count != width }) {
            context.diagnostics.error(at: directive.bodyLocation, Message("directive.list-table-row-width", ["row": .text(String(bad + 1)), "count": .text(String(rows[bad].count)),
                                                                                               "width": .text(String(width))]))
            return .empty
        }
        let headerRows = min(Int(directive.option("header-rows")?.value ?? "0") ?? 0, rows.count)
        return DataTable(
            caption: directive.argument.isEmpty ? nil : .text(directive.argument),
            header: Array(rows.prefix(headerRows)), rows: Array(rows.dropFirst(headerRows)),
            id: directive.option("name")?.value, extraClass: directive.option("class")?.value
        ).render(captionID: context.nextID("bang"))
    }

    /// A cell that is one paragraph renders without the `<p>`.
    static func inlineHTML(_ inlines: [Inline], at location: SourceLocation, _ context: inout PageRenderContext) -> HTML {
        let html = context.renderMarkdown([.paragraph(inlines, location: location)]).rendered
        guard html.hasPrefix("<p>"), html.hasSuffix("</p>\n") else { return .raw(html) }
        return .raw(String(html.dropFirst(3).dropLast(5)))
    }
}
