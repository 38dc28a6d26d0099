import Diagnostics
import struct Diagnostics.SourceLocation
import Foundation
import MinhBachKit
import Testing
import TestSupport

/// Files as Windows writes them (CRLF line ends, a byte-order mark) are read as they are meant;
/// a file that is not UTF-8 is one error at its first bad byte; a link to nothing is reported.
struct SourceTextTests {
    @Test(arguments: ["\r\n", "\r", "\n"])
    func frontMatterAcceptsEveryLineEndAndKeepsTheBodyAsItIs(_ end: String) {
        let source = ["---", "title: Giới thiệu", "weight: 3", "---", "", "# Đầu đề", "Dòng."].joined(separator: end) + end
        var diagnostics = Diagnostics()
        let split = FrontMatterSplit.split(source, path: "x.md", diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        #expect(split.yaml == "title: Giới thiệu\nweight: 3")
        #expect(split.yamlFirstLine == 2)
        #expect(split.body == ["", "# Đầu đề", "Dòng."].joined(separator: end) + end)
        #expect(split.bodyFirstLine == 5)
    }

    @Test func aByteOrderMarkBeforeTheFrontMatterIsSkipped() {
        var diagnostics = Diagnostics()
        let split = FrontMatterSplit.split("\u{FEFF}---\r\ntitle: T\r\n---\r\nThân\r\n", path: "x.md", diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        #expect(split.yaml == "title: T")
        #expect(split.body == "Thân\r\n")
        #expect(split.bodyFirstLine == 4)
        let plain = FrontMatterSplit.split("\u{FEFF}# Không có front matter\n", path: "x.md", diagnostics: &diagnostics)
        #expect(plain.yaml == nil && plain.body == "# Không có front matter\n")
    }

    @Test func anUnclosedFrontMatterIsStillReported() {
        var diagnostics = Diagnostics()
        let split = FrontMatterSplit.split("---\r\ntitle: T\r\n", path: "x.md", diagnostics: &diagnostics)
        #expect(diagnostics.all.map(\.description) == ["x.md:1:1: error: front matter is not closed\n    help: end the front matter with a line '---'"])
        #expect(split.bodyFirstLine == 4)
    }

    /// A whole site written with CRLF and byte-order marks — pages, `site.yml`, a data file and
    /// its declaration, the units registry — builds as the same site with LF; its mistakes are
    /// at their lines.
    @Test func aSiteSavedOnWindowsBuilds() throws {
        let folder = SiteTree.temporaryFolder("windows")
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: fixtureSite("charts").appendingPathComponent("content"), to: content)
        var converted = 0
        for path in try FileManager.default.subpathsOfDirectory(atPath: content.path)
        where [".md", ".yml", ".csv"].contains(where: path.hasSuffix) {
            let url = content.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(("\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")).utf8).write(to: url)
            converted += 1
        }
        #expect(converted > 5)
        let windows = buildTree(folder, "windows-site")
        #expect(windows.report.succeeded, "\(windows.report.diagnostics.sorted)")
        let unix = buildTree(fixtureSite("charts"), "unix-site")
        let index = String(decoding: windows.tree["index.html"] ?? [], as: UTF8.self)
        #expect(index.contains("<title>Biểu đồ thử</title>"), "\(index.prefix(300))")
        #expect(windows.tree.keys.sorted() == unix.tree.keys.sorted())

        // A mistake in CRLF front matter, and one in the body below it, at their lines.
        try Data("\u{FEFF}---\r\ntitle: Trang\r\ntieu_de: sai\r\n---\r\n\r\nXem {ref}`khong-co`.\r\n".utf8)
            .write(to: content.appendingPathComponent("sai.md"))
        let broken = buildSite(folder, output: folder.appendingPathComponent("site2"))
        let located = broken.diagnostics.sorted.map { "\($0.location?.description ?? ""): \($0.message)" }
        #expect(located.contains("content/sai.md:3:1: unknown field 'tieu_de'"), "\(located)")
        #expect(located.contains { $0.hasPrefix("content/sai.md:6:") && $0.contains("khong-co") }, "\(located)")
    }

