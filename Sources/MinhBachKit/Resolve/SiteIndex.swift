import Diagnostics
import Formatting
import Parallel

/// What every page may refer to: all pages by id and by source path, and their headings.
public struct SiteIndex: Sendable {
    public let pages: [ParsedPage]
    /// Positions in `pages` by id (the first page with it), and by path in the content folder.
    private let byID: PositionTable
    private let bySource: PositionTable
    /// Heading id → the pages that have it, for `{ref}` to a heading anywhere in the site.
    private let headingOwners: [String: [Int32]]
    /// The official documents among the pages.
    public let documents: DocumentCatalog
    /// Units, indicators and their data.
    public private(set) var data: DataCatalog
    /// The "Dân vận khéo" models.
    public private(set) var models: ModelCatalog
    /// The content files other than pages (images, data), by path.
    public private(set) var files: ContentFiles
    /// The pages this build leaves out (internal, drafts): what points at them warns.
    public let withheld: WithheldItems

    /// `data` is the catalog another edition of the same build made: read, checked and computed
    /// once, shown here with this edition's pages. Without it the catalog is made from `pages`.
    public init(pages: [ParsedPage], config: SiteConfig = SiteConfig(), files: [SourceFile] = [], withheld: WithheldItems = WithheldItems(),
                data shared: DataCatalog? = nil) {
        self.pages = pages
        self.withheld = withheld
        documents = DocumentCatalog(pages: pages, folder: config.documentsFolder, scansMentions: config.linksDocumentNumbers)
        self.files = ContentFiles(files)
        data = shared?.edition(pages: pages, documents: documents)
            ?? DataCatalog(pages: pages, files: self.files, config: config, documents: documents, withheld: withheld)
        models = data.models
        var owners: [String: [Int32]] = [:]
        for (index, page) in pages.enumerated() {
            for heading in page.headings.listed { owners[heading.id, default: []].append(Int32(index)) }
        }
        byID = PositionTable(count: pages.count) { pages[$0].id }
        bySource = PositionTable(count: pages.count, keepsLast: true) { pages[$0].contentPath }
        // A document's headings are much the same ids as every other's (`i`, `ii-1`): the lists
        // are long, and each kept at its size rather than its last doubling.
        headingOwners = owners.mapValues { owners in
            var exact: [Int32] = []
            exact.reserveCapacity(owners.count)
            exact += owners
            return exact
        }
        var folders: [String: [Int]] = [:]
        for (index, page) in pages.enumerated() where !page.isHome && !page.id.hasSuffix("/index") {
            guard let slash = page.id.lastIndex(of: "/") else { continue }
            folders[String(page.id[..<slash]), default: []].append(index)
        }
        // Collation keys are the costly part: made for every page at once, on every core, and
        // sorted with the pages' positions — pages are large values to move about.
        let titleKeys = pages.parallelMap { VietnameseCollation.key($0.meta.title) }
        sections = folders.mapValues { siblings in
            siblings.sorted { a, b in
                (pages[a].meta.weight, titleKeys[a], pages[a].id) < (pages[b].meta.weight, titleKeys[b], pages[b].id)
            }.map { Int32($0) }
        }
        var positions = [Int32](repeating: -1, count: pages.count)
        for siblings in sections.values {
            for (position, index) in siblings.enumerated() { positions[Int(index)] = Int32(position) }
        }
        sectionPositions = positions
    }

    /// The same site with these content files, its data catalog (and the models it counts) made
    /// again from them: what a data file's edit changes. `data` is the catalog another edition
    /// made again from the same files, shown here with this edition's pages.
    func replacingFiles(_ files: [SourceFile], config: SiteConfig, data shared: DataCatalog? = nil) -> SiteIndex {
        var site = self
        site.files = ContentFiles(files)
        site.data = shared?.edition(pages: pages, documents: documents)
            ?? DataCatalog(pages: pages, files: site.files, config: config, documents: documents, withheld: withheld)
        site.models = site.data.models
        return site
    }

    /// The pages of each folder (its index aside) in reading order: by weight, then by title in
    /// Vietnamese alphabetical order, as positions in `pages` (copies of the pages were a third
    /// of a kilobyte each). For previous/next links.
    private let sections: [String: [Int32]]
    /// By page, its place in its folder's `sections` list (-1 for none): looking it up in the
    /// list was quadratic in the size of a folder.
    private let sectionPositions: [Int32]

    /// The pages before and after `page` in its folder's reading order; nil when it is not in one
    /// with others.
    func neighbours(of page: ParsedPage) -> (previous: ParsedPage?, next: ParsedPage?)? {
        guard let slash = page.id.lastIndex(of: "/"), let ordered = sections[String(page.id[..<slash])], ordered.count > 1,
              let number = position(id: page.id), sectionPositions[number] >= 0 else { return nil }
        let index = Int(sectionPositions[number])
        return (index > 0 ? pages[Int(ordered[index - 1])] : nil, index + 1 < ordered.count ? pages[Int(ordered[index + 1])] : nil)
    }

    public func page(id: String) -> ParsedPage? { position(id: id).map { pages[$0] } }
    public func page(sourcePath: String) -> ParsedPage? { bySource.position(of: sourcePath) { pages[$0].contentPath }.map { pages[$0] } }
    private func position(id: String) -> Int? { byID.position(of: id) { pages[$0].id } }
    public func pagesWithHeading(_ id: String) -> [ParsedPage] { (headingOwners[id] ?? []).map { pages[Int($0)] } }
    public var pageIDs: [String] { pages.map(\.id) }
    public var headingIDs: [String] { Array(headingOwners.keys).sorted() }

    /// Two pages that would be written to the same file.
    func duplicateOutputs() -> [Diagnostic] {
        var seen: [String: ParsedPage] = [:]
        var problems: [Diagnostic] = []
        for page in pages {
            if let first = seen[page.outputPath] {
                problems.append(.error(
                    at: SourceLocation(path: page.source.displayPath, line: 1, column: 1),
                    Message("output.page-written-twice", ["path": .text(page.outputPath), "other": .text(first.source.displayPath)]),
                    hint: Message("output.page-written-twice-hint")))
            } else {
                seen[page.outputPath] = page
            }
        }
        return problems
    }
}
