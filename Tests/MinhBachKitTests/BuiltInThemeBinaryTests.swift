import Foundation
import Testing
import TestSupport

/// The built `minhbach` copied alone into an empty folder, as on a machine with only the
/// release binary: a site with no theme folder builds, `theme export` writes the theme out and
/// refuses a folder that is not empty, and a folder named with `--theme` must exist.
@Suite(.enabled(if: MinhBachExecutable.url != nil, "the minhbach executable is not in the products folder"))
struct BuiltInThemeBinaryTests {
    /// The binary alone in a fresh folder, with a two-file site beside it.
    static func lonelyBinary() throws -> URL {
        let folder = SiteTree.temporaryFolder("lonely-binary")
        try FileManager.default.copyItem(at: #require(MinhBachExecutable.url), to: folder.appendingPathComponent("minhbach"))
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data("title: Trang mới\n".utf8).write(to: content.appendingPathComponent("site.yml"))
        try Data("---\ntitle: Trang chủ\n---\n\nXin chào.\n".utf8).write(to: content.appendingPathComponent("index.md"))
        return folder
    }

    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, printed: String) {
        let log = folder.appendingPathComponent(".log-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = folder.appendingPathComponent("minhbach")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["LANG": "C", "PATH": "/usr/bin:/bin"]
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = process.standardOutput
        try process.run()
        process.waitUntilExit()
        let printed = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: log)
        return (process.terminationStatus, printed)
    }

    @Test func theBinaryAloneBuildsASiteWithNoThemeFolder() throws {
        let folder = try Self.lonelyBinary()
        let built = try Self.run(["build"], in: folder)
        #expect(built.status == 0, "\(built.printed)")
        #expect(!built.printed.contains("warning"), "\(built.printed)")
        let site = SiteTree.read(folder.appendingPathComponent("site"))
        let home = String(decoding: try #require(site["index.html"]), as: UTF8.self)
        #expect(home.contains("Xin chào."))
        // The built-in stylesheet, linked from the page.
        let stylesheet = try #require(site.keys.first { $0.hasPrefix("assets/style.") && $0.hasSuffix(".css") })
        #expect(home.contains(stylesheet))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("theme").path))
    }

    @Test func themeExportWritesTheThemeAndRefusesAFolderThatIsNotEmpty() throws {
        let folder = try Self.lonelyBinary()
        let exported = try Self.run(["theme", "export", "theme"], in: folder)
        #expect(exported.status == 0, "\(exported.printed)")
        #expect(exported.printed.hasPrefix("Wrote the built-in theme (12 files) into theme."))
        let repository = SiteTree.read(Fixtures.projectRoot.appendingPathComponent("theme"))
        #expect(SiteTree.read(folder.appendingPathComponent("theme")) == repository)

        let again = try Self.run(["theme", "export", "theme"], in: folder)
        #expect(again.status == 64)
        #expect(again.printed == "error: the folder 'theme' is not empty; the theme is written only into a new or empty folder\n"
            + "    help: give a folder that does not exist yet, e.g. 'minhbach theme export my-theme'\n")
        // The exported folder is the theme now, and builds the same site.
        #expect(try Self.run(["build"], in: folder).status == 0)
    }

    @Test func aThemeFolderNamedOnTheCommandLineMustExist() throws {
        let folder = try Self.lonelyBinary()
        let built = try Self.run(["build", "--theme", "mau"], in: folder)
        #expect(built.status == 1)
        #expect(built.printed.contains("error: the theme folder 'mau' does not exist\n    help: give another folder with --theme\n"))
    }
}
