import Diagnostics
import Dispatch
import Foundation
import Parallel

/// The pipeline, as a list of named, timed stages: load → parse → resolve → render → write.
/// Each stage gathers all its problems; the build stops after a stage that found any.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions
    /// Told when each stage ends (`[2/5] Parsing 12 pages… 3 ms`), in words the caller prints
    /// in its reader's language.
    public var progress: @Sendable (Message) -> Void
    /// The sections of the site, each with its folder, its kind of page and the files it makes.
    var sections: [any SiteSection] = SiteSections.all

    public init(options: BuildOptions, progress: @escaping @Sendable (Message) -> Void = { _ in }) {
        self.options = options
        self.progress = progress
    }

    static let stageCount = 5

    /// `releasingMemory: false` is for a process that exits right after: the site's values are
    /// left for the exit to reclaim instead of being freed one by one (a fifth of a second at
    /// 10,000 pages).
    public func build(releasingMemory: Bool = true) -> BuildReport {
        let (report, state) = buildKeepingState()
        if !releasingMemory, let state { _ = Unmanaged.passRetained(Abandoned(state)) }
        return report
    }

    private final class Abandoned {
        let state: State
        init(_ state: State) { self.state = state }
    }

    /// What a successful build knows, kept by a `BuildSession` to rebuild only what an edit
    /// changes.
    struct State: Sendable {
        var project: LoadedProject
        var editions: [Edition]
        var sites: [SiteIndex]
        var renderers: [SiteRenderer]
        var resolved: [[ResolvedPage]]
        /// Per language, the pages the search index was made from (paths without the language).
        var searchInputs: [[OutputFile]]
        /// Per language, the paths of each section's own files (without the language).
        var sectionPaths: [[[String]]]
        /// Every file of the site, as written.
        var files: [OutputFile]
    }

    func buildKeepingState() -> (report: BuildReport, state: State?) {
        var report = BuildReport()

        guard let project = stage(1, Message("build.stage.loading"), &report, {
            ProjectLoader(options: options).load(diagnostics: &$0)
        }) ?? nil else { return (report, nil) }

        // Pages whose front matter is wrong are still resolved, so that one run reports the
        // problems of every stage that can be checked.
        guard let editions = stage(2, Message("build.stage.parsing", ["count": .text(String(project.pages.count))]), &report, stopsOnErrors: false, { diagnostics in
            parse(project, diagnostics: &diagnostics)
        }) else { return (report, nil) }
        report.pageCount = editions.first?.pages.count ?? 0
        report.siteLanguage = editions.first?.config.language
        if let first = editions.first, !first.pages.contains(where: \.isHome) {
            // An empty or half-made site built silently into "0 pages" with no front door.
            let folder = ProjectLoader(options: options).displayPath(options.contentDirectory)
            report.diagnostics.append(.warning(at: nil, Message("build.no-home-page", ["folder": .text(folder)]),
                                               hint: Message("build.no-home-page-hint", ["folder": .text(folder)])))
        }

        var sites: [SiteIndex] = []
        guard let resolved = stage(3, Message("build.stage.resolving"), &report, { diagnostics in
            // The data catalog is made once, by the first edition; the others show it in their words.
            for edition in editions {
                sites.append(SiteIndex(pages: edition.pages, config: edition.config, files: project.files, withheld: edition.withheld,
                                       data: sites.first?.data))
            }
            return zip(editions, sites).map { edition, site in
                diagnostics.append(contentsOf: site.duplicateOutputs())
                diagnostics.append(contentsOf: site.documents.diagnostics)
                diagnostics.append(contentsOf: site.data.diagnostics)
                let resolver = PageResolver(site: site, strings: edition.strings, config: edition.config)
                let results = edition.pages.parallelMap { resolver.resolve($0) }
                for (_, local) in results { diagnostics.append(contentsOf: local) }
                diagnostics.append(contentsOf: IndicatorReview.referenceProblems(site.data.indicators))
                diagnostics.removeDuplicates()
                return results.map(\.0)
            }
        }), !report.diagnostics.hasErrors else { return (report, nil) }
        // The internal build is the reviewers' edition: it always carries the review page.
        let includesReviewPage = options.includesReviewPage || editions.first?.config.audience == .internal
        if options.reviewsData || includesReviewPage, let site = sites.first { report.findings = DataReview(site: site).findings }
        let findings = report.findings

        var renderers: [SiteRenderer] = []
        var searchInputs: [[OutputFile]] = []
        var sectionPaths: [[[String]]] = []
        guard let files = stage(4, Message("build.stage.rendering", ["count": .text(String(resolved.map(\.count).reduce(0, +)))]), &report, { diagnostics -> [OutputFile]? in
            var files: [OutputFile] = []
            var makers: [OutputMaker] = []
            var pagePaths: [String] = []
            for (index, edition) in editions.enumerated() {
                guard var renderer = SiteRenderer.make(theme: project.theme, config: edition.config, strings: edition.strings,
                                                       pages: edition.pages, sections: sections, diagnostics: &diagnostics) else { return nil }
                renderer.listUnitsIndex(sites[index].data)
                renderers.append(renderer)
                let rendered = render(resolved[index], site: sites[index], renderer: renderer)
                searchInputs.append(rendered.searched)
                sectionPaths.append(rendered.sectionPaths)
                if index == 0 {
                    pagePaths = rendered.pagePaths
                    diagnostics.append(contentsOf: SectionReach(config: edition.config, pages: edition.pages).warnings(rendered.files))
                    files.append(renderer.renderNotFound())
                    files += renderer.crawlerFiles(pages: edition.pages, paths: pagePaths)
                    makers += repeatElement(OutputMaker(name: Message("output.maker.site"), location: nil),
                                            count: files.count)
                }
                let review = includesReviewPage ? renderer.reviewPage(findings, site: sites[index], diagnostics: &diagnostics) : []
                // Each other language has its own 404 page in its folder (`en/404.html`), which
                // the preview server gives for unknown addresses under that folder.
                let notFound = index == 0 ? [] : [renderer.renderNotFound()]
                files += (rendered.files + review + notFound).map { file in
                    var file = file
                    file.path = edition.config.languagePrefix + file.path
                    return file
                }
                makers += index == 0 ? rendered.makers : rendered.makers.map { maker in
                    var maker = maker
                    maker.name = Message("output.maker.in-edition", ["maker": .message(maker.name), "language": .text(edition.config.language)])
                    maker.isEdition = true
                    return maker
                }
                makers += repeatElement(OutputMaker(name: Message("output.maker.review-page"), location: nil), count: review.count)
                makers += repeatElement(OutputMaker(name: Message("output.maker.edition-404", ["language": .text(edition.config.language)]), location: nil),
                                        count: notFound.count)
            }
            diagnostics.append(contentsOf: OutputMaker.duplicates(files, makers: makers))
            return files
        }) ?? nil else { return (report, nil) }
        report.fileCount = files.count

        guard !options.checkOnly else { return (report, nil) }
        report.changes = stage(5, Message("build.stage.writing", ["count": .text(String(files.count))]), &report) { diagnostics in
            SiteWriter(options: options).write(files, diagnostics: &diagnostics)
        }
        report.wroteOutput = !report.diagnostics.hasErrors
        guard report.wroteOutput else { return (report, nil) }
        return (report, State(project: project, editions: editions, sites: sites, renderers: renderers, resolved: resolved,
                              searchInputs: searchInputs, sectionPaths: sectionPaths, files: files))
    }

    /// The site in one language: its settings, interface strings and pages.
    struct Edition: Sendable {
        var config: SiteConfig
        var strings: UIStrings
        var pages: [ParsedPage]
        /// The pages this build leaves out (internal ones, drafts), for the warnings of the pages
        /// that point at them.
        var withheld = WithheldItems()
    }

    /// Settings, strings and pages of every language of the site; the site's own language first,
    /// then each other language with its translations, and the original where a page has none.
    func parse(_ project: LoadedProject, diagnostics: inout Diagnostics) -> [Edition] {
        var config = SiteConfig.decode(project.config, diagnostics: &diagnostics)
        // `site.yml`'s `base_url` was checked at its line; `--base-url` replaces it.
        if let base = options.baseURL {
            switch SiteAddress.checked(base) {
            case .success(let address): config.baseURL = address
            case .failure(let problem):
                diagnostics.error(at: nil, Message("output.base-url-invalid", ["address": .text(base), "reason": .message(problem.reasonMessage)]),
                                  hint: problem.hintMessage ?? Message("output.base-url-example"))
            }
        }
        if let audience = options.audience { config.audience = audience }
        let parser = PageParser(config: config, kinds: sections)
        let parsed = project.pages.parallelMap { file -> (ParsedPage?, Diagnostics) in
            var local = Diagnostics()
            return (parser.parse(file, diagnostics: &local), local)
        }
        for (_, local) in parsed { diagnostics.append(contentsOf: local) }
        // Internal pages (in the public build) and drafts (without --drafts) are left out here,
        // before anything is made from them, and remembered so that a page pointing at one
        // renders without it and warns.
        var pages: [ParsedPage] = []
        var left: [(page: ParsedPage, reason: WithheldItems.Reason)] = []
        for case let page? in parsed.map(\.0) {
            if let reason = WithheldItems.reason(for: page, audience: config.audience, includeDrafts: options.includeDrafts) {
                left.append((page, reason))
            } else {
                pages.append(page)
            }
        }
        let withheld = WithheldItems(pages: left, config: config)
        var editions = [Edition(config: config, strings: UIStrings.load(project.theme.strings, language: config.language,
                                                                        location: config.locations["language"], diagnostics: &diagnostics)
                                    .adapted(to: config, pages: pages),
                                pages: pages, withheld: withheld)]
        // Only a site in several languages needs its pages by path.
        let originals = config.languages.count < 2 ? [:]
            : Dictionary(pages.map { ($0.source.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        for language in config.languages.dropFirst() {
            let translations = project.translations[language] ?? Translations()
            let translated = config.translated(to: language, by: translations.config, diagnostics: &diagnostics)
            // The first load compared every language's keys with the site's; comparing them
            // again from this side would only say the same the other way round.
            var checkedAlready = Diagnostics()
            if project.theme.strings[language] == nil {
                diagnostics.error(at: config.locations["languages/" + language], Message("output.theme-no-strings", ["language": .text(language)]),
                                  hint: Message("output.theme-add-strings", ["language": .text(language)]))
            }
            let languageStrings = UIStrings.load(project.theme.strings, language: language, diagnostics: &checkedAlready)
            var byOriginal: [String: ParsedPage] = [:]
            for file in translations.pages {
                let originalPath = ProjectLoader.translatedPath(file.relativePath, language: language)
                guard let original = originals[originalPath] else {
                    if !parsed.contains(where: { $0.0?.source.relativePath == originalPath }) {
                        diagnostics.error(at: SourceLocation(path: file.displayPath, line: 1, column: 1),
                                          Message("output.translation-without-original", ["path": .text(originalPath)]),
                                          hint: Message("output.translation-beside-original", ["language": .text(language)]))
                    }
                    continue
                }
                byOriginal[originalPath] = parser.parseTranslation(file, of: original, diagnostics: &diagnostics)
            }
            let languagePages = pages.map { page in
                byOriginal[page.source.relativePath] ?? {
                    var untranslated = page
                    untranslated.isUntranslated = true
                    return untranslated
                }()
            }
            editions.append(Edition(config: translated, strings: languageStrings.adapted(to: translated, pages: languagePages),
                                    pages: languagePages, withheld: withheld))
        }
        if config.languages.count == 1, let extra = project.translations.keys.sorted().first {
            diagnostics.append(.warning(at: project.translations[extra]?.pages.first.map { SourceLocation(path: $0.displayPath, line: 1, column: 1) },
                                Message("output.translations-not-built", ["extra": .text(extra), "language": .text(config.language)]),
                                hint: Message("output.translations-add-languages", ["extra": .text(extra), "language": .text(config.language)])))
        }
        diagnostics.removeDuplicates()
        return editions
    }

    /// One language's site, its paths unprefixed.
    struct RenderedEdition {
        var files: [OutputFile]
        /// What made each file, in the order of `files`.
        var makers: [OutputMaker]
        /// The paths of its pages.
        var pagePaths: [String]
        /// The pages search is made from.
        var searched: [OutputFile]
        /// The paths of each section's own files, in the order of the sections.
        var sectionPaths: [[String]]
    }

    func render(_ resolved: [ResolvedPage], site: SiteIndex, renderer: SiteRenderer) -> RenderedEdition {
        let config = renderer.config
        var files: [OutputFile] = []
        var makers: [OutputMaker] = []
        func add(_ made: [OutputFile], by maker: OutputMaker) {
            files += made
            makers += repeatElement(maker, count: made.count)
        }
        // Each section's folder page (`van-ban/index.md`) introduces the section's own index
        // instead of being a page of its own, unless the section has nothing to list.
        let introIDs = sections.map { $0.introPageID(config: config) }
        var sectionPaths: [[String]] = []
        let introPages = introIDs.map { id in resolved.first { $0.page.id == id } }
        let pages = resolved.filter { !introIDs.contains($0.page.id) }
        for (page, made) in zip(pages, pages.parallelMap { renderer.render($0, site: site) }) { add(made, by: .page(page.page.source)) }
        var indexFiles: [OutputFile] = []
        var indexMakers: [OutputMaker] = []
        for (number, introPage) in introPages.enumerated() {
            let made = sectionFiles(number, site: site, introPage: introPage, renderer: renderer)
            indexFiles += made.files
            indexMakers += made.makers
            sectionPaths.append(made.files.map(\.path))
        }
        let searched = (files + indexFiles).filter { $0.searchKind != nil }
        let searchFiles = renderer.searchFiles(searched)
        files += indexFiles
        makers += indexMakers
        add(searchFiles, by: .section(Message("settings.index.search"), setting: "search_folder", config: config))
        add(renderer.assetFiles, by: OutputMaker(name: Message("output.maker.theme-files"), location: nil))
        var copied: [String: SourceFile] = [:]
        for page in resolved {
            copied.merge(page.copiedFiles) { first, _ in first }
            add(page.generatedFiles, by: .page(page.page.source))
        }
        // A model's image may also be linked from a page: the same file is written once. A
        // different file at the same path is left for the duplicate check to report.
        var written: [String: Int] = [:]
        for (index, file) in files.enumerated() { written[file.path] = index }
        for path in copied.keys.sorted() where written[path].map({ files[$0].bytes != copied[path]!.bytes }) ?? true {
            add([OutputFile(path: path, bytes: copied[path]!.bytes)],
                by: OutputMaker(name: Message("output.maker.copy", ["path": .text(copied[path]!.displayPath)]), location: nil))
        }
        let pagePaths = files.map(\.path).filter { $0.hasSuffix(".html") }
        return RenderedEdition(files: files, makers: makers, pagePaths: pagePaths, searched: searched, sectionPaths: sectionPaths)
    }

    // MARK: Operations the whole build, `BuildSession` and `render FILE` share

    /// The section whose entry `page` is, if any.
    func section(of page: ParsedPage) -> (any SiteSection)? {
        page.kindName.flatMap { name in sections.first { $0.name == name } }
    }

    /// The position of the section whose folder page (`van-ban/index.md`) `page` is, if any.
    func introducedSection(by page: ParsedPage, config: SiteConfig) -> Int? {
        sections.firstIndex { $0.introPageID(config: config) == page.id }
    }

    /// One page as the whole build makes it: the page and the files it comes with (its charts).
    func pageFiles(_ resolved: ResolvedPage, site: SiteIndex, renderer: SiteRenderer) -> [OutputFile] {
        renderer.render(resolved, site: site) + resolved.generatedFiles
    }

    /// A section's own files; when it has none, its folder page as an ordinary page.
    func sectionFiles(_ number: Int, site: SiteIndex, introPage: ResolvedPage?, renderer: SiteRenderer) -> SectionFiles {
        var made = sections[number].files(site: site, introPage: introPage, layout: renderer)
        if made.files.isEmpty, let introPage { made.add(renderer.render(introPage, site: site), by: .page(introPage.page.source)) }
        return made
    }

    /// One page of an edition resolved against its site.
    func resolve(_ page: ParsedPage, in edition: Edition, site: SiteIndex, checkingLinks: Bool = true) -> (ResolvedPage, Diagnostics) {
        PageResolver(site: site, strings: edition.strings, config: edition.config).resolve(page, checkingLinks: checkingLinks)
    }

    /// Runs one stage, times it, reports it; nil when it found errors.
    private func stage<T>(_ number: Int, _ name: Message, _ report: inout BuildReport, stopsOnErrors: Bool = true,
                          _ body: (inout Diagnostics) -> T) -> T? {
        let start = DispatchTime.now().uptimeNanoseconds
        var diagnostics = Diagnostics()
        let result = body(&diagnostics)
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        report.stages.append(.init(name: name.text(in: .en), milliseconds: milliseconds))
        report.diagnostics.append(contentsOf: diagnostics)
        progress(Message("build.stage", ["number": .text(String(number)), "total": .text(String(Self.stageCount)),
                                         "name": .message(name), "ms": .text(String(Int(milliseconds.rounded())))]))
        return diagnostics.hasErrors && stopsOnErrors ? nil : result
    }
}
