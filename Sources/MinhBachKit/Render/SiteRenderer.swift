import Diagnostics
import Markup
import Mustache

/// Puts resolved pages into the theme's layout and makes the site's other files: 404 page,
/// `robots.txt`, `sitemap.xml`, theme assets and copied content files.
public struct SiteRenderer: Sendable {
    let library: MustacheLibrary
    let config: SiteConfig
    let strings: UIStrings
    let assets: ThemeAssets
    let menuPages: [ParsedPage]

    public static let layoutName = "layout"

    /// Compiles the theme's templates; a template with a syntax error is a problem at its file.
    public static func make(theme: LoadedTheme, config: SiteConfig, strings: UIStrings, pages: [ParsedPage],
                            diagnostics: inout Diagnostics) -> SiteRenderer? {
        var library = MustacheLibrary()
        for (name, file) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: file.text ?? ""), named: name)
            } catch {
                diagnostics.error(at: SourceLocation(path: file.displayPath, line: 1, column: 1), "template error: \(error)")
            }
        }
        guard theme.templates[layoutName] != nil else {
            diagnostics.error(at: nil, "the theme has no templates/\(layoutName).mustache")
            return nil
        }
        let menu = pages.filter { $0.meta.inMenu && !$0.isHome }
            .sorted { ($0.meta.weight, $0.meta.title, $0.id) < ($1.meta.weight, $1.meta.title, $1.id) }
        return SiteRenderer(library: library, config: config, strings: strings,
                            assets: ThemeAssets(theme.staticFiles), menuPages: menu)
    }

    public func render(_ resolved: ResolvedPage, site: SiteIndex) -> OutputFile {
        let page = resolved.page
        let title = page.isHome ? config.title : "\(page.meta.title) – \(config.title)"
        let view = view(at: page.outputPath, title: page.meta.title, pageTitle: title, kind: page.isHome ? "home" : "page",
                        description: page.meta.description, content: resolved.bodyHTML,
                        breadcrumbs: breadcrumbs(for: page, site: site), currentID: page.id)
        return OutputFile(path: page.outputPath, text: library.render(view.context, withTemplate: Self.layoutName) ?? "")
    }

    public func renderNotFound() -> OutputFile {
        let path = "404.html"
        let home = config.baseURL ?? OutputPaths.link(from: path, to: "index.html", pretty: config.prettyURLs)
        let content = "<p>" + Markup.Escape.html(strings["not_found_text"]) + "</p>\n<p><a href=\"" + Markup.Escape.html(home) + "\">"
            + Markup.Escape.html(strings["back_home"]) + "</a></p>\n"
        var view = view(at: path, title: strings["not_found_title"], pageTitle: "\(strings["not_found_title"]) – \(config.title)",
                        kind: "not-found", description: nil, content: content, breadcrumbs: [], currentID: nil)
        // A 404 page is served at any address, so with a known site address its links are absolute.
        if let base = config.baseURL {
            view.root = base
            view.menu = view.menu.map { item in
                var item = item
                item["url"] = base + ((item["path"] as? String) ?? "")
                return item
            }
        }
        return OutputFile(path: path, text: library.render(view.context, withTemplate: Self.layoutName) ?? "")
    }

    public var assetFiles: [OutputFile] { assets.files }

    func view(at path: String, title: String, pageTitle: String, kind: String, description: String?, content: String,
              breadcrumbs: [[String: Any]], currentID: String?) -> PageView {
        let menu: [[String: Any]] = menuPages.map { page in
            var item: [String: Any] = ["title": page.meta.title, "path": page.outputPath,
                                       "url": OutputPaths.link(from: path, to: page.outputPath, pretty: config.prettyURLs)]
            if page.id == currentID { item["current"] = true }
            return item
        }
        let stylesheet = assets.outputPaths["static/style.css"] ?? ""
        return PageView(
            lang: config.language, title: title, pageTitle: pageTitle, description: description ?? config.description,
            summary: nil, canonical: config.baseURL.map { $0 + (path == "index.html" ? "" : canonicalPath(path)) },
            root: OutputPaths.root(from: path), homeURL: config.prettyURLs ? "" : "index.html", stylesheet: stylesheet,
            siteTitle: config.title, footer: config.footer, kind: kind, menu: menu, breadcrumbs: breadcrumbs,
            content: content, strings: strings.table)
    }

    func canonicalPath(_ path: String) -> String {
        config.prettyURLs && path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
    }

    /// Home › the index page of each folder above › this page.
    func breadcrumbs(for page: ParsedPage, site: SiteIndex) -> [[String: Any]] {
        guard !page.isHome else { return [] }
        var crumbs: [[String: Any]] = [[
            "title": strings["home"], "url": OutputPaths.link(from: page.outputPath, to: "index.html", pretty: config.prettyURLs),
        ]]
        let folders = page.id.split(separator: "/").dropLast()
        for depth in folders.indices {
            let id = folders[...depth].joined(separator: "/") + "/index"
            if let index = site.page(id: id), index.id != page.id {
                crumbs.append(["title": index.meta.title,
                               "url": OutputPaths.link(from: page.outputPath, to: index.outputPath, pretty: config.prettyURLs)])
            }
        }
        crumbs.append(["title": page.meta.title])
        return crumbs
    }

    /// `sitemap.xml` (absolute URLs, so only with a known site address) and `robots.txt`.
    public func crawlerFiles(pages: [ParsedPage]) -> [OutputFile] {
        guard let base = config.baseURL else {
            return [OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n")]
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted(by: { $0.outputPath < $1.outputPath }) {
            xml += "<url><loc>\(Markup.Escape.html(base + (page.isHome ? "" : canonicalPath(page.outputPath))))</loc>"
            if let date = page.meta.date { xml += "<lastmod>\(date)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return [OutputFile(path: "sitemap.xml", text: xml),
                OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\nSitemap: \(base)sitemap.xml\n")]
    }
}
