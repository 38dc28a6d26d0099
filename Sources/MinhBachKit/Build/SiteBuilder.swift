import Diagnostics
import Dispatch
import Foundation
import Parallel
import Search

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
        let (report, state) = buildKeepingState(streaming: true)
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
        /// Every file of the site, as written; none when the build streamed its files to the
        /// writer (such a state is not kept for rebuilds).
        var files: [OutputFile]
    }

    /// - Parameter streaming: whether each batch of files goes to the writer as it is made and
    ///   is then let go — a one-shot build, whose memory then does not grow with the pages'
    ///   HTML — rather than kept, as a `BuildSession` keeps them to rebuild after an edit.
    func buildKeepingState(streaming: Bool = false) -> (report: BuildReport, state: State?) {
        var report = BuildReport()

        guard var project = stage(1, Message("build.stage.loading"), &report, {
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

        // A part resolves only the pages it makes: its own, and the folder pages of its sections;
        // the merge, none.
        let plan = options.portion.shardCount.map { ShardPlan(pages: editions[0].pages, count: $0) }
        var sites: [SiteIndex] = []
        var pagesToRender = 0
        // A part says how many of the site's pages it made.
        var partPages: Int?
        guard var resolved = stage(3, Message("build.stage.resolving"), &report, { diagnostics in
            // The data catalog is made once, by the first edition; the others show it in their words.
            for edition in editions {
                sites.append(SiteIndex(pages: edition.pages, config: edition.config, files: project.files, withheld: edition.withheld,
                                       data: sites.first?.data))
            }
            return zip(editions, sites).enumerated().map { number, editionAndSite in
                let (edition, site) = editionAndSite
                diagnostics.append(contentsOf: site.duplicateOutputs())
                diagnostics.append(contentsOf: site.documents.diagnostics)
                diagnostics.append(contentsOf: site.data.diagnostics)
                let resolver = PageResolver(site: site, strings: edition.strings, config: edition.config)
                // The merge takes every page from the parts, which resolved them.
                let made = options.portion.isMerge ? [] : plan.map { $0.pagesMade(by: options.portion.shardNumber! - 1, of: edition.pages,
                                                                                  introIDs: sections.map { $0.introPageID(config: edition.config) }) }
                pagesToRender += options.portion.isMerge ? edition.pages.count : made?.count ?? edition.pages.count
                if number == 0, options.portion.isPart { partPages = made?.count }
                // Once the last edition has resolved a page, a one-shot build lets its Markdown go in
                // every edition (an untranslated page shares the original's): the trees left and
                // the pages' HTML made are then never all held at once.
                let releases = streaming && number == editions.count - 1
                let results = Array(edition.pages.indices).parallelMap { index in
                    let result = made.map { $0.contains(index) } ?? true ? resolver.resolve(edition.pages[index])
                        : (ResolvedPage(page: edition.pages[index], bodyHTML: "", copiedFiles: [:]), Diagnostics())
                    if releases { for edition in editions { edition.pages[index].releaseDocument() } }
                    return result
                }
                for (_, local) in results { diagnostics.append(contentsOf: local) }
                diagnostics.append(contentsOf: IndicatorReview.referenceProblems(site.data.indicators))
                diagnostics.removeDuplicates()
                return results.map(\.0)
            }
        }), !report.diagnostics.hasErrors else { return (report, nil) }
        if let partPages { report.pageCount = partPages }
        // The internal build is the reviewers' edition: it always carries the review page (made
        // by the merge, when the build is sharded).
        let includesReviewPage = !options.portion.isPart && (options.includesReviewPage || editions.first?.config.audience == .internal)
        if options.reviewsData || includesReviewPage, let site = sites.first { report.findings = DataReview(site: site).findings }
        let findings = report.findings
        // Made before the pages' files are let go.
        let fingerprint = options.portion == .whole ? "" : SourceFingerprint(project, options: options).text
        // Nothing reads a page's file after this: a one-shot build lets them go.
        if streaming {
            for edition in editions { for page in edition.pages { page.releaseSource() } }
            project.releasePages()
        }

        var portion = RenderPortion.whole
        var manifest: PartManifest?
        switch options.portion {
        case .whole: break
        case .part(let shard):
            portion = .part(plan!, number: shard.number - 1)
            manifest = PartManifest(part: shard.number, parts: shard.count, source: fingerprint)
        case .merge(let folders):
            let loader = ProjectLoader(options: options)
            guard let parts = PartFolders.open(folders, names: folders.map(loader.displayPath), source: fingerprint,
                                               diagnostics: &report.diagnostics) else { return (report, nil) }
            portion = .merge(parts)
        }

        var renderers: [SiteRenderer] = []
        var searchInputs: [[OutputFile]] = []
        var sectionPaths: [[[String]]] = []
        // Opened before rendering: it reads the old site's file list once, and refuses an
        // output folder it must not replace before any work is written.
        let stream = streaming && !options.checkOnly ? SiteWriter(options: options).stream() : nil
        // `check` writes nothing: its files are not kept either.
        let output = RenderedOutput(stream: stream, keepsFiles: stream == nil && !options.checkOnly)
        // A streamed build writes as it renders: its last stage only puts the new site in place.
        guard stage(4, Message(stream == nil ? "build.stage.rendering" : "build.stage.rendering-writing", ["count": .text(String(pagesToRender))]), &report, { diagnostics -> Bool in
            for (index, edition) in editions.enumerated() {
                guard var renderer = SiteRenderer.make(theme: project.theme, config: edition.config, strings: edition.strings,
                                                       pages: edition.pages, sections: sections, diagnostics: &diagnostics) else { return false }
                renderer.listUnitsIndex(sites[index].data)
                renderers.append(renderer)
                let prefix = edition.config.languagePrefix
                let inEdition = { (maker: OutputMaker) -> OutputMaker in
                    guard index > 0 else { return maker }
                    var maker = maker
                    maker.name = Message("output.maker.in-edition", ["maker": .message(maker.name), "language": .text(edition.config.language)])
                    maker.isEdition = true
                    return maker
                }
                let emit = { (files: [OutputFile], makers: [OutputMaker]) in
                    output.add(files.map { file in
                        var file = file
                        file.path = prefix + file.path
                        return file
                    }, makers: makers.map(inEdition))
                }
                let add = { (files: [OutputFile], maker: OutputMaker) in emit(files, Array(repeating: maker, count: files.count)) }
                let rendered = render(&resolved[index], edition: index, site: sites[index], renderer: renderer, portion: portion,
                                      keepsFiles: output.keepsFiles, releasesPages: stream != nil, readsLinks: index == 0, emit: emit)
                searchInputs.append(rendered.searched)
                sectionPaths.append(rendered.sectionPaths)
                // A part's files are listed for the merge; the files made from every page are the merge's.
                guard !portion.isPart else {
                    manifest?.files += rendered.listed
                    continue
                }
                let review = includesReviewPage ? renderer.reviewPage(findings, site: sites[index], diagnostics: &diagnostics) : []
                add(review, OutputMaker(name: Message("output.maker.review-page"), location: nil))
                if index == 0 {
                    diagnostics.append(contentsOf: SectionReach(config: edition.config, pages: edition.pages).warnings(links: rendered.links))
                    // The site's 404 page and the crawlers' files come first, as the duplicate
                    // check names the first maker of a path as the one that made it.
                    output.add([renderer.renderNotFound()] + renderer.crawlerFiles(pages: edition.pages, paths: rendered.pagePaths),
                               by: OutputMaker(name: Message("output.maker.site"), location: nil), first: true)
                } else {
                    // Each other language has its own 404 page in its folder (`en/404.html`), which
                    // the preview server gives for unknown addresses under that folder.
                    add([renderer.renderNotFound()], OutputMaker(name: Message("output.maker.edition-404", ["language": .text(edition.config.language)]),
                                                                 location: nil))
                }
            }
            if let manifest { output.add([manifest.file], by: OutputMaker(name: .verbatim(PartManifest.fileName), location: nil)) }
            if let parts = portion.parts { diagnostics.append(contentsOf: parts.problems) }
            diagnostics.append(contentsOf: OutputMaker.duplicates(paths: output.paths, makers: output.makers))
            return true
        }) == true else {
            stream?.abandon()
            return (report, nil)
        }
        report.fileCount = output.paths.count

        guard !options.checkOnly else { return (report, nil) }
        report.changes = stage(5, Message(stream == nil ? "build.stage.writing" : "build.stage.placing", ["count": .text(String(output.paths.count))]),
                               &report) { diagnostics in
            if let stream { return stream.finish(diagnostics: &diagnostics) }
            return SiteWriter(options: options).write(output.files, diagnostics: &diagnostics)
        }
        report.wroteOutput = !report.diagnostics.hasErrors
        guard report.wroteOutput else { return (report, nil) }
        return (report, State(project: project, editions: editions, sites: sites, renderers: renderers, resolved: resolved,
                              searchInputs: searchInputs, sectionPaths: sectionPaths, files: output.files))
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

    /// What rendering one language's site leaves besides its files, which went to `emit`.
    struct RenderedEdition {
        /// The paths of its pages.
        var pagePaths: [String] = []
        /// The pages search is made from, when the files are kept.
        var searched: [OutputFile] = []
        /// The paths of each section's own files, in the order of the sections.
        var sectionPaths: [[String]] = []
        /// Each page with the pages it links to, when asked for (`SectionReach`).
        var links: [String: [String]] = [:]
        /// Of a part of a sharded build: every file it made, with the page or section it is of.
        var listed: [PartManifest.Entry] = []
    }

    /// Pages rendered at once, on every core, before their files go to `emit`: what bounds the
    /// HTML a streamed build holds.
    static let pagesPerBatch = 256

    /// Renders one language's site, handing its files to `emit` (paths unprefixed) a batch at a
    /// time. What later steps need from a page — its words for search, its links — is taken
    /// from it here, so that the page itself can be let go once written.
    /// - Parameter releasesPages: a streamed build empties each page's HTML once its files are
    ///   made, as nothing reads it again (a `BuildSession` keeps it to rebuild after an edit).
    /// - Parameter portion: which pages and sections to make, and whether to render them or read
    ///   them from the parts of a sharded build.
    func render(_ resolved: inout [ResolvedPage], edition number: Int, site: SiteIndex, renderer: SiteRenderer, portion: RenderPortion,
                keepsFiles: Bool, releasesPages: Bool, readsLinks: Bool, emit: @escaping ([OutputFile], [OutputMaker]) -> Void) -> RenderedEdition {
        let config = renderer.config
        let parts = portion.parts
        var edition = RenderedEdition()
        func list(_ files: [OutputFile], _ unit: PartManifest.Unit) {
            if portion.isPart { edition.listed += PartManifest.entries(files, edition: number, unit: unit) }
        }
        var searchable: [SearchablePage] = []
        // Search covers the pages and the sections' own files, not what is made after its index.
        var collectsSearch = true
        // A model's image may also be linked from a page: the same file is written once. A
        // different file at the same path is left for the duplicate check to report. Only the
        // files at the copies' paths are kept for that comparison.
        let copiedPaths = parts.map { Set($0.paths(edition: number, unit: .copies)) } ?? Set(resolved.flatMap(\.copiedFiles.keys))
        var atCopiedPaths: [String: [UInt8]] = [:]
        /// Of each file made: the words of a page search covers, and its links.
        struct Summary: Sendable {
            var searchable: SearchablePage?
            var links: [String]?
        }
        let summarize = { @Sendable (file: OutputFile) in
            Summary(searchable: file.searchablePage, links: readsLinks ? SectionReach.pageLinks(file) : nil)
        }
        func add(_ made: [OutputFile], summaries: [Summary], makers: [OutputMaker]) {
            for (file, summary) in zip(made, summaries) {
                if file.path.hasSuffix(".html") { edition.pagePaths.append(file.path) }
                if copiedPaths.contains(file.path) { atCopiedPaths[file.path] = file.bytes }
                if collectsSearch, let page = summary.searchable {
                    searchable.append(page)
                    if keepsFiles { edition.searched.append(file) }
                }
                if let links = summary.links { edition.links[file.path] = links }
            }
            emit(made, makers)
        }
        func add(_ made: [OutputFile], by maker: OutputMaker) {
            add(made, summaries: made.parallelMap(summarize), makers: Array(repeating: maker, count: made.count))
        }
        // Each section's folder page (`van-ban/index.md`) introduces the section's own index
        // instead of being a page of its own, unless the section has nothing to list.
        let introIDs = sections.map { $0.introPageID(config: config) }
        let introPages = introIDs.map { id in resolved.first { $0.page.id == id } }
        // By position, not a filtered copy, so that releasing a page's HTML frees it.
        let pageIndices = resolved.indices.filter { !introIDs.contains(resolved[$0].page.id) && portion.makesPage(at: $0) }
        for start in stride(from: 0, to: pageIndices.count, by: Self.pagesPerBatch) {
            let batch = pageIndices[start..<min(start + Self.pagesPerBatch, pageIndices.count)]
            let made = batch.map { resolved[$0] }.parallelMap { page in
                // A part's pages come with their charts, which the whole build adds after search.
                let files = parts?.files(edition: number, prefix: config.languagePrefix, unit: .page(page.page.source.relativePath))
                    ?? renderer.render(page, site: site) + (portion.isPart ? page.generatedFiles : [])
                return (files, files.map(summarize))
            }
            for (index, made) in zip(batch, made) { list(made.0, .page(resolved[index].page.source.relativePath)) }
            add(made.flatMap(\.0), summaries: made.flatMap(\.1),
                makers: zip(batch, made).flatMap { index, made in Array(repeating: OutputMaker.page(resolved[index].page.source), count: made.0.count) })
            if releasesPages { for index in batch { resolved[index].bodyHTML = "" } }
        }
        for (section, introPage) in introPages.enumerated() {
            guard portion.makesSection(section) else {
                edition.sectionPaths.append([])
                continue
            }
            var made = SectionFiles { files, makers in
                list(files, .section(section))
                add(files, summaries: files.parallelMap(summarize), makers: makers)
            }
            if let parts {
                made.add(parts.files(edition: number, prefix: config.languagePrefix, unit: .section(section)),
                         by: OutputMaker(name: .verbatim(sections[section].folder(in: config) + "/"), location: nil))
                made.flush()
            } else {
                sectionFiles(section, site: site, introPage: introPage, renderer: renderer, into: &made)
            }
            edition.sectionPaths.append(made.paths)
        }
        // What is made from every page, search and the theme's files, is the merge's.
        if !portion.isPart {
            collectsSearch = false
            add(renderer.searchFiles(taking: &searchable), by: .section(Message("settings.index.search"), setting: "search_folder", config: config))
            add(renderer.assetFiles, by: OutputMaker(name: Message("output.maker.theme-files"), location: nil))
        }
        // The content files pages link to, each once, by path; the merge takes each part's.
        var copied: [String: (bytes: [UInt8], from: String)] = [:]
        if let parts {
            for file in parts.files(edition: number, prefix: config.languagePrefix, unit: .copies) where copied[file.path] == nil {
                copied[file.path] = (file.bytes, file.path)
            }
        }
        for page in resolved {
            for (path, file) in page.copiedFiles where copied[path] == nil { copied[path] = (file.bytes, file.displayPath) }
            if case .whole = portion { add(page.generatedFiles, by: .page(page.page.source)) }
        }
        for path in copied.keys.sorted() where atCopiedPaths[path].map({ $0 != copied[path]!.bytes }) ?? true {
            let copy = [OutputFile(path: path, bytes: copied[path]!.bytes)]
            list(copy, .copies)
            add(copy, by: OutputMaker(name: Message("output.maker.copy", ["path": .text(copied[path]!.from)]), location: nil))
        }
        return edition
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
    func sectionFiles(_ number: Int, site: SiteIndex, introPage: ResolvedPage?, renderer: SiteRenderer, into made: inout SectionFiles) {
        sections[number].files(site: site, introPage: introPage, layout: renderer, into: &made)
        if made.paths.isEmpty, let introPage { made.add(renderer.render(introPage, site: site), by: .page(introPage.page.source)) }
        made.flush()
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
