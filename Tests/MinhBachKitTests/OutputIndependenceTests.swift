import Foundation
import MinhBachKit
import Testing
import TestSupport

/// The site depends only on the content: where the content folder sits on the building
/// machine, and how `--content` spelled it, is written nowhere in the output.
struct OutputIndependenceTests {
    /// One build from the site's folder with `--content content`, one from elsewhere with the
    /// absolute path: every file the same, byte for byte, and none names the building machine's
    /// folders. (Values' provenance in pages, CSV and JSON downloads and the search index used
    /// to carry the content folder as spelled.)
    @Test func buildsFromTwoWorkingFoldersAreIdentical() throws {
        let site = fixtureSite("english-ui")
        let theme = Fixtures.projectRoot.appendingPathComponent("theme")
        let first = SiteTree.temporaryFolder("relative").appendingPathComponent("site")
        let relative = SiteBuilder(options: BuildOptions(
            contentDirectory: URL(fileURLWithPath: "content", relativeTo: site), themeDirectory: theme,
            outputDirectory: first, workingDirectory: site)).build()
        #expect(relative.succeeded, "\(relative.diagnostics.all)")

        let elsewhere = SiteTree.temporaryFolder("elsewhere")
        let second = elsewhere.appendingPathComponent("site")
        let absolute = SiteBuilder(options: BuildOptions(
            contentDirectory: site.appendingPathComponent("content").standardizedFileURL, themeDirectory: theme,
            outputDirectory: second, workingDirectory: elsewhere)).build()
        #expect(absolute.succeeded, "\(absolute.diagnostics.all)")

        let a = SiteTree.read(first), b = SiteTree.read(second)
        #expect(a.count > 50)
        #expect(a.keys.sorted() == b.keys.sorted())
        let differing = a.keys.sorted().filter { a[$0] != b[$0] }
        #expect(differing.isEmpty, "differ: \(differing.prefix(10))")
        let machinePath = Array(site.standardizedFileURL.path.utf8)
        let naming = b.keys.sorted().filter { path in
            b[path]!.withUnsafeBufferPointer { bytes in
                bytes.count >= machinePath.count && (0...(bytes.count - machinePath.count)).contains { start in
                    bytes[start] == machinePath[0] && bytes[start..<(start + machinePath.count)].elementsEqual(machinePath)
                }
            }
        }
        #expect(naming.isEmpty, "name the building machine's folder: \(naming.prefix(10))")
    }

    /// The name the site gives a data file is its path in the content folder,
    /// `so-lieu/so-lieu.csv`: where a published copy of the file would be.
    @Test func valuesNameTheirFileInsideTheContentFolder() throws {
        let (report, tree) = buildTree(fixtureSite("english-ui"), "provenance")
        #expect(report.succeeded, "\(report.diagnostics.all)")
        let json = String(decoding: tree["chi-tieu/ty-le.json"] ?? [], as: UTF8.self)
        #expect(json.contains("\"file\" : \"so-lieu/so-lieu.csv\""), "\(json.prefix(400))")
    }
}
