import Diagnostics
import Formatting
import Markup

/// Puts resolved pages into the theme's layout and makes the site's other files: 404 page,
/// `robots.txt`, `sitemap.xml`, theme assets and copied content files.
public struct SiteRenderer: Sendable {
    let library: TemplateLibrary
    let config: SiteConfig
    let strings: UIStrings
    let assets: ThemeAssets
    let menu: SiteMenu
    /// The units index, listed in the menu after the dashboard when the site has units.
    var unitsMenuPath: String?

    public static let layoutName = "layout"
    /// The theme's styles of the internal edition's and drafts' banners.
    static let bannerStylesheet = "static/banners.css"
    static let documentTemplate = "document"
    static let documentIndexTemplate = "document-index"

    /// Compiles the theme's templates; a template with a syntax error is a problem at its file.
    public static func make(theme: LoadedTheme, config: SiteConfig, strings: UIStrings, pages: [ParsedPage],
                            diagnostics: inout Diagnostics) -> SiteRenderer? {
        var library = TemplateLibrary()
        for (name, file) in theme.templates.sorted(by: { $0.key < $1.key }) {
            guard let text = file.text(diagnostics: &diagnostics) else { continue }
            do {
                library.register(try Template(text), named: name)
            } catch {
                diagnostics.error(at: SourceLocation(path: file.displayPath, line: error.line, column: error.column), Message("render.template-error", ["message": .message(error.text)]))
            }
        }
        for name in [layoutName, documentTemplate, documentIndexTemplate] where theme.templates[name] == nil {
            diagnostics.error(at: nil, Message("render.missing-template", ["name": .text(name)]))
            return nil
        }
        // The banners' stylesheet is published only by a build that shows a banner: the public
        // site's files stay exactly what they were without this feature.
        let showsBanners = config.audience == .internal || pages.contains { $0.meta.isDraft }
        let staticFiles = theme.staticFiles.filter { showsBanners || $0.relativePath != bannerStylesheet }
        return SiteRenderer(library: library, config: config, strings: strings,
                            assets: ThemeAssets(staticFiles), menu: SiteMenu(pages: pages, config: config, strings: strings))
    }

