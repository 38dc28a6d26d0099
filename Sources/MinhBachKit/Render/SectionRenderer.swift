import Diagnostics
import Markup
import Search

/// What a section of the site makes beyond the Markdown of its pages: the page of one of its
/// entries (a document with its header, an indicator with its charts), and the section's own
/// files (its index, facets, feeds, downloads). The layout (`SiteRenderer`) asks the section of
/// a page for its content, and the build asks every section for its files.
protocol SectionRenderer: Sendable {
    /// The section's name, the same as its kind of page's (`documents`).
    var name: String { get }
    /// The theme's templates it renders with, which every theme must have, each with the view
    /// it is given (checked when the layout is made).
    var templates: [(name: String, view: TemplateType)] { get }
    /// The page of an entry of the section; nil when the page shows as an ordinary one (an
    /// indicator page whose data has problems).
    func entryPage(_ resolved: ResolvedPage, site: SiteIndex, layout: SiteRenderer) -> SectionPage?
    /// The section's own files, each with what made it, added to `made`; none when the section
    /// has nothing to show, and then its folder's `index.md` is an ordinary page. `introPage` is
    /// that page.
    func files(site: SiteIndex, introPage: ResolvedPage?, layout: SiteRenderer, into made: inout SectionFiles)
    /// Its entries' pages and its own files show values from the data catalog: an edit of a
    /// data file makes them again.
    var readsData: Bool { get }
    /// Whether an edit of an entry's page, its front matter and headings unchanged, leaves what
    /// the section makes of its other pages and its own files as it was; if not, the whole site
    /// is built again.
    func editKeepsSection(from old: ParsedPage, to new: ParsedPage, site: SiteIndex) -> Bool
}

extension SectionRenderer {
    var templates: [(name: String, view: TemplateType)] { [] }
    var readsData: Bool { false }
    func editKeepsSection(from old: ParsedPage, to new: ParsedPage, site: SiteIndex) -> Bool { true }
}

/// The page of an entry of a section, in the layout's content area.
struct SectionPage: Sendable {
    var content: HTMLBytes
    /// The layout's kind of page (`document`), also what search labels it.
    var kind: String
    /// What search labels it.
    var searchKind: SearchKind
    /// Files the page comes with (its charts' standalone SVG and CSV).
    var files: [OutputFile] = []
    /// How recent the values it shows are, beyond those its Markdown shows.
    var dates = DataDates()
    /// Its content opens with its own heading (a document's header), so the layout adds none.
    var hasOwnHeading = false
}

/// A section's own files and, in the same order, what made each: a file made twice is an error
/// that names both makers. A streamed build gives it a `drain`, which takes the files a batch at
/// a time as they are added: a section can make thousands (a page and charts per unit), and
/// they are then never all held at once.
struct SectionFiles {
    /// The files added and not yet drained.
    private(set) var files: [OutputFile] = []
    private(set) var makers: [OutputMaker] = []
    /// The path of every file added, drained or not, in order.
    private(set) var paths: [String] = []
    /// What went wrong making them: a file to copy that could not be read again.
    var problems = Diagnostics()
    private let drain: (([OutputFile], [OutputMaker]) -> Void)?

    static let filesPerDrain = 64

    init(drain: (([OutputFile], [OutputMaker]) -> Void)? = nil) {
        self.drain = drain
    }

    mutating func add(_ made: [OutputFile], by maker: OutputMaker) {
        files += made
        makers += repeatElement(maker, count: made.count)
        paths += made.map(\.path)
        if files.count >= Self.filesPerDrain { flush() }
    }

    /// Hands what is left to the drain; called once the section has added everything.
    mutating func flush() {
        guard let drain, !files.isEmpty else { return }
        drain(files, makers)
        files = []
        makers = []
    }
}
