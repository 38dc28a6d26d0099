import Diagnostics
import Formatting
import Markdown
import Parallel

/// Every official document of the site: found by id or number, with their relations resolved
/// and the citations between them, both ways.
public struct DocumentCatalog: Sendable {
    public struct Entry: Sendable {
        /// The id relations use: the file name within the documents folder (`ke-hoach-27-kh`).
        /// Made from the page's id when asked for: a copy of it in every entry was 64 bytes a
        /// document.
        public var id: String { idStart == 0 ? page.id : String(Substring(page.id.utf8.dropFirst(Int(idStart)))) }
        public var page: PageReference
        /// Where the id begins in the page's: after the documents folder and its slash.
        private let idStart: Int32
        /// Its place in the catalog's `entries`, where its citations are kept.
        fileprivate let position: Int32

        init(page: ParsedPage, folder: String, position: Int) {
            self.page = page.reference
            idStart = Int32(DocumentCatalog.idStart(of: page.id, folder: folder))
            self.position = Int32(position)
        }
        /// The document's fields, read from its page: a copy of them in every entry was 312
        /// bytes a document, and the entries' array grew by doubling. Each read copies them out
        /// of the page, so a loop reads them once per entry.
        public var meta: DocumentMeta { page.officialDocument! }
        /// A record without text (its page says so) has no Markdown below its front matter.
        public var hasText: Bool { page.hasText }
    }

    /// How one document cites another.
    public enum Citation: Sendable, Hashable {
        case relation(DocumentRelation.Kind)
        case mention
    }

    public let folder: String
    public let entries: [Entry]
    /// Newest first; undated documents last, then by title in Vietnamese order, then id: the order
    /// every listing and feed of documents shows.
    public let newestFirst: Ordered

    /// The entries in an order, as their positions: a second array of entries was a second copy
    /// of every document's fields, half a kilobyte each.
    public struct Ordered: RandomAccessCollection, Sendable {
        let entries: [Entry]
        let order: [Int32]

        public var startIndex: Int { 0 }
        public var endIndex: Int { order.count }
        public subscript(position: Int) -> Entry { entries[Int(order[position])] }
    }
    /// Positions in `entries` by id (the first entry with it).
    private let byID: PositionTable
    private let byNumber: [String: Int]
    /// A citation, as the position of the other entry: by id, the lists were a third of the
    /// catalog of a large site.
    private struct Link: Sendable {
        var other: Int32
        var citation: Citation
    }
    /// Entry position → the documents it cites, and how.
    private var outgoing: [Int32: [Link]] = [:]
    /// Entry position → the documents that cite it, and how.
    private var incoming: [Int32: [Link]] = [:]
    public private(set) var diagnostics = Diagnostics()
    let scanner: DocumentNumberScanner
    /// Numbers of documents mentioned in prose count as citations.
    let scansMentions: Bool

    public init(pages: [ParsedPage], folder: String, scansMentions: Bool) {
        self.folder = folder
        self.scansMentions = scansMentions
        let documentPages = pages.filter { $0.officialDocument != nil }
        let entries = documentPages.enumerated().map { Entry(page: $1, folder: folder, position: $0) }
        self.entries = entries
        newestFirst = Self.newestFirst(entries)
        byID = PositionTable(count: entries.count) { entries[$0].id }
        var byNumber: [String: Int] = [:]
        var problems = Diagnostics()
        for (index, entry) in entries.enumerated() {
            guard let number = entry.meta.citableNumber else { continue }
            if let first = byNumber[number] {
                problems.error(at: SourceLocation(path: entry.page.displayPath, line: 1, column: 1),
                               Message("documents.number-twice", ["number": .text(number), "other": .text(entries[first].page.displayPath)]),
                               hint: Message("documents.number-twice-hint"))
            } else {
                byNumber[number] = index
            }
        }
        self.byNumber = byNumber
        scanner = DocumentNumberScanner(documentsByNumber: byNumber)
        diagnostics = problems
        resolveRelations()
        findCitations(in: documentPages)
    }

    public func entry(id: String) -> Entry? { position(id: id).map { entries[$0] } }
    public func entry(number: String) -> Entry? { byNumber[number].map { entries[$0] } }
    private func position(id: String) -> Int? { byID.position(of: id) { entries[$0].id } }
    private func position(reference: String) -> Int? { position(id: reference) ?? byNumber[reference] }

