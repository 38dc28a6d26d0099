import Diagnostics
import FileSystem
import Foundation

/// `minhbach catalog FILE`: the page catalog a sharded build's parts and merge read.
extension SiteBuilder {
    static let catalogStageCount = 3

    /// Where the catalog for `file` is written until it is complete, by this process: beside it,
    /// so that putting it in place is a rename. A signal's handler removes it (`minhbach catalog`).
    public static func catalogBeingWritten(for file: URL) -> String {
        file.deletingLastPathComponent().appendingPathComponent(".minhbach-catalog-\(getpid())").path
    }

    /// Loads and parses the site as a build does, and writes what every page's Markdown tells
    /// the rest of the site to `file` (`PageCatalog`). The catalog is written beside `file` and
    /// put in its place once complete, so that a run that fails or stops leaves the previous one;
    /// a file there that is not a catalog is never replaced. Nothing is written when the pages
    /// have errors.
    public func writeCatalog(to file: URL) -> BuildReport {
        var report = BuildReport()
        FreeMemory.giveBackAsFreed()
        let loader = ProjectLoader(options: options)
        let name = loader.displayPath(file)
        // Inside the content, the catalog would be a file of the content it was made from, which
        // every part would then find changed.
        for folder in [options.contentDirectory, options.themeDirectory] where file.standardizedFileURL.path.hasPrefix(folder.standardizedFileURL.path + "/") {
            report.diagnostics.error(at: nil, Message("catalog.inside-source", ["file": .text(name), "folder": .text(loader.displayPath(folder))]),
                                     hint: Message("catalog.inside-source-hint"))
            return report
        }
        if FileManager.default.fileExists(atPath: file.path), !PageCatalog.isCatalog(at: file.path) {
            report.diagnostics.error(at: nil, Message("catalog.would-replace", ["file": .text(name)]),
                                     hint: Message("catalog.would-replace-hint", ["file": .text(name)]))
            return report
        }
        guard let project = stage(1, of: Self.catalogStageCount, Message("build.stage.loading"), &report, {
            var loader = loader
            loader.leavesFilesOnDisk = true
            loader.digestsFilesLeftOnDisk = true
            return loader.load(diagnostics: &$0)
        }) ?? nil else { return report }
        let cannotWrite = Diagnostic.error(at: nil, Message("catalog.cannot-write", ["file": .text(name)]), hint: Message("catalog.cannot-write-hint"))
        // One of an earlier process of the same number would stop this run.
        let temporary = Self.catalogBeingWritten(for: file)
        unlink(temporary)
        guard let writer = PageCatalog.Writer(path: temporary, fingerprint: SourceFingerprint(project, options: options).text) else {
            report.diagnostics.append(cannotWrite)
            return report
        }
        let parsed = stage(2, of: Self.catalogStageCount, Message("build.stage.parsing", ["count": .text(String(project.pages.count))]), &report) {
            parse(project, releasesMarkdown: true, catalog: .writing(writer), diagnostics: &$0)
        }
        guard let editions = parsed else {
            unlink(temporary)
            return report
        }
        report.pageCount = editions.first?.pages.count ?? 0
        _ = stage(3, of: Self.catalogStageCount, Message("build.stage.writing-catalog"), &report) { diagnostics in
            guard writer.finish(), rename(temporary, file.path) == 0 else {
                unlink(temporary)
                diagnostics.append(cannotWrite)
                return
            }
        }
        return report
    }
}
