import Diagnostics
import Foundation
@testable import MinhBachKit
import Testing
import TestSupport

/// A one-shot build hands its files to the writer a batch at a time and lets them go: the site
/// it leaves is the one a build that keeps every file writes, a build that changes nothing
/// makes nothing on disk, and a stream given up leaves the old site as it was.
@Suite struct OutputStreamTests {
    /// The old site in `site` under a fresh folder.
    static func oldSite() -> (parent: URL, output: URL) {
        let parent = SiteTree.temporaryFolder("stream")
        let output = parent.appendingPathComponent("site")
        #expect(write(TwoSites.old, to: output).all.isEmpty)
        return (parent, output)
    }

    /// Streams `files` in batches of `size` and finishes.
    static func stream(_ files: [OutputFile], to output: URL, _ operations: DiskOperations = .system,
                       batch size: Int) -> (changes: SiteWriter.Changes, diagnostics: Diagnostics) {
        let stream = writer(output, operations).stream()
        for start in stride(from: 0, to: files.count, by: size) { stream.add(Array(files[start..<min(start + size, files.count)])) }
        var diagnostics = Diagnostics()
        let changes = stream.finish(diagnostics: &diagnostics)
        return (changes, diagnostics)
    }

    @Test(arguments: [1, 2, 7])
    func batchesWriteWhatOneWriteDoes(size: Int) {
        let (_, output) = Self.oldSite()
        let (changes, diagnostics) = Self.stream(TwoSites.new, to: output, batch: size)
        #expect(diagnostics.all.isEmpty)
        #expect(SiteTree.read(output) == TwoSites.newTree)
        // index, de-an, muc-1 and tin-moi are new or changed; gioi-thieu, the style sheet, the
        // image and the marker are kept; bo-di is gone.
        #expect(changes == SiteWriter.Changes(written: 4, unchanged: 4, removed: 1))
    }

    @Test func unchangedFilesKeepTheirModificationTime() throws {
        let (_, output) = Self.oldSite()
        let kept = output.appendingPathComponent("gioi-thieu.html").path
        let before = try FileManager.default.attributesOfItem(atPath: kept)[.modificationDate] as? Date
        usleep(20_000)
        _ = Self.stream(TwoSites.new, to: output, batch: 2)
        let after = try FileManager.default.attributesOfItem(atPath: kept)[.modificationDate] as? Date
        #expect(before != nil && before == after)
    }

    @Test func aStreamThatChangesNothingTakesNoDiskStep() {
        let (parent, output) = Self.oldSite()
        let disk = DyingDisk()
        let (changes, diagnostics) = Self.stream(TwoSites.old, to: output, disk.operations, batch: 2)
        #expect(diagnostics.all.isEmpty)
        #expect(disk.log.isEmpty, "steps taken: \(disk.log)")
        #expect(changes == SiteWriter.Changes(written: 0, unchanged: TwoSites.old.count + 1, removed: 0))
        #expect(names(in: parent) == ["site"])
    }

    /// Nothing new but a file fewer: the unchanged files given before are linked into a new
    /// folder, which replaces the old site.
    @Test func aStreamThatOnlyRemovesAFileStillReplacesTheSite() {
        let (parent, output) = Self.oldSite()
        let fewer = TwoSites.old.filter { $0.path != "van-ban/bo-di.html" }
        let disk = DyingDisk()
        let (changes, diagnostics) = Self.stream(fewer, to: output, disk.operations, batch: 2)
        #expect(diagnostics.all.isEmpty)
        #expect(changes == SiteWriter.Changes(written: 0, unchanged: fewer.count + 1, removed: 1))
        #expect(SiteTree.read(output) == TwoSites.tree(fewer))
        #expect(!disk.log.contains("writeFile"))
        #expect(names(in: parent) == ["site"])
    }

    @Test func anAbandonedStreamLeavesTheOldSiteAndNoTemporaryFolder() {
        let (parent, output) = Self.oldSite()
        let stream = writer(output).stream()
        stream.add(Array(TwoSites.new.prefix(4)))
        #expect(names(in: parent).count == 2, "the temporary folder holds what was given")
        stream.abandon()
        #expect(SiteTree.read(output) == TwoSites.oldTree)
        #expect(names(in: parent) == ["site"])
    }

