import Diagnostics
import Markdown

/// Parses one Markdown file: front matter, then the Markdown with positions kept exact.
public struct PageParser: Sendable {
    public var config: SiteConfig
    /// The kinds of page the site's sections make of their folders' pages.
    public var kinds: [any PageKind] {
        didSet { sharedKinds = kinds.map(SharedKind.init) }
    }
    /// Each of `kinds` once, for every page of its kind to refer to.
    private var sharedKinds: [SharedKind]

    public init(config: SiteConfig, kinds: [any PageKind]) {
        self.config = config
        self.kinds = kinds
        sharedKinds = kinds.map(SharedKind.init)
    }

    /// A parser for a page with no site around it.
    public init(prettyURLs: Bool) {
        var config = SiteConfig()
        config.prettyURLs = prettyURLs
        self.init(config: config, kinds: [])
    }

    /// The kind of page its folder makes of `file`, if any.
    func kind(of file: SourceFile) -> SharedKind? { sharedKinds.first { $0.kind.isEntry(file, config: config) } }

    /// Ids that the layout itself uses on every page.
    static let reservedIDs = ["noi-dung", "footnotes-title", "muc-luc", "noi-nhan", "thong-tin-van-ban"]

    /// The numbers of the site's documents, when known: a document's citations then keep only
    /// the words of its text that are one (`PageCitations`). The parse stage reads every
    /// page's front matter first to know them.
    public var citableNumbers: Set<String>?

    /// This parser, knowing the site's document numbers.
    public func citing(_ numbers: Set<String>) -> PageParser {
        var parser = self
        parser.citableNumbers = numbers
        return parser
    }

    public func parse(_ file: SourceFile, diagnostics: inout Diagnostics) -> ParsedPage? {
        head(of: file, diagnostics: &diagnostics).map { page(from: $0, diagnostics: &diagnostics) }
    }

    /// A page with its front matter read and its Markdown not yet.
    public struct Head: Sendable {
        var file: SourceFile
        var meta: PageMeta
        var description: String?
        var sharedKind: SharedKind?
        var fields: (any PageFields)?

        var kind: (any PageKind)? { sharedKind?.kind }
    }

    /// The front matter of `file`; nil when the file is not text.
    public func head(of file: SourceFile, diagnostics: inout Diagnostics) -> Head? {
        guard let text = file.text(diagnostics: &diagnostics) else { return nil }
        // Made once (a file's name is its folder's and its own): every location shares it.
        let path = file.displayPath
        let split = FrontMatterSplit.split(text, path: path, diagnostics: &diagnostics)
        var fields = YAMLFields(yaml: split.yaml ?? "", path: path, firstLine: split.yamlFirstLine)
        if split.yaml == nil {
            fields = YAMLFields(yaml: "", path: path, firstLine: 1)
        }
        let sharedKind = kind(of: file)
        let kind = sharedKind?.kind
        let kindFields = kind?.decode(&fields, config: config)
        let (decoded, description) = PageMeta.decode(&fields, titleRequired: kind?.titleRequired ?? true, otherKeys: kind?.keys ?? [])
        var meta = decoded
        diagnostics.append(contentsOf: fields.diagnostics)
        if let kind, let kindFields { kind.complete(&meta, from: kindFields, config: config) }
        return Head(file: file, meta: meta, description: description, sharedKind: sharedKind, fields: kindFields)
    }

    /// The page of `head`, its Markdown parsed: its headings, and a document's citations.
    public func page(from head: Head, diagnostics: inout Diagnostics) -> ParsedPage {
        let file = head.file
        let document = Self.document(of: file)
        diagnostics.append(contentsOf: document.problems)
        let (outputPath, id) = OutputPaths.page(relativePath: file.relativePath, slug: head.meta.slug, pretty: config.prettyURLs)
        let headings = head.kind?.headings(of: document, diagnostics: &diagnostics) ?? Self.headings(of: document.blocks)
        var page = ParsedPage(source: file, meta: head.meta, description: head.description, document: document, outputPath: outputPath, id: id,
                              headings: headings, kind: head.sharedKind, fields: head.fields)
        page.citations = citations(of: page, document)
        return page
    }

    /// The page of `head`, what its Markdown tells the site taken from `body` (a page catalog's),
    /// its headings and description kept in `spill`, instead of parsed.
    func page(from head: Head, body: PageBody, keptIn spill: PageSpill) -> ParsedPage {
        let (outputPath, id) = OutputPaths.page(relativePath: head.file.relativePath, slug: head.meta.slug, pretty: config.prettyURLs)
        var page = ParsedPage(source: head.file, meta: head.meta, description: nil, document: MarkdownDocument(blocks: []), outputPath: outputPath,
                              id: id, headings: [], kind: head.sharedKind, fields: head.fields)
        page.take(body, keptIn: spill)
        return page
    }

    /// The Markdown of `file`, its front matter aside. Its problems were reported when the page
    /// was first parsed: parsed again, it says nothing new.
    static func document(of file: SourceFile) -> MarkdownDocument {
        var reported = Diagnostics()
        guard let text = file.text else { return MarkdownDocument(blocks: []) }
        let path = file.displayPath
        let split = FrontMatterSplit.split(text, path: path, diagnostics: &reported)
        return MarkdownParser().parse(split.body, path: path, firstLine: split.bodyFirstLine)
    }

    private func citations(of page: ParsedPage, _ document: MarkdownDocument) -> PageCitations {
        guard page.kind?.citesDocuments == true, page.fields != nil else { return PageCitations() }
        return PageCitations(of: document, numbers: citableNumbers, scansText: config.linksDocumentNumbers)
    }

    /// What a translation's front matter may say besides the words of its kind; everything
    /// else is the original's.
    static let translatedPageKeys = ["title", "description"]

    /// The page `original` in another language, from its translation `file`: the translation's
    /// text, title and the few words it may translate; the original's place, data and fields.
    /// `body`, when given (a page catalog's), is what its Markdown tells the site: it is then not parsed.
    func parseTranslation(_ file: SourceFile, of original: ParsedPage, body: (body: PageBody, spill: PageSpill)? = nil,
                          diagnostics: inout Diagnostics) -> ParsedPage? {
        guard let text = file.text(diagnostics: &diagnostics) else { return nil }
        let path = file.displayPath
        let split = FrontMatterSplit.split(text, path: path, diagnostics: &diagnostics)
        var fields = YAMLFields(yaml: split.yaml ?? "", path: path, firstLine: split.yamlFirstLine)
        var page = original
        page.source = file
        page.translationOf = original.source.relativePath
        page.meta.title = fields.string("title", required: true) ?? original.meta.title
        page.description = fields.string("description") ?? original.description
        var kindKeys: [String] = []
        if let kind = original.kind, let kindFields = original.fields {
            page.fields = kind.translated(kindFields, by: &fields)
            kindKeys = kind.translationKeys
        }
        fields.reportUnknownKeys(known: Self.translatedPageKeys + kindKeys)
        diagnostics.append(contentsOf: fields.diagnostics)
        if let body {
            page.take(body.body, keptIn: body.spill)
            return page
        }
        let document = MarkdownParser().parse(split.body, path: path, firstLine: split.bodyFirstLine)
        page.document = document
        diagnostics.append(contentsOf: document.problems)
        // Ids as its original's are made, so that links by anchor lead to the same headings.
        page.headings = HeadingList(original.kind?.headings(of: document, diagnostics: &diagnostics) ?? Self.headings(of: document.blocks))
        page.citations = citations(of: page, document)
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
