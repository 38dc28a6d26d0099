import Diagnostics
import Dispatch
import FileSystem
import Foundation

/// Builds one site again and again, as `minhbach serve` does. The first build is whole. After
/// it, two kinds of edit rebuild only what they can change, and write only the files that came
/// out different; the search index follows in the background:
/// - the *text* of ordinary pages (front matter and headings unchanged, so no other page can show
///   a difference): those pages;
/// - data files that were already there (`so-lieu/*.csv` and their `.yml`): the data catalog, then
///   the dashboard, unit pages, downloads and indicator pages, and the pages that show values or
///   charts from the data or that read the edited files.
/// Any other change (front matter, headings, a new or deleted file, official documents, models,
/// the units registry, the theme, site.yml) rebuilds the whole site.
public final class BuildSession: @unchecked Sendable {
    public let builder: SiteBuilder
    /// One line when the search index has caught up after a rebuild of single pages.
    private let log: @Sendable (String) -> Void
    /// Every build, rebuild and deferred update runs here, one at a time, in order.
    private let queue = DispatchQueue(label: "minhbach.build-session")
    /// What the last successful build made; nil after a failed one, so that the next rebuild is whole.
    private var state: SiteBuilder.State?
    private var fileIndex: [String: Int] = [:]

    public init(builder: SiteBuilder, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.builder = builder
        self.log = log
    }

    /// A whole build.
    public func build() -> BuildReport { queue.sync { wholeBuild() } }

    /// A build after the files at these absolute paths changed: only the edited pages when that
    /// is enough, else the whole site.
    public func rebuild(changed paths: [String]) -> BuildReport {
        queue.sync {
            if let state, let report = pagesOnly(paths, state) ?? dataOnly(paths, state) { return report }
            return wholeBuild()
        }
    }

    /// Returns once the work a rebuild left for later (the search index) is written.
    public func waitForDeferredWork() { queue.sync {} }

    private func wholeBuild() -> BuildReport {
        let (report, state) = builder.buildKeepingState()
        self.state = state
        fileIndex = Dictionary(uniqueKeysWithValues: (state?.files ?? []).enumerated().map { ($1.path, $0) })
        return report
    }

    // MARK: Single pages

    /// An edited page in one language: where it sits in the state, and what it became.
    private struct PageEdit {
        var edition: Int
        var index: Int
        var page: ParsedPage
    }

    /// Rebuilds just the pages at `paths`; nil when the edit may show on other pages.
    private func pagesOnly(_ paths: [String], _ old: SiteBuilder.State) -> BuildReport? {
        let started = DispatchTime.now().uptimeNanoseconds
        var report = BuildReport()
        var state = old
        guard let edits = parsedEdits(paths, state, diagnostics: &report.diagnostics) else { return nil }
        guard !report.diagnostics.hasErrors else { return report }

        var files: [OutputFile] = []
        for edit in edits {
            let edition = state.editions[edit.edition]
            let previous = state.resolved[edit.edition][edit.index]
            let resolver = PageResolver(site: state.sites[edit.edition], strings: edition.strings, config: edition.config)
            let (resolved, problems) = resolver.resolve(edit.page)
            report.diagnostics.append(contentsOf: problems)
            // A page that now copies other files or draws other charts changes more than itself.
            guard Set(resolved.copiedFiles.keys) == Set(previous.copiedFiles.keys),
                  resolved.generatedFiles.map(\.path) == previous.generatedFiles.map(\.path) else { return nil }
            let prefix = edition.config.languagePrefix
            let made = state.renderers[edit.edition].render(resolved, site: state.sites[edit.edition]) + resolved.generatedFiles
            files += made.map { file in
                var file = file
                file.path = prefix + file.path
                return file
            }
            if let page = made.first, let slot = state.searchInputs[edit.edition].firstIndex(where: { $0.path == page.path }) {
                state.searchInputs[edit.edition][slot] = page
            }
            state.editions[edit.edition].pages[edit.index] = edit.page
            state.resolved[edit.edition][edit.index] = resolved
        }
        guard !report.diagnostics.hasErrors else { return report }

        guard files.allSatisfy({ fileIndex[$0.path] != nil }) else { return nil }
        let changed = files.filter { state.files[fileIndex[$0.path]!] != $0 }
        return finish(rebuilding: changed, state: state, report: report, rebuiltPages: files.filter { $0.path.hasSuffix(".html") }.map(\.path),
                      languages: Set(edits.map(\.edition)).sorted(), started: started,
                      what: "\(edits.count) page\(edits.count == 1 ? "" : "s")")
    }

