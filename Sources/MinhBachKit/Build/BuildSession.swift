import Diagnostics
import Dispatch
import Foundation

/// Builds one site again and again, as `minhbach serve` does. The first build is whole. After
/// it, an edit to the *text* of ordinary pages — front matter and headings unchanged, so no other
/// page can show a difference — re-renders only those pages and writes only their files; the
/// search index follows in the background. Any other change (front matter, headings, a new or
/// deleted page, official documents, models, data, the theme, site.yml) rebuilds the whole site.
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
            if let state, let report = pagesOnly(paths, state) { return report }
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

        let changed = files.filter { file in fileIndex[file.path].map { state.files[$0] != file } ?? true }
        guard changed.allSatisfy({ fileIndex[$0.path] != nil }) else { return nil }
        writer.replace(changed, diagnostics: &report.diagnostics)
        guard !report.diagnostics.hasErrors else {
            self.state = nil
            return report
        }
        for file in changed { state.files[fileIndex[file.path]!] = file }
        self.state = state

        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        report.stages = [.init(name: "Rebuilding \(edits.count) page\(edits.count == 1 ? "" : "s")", milliseconds: milliseconds)]
        report.pageCount = state.editions.first?.pages.count ?? 0
        report.fileCount = state.files.count
        report.changes = SiteWriter.Changes(written: changed.count, unchanged: state.files.count - changed.count)
        report.rebuiltPages = files.filter { $0.path.hasSuffix(".html") }.map(\.path)
        report.wroteOutput = true
        let languages = Set(edits.map(\.edition)).sorted()
        queue.async { self.updateSearch(languages) }
        return report
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