    @Test func aFailedStepLeavesTheOldSiteAndSaysWhy() {
        let (parent, output) = Self.oldSite()
        let disk = DyingDisk(dieAt: 4)
        let (_, diagnostics) = Self.stream(TwoSites.new, to: output, disk.operations, batch: 2)
        #expect(diagnostics.all.map(\.message).contains { $0.hasPrefix("cannot write the site") }, "\(diagnostics.all)")
        #expect(SiteTree.read(output) == TwoSites.oldTree)
        _ = parent
    }

    /// The whole build, streamed, writes byte for byte what a build that keeps its files (as
    /// `serve` does) writes: the demo, in two languages, with charts, downloads, search.
    @Test func aStreamedBuildWritesWhatAKeptBuildWrites() throws {
        let site = Fixtures.projectRoot
        let folder = SiteTree.temporaryFolder("streamed")
        func options(_ name: String) -> BuildOptions {
            BuildOptions(contentDirectory: site.appendingPathComponent("content"),
                         themeDirectory: Fixtures.projectRoot.appendingPathComponent("theme"),
                         outputDirectory: folder.appendingPathComponent(name), workingDirectory: site)
        }
        let streamed = SiteBuilder(options: options("streamed")).build()
        let kept = SiteBuilder(options: options("kept")).buildKeepingState().report
        #expect(streamed.succeeded && kept.succeeded, "\(streamed.diagnostics.all)")
        #expect(streamed.fileCount == kept.fileCount && streamed.changes == kept.changes)
        let a = SiteTree.read(folder.appendingPathComponent("streamed")), b = SiteTree.read(folder.appendingPathComponent("kept"))
        #expect(a.count > 500)
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a.keys.sorted().filter { a[$0] != b[$0] }.isEmpty)
    }

    static let fixtureSites = ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url("Sites").path)) ?? []).sorted()

    /// A streamed build resolves each batch of pages just before rendering it (`PageResolution`);
    /// a build that keeps its files resolves every page first. Both report the same problems in
    /// the same order, on every fixture site, valid or not, and succeed or fail alike.
    @Test(arguments: Self.fixtureSites)
    func aStreamedBuildReportsWhatAKeptBuildReports(_ name: String) {
        let site = fixtureSite(name)
        let folder = SiteTree.temporaryFolder("streamed-problems-\(name)")
        let ownTheme = site.appendingPathComponent("theme")
        func options(_ output: String) -> BuildOptions {
            BuildOptions(contentDirectory: site.appendingPathComponent("content"),
                         themeDirectory: FileManager.default.fileExists(atPath: ownTheme.path) ? ownTheme : Fixtures.projectRoot.appendingPathComponent("theme"),
                         outputDirectory: folder.appendingPathComponent(output), workingDirectory: site)
        }
        let streamed = SiteBuilder(options: options("streamed")).build()
        let kept = SiteBuilder(options: options("kept")).buildKeepingState().report
        #expect(streamed.diagnostics.all.map(\.description) == kept.diagnostics.all.map(\.description))
        #expect(streamed.succeeded == kept.succeeded)
        #expect(streamed.wroteOutput == kept.wroteOutput)
        if !streamed.wroteOutput { #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("streamed").path)) }
    }

    /// A section's files go to the drain 64 at a time as they are added, and the rest when the
    /// section is done; its paths are all kept, in order, for the checks after rendering.
    @Test func sectionFilesAreDrainedInBatchesAndTheirPathsKept() {
        var drained: [[String]] = []
        var made = SectionFiles { files, makers in
            #expect(files.count == makers.count)
            drained.append(files.map(\.path))
        }
        let maker = OutputMaker(name: .verbatim("test"), location: nil)
        let files = (0..<150).map { OutputFile(path: "f\($0).html", bytes: []) }
        for start in stride(from: 0, to: files.count, by: 10) { made.add(Array(files[start..<start + 10]), by: maker) }
        #expect(drained.map(\.count) == [70, 70])
        #expect(made.files.count == 10)
        made.flush()
        #expect(drained.map(\.count) == [70, 70, 10])
        #expect(made.files.isEmpty)
        #expect(drained.flatMap { $0 } == files.map(\.path))
        #expect(made.paths == files.map(\.path))
        // Without a drain (a `BuildSession`) every file stays.
        var kept = SectionFiles()
        kept.add(files, by: maker)
        kept.flush()
        #expect(kept.files.count == 150 && kept.paths.count == 150)
    }
}
