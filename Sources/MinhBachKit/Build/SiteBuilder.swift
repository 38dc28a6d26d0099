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
        if streaming { FreeMemory.giveBackAsFreed() }

        guard var project = stage(1, Message("build.stage.loading"), &report, {
            var loader = ProjectLoader(options: options)
            // A one-shot build reads each page when it parses it, and again when it resolves it; a
            // part of a sharded build, and the merge, read each once more first, for the
            // fingerprint that tells the merge its parts were made from the same files.
            loader.leavesFilesOnDisk = streaming
            loader.digestsFilesLeftOnDisk = streaming && (options.portion != .whole || options.catalogFile != nil)
            return loader.load(diagnostics: &$0)
        }) ?? nil else { return (report, nil) }
        // What the merge checks its parts against, and a page catalog read is checked against.
        let fingerprint = options.portion == .whole && options.catalogFile == nil ? "" : SourceFingerprint(project, options: options).text
        var catalog = CatalogUse.none
        if let file = options.catalogFile {
            guard let opened = PageCatalog.open(file, named: ProjectLoader(options: options).displayPath(file), fingerprint: fingerprint,
                                                diagnostics: &report.diagnostics) else { return (report, nil) }
            catalog = .reading(opened)
        }

        // Pages whose front matter is wrong are still resolved, so that one run reports the
        // problems of every stage that can be checked.
        guard let editions = stage(2, Message("build.stage.parsing", ["count": .text(String(project.pages.count))]), &report, stopsOnErrors: false, { diagnostics in
            parse(project, releasesMarkdown: streaming, catalog: catalog, diagnostics: &diagnostics)
        }) else { return (report, nil) }
        catalog = .none
        report.pageCount = editions.first?.pages.count ?? 0
        if streaming { FreeMemory.giveBack() }
        report.siteLanguage = editions.first?.config.language
        if let first = editions.first, !first.pages.contains(where: \.isHome) {
            // An empty or half-made site built silently into "0 pages" with no front door.
            let folder = ProjectLoader(options: options).displayPath(options.contentDirectory)
            report.diagnostics.append(.warning(at: nil, Message("build.no-home-page", ["folder": .text(folder)]),
                                               hint: Message("build.no-home-page-hint", ["folder": .text(folder)])))
        }

        // A part resolves only the pages it makes: its own, and the folder pages of its sections;
        // the merge, none.
        let part = options.portion.shard.map { (plan: ShardPlan(pages: editions[0].pages, count: $0.count), number: $0.number - 1) }
        var sites: [SiteIndex] = []
        // A streamed build resolves each page as it renders it (`PageResolution`); the merge
        // resolves none.
        let resolution = streaming && !options.portion.isMerge ? PageResolution() : nil
        var pagesToRender = 0
        // A part says how many of the site's pages it made.
        var partPages: Int?
        guard var resolved = stage(3, Message(resolution == nil ? "build.stage.resolving" : "build.stage.cataloguing"), &report, { diagnostics in
            // The data catalog is made once, by the first edition; the others show it in their words.
            for edition in editions {
                sites.append(SiteIndex(pages: edition.pages, config: edition.config, files: project.files, withheld: edition.withheld,
                                       data: sites.first?.data))
            }
            return zip(editions, sites).enumerated().map { number, editionAndSite in
                let (edition, site) = editionAndSite
                var before = Diagnostics()
                before.append(contentsOf: site.duplicateOutputs())
                before.append(contentsOf: site.documents.diagnostics)
                before.append(contentsOf: site.data.diagnostics)
                let after = IndicatorReview.referenceProblems(site.data.indicators)
                let resolver = PageResolver(site: site, strings: edition.strings, config: edition.config)
                // The merge takes every page from the parts, which resolved them.
                let made = options.portion.isMerge ? [] : part.map { $0.plan.pagesMade(by: $0.number, of: edition.pages,
                                                                                       introIDs: sections.map { $0.introPageID(config: edition.config) }) }
                pagesToRender += options.portion.isMerge ? edition.pages.count : made?.count ?? edition.pages.count
                if number == 0, options.portion.isPart { partPages = made?.count }
                let unresolved = edition.pages.map { ResolvedPage(page: $0, bodyHTML: "", copiedFiles: [:]) }
                if let resolution {
                    // Once the last edition has resolved a page, its file is let go in every
                    // edition (an untranslated page shares the original's).
                    resolution.add(PageResolution.Edition(pages: edition.pages, resolver: resolver, made: made,
                                                          releases: number == editions.count - 1, before: before, after: after))
                    return unresolved
                }
                diagnostics.append(contentsOf: before)
                let results = Array(edition.pages.indices).parallelMap { index in
                    made.map { $0.contains(index) } ?? true ? resolver.resolve(edition.pages[index]) : (unresolved[index], Diagnostics())
                }
                for (_, local) in results { diagnostics.append(contentsOf: local) }
                diagnostics.append(contentsOf: after)
                diagnostics.removeDuplicates()
                return results.map(\.0)
            }
        }) else { return (report, nil) }
        // A build with errors so far stops here, with the problems of every page.
        if report.diagnostics.hasErrors || resolution?.diagnostics.hasErrors == true {
            if let resolution {
                resolution.resolveRest()
                report.diagnostics.append(contentsOf: resolution.diagnostics)
            }
            return (report, nil)
        }
        if let partPages { report.pageCount = partPages }
        // The internal build is the reviewers' edition: it always carries the review page (made
        // by the merge, when the build is sharded).
        let includesReviewPage = !options.portion.isPart && (options.includesReviewPage || editions.first?.config.audience == .internal)
        if options.reviewsData || includesReviewPage, let site = sites.first { report.findings = DataReview(site: site).findings }
        let findings = report.findings
        // Only a page's resolving reads its file after this, to parse its Markdown again: a
        // one-shot build lets the others go now, and each of these once resolved.
        if streaming {
            if let resolution {
                resolution.releaseFilesNotResolved()
            } else {
                for edition in editions { for page in edition.pages { page.releaseSource() } }
            }
            project.releasePages()
            FreeMemory.giveBack()
        }

        var portion = RenderPortion.whole
        var manifest: PartManifest?
        switch options.portion {
        case .whole: break
        case .part(let shard):
            if let part { portion = .part(part.plan, number: part.number) }
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
        /// Every language's files, to `output`; false when one cannot be made (or, when pages
        /// are resolved as they are rendered, a page has an error).
        func renderEditions(_ diagnostics: inout Diagnostics) -> Bool {
            for (index, edition) in editions.enumerated() {
                guard var renderer = SiteRenderer.make(theme: project.theme, config: edition.config, strings: edition.strings,
                                                       pages: edition.pages, sections: sections, diagnostics: &diagnostics) else { return false }
                renderer.listUnitsIndex(sites[index].data)
                renderers.append(renderer)
                let prefix = edition.config.languagePrefix
                let inEdition = { (maker: OutputMaker) -> OutputMaker in
                    guard index > 0 else { return maker }
                    var maker = maker
                    maker.edition = edition.config.language
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
                                      resolution: resolution, keepsFiles: output.keepsFiles, releasesPages: stream != nil,
                                      readsLinks: index == 0, emit: emit)
                if resolution?.hasErrors == true { return false }
                diagnostics.append(contentsOf: rendered.problems)
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
            diagnostics.append(contentsOf: output.duplicates())
            return true
        }
        // A streamed build writes as it renders: its last stage only puts the new site in place.
        let renderStage = resolution == nil ? (stream == nil ? "build.stage.rendering" : "build.stage.rendering-writing")
            : (stream == nil ? "build.stage.resolving-rendering" : "build.stage.resolving-rendering-writing")
        guard stage(4, Message(renderStage, ["count": .text(String(pagesToRender))]), &report, { diagnostics -> Bool in
            var own = Diagnostics()
            let rendered = renderEditions(&own)
            guard let resolution else {
                diagnostics.append(contentsOf: own)
                return rendered
            }
            // The resolve stage's problems come first, as a whole build gives them; pages left
            // unresolved after an error (or a theme that failed) are resolved for theirs.
            resolution.resolveRest()
            diagnostics.append(contentsOf: resolution.diagnostics)
            guard !diagnostics.hasErrors else { return false }
            diagnostics.append(contentsOf: own)
            return rendered
        }) == true else {
            stream?.abandon()
            return (report, nil)
        }
        report.fileCount = output.count

        guard !options.checkOnly else { return (report, nil) }
        report.changes = stage(5, Message(stream == nil ? "build.stage.writing" : "build.stage.placing", ["count": .text(String(output.count))]),
                               &report) { diagnostics in
            if let stream { return stream.finish(diagnostics: &diagnostics) }
            return SiteWriter(options: options).write(output.files, diagnostics: &diagnostics)
        }
        report.wroteOutput = !report.diagnostics.hasErrors
        guard report.wroteOutput else { return (report, nil) }
        return (report, State(project: project, editions: editions, sites: sites, renderers: renderers, resolved: resolved,
                              searchInputs: searchInputs, sectionPaths: sectionPaths, files: output.files))
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
    func stage<T>(_ number: Int, of total: Int = stageCount, _ name: Message, _ report: inout BuildReport, stopsOnErrors: Bool = true,
                  _ body: (inout Diagnostics) -> T) -> T? {
        let start = DispatchTime.now().uptimeNanoseconds
        var diagnostics = Diagnostics()
        let result = body(&diagnostics)
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        report.stages.append(.init(name: name.text(in: .en), milliseconds: milliseconds))
        report.diagnostics.append(contentsOf: diagnostics)
        progress(Message("build.stage", ["number": .text(String(number)), "total": .text(String(total)),
                                         "name": .message(name), "ms": .text(String(Int(milliseconds.rounded())))]))
        return diagnostics.hasErrors && stopsOnErrors ? nil : result
    }
}
