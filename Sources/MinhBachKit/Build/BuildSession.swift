import Diagnostics
import Dispatch
import FileSystem
import Foundation
import Parallel

/// Builds one site again and again, as `minhbach serve` does. The first build is whole. After
/// it, two kinds of edit rebuild only what they can change, and write only the files that came
/// out different; the search index follows in the background:
/// - the *text* of ordinary pages and official documents (front matter, headings and the
///   documents it cites unchanged, so no other page can show a difference): those pages;
/// - data files that were already there (`so-lieu/*.csv` and their `.yml`): the data catalog, then
///   the dashboard, unit pages, downloads and indicator pages, and the pages that show values or
///   charts from the data or that read the edited files.
/// Any other change (front matter, headings, citations, a new or deleted file, models, the units
/// registry, the theme, site.yml) rebuilds the whole site, and so does every change to the
/// internal build, whose review page can follow from any file.
public final class BuildSession: @unchecked Sendable {
    public let builder: SiteBuilder
    /// One line when the search index has caught up after a rebuild of single pages.
    private let log: @Sendable (Message) -> Void
    /// Every build, rebuild and deferred update runs here, one at a time, in order.
    private let queue = DispatchQueue(label: "minhbach.build-session")
    /// What the last successful build made; nil after a failed one, so that the next rebuild is whole.
    private var state: SiteBuilder.State?
    private var fileIndex: [String: Int] = [:]

    public init(builder: SiteBuilder, log: @escaping @Sendable (Message) -> Void = { _ in }) {
        self.builder = builder
        self.log = log
    }

    /// A whole build.
    public func build() -> BuildReport { queue.sync { wholeBuild() } }

