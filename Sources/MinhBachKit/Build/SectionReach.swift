import Diagnostics
import Formatting

/// Whether readers can reach each section of generated pages (the documents index, the progress
/// dashboard, the models gallery, the units index): a warning for one they cannot, such as a
/// section whose `index.md` says `menu: false` and that no page links to.
///
/// Decided on the pages as rendered, so that the menu, the links written in pages and the links
/// the theme's templates add all count, and nothing else does: a section is reachable when its
/// index can be got to by following `href`s from the home page (from every page outside the
/// sections when the site has no home page). Links inside the section itself (its pages'
/// breadcrumbs back to its index) do not make it reachable.
struct SectionReach {
    struct Section {
        /// Its folder in the output, e.g. `van-ban`.
        var folder: String
        /// What to call it: "the documents index".
        var name: Message
        /// Its `index.md`, if the site has one.
        var page: ParsedPage?
    }

    var sections: [Section]

    init(config: SiteConfig, pages: [ParsedPage]) {
        func page(_ folder: String) -> ParsedPage? { pages.first { $0.id == folder + "/index" } }
        sections = [
            Section(folder: config.documentsFolder, name: Message("settings.index.documents"), page: page(config.documentsFolder)),
            Section(folder: config.indicatorsFolder, name: Message("settings.index.dashboard"), page: page(config.indicatorsFolder)),
            Section(folder: config.modelsFolder, name: Message("settings.index.gallery"), page: page(config.modelsFolder)),
            Section(folder: config.unitsFolder, name: Message("settings.index.units"), page: page(config.unitsFolder)),
        ]
    }

    /// One warning per section whose index is among the pages but cannot be reached.
    /// - Parameter links: every page of the site with the pages it links to (`pageLinks`): what
    ///   the build keeps of a page's HTML once the page is written.
    func warnings(links: LinkGraph) -> [Diagnostic] {
        // Every index was reached from the home page while the pages came.
        guard !links.isSettled else { return [] }
        let present = sections.filter { links.hasPage($0.folder + "/index.html") }
        guard !present.isEmpty else { return [] }
        let inSection = { (path: String) in present.contains { path.hasPrefix($0.folder + "/") } }
        let roots = links.hasPage(LinkGraph.home) ? [LinkGraph.home] : links.pages.filter { !inSection($0) }.sorted()
        let reached = links.reached(from: roots, seeking: Set(present.map { $0.folder + "/index.html" }))
        return present.filter { !reached.contains($0.folder + "/index.html") }.map(warning)
    }

    /// The addresses of the sections' indexes, which `LinkGraph` watches for.
    var indexPaths: [String] { sections.map { $0.folder + "/index.html" } }

    /// The pages a page links to, each once; nil for a file that is not a page.
    static func pageLinks(_ file: OutputFile) -> [String]? {
        guard file.path.hasSuffix(".html") else { return nil }
        var seen: Set<String> = []
        return links(in: file.bytes, from: file.path).filter { $0.hasSuffix(".html") && seen.insert($0).inserted }
    }

    private func warning(_ section: Section) -> Diagnostic {
        var values: [String: Message.Value] = ["section": .message(section.name), "path": .text(section.folder + "/index.html")]
        let text = Message("newcomer.unreachable-section", values)
        guard let page = section.page else {
            // Without an index.md nothing can link to it: only the menu lists it.
            return .warning(at: nil, text, hint: Message("newcomer.unreachable-menu-hint", values))
        }
        values["link"] = .text(page.source.relativePath)
        if let hidden = page.meta.menuLocation, page.meta.isHiddenFromMenu {
            return .warning(at: hidden, text, hint: Message("newcomer.unreachable-hidden-hint", values))
        }
        return .warning(at: SourceLocation(path: page.source.displayPath, line: 1, column: 1), text,
                        hint: Message("newcomer.unreachable-section-hint", values))
    }

