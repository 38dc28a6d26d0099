import Markup
import Search

extension SiteRenderer {
    var searchPagePath: String { config.searchFolder + "/index.html" }
    /// The page (from 0) of the A–Z index: the search page, then `a-z-trang-2.html`… beside it.
    func azPagePath(_ page: Int) -> String { page == 0 ? searchPagePath : config.searchFolder + "/a-z-trang-\(page + 1).html" }

    /// An empty search index, to be given the pages search covers as they are made; its
    /// records wait in a scratch file in `scratchFolder`, when given.
    public func searchIndexBuilder(scratchFolder: String? = nil) -> SearchIndex.Builder {
        let pretty = config.prettyURLs
        return SearchIndex.Builder(scratchFolder: scratchFolder) { OutputPaths.link(from: "index.html", to: $0, pretty: pretty) }
    }

    /// The search page and the index files, from the built pages that search covers. Given in
    /// the site's order, so that the index has no postings to renumber.
    public func searchFiles(of pages: [SearchablePage]) -> [OutputFile] {
        var index = searchIndexBuilder()
        for page in pages.sorted(by: { $0.path < $1.path }) { index.add(page) }
        var files: [OutputFile] = []
        writeSearchFiles(index.finish()) { files += $0 }
        return files
    }

    /// The index files of an index made, then the search page, handed to `emit` a batch at a
    /// time.
    public func writeSearchFiles(_ index: consuming SearchIndex, emit: ([OutputFile]) -> Void) {
        let pages = index.pages
        index.writeFiles(folder: config.searchFolder + "/", kindNames: SearchKind.allCases.map { strings[$0.stringKey] }) { files in
            emit(files.map { OutputFile(path: $0.path, bytes: $0.bytes) })
        }
        // The A–Z index's entries are made once the index's files are: at a million pages they
        // weigh a hundred megabytes, and merging the postings is the index's largest moment.
        let entries = pages.filter { !$0.title.isEmpty }.map { page in
            SearchPage.Entry(title: page.title, path: page.path, prettyURLs: config.prettyURLs, kind: page.kind)
        }
        let page = SearchPage(strings: strings, indexFolder: "./", root: OutputPaths.root(from: searchPagePath))
        let az = SearchPage.AZ(entries)
        // Every page of the A–Z index is in the search page's folder.
        let link = { OutputPaths.link(from: self.searchPagePath, to: self.azPagePath($0), pretty: self.config.prettyURLs) }
        let title = strings["search_title"]
        var view = view(at: searchPagePath, title: title, pageTitle: "\(title) – \(config.title)", kind: "search", description: nil,
                        content: HTMLBytes(page.content(entries, az: az, link: link).rendered), breadcrumbs: trail(at: searchPagePath, [(title, nil)]),
                        currentID: nil)
        view.script = assets.outputPaths["static/search.js"]
        view.showsSiteSearch = false
        emit([OutputFile(path: searchPagePath, bytes: library.renderBytes(view, withTemplate: Self.layoutName) ?? [])])
        for later in 1..<az.pages.count {
            let label = strings.listingPage(later, of: az.pages.count)
            let content = HTMLBytes(page.azIndex(entries, az: az, page: later, link: link).rendered)
            emit([generatedPage(azPagePath(later), title: "\(strings["search_az_title"]), \(label.lowercased())", kind: "search", content: content,
                                crumbs: [(title, searchPagePath), (label, nil)], description: nil, currentID: nil, search: nil)])
        }
    }
}
