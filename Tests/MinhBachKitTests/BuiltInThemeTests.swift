import BuiltInTheme
import Diagnostics
import Foundation
@testable import MinhBachKit
import Testing
import TestSupport

/// The theme compiled into the binary: it is the repository's `theme/`, a site needs no theme
/// folder, a theme folder replaces it file by file, and `theme export` writes it out.
@Suite struct BuiltInThemeTests {
    static let repositoryTheme = Fixtures.projectRoot.appendingPathComponent("theme")

    /// Path → bytes of every file below `root`, hidden names skipped as the loader skips them.
    static func files(under root: URL) -> [String: [UInt8]] {
        SiteTree.read(root).filter { path, _ in !path.split(separator: "/").contains { $0.hasPrefix(".") } }
    }

    /// A copy of the `valid-basic` content in a fresh folder with no theme folder.
    static func siteWithoutTheme(_ name: String) throws -> URL {
        let folder = SiteTree.temporaryFolder(name)
        try FileManager.default.copyItem(at: fixtureSite("valid-basic").appendingPathComponent("content"),
                                         to: folder.appendingPathComponent("content"))
        return folder
    }

    static func build(_ folder: URL, themeFolderIsOptional: Bool = true) -> (report: BuildReport, tree: [String: [UInt8]]) {
        let output = folder.appendingPathComponent("site")
        let report = SiteBuilder(options: BuildOptions(
            contentDirectory: folder.appendingPathComponent("content"), themeDirectory: folder.appendingPathComponent("theme"),
            themeFolderIsOptional: themeFolderIsOptional, outputDirectory: output, workingDirectory: folder)).build()
        return (report, SiteTree.read(output))
    }

    @Test func theBuiltInThemeIsTheRepositoryThemeByteForByte() {
        let repository = Self.files(under: Self.repositoryTheme)
        #expect(repository.count >= 12)
        #expect(BuiltInTheme.files.map(\.path) == repository.keys.sorted(), "a file is missing or extra: rebuild, or check the EmbedTheme plugin")
        for file in BuiltInTheme.files {
            #expect(file.bytes == repository[file.path], "\(file.path) differs from theme/\(file.path)")
        }
    }

    /// The same site as with the repository's theme folder, byte for byte.
    @Test func aSiteWithNoThemeFolderBuildsWithTheBuiltInTheme() throws {
        let folder = try Self.siteWithoutTheme("no-theme")
        let (report, tree) = Self.build(folder)
        #expect(report.diagnostics.all.map(\.description) == [])
        #expect(report.succeeded)
        let (_, withFolder) = buildTree(fixtureSite("valid-basic"), "with-theme-folder")
        #expect(tree.keys.sorted() == withFolder.keys.sorted())
        #expect(tree == withFolder)
    }

