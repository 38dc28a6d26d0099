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

    /// A file is named relative to the working folder when it is inside it, else by its whole
    /// path; the files of one folder share the folder's part of their names.
    @Test func filesAreNamedFromTheWorkingFolder() throws {
        let folder = SiteTree.temporaryFolder("loader-names")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("van-ban"), withIntermediateDirectories: true)
        for path in ["index.md", "van-ban/ke-hoach.md"] {
            try Data("---\ntitle: Trang\n---\n".utf8).write(to: content.appendingPathComponent(path))
        }
        func names(workingIn working: URL) throws -> [SourceName] {
            var diagnostics = Diagnostics()
            let loader = ProjectLoader(contentDirectory: content, themeDirectory: folder.appendingPathComponent("theme"),
                                       themeFolderIsOptional: true, workingDirectory: working)
            return try #require(loader.load(diagnostics: &diagnostics)).pages.map(\.name)
        }
        let above = try names(workingIn: folder)
        #expect(above.map(\.displayPath) == ["content/index.md", "content/van-ban/ke-hoach.md"])
        #expect(above[0].folder === above[1].folder)
        #expect(try names(workingIn: content).map(\.displayPath) == ["index.md", "van-ban/ke-hoach.md"])
        #expect(try names(workingIn: content.appendingPathComponent("van-ban")).map(\.displayPath)
            == [content.path + "/index.md", "ke-hoach.md"])
        let elsewhere = try names(workingIn: URL(fileURLWithPath: "/nowhere"))
        #expect(elsewhere.map(\.displayPath) == [content.path + "/index.md", content.path + "/van-ban/ke-hoach.md"])
        #expect(elsewhere.map(\.relativePath) == ["index.md", "van-ban/ke-hoach.md"])
        #expect(SourceName(displayPath: "content/index.md", relativePath: "index.md") == above[0])
    }
}