    /// The documents this one cites, and how, in the order it cites them.
    public func outgoing(of entry: Entry) -> [(entry: Entry, citation: Citation)] { entries(outgoing[entry.position]) }
    /// The documents that cite this one, and how.
    public func incoming(of entry: Entry) -> [(entry: Entry, citation: Citation)] { entries(incoming[entry.position]) }
    private func entries(_ links: [Link]?) -> [(entry: Entry, citation: Citation)] {
        (links ?? []).map { (entries[Int($0.other)], $0.citation) }
    }
    public func entry(forPage page: ParsedPage) -> Entry? {
        guard page.officialDocument != nil else { return nil }
        return entry(id: Self.documentID(of: page, folder: folder))
    }

    /// Titles are compared by their collation keys, each made once.
    static func newestFirst(_ entries: [Entry]) -> Ordered {
        let titleKeys = entries.parallelMap { VietnameseCollation.key($0.page.title) }
        let dates = entries.map(\.meta.date)
        let order = entries.indices.sorted { a, b in
            switch (dates[a], dates[b]) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return (titleKeys[a], entries[a].id) < (titleKeys[b], entries[b].id)
            }
        }
        return Ordered(entries: entries, order: order.map { Int32($0) })
    }

    static func documentID(of page: ParsedPage, folder: String) -> String {
        String(Substring(page.id.utf8.dropFirst(idStart(of: page.id, folder: folder))))
    }
    /// Where a document's id begins in its page's id (in UTF-8 bytes): after the documents folder
    /// and its slash, or at the start for a page elsewhere.
    static func idStart(of pageID: String, folder: String) -> Int {
        pageID.utf8.starts(with: (folder + "/").utf8) ? folder.utf8.count + 1 : 0
    }

    /// The status shown: a document that another supersedes is superseded, whatever it says.
    public func status(of entry: Entry) -> DocumentStatus? {
        incoming[entry.position]?.contains { $0.citation == .relation(.supersedes) } == true ? .superseded : entry.meta.status
    }
    /// A relation's target: an id, else a number.
    public func entry(reference: String) -> Entry? { entry(id: reference) ?? entry(number: reference) }
    public var numbers: [String] { byNumber.keys.sorted() }

    private mutating func resolveRelations() {
        for (index, entry) in entries.enumerated() {
            for kind in DocumentRelation.Kind.allCases {
                for target in entry.meta.relations[kind] ?? [] {
                    guard let other = position(reference: target.text) else {
                        diagnostics.append(.error(
                            at: target.location, Message("documents.unknown-relation-target", ["relation": .text(kind.rawValue), "target": .text(target.text)]),
                            hint: Suggestion.message(for: target.text, among: entries.map(\.id) + numbers)
                                ?? Message("documents.unknown-relation-target-hint", ["folder": .text(folder)])))
                        continue
                    }
                    if entries[other].id == entry.id {
                        diagnostics.error(at: target.location, Message("documents.related-to-itself"))
                        continue
                    }
                    add(from: index, to: other, .relation(kind))
                }
            }
        }
    }

    /// Citations in the text: `{doc}` roles, and numbers mentioned in prose when the site links them.
    private mutating func findCitations(in pages: [ParsedPage]) {
        for (index, page) in pages.enumerated() {
            for other in mentionedPositions(in: page, id: entries[index].id) { add(from: index, to: other, .mention) }
        }
    }

    /// The documents that the document `id` mentions, as the catalog found them.
    func mentionedIDs(of id: String) -> [String] {
        guard let entry = entry(id: id) else { return [] }
        return outgoing(of: entry).filter { $0.citation == .mention }.map(\.entry.id)
    }

    /// The documents that the text of the document `id` cites, in the order it first cites them.
    func mentions(in page: ParsedPage, id: String) -> [String] { mentionedPositions(in: page, id: id).map { entries[$0].id } }

    private func mentionedPositions(in page: ParsedPage, id: String) -> [Int] {
        var seen: Set<Int> = []
        return page.citations.names.compactMap { name in
            guard name.isRole || scansMentions && scanner.contains(name.text),
                  let other = position(reference: name.text), entries[other].id != id, seen.insert(other).inserted else { return nil }
            return other
        }
    }

    private mutating func add(from: Int, to: Int, _ citation: Citation) {
        let (from, to) = (Int32(from), Int32(to))
        if outgoing[from, default: []].contains(where: { $0.other == to && $0.citation == citation }) { return }
        outgoing[from, default: []].append(Link(other: to, citation: citation))
        incoming[to, default: []].append(Link(other: from, citation: citation))
    }
}