    /// The page, and the chart files of a generated indicator page.
    public func render(_ resolved: ResolvedPage, site: SiteIndex) -> [OutputFile] {
        let page = resolved.page
        let title = page.isHome ? config.title : "\(page.meta.title) – \(config.title)"
        var content = HTMLBytes(resolved.bodyHTML)
        var kind = page.isHome ? "home" : "page"
        var chartFiles: [OutputFile] = []
        var dates = resolved.dataDates
        if let entry = site.documents.entry(forPage: page) {
            let document = DocumentView(entry: entry, catalog: site.documents, strings: strings) {
                OutputPaths.link(from: page.outputPath, to: $0, pretty: config.prettyURLs)
            }
            var context = document.context(body: resolved.bodyHTML)
            context["t"] = strings.table
            content = library.renderHTML(context, withTemplate: Self.documentTemplate) ?? HTMLBytes(bytes: [])
            kind = "document"
        } else if page.indicator != nil, let result = site.data.result(String(page.id.split(separator: "/").last ?? "")) {
            var pages = dataPages(site.data, at: page.outputPath)
            content = HTMLBytes(pages.indicatorPage(result, body: resolved.bodyHTML).rendered)
            chartFiles = pages.chartFiles
            dates.merge(site.data.dates(of: result))
            kind = "indicator"
        } else if let definition = page.model {
            let model = Model(page: page, definition: definition)
            content = HTMLBytes(modelPages(site, at: page.outputPath).modelPage(model, body: resolved.bodyHTML).rendered)
            kind = "model"
        } else if resolved.showsIllustrativeData {
            // A value from `{value}` or a data directive is generated demo data: say so once, on top.
            content.bytes = Array(IndicatorBlocks(data: site.data, strings: strings) { $0 }.illustrativeNotice().rendered.utf8) + content.bytes
        }
        if !dates.isEmpty {
            dates.merge(DataDates(updated: page.meta.date))
            content.bytes += IndicatorBlocks.datesLine(dates, strings: strings).rendered.utf8
        }
        if page.isUntranslated {
            content.bytes = Array(HTML.element("p", [("class", "notice notice--untranslated"), ("lang", config.language)],
                                               .text(strings["untranslated_notice"])).rendered.utf8) + content.bytes
        }
        var view = view(at: page.outputPath, title: page.meta.title, pageTitle: title, kind: kind,
                        description: page.meta.description, content: content,
                        breadcrumbs: breadcrumbs(for: page, site: site), currentID: page.id)
        view.hasOwnHeading = kind == "document"
        if page.meta.isDraft { view.draftBanner = strings["draft_banner"] }
        view.pageNavigation = pageNavigation(for: page, site: site)
        if page.isUntranslated { view.contentLanguage = config.languages.first }
        var file = OutputFile(path: page.outputPath, bytes: library.renderBytes(view.context, withTemplate: Self.layoutName) ?? [])
        file.searchKind = kind
        return [file] + chartFiles
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
                item["url"] = base + ((item["path"] as? String) ?? "")
                return item
            }
        }
        return OutputFile(path: path, bytes: library.renderBytes(view.context, withTemplate: Self.layoutName) ?? [])
    }

    public var assetFiles: [OutputFile] { assets.files }

    /// The folder of indicators' `index.md`, whose page becomes the progress dashboard.
    public func isDataIndex(_ page: ParsedPage) -> Bool { page.id == config.indicatorsFolder + "/index" }

    func dataPages(_ data: DataCatalog, at path: String) -> DataPages {
        DataPages(blocks: IndicatorBlocks(data: data, strings: strings) {
            OutputPaths.link(from: path, to: $0, pretty: self.config.prettyURLs)
        }, pagePath: path, pretty: config.prettyURLs)
    }

    /// The progress dashboard, the units index and pages, and the downloads; nothing when the
    /// site has no data.
    public func dataFiles(site: SiteIndex, introPage: ResolvedPage?) -> [OutputFile] {
        let data = site.data
        guard !data.isEmpty else { return [] }
        var files: [OutputFile] = []
        func page(_ path: String, title: String, kind: String, content: HTML, crumbs: [(title: String, path: String?)],
                  description: String? = nil, currentID: String? = nil, script: String? = nil, searchable: Bool = true) {
            files.append(generatedPage(path, title: title, kind: kind, content: HTMLBytes(content.rendered), crumbs: crumbs,
                                       description: description, currentID: currentID, script: script, searchable: searchable))
        }
        let dashboardTitle = introPage?.page.meta.title ?? strings["progress_title"]
        if !data.indicators.isEmpty {
            var dashboard = dataPages(data, at: data.dashboardPath)
            let dates = data.indicators.compactMap { data.result($0.id) }
                .reduce(DataDates(updated: introPage?.page.meta.date)) { $0.merging(data.dates(of: $1)) }
            page(data.dashboardPath, title: dashboardTitle, kind: "dashboard",
                 content: dashboard.dashboard(intro: introPage?.bodyHTML ?? "") + IndicatorBlocks.datesLine(dates, strings: strings),
                 crumbs: [(dashboardTitle, nil)], description: introPage?.page.meta.description,
                 currentID: introPage?.page.id, script: assets.outputPaths[Self.dashboardScript])
            files += dashboard.chartFiles
            files += dashboardFilterPages(data, dashboardTitle: dashboardTitle, currentID: introPage?.page.id)
            let downloads = DataDownloads(data: data, siteTitle: config.title, illustrativeDescription: strings["illustrative_data_description"],
                                          unitsTitle: strings["units_registry_title"], language: strings.language)
            files += downloads.files(sourceFiles: site.files)
        }
        if !data.units.units.isEmpty {
            let unitsTitle = strings["units_title"]
            page(data.unitsIndexPath, title: unitsTitle, kind: "units", content: dataPages(data, at: data.unitsIndexPath).unitsIndex(),
                 crumbs: [(unitsTitle, nil)])
            files += data.units.units.parallelMap { unit in
                let path = data.unitPath(unit.code)
                var pages = dataPages(data, at: path)
                let content = pages.unitPage(unit) + IndicatorBlocks.datesLine(data.dates(ofUnit: unit.code), strings: strings)
                return [generatedPage(path, title: unit.name(in: strings.language), kind: "unit", content: HTMLBytes(content.rendered),
                                      crumbs: [(unitsTitle, data.unitsIndexPath), (unit.name(in: strings.language), nil)], description: nil, currentID: nil)]
                    + pages.chartFiles
            }.flatMap { $0 }
            files += unitCompareFiles(data, unitsTitle: unitsTitle)
        }
        return files
    }

    /// The models folder's `index.md`, whose page becomes the gallery.
    public func isModelIndex(_ page: ParsedPage) -> Bool { page.id == config.modelsFolder + "/index" }

    func modelPages(_ site: SiteIndex, at path: String) -> ModelPages {
        ModelPages(catalog: site.models, data: site.data, files: site.files, strings: strings, pagePath: path,
                   linksFeed: config.baseURL != nil) {
            OutputPaths.link(from: path, to: $0, pretty: self.config.prettyURLs)
        }
    }

    /// The gallery, a page per facet value, the feed and the models' images; nothing without models.
    public func modelFiles(site: SiteIndex, introPage: ResolvedPage?) -> [OutputFile] {
        let catalog = site.models
        guard !catalog.isEmpty else { return [] }
        var files: [OutputFile] = []
        let galleryTitle = introPage?.page.meta.title ?? strings["models_title"]
        func page(_ path: String, title: String, content: (ModelPages) -> HTML, script: Bool = false) {
            let isGallery = path == catalog.galleryPath
            files.append(generatedPage(path, title: title, kind: "models", content: HTMLBytes(content(modelPages(site, at: path)).rendered),
                                       crumbs: isGallery ? [(galleryTitle, nil)] : [(galleryTitle, catalog.galleryPath), (title, nil)],
                                       description: isGallery ? introPage?.page.meta.description : nil, currentID: introPage?.page.id,
                                       script: script ? assets.outputPaths["static/models.js"] : nil, searchable: isGallery))
        }
        page(catalog.galleryPath, title: galleryTitle, content: { $0.gallery(intro: introPage?.bodyHTML ?? "") }, script: true)
        for field in catalog.fields where catalog.models.contains(where: { $0.fieldCode == field.code }) {
            page(catalog.fieldPath(field.code), title: "\(strings["model_field"]): \(field.name(in: strings.language))",
                 content: { $0.facetPage(catalog.models.filter { $0.fieldCode == field.code }) })
        }
        for code in site.data.units.codes where catalog.models.contains(where: { $0.unitCode == code }) {
            page(catalog.unitPath(code), title: site.data.units.unit(code)?.name(in: strings.language) ?? code,
                 content: { $0.facetPage(catalog.models(ofUnit: code)) })
        }
        for level in ModelDefinition.Level.allCases where catalog.models.contains(where: { $0.definition.level == level }) {
            page(catalog.levelPath(level), title: "\(strings["model_level"]): \(strings[level.stringKey])",
                 content: { $0.facetPage(catalog.models.filter { $0.definition.level == level }) })
        }
        for year in catalog.years {
            page(catalog.yearPath(year), title: "\(strings["model_year"]) \(year)",
                 content: { $0.facetPage(catalog.models.filter { $0.definition.year == year }) })
        }
        if let feed = ModelFeed(catalog: catalog, data: site.data, config: config, strings: strings).atom() { files.append(feed) }
        files += modelPages(site, at: catalog.galleryPath).imageFiles()
        return files
    }

    /// The documents folder's `index.md`, whose page becomes the documents index.
    public func isDocumentIndex(_ page: ParsedPage) -> Bool { page.id == config.documentsFolder + "/index" }

    /// The documents index, grouped four ways, with its JSON and Atom files; nothing when the
    /// site has no documents. `introPage` is the folder's own `index.md`, if any.
    public func documentIndexFiles(site: SiteIndex, introPage: ResolvedPage?) -> [OutputFile] {
        guard !site.documents.entries.isEmpty else { return [] }
        let index = DocumentIndex(catalog: site.documents, strings: strings, pretty: config.prettyURLs)
        let feeds = DocumentFeeds(catalog: site.documents, config: config, strings: strings)
        let atom = feeds.atom()
        let sectionTitle = introPage?.page.meta.title ?? strings["documents_title"]
        // The JSON listing (nil here) is made on a core of its own, beside the four pages.
        let made = ([nil] + DocumentIndex.Grouping.allCases).parallelMap { grouping -> OutputFile in
            guard let grouping else { return feeds.json() }
            let path = index.path(grouping)
            let link = { OutputPaths.link(from: path, to: $0, pretty: self.config.prettyURLs) }
            let isMain = grouping == .kind
            let values = index.context(grouping, intro: isMain ? introPage?.bodyHTML ?? "" : "", link: link,
                                       jsonPath: feeds.jsonPath, feedPath: atom?.path)
            let content = library.renderHTML(values, withTemplate: Self.documentIndexTemplate) ?? HTMLBytes(bytes: [])
            let title = isMain ? sectionTitle : "\(sectionTitle): \(strings[grouping.stringKey].lowercased())"
            return generatedPage(path, title: title, kind: "documents", content: content,
                                 crumbs: isMain ? [(sectionTitle, nil)] : [(sectionTitle, index.path(.kind)), (strings[grouping.stringKey], nil)],
                                 description: introPage?.page.meta.description, currentID: isMain ? introPage?.page.id : nil,
                                 searchable: isMain)
        }
        return [made[0]] + (atom.map { [$0] } ?? []) + made.dropFirst()
    }

    /// A page the site makes itself (dashboard, unit, index, facet), in the theme's layout.
    /// Facet pages, which only list again what other pages list, are left out of search.
    func generatedPage(_ path: String, title: String, kind: String, content: HTMLBytes, crumbs: [(title: String, path: String?)],
                       description: String?, currentID: String?, script: String? = nil, searchable: Bool = true) -> OutputFile {
        var view = view(at: path, title: title, pageTitle: "\(title) – \(config.title)", kind: kind, description: description,
                        content: content, breadcrumbs: trail(at: path, crumbs), currentID: currentID)
        view.script = script
        var file = OutputFile(path: path, bytes: library.renderBytes(view.context, withTemplate: Self.layoutName) ?? [])
        if searchable { file.searchKind = kind }
        return file
    }

    func view(at path: String, title: String, pageTitle: String, kind: String, description: String?, content: HTMLBytes,
              breadcrumbs: [[String: Any]], currentID: String?) -> PageView {
        let menu: [[String: Any]] = self.menu.all(unitsPath: unitsMenuPath).map { entry in
            var item: [String: Any] = ["title": entry.title, "path": entry.path,
                                       "url": OutputPaths.link(from: path, to: entry.path, pretty: config.prettyURLs)]
            if entry.pageID.map({ $0 == currentID }) ?? (entry.path == path) { item["current"] = true }
            return item
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

    static let languageNames = ["vi": "Tiếng Việt", "en": "English"]

    /// This page in every language: the pages of each language sit at the same paths under
    /// their prefix, so the link only climbs out of this language's folder and into the other's.
    func languageLinks(at path: String) -> [[String: Any]] {
        guard config.languages.count > 1 else { return [] }
        let up = OutputPaths.root(from: path) + String(repeating: "../", count: config.languagePrefix.split(separator: "/").count)
        return config.languages.map { language in
            var link: [String: Any] = ["code": language, "name": Self.languageNames[language] ?? language,
                                       "url": up + languagePrefix(language) + (config.prettyURLs ? canonicalPath(path) : path)]
            if let base = config.baseURL { link["absolute"] = base + languagePrefix(language) + (path == "index.html" ? "" : canonicalPath(path)) }
            if language == config.language { link["current"] = true }
            return link
        }
    }

    /// `""` for the site's own language, `en/` for another.
    func languagePrefix(_ language: String) -> String { language == config.languages.first ? "" : language + "/" }

    func canonicalPath(_ path: String) -> String {
        config.prettyURLs && path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
    }

    /// Home › each crumb (linked when it has a site path), for a generated page at `path`.
    func trail(at path: String, _ crumbs: [(title: String, path: String?)]) -> [[String: Any]] {
        let link = { OutputPaths.link(from: path, to: $0, pretty: self.config.prettyURLs) }
        return [["title": strings["home"], "url": link("index.html")]] + crumbs.map { crumb in
            crumb.path.map { ["title": crumb.title, "url": link($0)] } ?? ["title": crumb.title]
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
    /// Every page is listed once per language, each with its alternates in the other languages.
    public func crawlerFiles(pages: [ParsedPage], paths: [String]) -> [OutputFile] {
        // The internal edition is for the intranet: no crawler may read it, and it lists no pages.
        guard config.audience == .public else {
            return [OutputFile(path: "robots.txt", text: "User-agent: *\nDisallow: /\n")]
        }
        guard let base = config.baseURL else {
            return [OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n")]
        }
        let multilingual = config.languages.count > 1
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + (multilingual ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n")
        let dates = Dictionary(pages.map { ($0.outputPath, $0.meta.date) }, uniquingKeysWith: { first, _ in first })
        func url(_ path: String, _ language: String) -> String {
            base + languagePrefix(language) + (path == "index.html" ? "" : canonicalPath(path))
        }
        for path in Set(paths).sorted() {
            for language in config.languages {
                xml += "<url><loc>\(Markup.Escape.html(url(path, language)))</loc>"
                if let date = dates[path] ?? nil { xml += "<lastmod>\(date)</lastmod>" }
                if multilingual {
                    for other in config.languages {
                        xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(other)\" href=\"\(Markup.Escape.html(url(path, other)))\"/>"
                    }
                }
                xml += "</url>\n"
            }
        }
        xml += "</urlset>\n"
        return [OutputFile(path: "sitemap.xml", text: xml),
                OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\nSitemap: \(base)sitemap.xml\n")]
    }
}
