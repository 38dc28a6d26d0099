import Diagnostics
import Formatting
import Markup
import Parallel
import Search

/// Puts resolved pages into the theme's layout and makes the site's other files: 404 page,
/// `robots.txt`, `sitemap.xml`, theme assets and copied content files.
public struct SiteRenderer: Sendable {
    let library: TemplateLibrary
    let config: SiteConfig
    let strings: UIStrings
    let assets: ThemeAssets
    let menu: SiteMenu
    /// The sections whose entries have pages of their own (documents, indicators, models).
    let sections: [any SectionRenderer]
    /// The units index, listed in the menu after the dashboard when the site has units.
    var unitsMenuPath: String?

    public static let layoutName = "layout"
    /// The theme's styles of the internal edition's and drafts' banners.
    static let bannerStylesheet = "static/banners.css"

    /// Compiles the theme's templates; a template with a syntax error is a problem at its file.
    static func make(theme: LoadedTheme, config: SiteConfig, strings: UIStrings, pages: [ParsedPage],
                     sections: [any SectionRenderer], diagnostics: inout Diagnostics) -> SiteRenderer? {
        var library = TemplateLibrary()
        for (name, file) in theme.templates.sorted(by: { $0.key < $1.key }) {
            guard let text = file.text(diagnostics: &diagnostics) else { continue }
            do {
                library.register(try Template(text), named: name)
            } catch {
                diagnostics.error(at: SourceLocation(path: file.displayPath, line: error.line, column: error.column), Message("render.template-error", ["message": .message(error.text)]))
            }
        }
        for name in [layoutName] + sections.flatMap(\.templates).map(\.name) where theme.templates[name] == nil {
            diagnostics.error(at: nil, Message("render.missing-template", ["name": .text(name)]))
            return nil
        }
        // Every name each template uses, and every UI string the code asks for, is checked
        // before any page is made: the build stops here, with the previous output untouched.
        let stringsPath = theme.strings[strings.language]?.displayPath ?? "i18n/\(strings.language).yml"
        let checker = TemplateChecker(library: library, paths: theme.templates.mapValues(\.displayPath),
                                      strings: strings, stringsPath: stringsPath)
        var problems = Diagnostics()
        for (name, type) in templateViews(sections: sections) { checker.check(name, as: type, diagnostics: &problems) }
        // A language whose strings could not be read is already an error of its own.
        if !strings.table.isEmpty { checker.checkRequiredStrings(diagnostics: &problems) }
        diagnostics.append(contentsOf: problems)
        guard !problems.hasErrors else { return nil }
        // The banners' stylesheet is published only by a build that shows a banner: the public
        // site's files stay exactly what they were without this feature.
        let showsBanners = config.audience == .internal || pages.contains { $0.meta.isDraft }
        let staticFiles = theme.staticFiles.filter { showsBanners || $0.relativePath != bannerStylesheet }
        return SiteRenderer(library: library, config: config, strings: strings,
                            assets: ThemeAssets(staticFiles), menu: SiteMenu(pages: pages, config: config, strings: strings),
                            sections: sections)
    }

    /// The view each of the theme's templates is given, for the checker.
    static func templateViews(sections: [any SectionRenderer]) -> [(String, TemplateType)] {
        [(layoutName, PageView.templateType), (reviewTemplate, ReviewPageView.templateType)]
            + sections.flatMap { $0.templates.map { ($0.name, $0.view) } }
    }

    /// The page, and the chart files of a generated indicator page.
    public func render(_ resolved: ResolvedPage, site: SiteIndex) -> [OutputFile] {
        let page = resolved.page
        let title = page.isHome ? config.title : "\(page.meta.title) – \(config.title)"
        // An entry of a section is shown as its section makes it; any other page as its Markdown.
        let entry = sections.first { $0.name == page.kindName }?.entryPage(resolved, site: site, layout: self)
        var shown = entry ?? SectionPage(content: HTMLBytes(resolved.bodyHTML), kind: page.isHome ? "home" : "page", searchKind: .page)
        if entry == nil, resolved.showsIllustrativeData {
            // A value from `{value}` or a data directive is generated demo data: say so once, on top.
            shown.content.bytes = Array(IndicatorBlocks(data: site.data, strings: strings) { $0 }.illustrativeNotice().rendered.utf8)
                + shown.content.bytes
        }
        var content = shown.content
        var dates = resolved.dataDates.merging(shown.dates)
        if !dates.isEmpty {
            dates.merge(DataDates(updated: page.meta.date))
            content.bytes += IndicatorBlocks.datesLine(dates, strings: strings).rendered.utf8
        }
        if page.isUntranslated {
            content.bytes = Array(HTML.element("p", [("class", "notice notice--untranslated"), ("lang", config.language)],
                                               .text(strings["untranslated_notice"])).rendered.utf8) + content.bytes
        }
        var view = view(at: page.outputPath, title: page.meta.title, pageTitle: title, kind: shown.kind,
                        description: page.description, content: content,
                        breadcrumbs: breadcrumbs(for: page, site: site), currentID: page.id)
        view.hasOwnHeading = shown.hasOwnHeading
        if page.meta.isDraft { view.draftBanner = strings["draft_banner"] }
        view.pageNavigation = pageNavigation(for: page, site: site)
        if page.isUntranslated { view.contentLanguage = config.languages.first }
        var file = OutputFile(path: page.outputPath, bytes: library.renderBytes(view, withTemplate: Self.layoutName) ?? [])
        file.searchKind = shown.searchKind
        return [file] + shown.files
    }

