import Foundation
import MinhBachKit
import Testing
import TestSupport

/// Every input the fuzzer or the pathological series once crashed the build with
/// (`Tests/Fixtures/Fuzz/*.md`, see its README) now builds in a site of its own, or fails with
/// its exact located diagnostics — in this process, so a crash fails the whole test run.
struct FuzzFixtureTests {
    static let names: [String] = {
        let folder = Fixtures.url("Fuzz")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
    }()

    @Test func everyStoredReproducerIsTested() {
        #expect(Self.names.count >= 6)
    }

    @Test(arguments: names)
    func reproducerBuildsOrIsDiagnosedAtItsPlace(name: String) throws {
        let site = SiteTree.temporaryFolder("fuzz-\(name)")
        try? FileManager.default.removeItem(at: site)
        let content = site.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data("title: Fuzz\n".utf8).write(to: content.appendingPathComponent("site.yml"))
        // A home page, so that the only problems left are the reproducer's.
        try Data("---\ntitle: Fuzz\n---\n".utf8).write(to: content.appendingPathComponent("index.md"))
        try FileManager.default.copyItem(at: Fixtures.url("Fuzz/\(name)"), to: content.appendingPathComponent(name))
        let report = buildSite(site, output: site.appendingPathComponent("site"))
        let lines = report.diagnostics.sorted.map(\.description).joined(separator: "\n")
        try Golden.check((report.succeeded ? "built\n" : "") + lines + (lines.isEmpty ? "" : "\n"),
                         named: "fuzz/\(name.dropLast(3)).txt")
        #expect(report.diagnostics.all.allSatisfy { $0.location?.path == "content/\(name)" })
    }
}
