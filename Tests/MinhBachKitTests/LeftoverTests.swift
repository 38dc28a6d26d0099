import Foundation
@testable import MinhBachKit
import Testing
import TestSupport

/// What killed builds leave beside the output is cleared by the next one: their temporary
/// folders go, a live build's stay, and an output set aside in the fallback's window comes back.
@Suite struct LeftoverTests {
    static func folder(_ parent: URL, _ name: String, holding files: [OutputFile] = [OutputFile(path: "a/b.html", text: "x")]) throws {
        for file in files {
            let url = parent.appendingPathComponent(name).appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
    }

    @Test func leftoversOfEndedProcessesGoAndThoseOfALiveOneStay() throws {
        let parent = SiteTree.temporaryFolder("leftovers")
        let output = parent.appendingPathComponent("site")
        #expect(write(TwoSites.old, to: output).all.isEmpty)
        let ended = try endedProcessIDs(2)
        let live = getppid()
        for name in [".site.new-\(ended[0])", ".site.old-\(ended[1])", ".site.new-\(live)",
                     // Not names of this writer's folders: left alone.
                     ".site.new-", ".site.new-12x", ".site.new-+5", ".other.new-\(ended[0])", "site.new-\(ended[0])"] {
            try Self.folder(parent, name)
        }
        let cleanup = writer(output).removeLeftovers()
        #expect(cleanup == SiteWriter.Cleanup(removed: [".site.new-\(ended[0])", ".site.old-\(ended[1])"]))
        #expect(cleanup.summary == "Removed 2 leftovers of interrupted builds: .site.new-\(ended[0]), .site.old-\(ended[1]).")
        // Sorted like `names(in:)`: where the live process's number falls depends on its value.
        #expect(names(in: parent) == [".other.new-\(ended[0])", ".site.new-", ".site.new-+5", ".site.new-12x", ".site.new-\(live)",
                                      "site", "site.new-\(ended[0])"].sorted())
        #expect(SiteTree.read(output) == TwoSites.oldTree)
        #expect(writer(output).removeLeftovers().summary == nil)
    }

    /// Killed between the two renames of the fallback: no output, the old site aside, the new
    /// one (complete or not) in its temporary folder. The old one is put back.
    @Test func anOutputSetAsideIsPutBack() throws {
        let parent = SiteTree.temporaryFolder("leftovers-back")
        let output = parent.appendingPathComponent("site")
        let ended = try endedProcessIDs(1)[0]
        #expect(write(TwoSites.old, to: parent.appendingPathComponent(".site.old-\(ended)")).all.isEmpty)
        try Self.folder(parent, ".site.new-\(ended)", holding: TwoSites.new)
        let cleanup = writer(output).removeLeftovers()
        #expect(cleanup == SiteWriter.Cleanup(restored: ".site.old-\(ended)", removed: [".site.new-\(ended)"]))
        #expect(cleanup.summary == "Put back the output folder from .site.old-\(ended) and removed 1 leftover of interrupted builds: .site.new-\(ended).")
        #expect(names(in: parent) == ["site"])
        #expect(SiteTree.read(output) == TwoSites.oldTree)
    }

    /// A build removes them too, before it writes.
    @Test func aBuildClearsThemFirst() throws {
        let parent = SiteTree.temporaryFolder("leftovers-build")
        let output = parent.appendingPathComponent("site")
        let ended = try endedProcessIDs(1)[0]
        try Self.folder(parent, ".site.new-\(ended)", holding: TwoSites.old)
        #expect(write(TwoSites.new, to: output).all.isEmpty)
        #expect(names(in: parent) == ["site"])
        #expect(SiteTree.read(output) == TwoSites.newTree)
    }
}
