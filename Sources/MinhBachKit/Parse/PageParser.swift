import Diagnostics
import Markdown

/// Parses one Markdown file: front matter, then the Markdown with positions kept exact.
public struct PageParser: Sendable {
    public var prettyURLs: Bool
    /// Pages in this folder (other than its `index.md`) are official documents.
    public var documentsFolder: String
    /// Pages in this folder (other than its `index.md`) define indicators.
    public var indicatorsFolder: String
    /// Pages in this folder (other than its `index.md`) are "Dân vận khéo" models.
    public var modelsFolder: String
    /// The site's language, which names documents that have no title of their own.
    public var language = "vi"
    /// The site's kinds of unit (`unit_kinds:` in `site.yml`), that indicators may name.
    public var unitKinds = UnitKind.defaults

    public init(prettyURLs: Bool, documentsFolder: String = SiteConfig().documentsFolder,
                indicatorsFolder: String = SiteConfig().indicatorsFolder, modelsFolder: String = SiteConfig().modelsFolder) {
        self.prettyURLs = prettyURLs
        self.documentsFolder = documentsFolder
        self.indicatorsFolder = indicatorsFolder
        self.modelsFolder = modelsFolder
    }

    public init(config: SiteConfig) {
        self.init(prettyURLs: config.prettyURLs, documentsFolder: config.documentsFolder, indicatorsFolder: config.indicatorsFolder,
                  modelsFolder: config.modelsFolder)
        language = config.language
        unitKinds = config.unitKinds
    }

    func isDocument(_ file: SourceFile) -> Bool { Self.isEntry(file, of: documentsFolder) }
    func isIndicator(_ file: SourceFile) -> Bool { Self.isEntry(file, of: indicatorsFolder) }
    func isModel(_ file: SourceFile) -> Bool { Self.isEntry(file, of: modelsFolder) }

    /// A Markdown file directly in `folder`, other than the folder's `index.md`.
    static func isEntry(_ file: SourceFile, of folder: String) -> Bool {
        let path = file.relativePath
        return path.hasPrefix(folder + "/") && path != folder + "/index.md"
    }

    /// Ids that the layout itself uses on every page.
    static let reservedIDs = ["noi-dung", "footnotes-title", "muc-luc", "noi-nhan", "thong-tin-van-ban"]

    public func parse(_ file: SourceFile, diagnostics: inout Diagnostics) -> ParsedPage? {
        guard let text = file.text(diagnostics: &diagnostics) else { return nil }
        let split = FrontMatterSplit.split(text, path: file.displayPath, diagnostics: &diagnostics)
        var fields = YAMLFields(yaml: split.yaml ?? "", path: file.displayPath, firstLine: split.yamlFirstLine)
        if split.yaml == nil {
            fields = YAMLFields(yaml: "", path: file.displayPath, firstLine: 1)
        }
        let isDocument = isDocument(file)
        var official: DocumentMeta?
        var indicator: IndicatorDefinition?
        if isDocument { official = DocumentMeta.decode(&fields) }
        if isIndicator(file) { indicator = IndicatorDefinition.decode(&fields, unitKinds: unitKinds) }
        let model = isModel(file) ? ModelDefinition.decode(&fields) : nil
        let otherKeys = isDocument ? DocumentMeta.keys : indicator != nil ? IndicatorDefinition.keys : model != nil ? ModelDefinition.keys : []
        var meta = PageMeta.decode(&fields, titleRequired: !isDocument, otherKeys: otherKeys)
        diagnostics.append(contentsOf: fields.diagnostics)
        if let official {
            if meta.title.isEmpty { meta.title = official.defaultTitle(in: language) }
            if let date = official.date, date.day != nil { meta.date = date.earliestDay }
        }
        let document = MarkdownParser().parse(split.body, path: file.displayPath, firstLine: split.bodyFirstLine)
        diagnostics.append(contentsOf: document.problems)
        let (outputPath, id) = OutputPaths.page(relativePath: file.relativePath, slug: meta.slug, pretty: prettyURLs)
        let headings = isDocument
            ? DocumentOutline.headings(of: document, reserved: Self.reservedIDs, diagnostics: &diagnostics)
            : Self.headings(of: document.blocks)
        return ParsedPage(
            source: file, meta: meta, document: document, outputPath: outputPath, id: id,
            headings: headings, officialDocument: official, indicator: indicator, model: model)
    }

    /// What a translation's front matter may say; everything else is the original's.
    static let translationKeys = ["title", "description", "short_title", "unit_label", "money_unit", "summary", "image_alt"]

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
        if let shortTitle = fields.string("short_title") { page.indicator?.shortTitle = shortTitle }
        if let label = fields.string("unit_label") { page.indicator?.unitLabel = label }
        if let unit = fields.string("money_unit") { page.indicator?.moneyUnit = unit }
        if let summary = fields.string("summary") { page.model?.summary = summary }
        if let alt = fields.string("image_alt") { page.model?.imageAlt = alt }
        fields.reportUnknownKeys(known: Self.translationKeys)
        diagnostics.append(contentsOf: fields.diagnostics)
        page.document = MarkdownParser().parse(split.body, path: file.displayPath, firstLine: split.bodyFirstLine)
        diagnostics.append(contentsOf: page.document.problems)
        page.headings = original.officialDocument != nil
            ? DocumentOutline.headings(of: page.document, reserved: Self.reservedIDs, diagnostics: &diagnostics)
            : Self.headings(of: page.document.blocks)
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
