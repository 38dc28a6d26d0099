import Markup
import Search

extension SiteRenderer {
    var searchPagePath: String { config.searchFolder + "/index.html" }

    /// The search page and the index files, from the built pages that search covers. Their
    /// words are taken: each page's text is emptied once the index has read it.
    public func searchFiles(taking pages: inout [SearchablePage]) -> [OutputFile] {
        pages.sort { $0.path < $1.path }
        let pretty = config.prettyURLs
        let link: @Sendable (String) -> String = { OutputPaths.link(from: "index.html", to: $0, pretty: pretty) }
        let index = SearchIndex(taking: &pages, link: link)
        let folder = config.searchFolder + "/"
        var files = index.files(folder: folder, kindNames: SearchKind.allCases.map { strings[$0.stringKey] })
            .map { OutputFile(path: $0.path, bytes: $0.bytes) }
        let entries = zip(pages, index.pageTitles).filter { !$0.1.isEmpty }.map { page, title in
            SearchPage.Entry(title: title, url: OutputPaths.link(from: "index.html", to: page.path, pretty: config.prettyURLs),
                             kind: page.kind)
        }
        let page = SearchPage(strings: strings, indexFolder: "./", root: OutputPaths.root(from: searchPagePath))
        let title = strings["search_title"]
        var view = view(at: searchPagePath, title: title, pageTitle: "\(title) – \(config.title)", kind: "search", description: nil,
                        content: HTMLBytes(page.content(entries).rendered), breadcrumbs: trail(at: searchPagePath, [(title, nil)]), currentID: nil)
        view.script = assets.outputPaths["static/search.js"]
        view.showsSiteSearch = false
        files.append(OutputFile(path: searchPagePath, bytes: library.renderBytes(view, withTemplate: Self.layoutName) ?? []))
        return files
    }
}
