import Diagnostics
import Foundation
@testable import MinhBachKit
import Testing
import TestSupport

/// A build writes a marker into its output and replaces nothing it did not make — someone's
/// folder, a file — unless forced.
@Suite struct OutputMarkerTests {
    /// A folder `site` that holds someone's work, beside nothing else.
    static func someonesFolder() throws -> (parent: URL, output: URL) {
        let parent = SiteTree.temporaryFolder("marker")
        let output = parent.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: output.appendingPathComponent("chuong-1"), withIntermediateDirectories: true)
        try Data("Luận văn, bản thảo thứ 7".utf8).write(to: output.appendingPathComponent("thesis.txt"))
        try Data("Chương 1".utf8).write(to: output.appendingPathComponent("chuong-1/index.html"))
        return (parent, output)
    }

    @Test func aFolderWithoutTheMarkerIsNotReplaced() throws {
        let (parent, output) = try Self.someonesFolder()
        let before = SiteTree.read(output)
        let diagnostics = write(TwoSites.new, to: output)
        #expect(diagnostics.all.map(\.description) == [
            "error: refusing to replace '\(output.path)': it is a folder MinhBạch did not make (it has no .minhbach-output file), and a build replaces the output folder whole\n"
                + "    help: choose another folder with --output, empty this one, or pass --force to replace it and everything in it",
        ])
        #expect(SiteTree.read(output) == before)
        #expect(names(in: parent) == ["site"])
    }

    @Test func aFileOrALinkToOneIsNotReplaced() throws {
        let parent = SiteTree.temporaryFolder("marker-file")
        let file = parent.appendingPathComponent("site")
        try Data("ghi chú".utf8).write(to: file)
        let fileProblems = write(TwoSites.new, to: file)
        #expect(fileProblems.all.map(\.message) == ["refusing to replace '\(file.path)': it is a file, not a folder MinhBạch made"])
        #expect(fileProblems.all.first?.hints == ["choose another folder with --output, or pass --force to replace it"])
        #expect(FileManager.default.contents(atPath: file.path) == Data("ghi chú".utf8))

        let link = parent.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "site")
        #expect(write(TwoSites.new, to: link).all.map(\.message) == ["refusing to replace '\(link.path)': it is a link to a file, not a folder MinhBạch made"])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "site")
        #expect(names(in: parent) == ["link", "site"])
    }

    @Test func forceReplacesAFolderOrAFile() throws {
        let (parent, output) = try Self.someonesFolder()
        #expect(write(TwoSites.new, to: output, force: true).all.isEmpty)
        #expect(SiteTree.read(output) == TwoSites.newTree)
        #expect(names(in: parent) == ["site"])

        let file = parent.appendingPathComponent("file")
        try Data("ghi chú".utf8).write(to: file)
        #expect(write(TwoSites.new, to: file, force: true).all.isEmpty)
        #expect(SiteTree.read(file) == TwoSites.newTree)
        #expect(names(in: parent) == ["file", "site"])
    }

    @Test func anEmptyFolderAndAMarkedOneAreReplaced() throws {
        let parent = SiteTree.temporaryFolder("marker-empty")
        let output = parent.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        #expect(write(TwoSites.old, to: output).all.isEmpty)
        #expect(SiteTree.read(output) == TwoSites.oldTree)
        // Now marked: the next build replaces it, and says nothing.
        #expect(write(TwoSites.new, to: output).all.isEmpty)
        #expect(SiteTree.read(output) == TwoSites.newTree)
        #expect(names(in: parent) == ["site"])
    }

    /// A link to a folder is followed: the folder it leads to gets the new site, the link stays.
    @Test func aLinkToAFolderIsFollowed() throws {
        let parent = SiteTree.temporaryFolder("marker-link")
        let real = parent.appendingPathComponent("www")
        #expect(write(TwoSites.old, to: real).all.isEmpty)
        let link = parent.appendingPathComponent("site")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "www")
        #expect(write(TwoSites.new, to: link).all.isEmpty)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "www")
        #expect(SiteTree.read(real) == TwoSites.newTree)
        #expect(names(in: parent) == ["site", "www"])
    }

    /// The marker is the same bytes every time, so that a rebuild with no change writes nothing.
    @Test func anUnchangedRebuildWritesNothing() throws {
        let output = SiteTree.temporaryFolder("marker-same").appendingPathComponent("site")
        #expect(write(TwoSites.new, to: output).all.isEmpty)
        let marker = output.appendingPathComponent(OutputFolder.markerName).path
        let before = try FileManager.default.attributesOfItem(atPath: marker)[.systemFileNumber] as? Int
        var diagnostics = Diagnostics()
        let changes = writer(output).write(TwoSites.new, diagnostics: &diagnostics)
        #expect(changes == SiteWriter.Changes(written: 0, unchanged: TwoSites.new.count + 1, removed: 0))
        #expect(try FileManager.default.attributesOfItem(atPath: marker)[.systemFileNumber] as? Int == before)
        #expect(String(decoding: SiteTree.read(output)[OutputFolder.markerName] ?? [], as: UTF8.self)
                == "MinhBạch built this folder and replaces it whole at every build; without this file it refuses to.\n")
    }

    /// Through the pipeline: `replacesUnmarkedOutput` (`--force`) reaches the writer, and the
    /// project's sources are still never replaced, forced or not.
    @Test func aBuildRefusesSomeonesFolderUnlessForcedAndNeverTheSources() throws {
        let (_, output) = try Self.someonesFolder()
        let site = fixtureSite("valid-basic")
        func options(_ output: URL, force: Bool) -> BuildOptions {
            BuildOptions(contentDirectory: site.appendingPathComponent("content"),
                         themeDirectory: Fixtures.projectRoot.appendingPathComponent("theme"),
                         outputDirectory: output, replacesUnmarkedOutput: force, workingDirectory: site)
        }
        let refused = SiteBuilder(options: options(output, force: false)).build()
        #expect(!refused.wroteOutput)
        #expect(refused.diagnostics.all.map(\.message).first?.hasPrefix("refusing to replace") == true)
        #expect(SiteTree.read(output)["thesis.txt"] != nil)

        let forced = SiteBuilder(options: options(output, force: true)).build()
        #expect(forced.succeeded, "\(forced.diagnostics.all)")
        #expect(SiteTree.read(output)["thesis.txt"] == nil)
        #expect(SiteTree.read(output)[".minhbach-output"] != nil)

        for sources in [site.appendingPathComponent("content"), site] {
            let writer = SiteWriter(options: options(sources, force: true))
            #expect(writer.refusal()?.message == "refusing to replace '\(sources.path)': it holds the project's sources")
        }
    }
}