    /// A build after the files at these absolute paths changed: only what the edit can change
    /// when that is known, else the whole site.
    public func rebuild(changed paths: [String]) -> BuildReport {
        queue.sync {
            let started = DispatchTime.now().uptimeNanoseconds
            // The internal build's review page draws on every page and data file: any edit can
            // change its findings, so that build is always remade whole.
            let partial = state.flatMap { $0.editions.first?.config.audience == .internal ? nil : $0 }
            switch partial.flatMap({ pagesOnly(paths, $0) ?? dataOnly(paths, $0) }) {
            case nil: return wholeBuild()
            case .problems(let report, let keepsState)?:
                if !keepsState { state = nil }
                return report
            case .plan(let plan)?: return carryOut(plan, started: started)
            }
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

    // MARK: Partial rebuilds

    /// What a partial rebuild found, before anything is changed: problems in the edit (the site
    /// stays as it was), or a plan. After problems in data files the next rebuild is whole: the
    /// kept state has their previous contents, and a later edit of another file would not read
    /// them again.
    private enum Outcome {
        case problems(BuildReport, keepsState: Bool)
        case plan(Plan)
    }

    /// The files a partial rebuild made and how the kept state changes. The state is changed in
    /// place once the plan is made: a copy of a 10,000-page state took most of a one-page rebuild.
    private struct Plan {
        /// With their language prefix.
        var files: [OutputFile]
        var rebuiltPages: [String]
        var diagnostics: Diagnostics
        /// The languages whose search index must follow.
        var languages: [Int]
        var what: String
        var apply: (inout SiteBuilder.State) -> Void
    }

    /// Writes the files of the plan that changed, keeps the new state, and leaves the search
    /// index for later.
    private func carryOut(_ plan: Plan, started: UInt64) -> BuildReport {
        var report = BuildReport()
        report.diagnostics = plan.diagnostics
        guard var state = self.state.take() else { return wholeBuild() }
        plan.apply(&state)
        let changed = plan.files.filter { state.files[fileIndex[$0.path]!] != $0 }
        writer.replace(changed, diagnostics: &report.diagnostics)
        // After a failed write the next rebuild is whole.
        guard !report.diagnostics.hasErrors else { return report }
        for file in changed { state.files[fileIndex[file.path]!] = file }
        report.pageCount = state.editions.first?.pages.count ?? 0
        report.fileCount = state.files.count
        report.changes = SiteWriter.Changes(written: changed.count, unchanged: state.files.count - changed.count)
        self.state = state

        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        report.stages = [.init(name: "Rebuilding \(plan.what)", milliseconds: milliseconds)]
        report.rebuiltPages = plan.rebuiltPages
        report.wroteOutput = true
        let languages = plan.languages
        queue.async { self.updateSearch(languages) }
        return report
    }

    /// Every file must already be in the site: a partial rebuild neither adds nor removes files.
    private func allKnown(_ files: [OutputFile]) -> Bool { files.allSatisfy { fileIndex[$0.path] != nil } }

    private static func prefixed(_ files: [OutputFile], _ prefix: String) -> [OutputFile] {
        files.map { file in
            var file = file
            file.path = prefix + file.path
            return file
        }
    }

    // MARK: Single pages

    /// An edited page in one language: where it sits in the state, and what it became.
    private struct PageEdit {
        var edition: Int
        var index: Int
        var page: ParsedPage
    }

    /// Rebuilds just the pages at `paths`; nil when the edit may show on other pages.
    private func pagesOnly(_ paths: [String], _ state: SiteBuilder.State) -> Outcome? {
        var diagnostics = Diagnostics()
        guard let edits = parsedEdits(paths, state, diagnostics: &diagnostics) else { return nil }
        var files: [OutputFile] = []
        var changes: [(edit: PageEdit, resolved: ResolvedPage, searchSlot: Int?, searchPage: OutputFile?)] = []
        for edit in edits {
            let edition = state.editions[edit.edition]
            let previous = state.resolved[edit.edition][edit.index]
            let (resolved, problems) = builder.resolve(edit.page, in: edition, site: state.sites[edit.edition])
            diagnostics.append(contentsOf: problems)
            // A page that now copies other files or draws other charts changes more than itself.
            guard Set(resolved.copiedFiles.keys) == Set(previous.copiedFiles.keys),
                  resolved.generatedFiles.map(\.path) == previous.generatedFiles.map(\.path) else { return nil }
            let made = builder.pageFiles(resolved, site: state.sites[edit.edition], renderer: state.renderers[edit.edition])
            files += Self.prefixed(made, edition.config.languagePrefix)
            let slot = made.first.flatMap { page in state.searchInputs[edit.edition].firstIndex { $0.path == page.path } }
            changes.append((edit, resolved, slot, made.first))
        }
        guard !diagnostics.hasErrors else {
            var report = BuildReport()
            report.diagnostics = diagnostics
            return .problems(report, keepsState: true)
        }
        guard allKnown(files) else { return nil }
        return .plan(Plan(files: files, rebuiltPages: files.filter { $0.path.hasSuffix(".html") }.map(\.path),
                          diagnostics: diagnostics, languages: Set(edits.map(\.edition)).sorted(),
                          what: "\(edits.count) page\(edits.count == 1 ? "" : "s")") { state in
            for change in changes {
                let edit = change.edit
                if let slot = change.searchSlot, let page = change.searchPage { state.searchInputs[edit.edition][slot] = page }
                state.editions[edit.edition].pages[edit.index] = edit.page
                state.resolved[edit.edition][edit.index] = change.resolved
            }
        })
    }

    // MARK: Data files

    /// Rebuilds what depends on the edited data files; nil when something else changed, or when
    /// the data now has errors (the whole build reports them, as it would from the start).
    private func dataOnly(_ paths: [String], _ state: SiteBuilder.State) -> Outcome? {
        guard let edited = editedDataFiles(paths, state) else { return nil }
        var diagnostics = Diagnostics()
        let projectFiles = state.project.files.map { edited[$0.relativePath] ?? $0 }
        var files: [OutputFile] = []
        var rebuiltPages: [String] = []
        var sites: [SiteIndex] = []
        var resolvedChanges: [(edition: Int, index: Int, page: ResolvedPage)] = []
        var searchChanges: [(edition: Int, slot: Int, page: OutputFile)] = []
        for number in state.editions.indices {
            let edition = state.editions[number]
            let renderer = state.renderers[number]
            let site = state.sites[number].replacingFiles(projectFiles, config: edition.config, data: sites.first?.data)
            guard !site.data.diagnostics.hasErrors else { return nil }
            // The editions share one data catalog: its warnings are said once.
            if sites.isEmpty { diagnostics.append(contentsOf: site.data.diagnostics) }
            sites.append(site)

            var made: [OutputFile] = []
            let sections = builder.sections
            var introPages = sections.map { section in
                state.resolved[number].first { $0.page.id == section.introPageID(config: edition.config) }
            }
            for (index, previous) in state.resolved[number].enumerated()
            where previous.readsData || builder.section(of: previous.page)?.readsData == true
                || !previous.readFiles.isDisjoint(with: edited.keys) {
                let introduced = builder.introducedSection(by: previous.page, config: edition.config)
                // A section that does not read the data makes its files again only in a whole build.
                if let introduced, !sections[introduced].readsData { return nil }
                let (resolved, problems) = builder.resolve(previous.page, in: edition, site: site)
                diagnostics.append(contentsOf: problems)
                guard Set(resolved.copiedFiles.keys) == Set(previous.copiedFiles.keys),
                      resolved.generatedFiles.map(\.path) == previous.generatedFiles.map(\.path) else { return nil }
                resolvedChanges.append((number, index, resolved))
                made += resolved.copiedFiles.values.filter { edited[$0.relativePath] != nil }
                    .map { OutputFile(path: $0.relativePath, bytes: $0.bytes) }
                if let introduced {
                    introPages[introduced] = resolved
                    made += resolved.generatedFiles
                } else {
                    made += builder.pageFiles(resolved, site: site, renderer: renderer)
                }
            }
            guard !diagnostics.hasErrors else { continue }
            for (position, section) in sections.enumerated() where section.readsData {
                var sectionMade = SectionFiles()
                builder.sectionFiles(position, site: site, introPage: introPages[position], renderer: renderer, into: &sectionMade)
                diagnostics.append(contentsOf: sectionMade.problems)
                let sectionFiles = sectionMade.files
                guard sectionFiles.map(\.path) == state.sectionPaths[number][position] else { return nil }
                made += sectionFiles
            }

            var searchSlots: [String: Int] = [:]
            for (slot, input) in state.searchInputs[number].enumerated() { searchSlots[input.path] = slot }
            for file in made where file.searchKind != nil {
                guard let slot = searchSlots[file.path] else { return nil }
                searchChanges.append((number, slot, file))
            }
            let prefix = edition.config.languagePrefix
            rebuiltPages += made.filter { $0.path.hasSuffix(".html") }.map { prefix + $0.path }
            files += Self.prefixed(made, prefix)
        }
        guard !diagnostics.hasErrors else {
            var report = BuildReport()
            report.diagnostics = diagnostics
            return .problems(report, keepsState: false)
        }
        guard allKnown(files) else { return nil }
        return .plan(Plan(files: files, rebuiltPages: rebuiltPages, diagnostics: diagnostics,
                          languages: Array(state.editions.indices), what: "data") { state in
            state.project.files = projectFiles
            state.sites = sites
            for change in resolvedChanges { state.resolved[change.edition][change.index] = change.page }
            for change in searchChanges { state.searchInputs[change.edition][change.slot] = change.page }
        })
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
        let parser = PageParser(config: original.config, kinds: builder.sections).citing(state.sites[0].documents.scanner.numbers)
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
                // A section's folder page is part of the section's own files.
                guard builder.introducedSection(by: old, config: edition.config) == nil else { return nil }
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
                guard Self.sameFace(old, page),
                      builder.section(of: old)?.editKeepsSection(from: old, to: page, site: state.sites[number]) ?? true else { return nil }
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
            return FrontMatterSplit.split(page.text ?? "", path: page.source.displayPath, diagnostics: &ignored).yaml
        }
        func headings(_ page: ParsedPage) -> [[String?]] {
            page.headings.map { [$0.id, $0.text, String($0.level), $0.label] }
        }
        return a.meta == b.meta && a.description == b.description && a.outputPath == b.outputPath && frontMatter(a) == frontMatter(b)
            && headings(a) == headings(b)
    }

    /// Makes the search index of these languages again from the pages as they are now, and
    /// writes the files that changed.
    private func updateSearch(_ languages: [Int]) {
        // Taken, not copied: changed in place.
        guard var state = state.take() else { return }
        let started = DispatchTime.now().uptimeNanoseconds
        var changed: [OutputFile] = []
        for number in languages {
            let prefix = state.editions[number].config.languagePrefix
            let searchable = state.searchInputs[number].parallelMap { $0.searchablePage }.compactMap { $0 }
            for var file in state.renderers[number].searchFiles(of: searchable) {
                file.path = prefix + file.path
                guard let slot = fileIndex[file.path] else {
                    // The index now has another number of shards: the whole build writes them
                    // and removes the ones left over.
                    let report = wholeBuild()
                    log(Message("build.search-reshaped", ["count": .text(String(report.changes?.written ?? 0))]))
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
        log(changed.count == 1 ? Message("build.search-updated.one", ["ms": .text(String(milliseconds))])
                                : Message("build.search-updated", ["ms": .text(String(milliseconds)), "count": .text(String(changed.count))]))
    }

    private var writer: SiteWriter {
        SiteWriter(outputDirectory: builder.options.outputDirectory,
                   protectedDirectories: [builder.options.contentDirectory, builder.options.themeDirectory])
    }
}