    /// Writes the files a partial rebuild changed, keeps its state, and leaves the search index of
    /// `languages` for later.
    private func finish(rebuilding changed: [OutputFile], state: SiteBuilder.State, report: BuildReport, rebuiltPages: [String],
                        languages: [Int], started: UInt64, what: String) -> BuildReport {
        var state = state
        var report = report
        writer.replace(changed, diagnostics: &report.diagnostics)
        guard !report.diagnostics.hasErrors else {
            self.state = nil
            return report
        }
        for file in changed { state.files[fileIndex[file.path]!] = file }
        self.state = state

        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        report.stages = [.init(name: "Rebuilding \(what)", milliseconds: milliseconds)]
        report.pageCount = state.editions.first?.pages.count ?? 0
        report.fileCount = state.files.count
        report.changes = SiteWriter.Changes(written: changed.count, unchanged: state.files.count - changed.count)
        report.rebuiltPages = rebuiltPages
        report.wroteOutput = true
        queue.async { self.updateSearch(languages) }
        return report
    }

    // MARK: Data files

    /// Rebuilds what depends on the edited data files; nil when something else changed, or when
    /// the data now has errors (the whole build reports them, as it would from the start).
    private func dataOnly(_ paths: [String], _ old: SiteBuilder.State) -> BuildReport? {
        let started = DispatchTime.now().uptimeNanoseconds
        guard let edited = editedDataFiles(paths, old) else { return nil }
        var report = BuildReport()
        var state = old
        state.project.files = state.project.files.map { edited[$0.relativePath] ?? $0 }

        var files: [OutputFile] = []
        var rebuiltPages: [String] = []
        for number in state.editions.indices {
            let edition = state.editions[number]
            let renderer = state.renderers[number]
            let site = state.sites[number].replacingFiles(state.project.files, config: edition.config)
            guard !site.data.diagnostics.hasErrors else { return nil }
            report.diagnostics.append(contentsOf: site.data.diagnostics)

            let resolver = PageResolver(site: site, strings: edition.strings, config: edition.config)
            let dependents = state.resolved[number].indices.filter { index in
                let page = state.resolved[number][index]
                return page.readsData || page.page.indicator != nil || !page.readFiles.isDisjoint(with: edited.keys)
            }
            var made: [OutputFile] = []
            for index in dependents {
                let previous = state.resolved[number][index]
                guard !renderer.isDocumentIndex(previous.page), !renderer.isModelIndex(previous.page) else { return nil }
                let (resolved, problems) = resolver.resolve(previous.page)
                report.diagnostics.append(contentsOf: problems)
                guard Set(resolved.copiedFiles.keys) == Set(previous.copiedFiles.keys),
                      resolved.generatedFiles.map(\.path) == previous.generatedFiles.map(\.path) else { return nil }
                state.resolved[number][index] = resolved
                made += resolved.generatedFiles
                made += resolved.copiedFiles.values.filter { edited[$0.relativePath] != nil }
                    .map { OutputFile(path: $0.relativePath, bytes: $0.bytes) }
                if !renderer.isDataIndex(resolved.page) { made += renderer.render(resolved, site: site) }
            }
            guard !report.diagnostics.hasErrors else {
                self.state = nil
                return report
            }
            let dataFiles = renderer.dataFiles(site: site, introPage: state.resolved[number].first { renderer.isDataIndex($0.page) })
            guard dataFiles.map(\.path) == state.dataPaths[number] else { return nil }
            made += dataFiles

            var searchSlots: [String: Int] = [:]
            for (slot, input) in state.searchInputs[number].enumerated() { searchSlots[input.path] = slot }
            for file in made where file.searchKind != nil {
                guard let slot = searchSlots[file.path] else { return nil }
                state.searchInputs[number][slot] = file
            }
            state.sites[number] = site
            let prefix = edition.config.languagePrefix
            rebuiltPages += made.filter { $0.path.hasSuffix(".html") }.map { prefix + $0.path }
            files += made.map { file in
                var file = file
                file.path = prefix + file.path
                return file
            }
        }
        guard files.allSatisfy({ fileIndex[$0.path] != nil }) else { return nil }
        let changed = files.filter { state.files[fileIndex[$0.path]!] != $0 }
        return finish(rebuilding: changed, state: state, report: report, rebuiltPages: rebuiltPages,
                      languages: Array(state.editions.indices), started: started, what: "data")
    }

