import Foundation
import MinhBachKit
import Testing
import TestSupport

/// A rebuild touches only what changed, so that `rsync` uploads only that: unchanged files keep
/// their inode and modification time, files the site no longer has are removed.
@Suite struct RebuildTests {
    /// Inode and modification time (ns) of every regular file under `root`.
    static func identities(_ root: URL) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for path in SiteTree.read(root).keys {
            var status = stat()
            guard stat(root.appendingPathComponent(path).path, &status) == 0 else { continue }
            result[path] = [Int(status.st_ino), status.st_mtim.tv_sec * 1_000_000_000 + status.st_mtim.tv_nsec]
        }
        return result
    }

    @Test func aRebuildRewritesOnlyWhatChanged() throws {
        let folder = SiteTree.temporaryFolder("rebuild")
        let site = folder.appendingPathComponent("site-source")
        try FileManager.default.copyItem(at: fixtureSite("valid-basic"), to: site)
        let output = folder.appendingPathComponent("site")

        let first = buildSite(site, output: output)
        #expect(first.succeeded, "\(first.diagnostics.all)")
        let before = Self.identities(output)
        #expect(first.changes == SiteWriter.Changes(written: before.count, unchanged: 0, removed: 0))

        // Nothing changed: no file is written, and the folder itself is left alone.
        let again = buildSite(site, output: output)
        #expect(again.changes == SiteWriter.Changes(written: 0, unchanged: before.count, removed: 0))
        #expect(Self.identities(output) == before)

        // One page's body changed: that page and the search index are new; everything else is
        // the same file as before.
        let page = site.appendingPathComponent("content/gioi-thieu.md")
        try (String(contentsOf: page, encoding: .utf8) + "\nMột đoạn mới về minh bạch.\n").write(to: page, atomically: true, encoding: .utf8)
        let edited = buildSite(site, output: output)
        let after = Self.identities(output)
        let rewritten = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(rewritten.contains("gioi-thieu.html"))
        #expect(rewritten.subtracting(["gioi-thieu.html"]).allSatisfy { $0.hasPrefix("tim-kiem/") }, "\(rewritten.sorted())")
        #expect(edited.changes?.written == rewritten.count)
        #expect(edited.changes?.removed == 0)

        // A page added, then deleted: its file comes, then goes.
        let added = site.appendingPathComponent("content/tin-moi.md")
        try "---\ntitle: Tin mới\n---\n\nMột trang mới.\n".write(to: added, atomically: true, encoding: .utf8)
        #expect(buildSite(site, output: output).succeeded)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("tin-moi.html").path))
        try FileManager.default.removeItem(at: added)
        let removed = buildSite(site, output: output)
        #expect(removed.succeeded, "\(removed.diagnostics.all)")
        #expect(removed.changes?.removed == 1)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("tin-moi.html").path))
    }
}