    public func renderNotFound() -> OutputFile {
        let path = "404.html"
        // Another language's page sits in its folder (`en/404.html`): its address and links are
        // the edition's.
        let base = config.baseURL.map { $0 + config.languagePrefix }
        let home = base ?? OutputPaths.link(from: path, to: "index.html", pretty: config.prettyURLs)
        let content = "<p>" + Markup.Escape.html(strings["not_found_text"]) + "</p>\n<p><a href=\"" + Markup.Escape.html(home) + "\">"
            + Markup.Escape.html(strings["back_home"]) + "</a></p>\n"
        var view = view(at: path, title: strings["not_found_title"], pageTitle: "\(strings["not_found_title"]) – \(config.title)",
                        kind: "not-found", description: nil, content: HTMLBytes(content), breadcrumbs: [], currentID: nil)
        // A 404 page stands for no page: it has no other-language version to link to.
        view.languages = []
        // A 404 page is served at any address, so with a known site address its links are absolute.
        if let base {
            view.root = base
            view.menu = view.menu.map { item in
                var item = item
                item.url = base + item.path
                return item
            }
        }
        return OutputFile(path: path, bytes: library.renderBytes(view, withTemplate: Self.layoutName) ?? [])
    }

    public var assetFiles: [OutputFile] { assets.files }

    func dataPages(_ data: DataCatalog, at path: String) -> DataPages {
        DataPages(blocks: IndicatorBlocks(data: data, strings: strings) {
            OutputPaths.link(from: path, to: $0, pretty: self.config.prettyURLs)
        }, pagePath: path, pretty: config.prettyURLs)
    }

    func modelPages(_ site: SiteIndex, at path: String) -> ModelPages {
        ModelPages(catalog: site.models, data: site.data, files: site.files, strings: strings, pagePath: path,
                   linksFeed: config.baseURL != nil) {
            OutputPaths.link(from: path, to: $0, pretty: self.config.prettyURLs)
        }
    }

    /// A page the site makes itself (dashboard, unit, index, facet), in the theme's layout.
    /// Facet pages, which only list again what other pages list, are left out of search.
    func generatedPage(_ path: String, title: String, kind: String, content: HTMLBytes, crumbs: [(title: String, path: String?)],
                       description: String?, currentID: String?, script: String? = nil, search: SearchKind?) -> OutputFile {
        var view = view(at: path, title: title, pageTitle: "\(title) – \(config.title)", kind: kind, description: description,
                        content: content, breadcrumbs: trail(at: path, crumbs), currentID: currentID)
        view.script = script
        var file = OutputFile(path: path, bytes: library.renderBytes(view, withTemplate: Self.layoutName) ?? [])
        file.searchKind = search
        return file
    }

    func view(at path: String, title: String, pageTitle: String, kind: String, description: String?, content: HTMLBytes,
              breadcrumbs: [PageView.Breadcrumb], currentID: String?) -> PageView {
        let menu = self.menu.all(unitsPath: unitsMenuPath).map { entry in
            PageView.MenuItem(title: entry.title, path: entry.path, url: OutputPaths.link(from: path, to: entry.path, pretty: config.prettyURLs),
                              current: entry.pageID.map { $0 == currentID } ?? (entry.path == path))
        }
        let stylesheet = assets.outputPaths["static/style.css"] ?? ""
        let canonical = config.baseURL.map { $0 + config.languagePrefix + (path == "index.html" ? "" : canonicalPath(path)) }
        return PageView(
            lang: config.language, title: title, pageTitle: pageTitle, description: description ?? config.description,
            summary: nil, canonical: canonical, address: canonical ?? "/" + config.languagePrefix + canonicalPath(path),
            root: OutputPaths.root(from: path), homeURL: config.prettyURLs ? "" : "index.html", stylesheet: stylesheet,
            siteTitle: config.title, footer: config.footer, kind: kind, menu: menu, breadcrumbs: breadcrumbs,
            content: content, strings: strings.table,
            searchURL: OutputPaths.link(from: path, to: searchPagePath, pretty: config.prettyURLs),
            languages: languageLinks(at: path),
            editionBanner: config.audience == .internal ? strings["internal_edition_banner"] : nil,
            bannerStylesheet: assets.outputPaths[Self.bannerStylesheet])
    }

