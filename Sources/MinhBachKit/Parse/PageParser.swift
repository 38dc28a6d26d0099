import Diagnostics
import Markdown

/// Parses one Markdown file: front matter, then the Markdown with positions kept exact.
public struct PageParser: Sendable {
    public var config: SiteConfig
    /// The kinds of page the site's sections make of their folders' pages.
    public var kinds: [any PageKind]

    public init(config: SiteConfig, kinds: [any PageKind]) {
        self.config = config
        self.kinds = kinds
    }

    /// A parser for a page with no site around it.
    public init(prettyURLs: Bool) {
        var config = SiteConfig()
        config.prettyURLs = prettyURLs
        self.init(config: config, kinds: [])
    }

    /// The kind of page its folder makes of `file`, if any.
    func kind(of file: SourceFile) -> (any PageKind)? { kinds.first { $0.isEntry(file, config: config) } }

    /// Ids that the layout itself uses on every page.
    static let reservedIDs = ["noi-dung", "footnotes-title", "muc-luc", "noi-nhan", "thong-tin-van-ban"]

    public func parse(_ file: SourceFile, diagnostics: inout Diagnostics) -> ParsedPage? {
        guard let text = file.text(diagnostics: &diagnostics) else { return nil }
        let split = FrontMatterSplit.split(text, path: file.displayPath, diagnostics: &diagnostics)
        var fields = YAMLFields(yaml: split.yaml ?? "", path: file.displayPath, firstLine: split.yamlFirstLine)
        if split.yaml == nil {
            fields = YAMLFields(yaml: "", path: file.displayPath, firstLine: 1)
        }
        let kind = kind(of: file)
        let kindFields = kind?.decode(&fields, config: config)
        var meta = PageMeta.decode(&fields, titleRequired: kind?.titleRequired ?? true, otherKeys: kind?.keys ?? [])
        diagnostics.append(contentsOf: fields.diagnostics)
        if let kind, let kindFields { kind.complete(&meta, from: kindFields, config: config) }
        let document = MarkdownParser().parse(split.body, path: file.displayPath, firstLine: split.bodyFirstLine)
        diagnostics.append(contentsOf: document.problems)
        let (outputPath, id) = OutputPaths.page(relativePath: file.relativePath, slug: meta.slug, pretty: config.prettyURLs)
        let headings = kind?.headings(of: document, diagnostics: &diagnostics) ?? Self.headings(of: document.blocks)
        return ParsedPage(source: file, meta: meta, document: document, outputPath: outputPath, id: id,
                          headings: headings, kind: kind, fields: kindFields)
    }

    /// What a translation's front matter may say besides the words of its kind; everything
    /// else is the original's.
    static let translatedPageKeys = ["title", "description"]

    /// The page `original` in another language, from its translation `file`: the translation's
    /// text, title and the few words it may translate; the original's place, data and fields.
    public func parseTranslation(_ file: SourceFile, of original: ParsedPage, diagnostics: inout Diagnostics) -> ParsedPage? {
        guard let text = file.text(diagnostics: &diagnostics) else { return nil }
        let split = FrontMatterSplit.split(text, path: file.displayPath, diagnostics: &diagnostics)
        var fields = YAMLFields(yaml: split.yaml ?? "", path: file.displayPath, firstLine: split.yamlFirstLine)
        var page = original
        page.source = file
        page.translationOf = original.source.relativePath
        page.meta.title = fields.string("title", required: true) ?? original.meta.title
        page.meta.description = fields.string("description") ?? original.meta.description
        var kindKeys: [String] = []
        if let kind = original.kind, let kindFields = original.fields {
            page.fields = kind.translated(kindFields, by: &fields)
            kindKeys = kind.translationKeys
        }
        fields.reportUnknownKeys(known: Self.translatedPageKeys + kindKeys)
        diagnostics.append(contentsOf: fields.diagnostics)
        page.document = MarkdownParser().parse(split.body, path: file.displayPath, firstLine: split.bodyFirstLine)
        diagnostics.append(contentsOf: page.document.problems)
        // Ids as its original's are made, so that links by anchor lead to the same headings.
        page.headings = original.kind?.headings(of: page.document, diagnostics: &diagnostics) ?? Self.headings(of: page.document.blocks)
        return page
    }

    /// Every heading outside directives, in order, with unique readable ids.
    static func headings(of blocks: [Block]) -> [HeadingEntry] {
        var registry = SlugRegistry(reserved: reservedIDs)
        return topLevelHeadings(blocks).map { heading in
            let text = heading.plainText
            return HeadingEntry(id: registry.unique(Slug.make(text)), text: text, level: heading.level, location: heading.location)
        }
    }

    /// Headings outside directives (whose bodies are parsed later), in order.
    static func topLevelHeadings(_ blocks: [Block]) -> [Heading] {
        var found: [Heading] = []
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let heading): found.append(heading)
                case .blockQuote(let children): visit(children)
                case .list(let list): list.items.forEach(visit)
                default: break
                }
            }
        }
        visit(blocks)
        return found
    }
}
