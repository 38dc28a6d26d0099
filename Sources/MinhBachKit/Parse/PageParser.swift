import Diagnostics
import Markdown

/// Parses one Markdown file: front matter, then the Markdown with positions kept exact.
public struct PageParser: Sendable {
    public var prettyURLs: Bool

    public init(prettyURLs: Bool) { self.prettyURLs = prettyURLs }

    /// Ids that the layout itself uses on every page.
    static let reservedIDs = ["noi-dung", "footnotes-title"]

    public func parse(_ file: SourceFile, diagnostics: inout Diagnostics) -> ParsedPage? {
        guard let text = file.text else {
            diagnostics.error(at: SourceLocation(path: file.displayPath, line: 1, column: 1), "file is not valid UTF-8")
            return nil
        }
        let split = FrontMatterSplit.split(text, path: file.displayPath, diagnostics: &diagnostics)
        var fields = YAMLFields(yaml: split.yaml ?? "", path: file.displayPath, firstLine: split.yamlFirstLine)
        if split.yaml == nil {
            fields = YAMLFields(yaml: "", path: file.displayPath, firstLine: 1)
        }
        let meta = PageMeta.decode(&fields)
        diagnostics.append(contentsOf: fields.diagnostics)
        let document = MarkdownParser().parse(split.body, path: file.displayPath, firstLine: split.bodyFirstLine)
        let (outputPath, id) = OutputPaths.page(relativePath: file.relativePath, slug: meta.slug, pretty: prettyURLs)
        return ParsedPage(
            source: file, meta: meta, document: document, outputPath: outputPath, id: id,
            headings: Self.headings(of: document.blocks))
    }

    /// Every heading outside directives, in order, with unique readable ids.
    static func headings(of blocks: [Block]) -> [HeadingEntry] {
        var registry = SlugRegistry(reserved: reservedIDs)
        var entries: [HeadingEntry] = []
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let heading):
                    let text = heading.plainText
                    entries.append(HeadingEntry(
                        id: registry.unique(Slug.make(text)), text: text,
                        level: heading.level, location: heading.location))
                case .blockQuote(let children): visit(children)
                case .list(let list): list.items.forEach(visit)
                default: break
                }
            }
        }
        visit(blocks)
        return entries
    }
}
