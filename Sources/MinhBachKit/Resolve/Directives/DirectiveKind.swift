import Markdown
import Markup

/// A directive the site understands: what it accepts and how it renders.
struct DirectiveKind: Sendable {
    let spec: DirectiveSpec
    let render: @Sendable (inout PageRenderContext, Directive) -> HTML
    /// Shows values from the data catalog: a page with it is made again when a data file changes.
    var readsData = false

    static let all: [String: DirectiveKind] = {
        var kinds: [DirectiveKind] = Admonition.kinds
        kinds += [Figure.figure, Figure.image, CSVTableDirective.kind, ListTableDirective.kind, TableOfContents.kind]
        kinds += DataDirectives.kinds + [ChartDirective.kind, OverviewDirective.kind]
        return Dictionary(uniqueKeysWithValues: kinds.map { ($0.spec.name, $0) })
    }()
}
