import Diagnostics
import Parallel
import Search

/// The render stage for one language: its pages, its sections' own files, and what is made
/// from every page; or the part of them a sharded build makes, or reads back.
extension SiteBuilder {
    /// What rendering one language's site leaves besides its files, which went to `emit`.
    struct RenderedEdition {
        /// The paths of its pages.
        var pagePaths: [String] = []
        /// The pages search is made from, when the files are kept.
        var searched: [OutputFile] = []
        /// The paths of each section's own files, in the order of the sections.
        var sectionPaths: [[String]] = []
        /// Each page with the pages it links to, when asked for (`SectionReach`).
        var links = LinkGraph()
        /// Of a part of a sharded build: every file it made, with the page or section it is of.
        var listed: [PartManifest.Entry] = []
        /// A file to copy that could not be read again, or was not the file read first.
        var problems = Diagnostics()
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
    /// - Parameter resolution: when given, each batch of pages is resolved just before it is
    ///   rendered; once a page has an error, nothing more is made.
    func render(_ resolved: inout [ResolvedPage], edition number: Int, site: SiteIndex, renderer: SiteRenderer, portion: RenderPortion,
                resolution: PageResolution? = nil, keepsFiles: Bool, releasesPages: Bool, readsLinks: Bool,
                emit: @escaping ([OutputFile], [OutputMaker]) -> Void) -> RenderedEdition {
        let config = renderer.config
        let parts = portion.parts
        var edition = RenderedEdition()
        if readsLinks { edition.links = LinkGraph(watching: SectionReach(config: config, pages: site.pages).indexPaths) }
        func list(_ files: [OutputFile], _ unit: PartManifest.Unit) {
            if portion.isPart { edition.listed += PartManifest.entries(files, edition: number, unit: unit) }
        }
        // A streamed build's search records wait on disk, beside the output, until the index's
        // files are written.
        var search = renderer.searchIndexBuilder(scratchFolder: releasesPages ? OutputFolder(options.outputDirectory.path).parent : nil)
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
        // Once the graph has settled (every section's index reached, usually from the home
        // page's menu), no page's links are asked for: reading them was a twentieth of a build.
        func summarizer() -> @Sendable (OutputFile) -> Summary {
            let readsLinks = readsLinks && !edition.links.isSettled
            return { file in Summary(searchable: file.searchablePage, links: readsLinks ? SectionReach.pageLinks(file) : nil) }
        }
        func add(_ made: [OutputFile], summaries: [Summary], makers: [OutputMaker]) {
            for (file, summary) in zip(made, summaries) {
                if file.path.hasSuffix(".html") { edition.pagePaths.append(file.path) }
                if copiedPaths.contains(file.path) { atCopiedPaths[file.path] = file.bytes }
                if collectsSearch, let page = summary.searchable {
                    search.add(page)
                    if keepsFiles { edition.searched.append(file) }
                }
                if let links = summary.links { edition.links.add(file.path, linksTo: links) }
            }
            emit(made, makers)
        }
        func add(_ made: [OutputFile], by maker: OutputMaker) {
            add(made, summaries: made.parallelMap(summarizer()), makers: Array(repeating: maker, count: made.count))
        }
        // Each section's folder page (`van-ban/index.md`) introduces the section's own index
        // instead of being a page of its own, unless the section has nothing to list.
        let introIDs = sections.map { $0.introPageID(config: config) }
        resolution?.resolve(resolved.indices.filter { introIDs.contains(resolved[$0].page.id) }, edition: number, into: &resolved)
        let introPages = introIDs.map { id in resolved.first { $0.page.id == id } }
        // By position, not a filtered copy, so that releasing a page's HTML frees it.
        let pageIndices = resolved.indices.filter { !introIDs.contains(resolved[$0].page.id) && portion.makesPage(at: $0) }
        for start in stride(from: 0, to: pageIndices.count, by: Self.pagesPerBatch) {
            let batch = pageIndices[start..<min(start + Self.pagesPerBatch, pageIndices.count)]
            if let resolution {
                resolution.resolve(batch, edition: number, into: &resolved)
                if resolution.hasErrors { return edition }
            }
            let summarize = summarizer()
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
                add(files, summaries: files.parallelMap(summarizer()), makers: makers)
            }
            if let parts {
                let maker = OutputMaker(name: .verbatim(sections[section].folder(in: config) + "/"), location: nil)
                parts.files(edition: number, prefix: config.languagePrefix, unit: .section(section), batchesOf: SectionFiles.filesPerDrain) {
                    made.add($0, by: maker)
                }
                made.flush()
            } else {
                sectionFiles(section, site: site, introPage: introPage, renderer: renderer, into: &made)
            }
            edition.sectionPaths.append(made.paths)
            edition.problems.append(contentsOf: made.problems)
        }
        // What is made from every page, search and the theme's files, is the merge's.
        if !portion.isPart {
            collectsSearch = false
            let maker = OutputMaker.section(Message("settings.index.search"), setting: "search_folder", config: config)
            if releasesPages { FreeMemory.giveBack() }
            renderer.writeSearchFiles(search.finish()) { add($0, by: maker) }
            add(renderer.assetFiles, by: OutputMaker(name: Message("output.maker.theme-files"), location: nil))
        }
        // The content files pages link to, each once, by path; the merge takes each part's. Each
        // is read when it is written, one at a time: a document's signed scan or a photo may be
        // left on disk (`ProjectLoader.isLeftOnDisk`), and a site may hold thousands.
        var copied: [String: SourceFile] = [:]
        for page in resolved {
            for (path, file) in page.copiedFiles where copied[path] == nil { copied[path] = file }
            if case .whole = portion { add(page.generatedFiles, by: .page(page.page.source)) }
        }
        func copy(_ file: OutputFile, from: String) {
            guard atCopiedPaths[file.path].map({ $0 != file.bytes }) ?? true else { return }
            list([file], .copies)
            add([file], by: OutputMaker(name: Message("output.maker.copy", ["path": .text(from)]), location: nil))
        }
        if let parts {
            parts.eachCopy(edition: number, prefix: config.languagePrefix) { copy($0, from: $0.path) }
        }
        for path in copied.keys.sorted() {
            guard let file = copied[path]!.read(diagnostics: &edition.problems) else { continue }
            copy(OutputFile(path: path, bytes: file.bytes), from: file.displayPath)
        }
        return edition
    }
}
