import Foundation
import MinhBachKit
import Testing
import TestSupport

/// The demo in `content/`: it builds, builds the same twice, and every link works from file://.
struct DemoSiteTests {
    @Test func demoBuildsIdenticallyTwice() {
        let first = SiteTree.temporaryFolder("demo1").appendingPathComponent("site")
        let second = SiteTree.temporaryFolder("demo2").appendingPathComponent("site")
        let report = buildSite(Fixtures.projectRoot, output: first)
        #expect(report.succeeded, "\(report.diagnostics.all)")
        // Not a warning either: the demo is what a new site is measured against.
        #expect(report.diagnostics.all.isEmpty, "\(report.diagnostics.all)")
        _ = buildSite(Fixtures.projectRoot, output: second)
        let a = SiteTree.read(first), b = SiteTree.read(second)
        #expect(a.count > 3)
        #expect(a == b)
    }

    /// The demo saved as Windows (CRLF) or an old Mac (lone CR) would save it, every page, `.yml`
    /// and CSV with a byte-order mark, is the same site byte for byte: the document quotes that
    /// indicators check, the units registry and every position are read the same.
    @Test(arguments: ["\r\n", "\r"])
    func theDemoWithOtherLineEndingsIsTheSameSite(ending: String) throws {
        let folder = SiteTree.temporaryFolder("demo-endings-\(ending.utf8.count)")
        try? FileManager.default.removeItem(at: folder)
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.projectRoot.appendingPathComponent("content"), to: content)
        for path in try FileManager.default.subpathsOfDirectory(atPath: content.path)
        where [".md", ".yml", ".csv"].contains(where: path.hasSuffix) {
            let url = content.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(("\u{FEFF}" + text.replacingOccurrences(of: "\n", with: ending)).utf8).write(to: url)
        }
        let converted = buildTree(folder, "demo-endings-site-\(ending.utf8.count)")
        #expect(converted.report.succeeded, "\(converted.report.diagnostics.sorted.prefix(5))")
        let original = buildTree(Fixtures.projectRoot, "demo-lf-site-\(ending.utf8.count)")
        #expect(converted.tree.keys.sorted() == original.tree.keys.sorted())
        #expect(converted.tree.filter { original.tree[$0.key] != $0.value }.keys.sorted() == [])
    }

    @Test func everyLinkAndAnchorResolvesToAFileAndNothingIsExternal() throws {
        let output = SiteTree.temporaryFolder("links").appendingPathComponent("site")
        #expect(buildSite(Fixtures.projectRoot, output: output).succeeded)
        let tree = SiteTree.read(output)
        var ids: [String: Set<String>] = [:]
        for (path, html) in htmlFiles(tree) {
            ids[path] = Set(regexCaptures(#"\sid="([^"]+)""#, in: html))
        }
        var checked = 0
        for (path, html) in htmlFiles(tree) {
            for src in regexCaptures(#"\s(?:src|href)="([^"]*)""#, in: html) {
                #expect(!src.hasPrefix("http") || html.contains("<a href=\"\(src)\"") || src.hasPrefix("https://minhbach"),
                        "\(path) loads \(src) from another host")
                guard !src.hasPrefix("http"), !src.hasPrefix("mailto:") else { continue }
                let parts = src.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? path : resolve(parts[0], from: path)
                #expect(!target.hasSuffix("/"), "\(path): '\(src)' names a folder, which file:// does not open")
                #expect(tree[target] != nil, "\(path): '\(src)' leads to no file")
                if parts.count == 2 {
                    #expect(ids[target]?.contains(parts[1]) == true, "\(path): no anchor '\(parts[1])' in \(target)")
                }
                checked += 1
            }
        }
        #expect(checked > 10)
    }

    func resolve(_ link: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for component in link.split(separator: "/") {
            if component == ".." { parts.removeLast() } else if component != "." { parts.append(String(component)) }
        }
        return parts.joined(separator: "/")
    }
}