    /// This page in every language: the pages of each language sit at the same paths under
    /// their prefix, so the link only climbs out of this language's folder and into the other's.
    func languageLinks(at path: String) -> [PageView.LanguageLink] {
        guard config.languages.count > 1 else { return [] }
        let up = OutputPaths.root(from: path) + String(repeating: "../", count: config.languagePrefix.split(separator: "/").count)
        return config.languages.map { language in
            PageView.LanguageLink(code: language, name: Words.all[language]?.languageName ?? language,
                                  url: up + languagePrefix(language) + (config.prettyURLs ? canonicalPath(path) : path),
                                  absolute: config.baseURL.map { $0 + languagePrefix(language) + (path == "index.html" ? "" : canonicalPath(path)) },
                                  current: language == config.language)
        }
    }

    /// `""` for the site's own language, `en/` for another.
    func languagePrefix(_ language: String) -> String { language == config.languages.first ? "" : language + "/" }

    func canonicalPath(_ path: String) -> String {
        config.prettyURLs && path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
    }

    /// Home › each crumb (linked when it has a site path), for a generated page at `path`.
    func trail(at path: String, _ crumbs: [(title: String, path: String?)]) -> [PageView.Breadcrumb] {
        let link = { OutputPaths.link(from: path, to: $0, pretty: self.config.prettyURLs) }
        return [PageView.Breadcrumb(title: strings["home"], url: link("index.html"))] + crumbs.map { crumb in
            PageView.Breadcrumb(title: crumb.title, url: crumb.path.map(link))
        }
    }

    /// Previous and next among the pages of the same folder (its index aside), in the order of
    /// their weight, then their titles in Vietnamese alphabetical order.
    func pageNavigation(for page: ParsedPage, site: SiteIndex) -> String? {
        guard let neighbours = site.neighbours(of: page) else { return nil }
        func link(_ other: ParsedPage, _ key: String, _ className: String) -> HTML {
            HTML.element("a", [("class", className), ("href", OutputPaths.link(from: page.outputPath, to: other.outputPath, pretty: config.prettyURLs)),
                               ("rel", key == "previous_page" ? "prev" : "next")],
                         .text("\(strings[key]): \(other.meta.title)"))
        }
        var links = HTML.empty
        if let previous = neighbours.previous { links += link(previous, "previous_page", "page-nav__previous") }
        if let next = neighbours.next { links += link(next, "next_page", "page-nav__next") }
        return HTML.element("nav", [("class", "page-nav"), ("aria-label", strings["page_navigation"])], links).rendered
    }

    /// Home › the index page of each folder above › this page.
    func breadcrumbs(for page: ParsedPage, site: SiteIndex) -> [PageView.Breadcrumb] {
        guard !page.isHome else { return [] }
        var crumbs = [PageView.Breadcrumb(title: strings["home"], url: OutputPaths.link(from: page.outputPath, to: "index.html", pretty: config.prettyURLs))]
        let folders = page.id.split(separator: "/").dropLast()
        for depth in folders.indices {
            let id = folders[...depth].joined(separator: "/") + "/index"
            if let index = site.page(id: id), index.id != page.id {
                crumbs.append(PageView.Breadcrumb(title: index.meta.title,
                                                  url: OutputPaths.link(from: page.outputPath, to: index.outputPath, pretty: config.prettyURLs)))
            }
        }
        crumbs.append(PageView.Breadcrumb(title: page.meta.title))
        return crumbs
    }

    /// `sitemap.xml` (absolute URLs, so only with a known site address) and `robots.txt`.
    /// Every page is listed once per language, each with its alternates in the other languages
    /// (in numbered sitemaps beyond what one may list: `Sitemaps`).
    public func crawlerFiles(pages: [ParsedPage], paths: [String]) -> [OutputFile] {
        // The internal edition is for the intranet: no crawler may read it, and it lists no pages.
        guard config.audience == .public else {
            return [OutputFile(path: "robots.txt", text: "User-agent: *\nDisallow: /\n")]
        }
        guard let base = config.baseURL else {
            return [OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n")]
        }
        let multilingual = config.languages.count > 1
        let dates = Dictionary(pages.map { ($0.outputPath, $0.meta.date) }, uniquingKeysWith: { first, _ in first })
        func url(_ path: String, _ language: String) -> String {
            base + languagePrefix(language) + (path == "index.html" ? "" : canonicalPath(path))
        }
        let entries = Set(paths).sorted().lazy.flatMap { path in
            self.config.languages.map { language in
                var entry = "<url><loc>\(Markup.Escape.html(url(path, language)))</loc>"
                if let date = dates[path] ?? nil { entry += "<lastmod>\(date)</lastmod>" }
                if multilingual {
                    for other in self.config.languages {
                        entry += "<xhtml:link rel=\"alternate\" hreflang=\"\(other)\" href=\"\(Markup.Escape.html(url(path, other)))\"/>"
                    }
                }
                return entry + "</url>\n"
            }
        }
        return Sitemaps.files(entries, base: base, multilingual: multilingual)
            + [OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\nSitemap: \(base)sitemap.xml\n")]
    }
}
