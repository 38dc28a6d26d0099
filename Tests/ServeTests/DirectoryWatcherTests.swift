import Diagnostics
import Foundation
@testable import Serve
import Testing

struct DirectoryWatcherTests {
    /// Polls `condition` for up to `seconds`: generous, so a busy machine does not fail the test.
    static func eventually(within seconds: Double = 10, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return condition()
    }

    @Test func snapshotsSeeAddedChangedAndRemovedFiles() throws {
        let site = try TestSite()
        defer { site.remove() }
        let root = site.root.path
        let before = DirectorySnapshot.take(of: [root])
        #expect(before.files[root + "/sub/index.html"] != nil)
        #expect(before.files.keys.contains(root + "/leak"))  // the link itself, not /etc

        try site.write("new.html", "x")
        try site.write("style.css", "body { color: red; }\n")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("data.json"))
        try site.write(".hidden.swp", "ignored")
        let after = DirectorySnapshot.take(of: [root])
        #expect(after.changes(since: before) == [root + "/data.json", root + "/new.html", root + "/style.css"])
    }

    @Test func reportsAChangeOnce() throws {
        let site = try TestSite()
        defer { site.remove() }
        let reports = Locked<[[String]]>([])
        let watcher = DirectoryWatcher(directories: [site.root], intervalMilliseconds: 20) { paths in
            reports.withLock { $0.append(paths) }
        }
        watcher.start()
        defer { watcher.stop() }
        try site.write("sub/new.md", "# Mới")
        #expect(Self.eventually { !reports.current.isEmpty })
        #expect(reports.current.first == [site.root.standardizedFileURL.path + "/sub/new.md"])
    }

    @Test func aRebuildLoopTellsTheBrowsers() throws {
        try SiteServerTests.withServer { server, site, port in
            let content = site.base.appendingPathComponent("content")
            try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
            let lines = Locked<[String]>([])
            let fail = Locked(true)
            let loop = RebuildLoop(watching: [content], relativeTo: site.base, server: server, intervalMilliseconds: 20,
                                   log: { line in lines.withLock { $0.append(line) } }) { changed in
                fail.current ? .failed([BuildProblem(.error(at: SourceLocation(path: "content/a.md", line: 1, column: 1), .verbatim("broken")))]) : .succeeded
            }
            loop.start()
            defer { loop.stop() }

            try "x".write(to: content.appendingPathComponent("a.md"), atomically: false, encoding: .utf8)
            #expect(Self.eventually { lines.current.count == 1 })
            #expect(lines.current.first?.hasPrefix("Rebuild failed in ") == true)
            #expect(try RawHTTP.request("/", port: port).body.contains("content/a.md:1:1: error: broken"))

            fail.withLock { $0 = false }
            try "y".write(to: content.appendingPathComponent("a.md"), atomically: false, encoding: .utf8)
            #expect(Self.eventually { lines.current.count == 2 })
            let last = try #require(lines.current.last)
            #expect(last.hasPrefix("Rebuilt in ") && last.hasSuffix(" ms (changed: content/a.md)"))
            #expect(try RawHTTP.request("/", port: port).status == 200)
        }
    }
}

extension DirectoryWatcherTests {
    @Test func changesBetweenTheSnapshotAndTheStartAreReported() throws {
        let site = try TestSite()
        defer { site.remove() }
        let reports = Locked<[[String]]>([])
        let watcher = DirectoryWatcher(directories: [site.root], intervalMilliseconds: 20) { paths in
            reports.withLock { $0.append(paths) }
        }
        watcher.takeSnapshot()
        try site.write("during-the-first-build.md", "x")
        watcher.start()
        defer { watcher.stop() }
        #expect(Self.eventually { !reports.current.isEmpty })
        #expect(reports.current.first == [site.root.standardizedFileURL.path + "/during-the-first-build.md"])
    }
}