    /// `--theme x` names a folder: its absence is still an error.
    @Test func aNamedThemeFolderThatDoesNotExistIsAnError() throws {
        let folder = try Self.siteWithoutTheme("named-theme-missing")
        let (report, _) = Self.build(folder, themeFolderIsOptional: false)
        #expect(!report.succeeded)
        #expect(report.diagnostics.all.map(\.description) == [
            "error: the theme folder 'theme' does not exist\n    help: give another folder with --theme",
        ])
        #expect(report.diagnostics.all.map { $0.rendered(in: .vi) } == [
            "lỗi: không có thư mục giao diện (theme) 'theme'\n    gợi ý: chỉ ra thư mục khác bằng --theme",
        ])
    }

    /// Hugo's lookup: the folder's layout with its own footer, every other file built in.
    @Test func aThemeFolderWithOneTemplateOverridesItAndTheRestIsBuiltIn() throws {
        let folder = try Self.siteWithoutTheme("one-template")
        let layout = try String(contentsOf: Self.repositoryTheme.appendingPathComponent("templates/layout.mustache"), encoding: .utf8)
        let footer = "<p class=\"site-footer__generator\">{{t.generated_by}}</p>"
        #expect(layout.contains(footer))
        let templates = folder.appendingPathComponent("theme/templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data(layout.replacingOccurrences(of: footer, with: "<p>Sở Nội vụ tỉnh Điện Biên</p>").utf8)
            .write(to: templates.appendingPathComponent("layout.mustache"))

        let (report, tree) = Self.build(folder)
        #expect(report.diagnostics.all.map(\.description) == [])
        let (_, builtIn) = buildTree(fixtureSite("valid-basic"), "built-in-rest")
        let home = String(decoding: try #require(tree["index.html"]), as: UTF8.self)
        #expect(home.contains("<p>Sở Nội vụ tỉnh Điện Biên</p>"))
        #expect(!home.contains("site-footer__generator"))
        // The built-in styles, scripts and the document template: the same files as without the folder.
        #expect(tree.keys.sorted() == builtIn.keys.sorted())
        for path in builtIn.keys where path.hasPrefix("assets/") {
            #expect(tree[path] == builtIn[path], "\(path)")
        }
        // An official document still gets the built-in document template, inside the folder's layout.
        let document = String(decoding: try #require(tree["van-ban/de-an.html"]), as: UTF8.self)
        #expect(document.contains("<div class=\"doc-page"))
        #expect(document.contains("<p>Sở Nội vụ tỉnh Điện Biên</p>"))
    }

    /// A string the folder's `vi.yml` adds is missing from the built-in `en.yml`, and the
    /// message names that file as the built-in theme's.
    @Test func aProblemInABuiltInFileNamesTheBuiltInTheme() throws {
        let folder = try Self.siteWithoutTheme("strings-over-built-in")
        let i18n = folder.appendingPathComponent("theme/i18n")
        try FileManager.default.createDirectory(at: i18n, withIntermediateDirectories: true)
        let strings = try Data(contentsOf: Self.repositoryTheme.appendingPathComponent("i18n/vi.yml"))
        try (strings + Data("extra_key: Thêm\n".utf8)).write(to: i18n.appendingPathComponent("vi.yml"))
        let (report, _) = Self.build(folder)
        #expect(report.diagnostics.all.map(\.description) == [
            "(built-in theme)/i18n/en.yml:1:1: error: missing UI string 'extra_key' (present in theme/i18n/vi.yml)",
        ])
    }

    /// A file of the built-in theme in a message is named as such, not as a path on disk.
    @Test func theMergedThemeTakesTheFolderFirst() {
        let own = [SourceFile(displayPath: "theme/templates/layout.mustache", relativePath: "templates/layout.mustache", bytes: [1])]
        let merged = ProjectLoader.merged(own, over: ProjectLoader.builtInTheme)
        #expect(merged.map(\.relativePath) == BuiltInTheme.files.map(\.path))
        #expect(merged.first { $0.relativePath == "templates/layout.mustache" } == own[0])
        #expect(merged.first { $0.relativePath == "static/style.css" }?.displayPath == "(built-in theme)/static/style.css")
    }

    @Test func exportWritesTheRepositoryTheme() throws {
        let folder = SiteTree.temporaryFolder("export").appendingPathComponent("giao-dien")
        let exporter = ThemeExporter(folder: folder, shownAs: "giao-dien")
        #expect(exporter.refusal() == nil)
        #expect(exporter.write().all.isEmpty)
        #expect(SiteTree.read(folder) == Self.files(under: Self.repositoryTheme))
        // Written once, the folder is no longer empty: a second export is refused.
        #expect(exporter.refusal()?.description == "error: the folder 'giao-dien' is not empty; the theme is written only into a new or empty folder\n"
            + "    help: give a folder that does not exist yet, e.g. 'minhbach theme export my-theme'")
    }

    @Test func exportIntoAnEmptyFolderIsAllowedAndIntoAFileRefused() throws {
        let folder = SiteTree.temporaryFolder("export-empty")
        #expect(ThemeExporter(folder: folder, shownAs: "x").refusal() == nil)
        let file = folder.appendingPathComponent("notes.txt")
        try Data("x".utf8).write(to: file)
        #expect(ThemeExporter(folder: file, shownAs: "notes.txt").refusal()?.description == "error: 'notes.txt' is a file, not a folder")
        #expect(ThemeExporter(folder: folder, shownAs: "x").refusal() != nil)
    }
}