    /// The new contents of the data files at `paths`; nil unless every path is a data file (not
    /// the units registry) that the last build read, and still inside `content/`.
    private func editedDataFiles(_ paths: [String], _ state: SiteBuilder.State) -> [String: SourceFile]? {
        guard let config = state.editions.first?.config else { return nil }
        let root = builder.options.contentDirectory.standardizedFileURL.path + "/"
        let known = Dictionary(state.project.files.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        var edited: [String: SourceFile] = [:]
        for path in paths {
            guard path.hasPrefix(root) else { return nil }
            let relative = String(path.dropFirst(root.count))
            guard relative.hasPrefix(config.dataFolder + "/"), relative != config.unitsFile,
                  relative.hasSuffix(".csv") || relative.hasSuffix(".yml"), let file = known[relative],
                  let real = FileStatus.realPath(path), let realRoot = FileStatus.realPath(String(root.dropLast())),
                  FileStatus.isInside(real, root: realRoot),
                  let bytes = FileBytes.read(real) else { return nil }
            edited[relative] = SourceFile(displayPath: file.displayPath, relativePath: relative, bytes: bytes)
        }
        return edited.isEmpty ? nil : edited
    }

    /// The edited pages, parsed again in every language they show in; nil unless each is an
    /// ordinary page whose front matter and headings are as before.
    private func parsedEdits(_ paths: [String], _ state: SiteBuilder.State, diagnostics: inout Diagnostics) -> [PageEdit]? {
        let root = builder.options.contentDirectory.standardizedFileURL.path + "/"
        guard let original = state.editions.first else { return nil }
        let parser = PageParser(config: original.config)
        var edits: [PageEdit] = []
        for path in paths {
            guard path.hasPrefix(root), path.hasSuffix(".md"),
                  let bytes = FileManager.default.contents(atPath: path) else { return nil }
            let relative = String(path.dropFirst(root.count))
            var found = false
            for (number, edition) in state.editions.enumerated() {
                guard let index = edition.pages.firstIndex(where: { $0.source.relativePath == relative }) else { continue }
                found = true
                let old = edition.pages[index]
                let renderer = state.renderers[number]
                guard old.officialDocument == nil, old.model == nil, !renderer.isDocumentIndex(old),
                      !renderer.isDataIndex(old), !renderer.isModelIndex(old) else { return nil }
                let file = SourceFile(displayPath: old.source.displayPath, relativePath: relative, bytes: Array(bytes))
                var parsed: ParsedPage?
                if let translated = old.translationOf {
                    guard let originalPage = original.pages.first(where: { $0.source.relativePath == translated }) else { return nil }
                    parsed = parser.parseTranslation(file, of: originalPage, diagnostics: &diagnostics)
                } else {
                    parsed = parser.parse(file, diagnostics: &diagnostics)
                    parsed?.isUntranslated = old.isUntranslated
                }
                guard let page = parsed else { return diagnostics.hasErrors ? [] : nil }
                guard Self.sameFace(old, page) else { return nil }
                edits.append(PageEdit(edition: number, index: index, page: page))
            }
            guard found else { return nil }
        }
        return edits
    }

    /// What other pages can see of a page: its front matter and its headings.
    static func sameFace(_ a: ParsedPage, _ b: ParsedPage) -> Bool {
        func frontMatter(_ page: ParsedPage) -> String? {
            var ignored = Diagnostics()
            return FrontMatterSplit.split(page.source.text ?? "", path: page.source.displayPath, diagnostics: &ignored).yaml
        }
        func headings(_ page: ParsedPage) -> [[String?]] {
            page.headings.map { [$0.id, $0.text, String($0.level), $0.label] }
        }
        return a.meta == b.meta && a.outputPath == b.outputPath && frontMatter(a) == frontMatter(b) && headings(a) == headings(b)
    }

    /// Makes the search index of these languages again from the pages as they are now, and
    /// writes the files that changed.
    private func updateSearch(_ languages: [Int]) {
        guard var state else { return }
        let started = DispatchTime.now().uptimeNanoseconds
        var changed: [OutputFile] = []
        for number in languages {
            let prefix = state.editions[number].config.languagePrefix
            for var file in state.renderers[number].searchFiles(state.searchInputs[number]) {
                file.path = prefix + file.path
                guard let slot = fileIndex[file.path] else {
                    // The index now has another number of shards: the whole build writes them
                    // and removes the ones left over.
                    let report = wholeBuild()
                    log("Search index changed shape: whole site rebuilt (\(report.changes?.written ?? 0) files written).")
                    return
                }
                if state.files[slot] != file {
                    state.files[slot] = file
                    changed.append(file)
                }
            }
        }
        var diagnostics = Diagnostics()
        writer.replace(changed, diagnostics: &diagnostics)
        self.state = diagnostics.hasErrors ? nil : state
        let milliseconds = (DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        log("Search index updated in \(milliseconds) ms (\(changed.count) file\(changed.count == 1 ? "" : "s") written).")
    }

    private var writer: SiteWriter {
        SiteWriter(outputDirectory: builder.options.outputDirectory,
                   protectedDirectories: [builder.options.contentDirectory, builder.options.themeDirectory])
    }
}