    /// The site paths of the pages a page links to: its `href`s, relative to `path`, without
    /// fragment or query; a folder's address is its `index.html`. Other hosts are left out; an
    /// `href` written twice is read once.
    static func links(in bytes: [UInt8], from path: String) -> [String] {
        let needle = Array(#"href=""#.utf8)
        let base = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        var found: [String] = []
        var seen: Set<ArraySlice<UInt8>> = []
        var start = 0
        while let at = bytes[start...].firstIndex(ofBytes: needle) {
            let from = at + needle.count
            guard let end = bytes[from...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            start = end + 1
            // The page's own anchors (a document's table of contents: most of its links) and
            // an address already read add nothing; every page is read, so this is kept cheap.
            guard from < end, bytes[from] != UInt8(ascii: "#"), seen.insert(bytes[from..<end]).inserted else { continue }
            var href = String(decoding: bytes[from..<end], as: UTF8.self)
            if let cut = href.firstIndex(where: { $0 == "#" || $0 == "?" }) { href = String(href[..<cut]) }
            // Another host, a mail address, a page's own anchor.
            if href.isEmpty || href.hasPrefix("/") || href.prefix(while: { $0 != "/" }).contains(":") { continue }
            var parts = base
            for part in href.split(separator: "/", omittingEmptySubsequences: false) {
                switch part {
                case ".", "": continue
                case "..": if parts.popLast() == nil { parts = [] }
                default: parts.append(String(part))
                }
            }
            if href.hasSuffix("/") || href == "." || href == ".." { parts.append("index.html") }
            found.append(parts.joined(separator: "/"))
        }
        return found
    }
}

/// Every page of the site with the pages it links to, each address kept once and the links as
/// numbers: a list of addresses per page was a twentieth of a 10,000-page build's memory.
///
/// Reach from the home page is followed as pages come: once the home page is added, a page it
/// reaches passes the reach on to its links at once and keeps none of them. Once every watched
/// address (the sections' indexes) is reached, the answer is known and no page's links are kept
/// any more: on a site whose menu links every section, that is from the home page on, and a
/// large site's links were a twentieth of what its build kept at the end. A site without a home
/// page keeps every page's links, for the check to start from the pages outside the sections.
struct LinkGraph {
    static let home = "index.html"

    private var numbers: [String: Int32] = [:]
    private var paths: [String] = []
    /// By number, the pages it links to, while they are kept.
    private var targets: [[Int32]?] = []
    private var isPage: [Bool] = []
    /// Reached from the home page.
    private var isReached: [Bool] = []
    /// The watched addresses not reached yet.
    private var awaited: Set<String>
    private let watches: Bool
    /// Every watched address is reached: nothing more is kept.
    private(set) var isSettled = false

    init(watching: [String] = []) {
        awaited = Set(watching)
        watches = !watching.isEmpty
    }

    /// The page at `path` links to `links`; a page is added once (two files at one address are
    /// an error of the build), but given again before it is reached, its links are these.
    mutating func add(_ path: String, linksTo links: [String]) {
        guard !isSettled else { return }
        let page = number(path)
        isPage[page] = true
        var linked: [Int32] = []
        linked.reserveCapacity(links.count)
        for link in links { linked.append(Int32(number(link))) }
        targets[page] = linked
        if path == Self.home || isReached[page] { reach(page) }
        if watches, awaited.isEmpty {
            isSettled = true
            targets = []
        }
    }

    /// Whether it was added (before the graph settled).
    func hasPage(_ path: String) -> Bool { numbers[path].map { isPage[Int($0)] } ?? false }

    /// The pages' addresses, in the order they were added.
    var pages: [String] { paths.indices.filter { isPage[$0] }.map { paths[$0] } }

    /// Of `wanted`, the addresses that following links from `roots` reaches: those the home page
    /// reached as pages came, when it is the root, and the rest by the links kept.
    func reached(from roots: [String], seeking wanted: Set<String>) -> Set<String> {
        let fromHome = roots == [Self.home]
        var seen = Set(roots.compactMap { numbers[$0] }.map(Int.init))
        if fromHome { seen.formUnion(isReached.indices.filter { isReached[$0] }) }
        var queue = Array(seen)
        var missing = wanted.filter { numbers[$0].map { !seen.contains(Int($0)) } ?? true }
        while let page = queue.popLast(), !missing.isEmpty {
            for target in targets[page] ?? [] where isPage[Int(target)] && seen.insert(Int(target)).inserted {
                missing.remove(paths[Int(target)])
                queue.append(Int(target))
            }
        }
        return wanted.subtracting(missing)
    }

    /// Marks `page` reached, and what its kept links lead to, letting those links go.
    private mutating func reach(_ page: Int) {
        var queue = [page]
        isReached[page] = true
        awaited.remove(paths[page])
        while let next = queue.popLast() {
            guard let linked = targets[next] else { continue }
            targets[next] = nil
            for target in linked.map(Int.init) where !isReached[target] {
                isReached[target] = true
                awaited.remove(paths[target])
                queue.append(target)
            }
        }
    }

    private mutating func number(_ path: String) -> Int {
        if let known = numbers[path] { return Int(known) }
        numbers[path] = Int32(paths.count)
        paths.append(path)
        targets.append(nil)
        isPage.append(false)
        isReached.append(false)
        return paths.count - 1
    }
}
