import Diagnostics
import Markdown
import Markup

/// Renders one page's Markdown in the context of the whole site: gives headings their ids,
/// gives directives and roles their meaning, numbers footnotes, and checks every link.
struct PageRenderContext: MarkdownRenderDelegate {
    let page: ParsedPage
    let site: SiteIndex
    let strings: UIStrings
    let config: SiteConfig
    /// False when a lone file is rendered without its site: links are kept as written.
    var checksLinks = true
    var diagnostics = Diagnostics()
    /// Content files this page links to, by their path in the output.
    var copiedFiles: [String: SourceFile] = [:]
    /// Files this page's directives make (a chart's `.svg` and `.csv`).
    var generatedFiles: [OutputFile] = []
    var footnotes = FootnoteNumbering()
    /// A value this page shows from the data is generated demo data: the page must say so.
    var showsIllustrativeData = false
    /// How recent the values this page shows are.
    var dataDates = DataDates()
    /// The page shows something from the data catalog: a data file's edit can change it.
    var readsData = false
    /// The content files the page looked up (paths under `content/`), found or not.
    var readFiles: Set<String> = []
    /// Counter for ids that directives make (tables, tables of contents).
    var generatedIDs = 0
    /// The page's own headings, read once: a one-shot build keeps them in its scratch file, and
    /// a page's anchors, `{ref}`s and table of contents read them again and again.
    let headings: HeadingList
    let headingEntries: [SourceLocation: HeadingEntry]
    /// The anchors of a document's numbered paragraphs, by where each paragraph starts.
    let paragraphIDs: [SourceLocation: String]

    init(page: ParsedPage, site: SiteIndex, strings: UIStrings, config: SiteConfig) {
        self.page = page
        self.site = site
        self.strings = strings
        self.config = config
        let headings = page.headings
        self.headings = headings
        headingEntries = Dictionary(headings.listed.map { ($0.location, $0) }, uniquingKeysWith: { a, _ in a })
        paragraphIDs = Dictionary(headings.filter(\.isParagraph).map { ($0.location, $0.id) }, uniquingKeysWith: { a, _ in a })
    }

    /// A content file by its path under `content/`, noted as one the page depends on.
    mutating func file(_ path: String) -> SourceFile? {
        readFiles.insert(path)
        return site.files[path]
    }

    mutating func headingID(for heading: Heading) -> String? { headingEntries[heading.location]?.id }

    /// A numbered paragraph's anchor, without a permalink: the numbering is the paragraph's own
    /// words, and a mark beside every paragraph would clutter the text.
    mutating func paragraphID(at location: SourceLocation) -> String? { paragraphIDs[location] }

    mutating func renderHeading(_ heading: Heading, content: String) -> String? {
        renderDocumentHeading(heading, content: content)
    }

    mutating func render(text: String) -> HTML? { linkDocumentNumbers(in: text) }

    mutating func render(_ directive: Directive) -> HTML {
        guard let kind = DirectiveKind.all[directive.name] else {
            diagnostics.append(.error(
                at: directive.location, Message("directive.unknown", ["name": .text(directive.name)]),
                hint: Suggestion.message(for: directive.name, among: DirectiveKind.all.keys.sorted())
                    ?? Message("directive.known", ["names": .text(DirectiveKind.all.keys.sorted().joined(separator: ", "))])))
            return .empty
        }
        guard kind.spec.validate(directive, into: &diagnostics) else { return .empty }
        readsData = readsData || kind.readsData
        return kind.render(&self, directive)
    }

    mutating func render(_ role: Role) -> HTML {
        switch role.name {
        case "abbr": return RoleRenderer.abbreviation(role, diagnostics: &diagnostics)
        case "ref": return RoleRenderer.reference(role, in: &self)
        case "doc": return renderDocumentReference(role)
        case "value":
            readsData = true
            return renderValue(role)
        default:
            diagnostics.append(.error(
                at: role.location, Message("role.unknown", ["name": .text(role.name)]),
                hint: Suggestion.message(for: role.name, among: RoleRenderer.names)
                    ?? Message("role.known", ["names": .text(RoleRenderer.names.joined(separator: ", "))])))
            return .text(role.content)
        }
    }

    mutating func render(_ reference: FootnoteReference) -> HTML {
        guard footnotes.definition(of: reference.label, among: page.document.footnotes) != nil else {
            diagnostics.error(at: reference.location, Message("footnote.not-defined", ["label": .text(reference.label)]),
                              hint: Message("footnote.not-defined-hint", ["label": .text(reference.label)]))
            return .text("[^\(reference.label)]")
        }
        let (number, refID) = footnotes.cite(reference.label)
        return HTML.element("sup", [("class", "footnote-ref")],
            HTML.element("a", [("href", "#\(FootnoteNumbering.noteID(reference.label))"), ("id", refID)], .text(String(number))))
    }

    mutating func destination(of link: Link, isImage: Bool) -> String? {
        guard checksLinks else { return link.destination }
        return LinkResolver.destination(of: link, isImage: isImage, in: &self)
    }

    /// A directive's body as Markdown, or nil when it could not be read (nested too deep: the
    /// problem is reported here, and the directive renders as nothing).
    mutating func parseBody(of directive: Directive) -> [Block]? {
        let body = MarkdownParser().parseBody(of: directive)
        guard body.problems.isEmpty else {
            diagnostics.append(contentsOf: body.problems)
            return nil
        }
        return body.blocks
    }

    /// Renders nested Markdown (a directive's body) with this same context.
    mutating func renderMarkdown(_ blocks: [Block]) -> HTML {
        var renderer = HTMLRenderer(delegate: self, allowsRawHTML: config.allowsRawHTML)
        let html = renderer.render(blocks)
        self = renderer.delegate
        return .raw(html)
    }

    mutating func nextID(_ prefix: String) -> String {
        generatedIDs += 1
        return "\(prefix)-\(generatedIDs)"
    }

    func href(toSitePath path: String) -> String {
        OutputPaths.link(from: page.outputPath, to: path, pretty: config.prettyURLs)
    }
}