    @Test func theThemesStringsMayStartWithAByteOrderMark() {
        var diagnostics = Diagnostics()
        let file = SourceFile(displayPath: "theme/i18n/vi.yml", relativePath: "i18n/vi.yml", bytes: Array("\u{FEFF}home: Trang chủ\r\n".utf8))
        let strings = UIStrings.load(["vi": file], language: "vi", diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")
        #expect(strings["home"] == "Trang chủ")
    }

    /// One error at the first bad byte, not 233 about strings missing from an "empty" file.
    @Test func aStringsFileThatIsNotUTF8IsOneErrorAtItsFirstBadByte() throws {
        let folder = SiteTree.temporaryFolder("latin1")
        let theme = folder.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: Fixtures.projectRoot.appendingPathComponent("theme"), to: theme)
        let strings = theme.appendingPathComponent("i18n/vi.yml")
        var lines = try String(contentsOf: strings, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        // Line 3 saved in Latin-1: "ab" then é as the single byte E9.
        lines[2] = Array("home: \"ab".utf8) + [0xE9] + Array("\"".utf8)
        try Data(Array(lines.joined(separator: [0x0A]))).write(to: strings)
        let report = SiteBuilder(options: BuildOptions(
            contentDirectory: fixtureSite("valid-basic").appendingPathComponent("content"), themeDirectory: theme,
            outputDirectory: folder.appendingPathComponent("site"), workingDirectory: folder)).build()
        #expect(report.diagnostics.all.map(\.description) == [
            "theme/i18n/vi.yml:3:10: error: this file is not valid UTF-8 (its first invalid byte is here)\n"
                + "    help: save the file as UTF-8 (in Excel: 'CSV UTF-8'; in other editors: encoding UTF-8)",
        ])
    }

    @Test(arguments: [
        ([0x61, 0x0A, 0x62, 0x62, 0xFF], 2, 3),
        ([0xEF, 0xBB, 0xBF, 0x78, 0xC3], 1, 2),
        ([0x0D, 0x0A, 0x0D, 0xC3, 0xA2, 0xE0, 0x80, 0x80], 3, 2),
        (Array("Tỉnh Điện Biên\r\nx,".utf8) + [0xED, 0xA0, 0x80], 2, 3),
    ] as [([UInt8], Int, Int)])
    func theFirstBadByteIsFoundByLineAndCharacter(bytes: [UInt8], line: Int, column: Int) {
        var diagnostics = Diagnostics()
        let file = SourceFile(displayPath: "so-lieu/x.csv", relativePath: "so-lieu/x.csv", bytes: bytes)
        #expect(file.text(diagnostics: &diagnostics) == nil)
        #expect(diagnostics.all.map(\.location) == [SourceLocation(path: "so-lieu/x.csv", line: line, column: column)])
    }

    @Test func everyReaderReportsTheBadByteWhereItIs() throws {
        let folder = SiteTree.temporaryFolder("bad-bytes")
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: fixtureSite("charts").appendingPathComponent("content"), to: content)
        for name in ["site.yml", "index.md", "don-vi.csv"] {
            let url = content.appendingPathComponent(name)
            try Data(try Data(contentsOf: url) + [0x0A, 0x78, 0xFF]).write(to: url)
        }
        let report = buildSite(folder, output: folder.appendingPathComponent("site"))
        let bad = report.diagnostics.sorted.filter { $0.message.contains("UTF-8") }.map { $0.location?.path ?? "" }
        #expect(bad == ["content/don-vi.csv", "content/index.md", "content/site.yml"], "\(report.diagnostics.sorted)")
        #expect(report.diagnostics.sorted.filter { $0.message.contains("UTF-8") }.allSatisfy { $0.location?.column == 2 })
    }

    @Test func aLinkToNothingIsReported() throws {
        let folder = SiteTree.temporaryFolder("dangling")
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data("---\ntitle: Trang chủ\n---\n".utf8).write(to: content.appendingPathComponent("index.md"))
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("x.md").path, withDestinationPath: "da-xoa.md")
        let report = buildSite(folder, output: folder.appendingPathComponent("site"))
        #expect(!report.succeeded)
        #expect(report.diagnostics.all.map(\.description) == [
            "content/x.md:1:1: error: this is a symbolic link to a file that does not exist ('da-xoa.md')\n"
                + "    help: restore the file it points to, or remove the link",
        ])
    }
}
