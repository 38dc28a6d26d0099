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
        let present = sections.filter { links.hasPage($0.folder + "/index.html") }
        guard !present.isEmpty else { return [] }
        let inSection = { (path: String) in present.contains { path.hasPrefix($0.folder + "/") } }
        var queue = links.hasPage("index.html") ? ["index.html"] : links.pages.filter { !inSection($0) }.sorted()
        var seen = Set(queue)
        var missing = Set(present.map { $0.folder + "/index.html" })
        while let path = queue.popLast(), !missing.isEmpty {
            for target in links.links(of: path) where links.hasPage(target) && seen.insert(target).inserted {
                missing.remove(target)
                queue.append(target)
            }
        }
        return present.filter { missing.contains($0.folder + "/index.html") }.map(warning)
    }

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
struct LinkGraph {
    private var numbers: [String: Int32] = [:]
    private var paths: [String] = []
    /// By number, the pages it links to; nil for an address no page of the site has (yet).
    private var targets: [[Int32]?] = []

    /// The page at `path` links to `links`; given again, its links are these.
    mutating func add(_ path: String, linksTo links: [String]) {
        let page = number(path)
        var linked: [Int32] = []
        linked.reserveCapacity(links.count)
        for link in links { linked.append(Int32(number(link))) }
        targets[page] = linked
    }

    func hasPage(_ path: String) -> Bool { numbers[path].map { targets[Int($0)] != nil } ?? false }

    /// The pages' addresses, in the order they were added.
    var pages: [String] { paths.indices.filter { targets[$0] != nil }.map { paths[$0] } }

    func links(of path: String) -> [String] {
        guard let page = numbers[path], let linked = targets[Int(page)] else { return [] }
        return linked.map { paths[Int($0)] }
    }

    private mutating func number(_ path: String) -> Int {
        if let known = numbers[path] { return Int(known) }
        numbers[path] = Int32(paths.count)
        paths.append(path)
        targets.append(nil)
        return paths.count - 1
    }
}
