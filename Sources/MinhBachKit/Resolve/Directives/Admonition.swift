import Markdown
import Markup

/// ```` ```{note} Optional title ```` — a boxed remark: note, tip, important, warning.
enum Admonition {
    static let kinds: [DirectiveKind] = ["note", "tip", "important", "warning"].map { name in
        DirectiveKind(
            spec: DirectiveSpec(name: name, argument: .optional, body: .required,
                                options: [("class", .identifier), ("name", .identifier)]),
            render: { context, directive in render(name, directive, &context) })
    }

    static func render(_ name: String, _ directive: Directive, _ context: inout PageRenderContext) -> HTML {
        let title = directive.argument.isEmpty ? context.strings["admonition_\(name)"] : directive.argument
        guard let blocks = context.parseBody(of: directive) else { return .empty }
        let body = context.renderMarkdown(blocks)
        let classes = ["admonition", "admonition--\(name)", directive.option("class")?.value].compactMap { $0 }
        return HTML.element("div", [("class", classes.joined(separator: " ")), ("id", directive.option("name")?.value), ("role", "note")],
            .raw("\n") + HTML.element("p", [("class", "admonition__title")], .text(title)) + .raw("\n") + body)
    }
}
