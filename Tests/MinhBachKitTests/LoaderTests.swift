import Diagnostics
import Foundation
@testable import MinhBachKit
import TestSupport
import Testing

/// What the loader reads: the content folder's files, never a file that a link leads to outside
/// it.
struct LoaderTests {
    @Test func linksLeadingOutOfTheContentFolderAreRefusedAndLinksInsideAreRead() throws {
        let folder = SiteTree.temporaryFolder("loader-links")
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: fixtureSite("valid-basic").appendingPathComponent("content"), to: content)
        let secret = folder.appendingPathComponent("bi-mat.md")
        try Data("---\ntitle: Bí mật\n---\nMẬT-KHẨU-XYZ\n".utf8).write(to: secret)
        let files = FileManager.default
        try files.createSymbolicLink(at: content.appendingPathComponent("lo.md"), withDestinationURL: secret)
        try files.createSymbolicLink(at: content.appendingPathComponent("he-thong"), withDestinationURL: URL(fileURLWithPath: "/etc"))
        try files.createSymbolicLink(at: content.appendingPathComponent("ban-sao.md"), withDestinationURL: content.appendingPathComponent("gioi-thieu.md"))

        var diagnostics = Diagnostics()
        let loader = ProjectLoader(contentDirectory: content, themeDirectory: Fixtures.projectRoot.appendingPathComponent("theme"),
                                   workingDirectory: folder)
        let project = try #require(loader.load(diagnostics: &diagnostics))
        #expect(diagnostics.sorted.map(\.description) == [
            "content/he-thong:1:1: error: this link leads outside the content folder and is not read",
            "content/lo.md:1:1: error: this link leads outside the content folder and is not read",
        ])
        let everything = project.pages + project.files
        let read = everything.map(\.relativePath)
        #expect(read.contains("ban-sao.md") && read.contains("gioi-thieu.md"))
        #expect(!read.contains("lo.md") && !read.contains { $0.hasPrefix("he-thong") })
        #expect(!everything.contains { String(decoding: $0.bytes, as: UTF8.self).contains("MẬT-KHẨU-XYZ") })
    }
}
