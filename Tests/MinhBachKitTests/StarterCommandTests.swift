import Foundation
import Testing
import TestSupport

/// The real `minhbach new` (built beside the tests): what it writes and prints, that `cd DIR &&
/// minhbach build` then builds with no option but the theme and prints no problem, and that a
/// folder with anything in it is refused with exit 64 and left as it was.
@Suite(.enabled(if: MinhBachExecutable.url != nil, "the minhbach executable is not in the products folder"))
struct StarterCommandTests {
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = ["LANG": "C"]) throws
        -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = MinhBachExecutable.url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = environment
        let (out, err) = (folder.appendingPathComponent("..").appendingPathComponent("out-\(UUID().uuidString)"),
                          folder.appendingPathComponent("..").appendingPathComponent("err-\(UUID().uuidString)"))
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }

    @Test func newThenBuildInTheFolderPrintsNoProblem() throws {
        let parent = SiteTree.temporaryFolder("starter-cli").appendingPathComponent("work")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let made = try Self.run(["new", "tinh-a", "--kind", "ke-hoach"], in: parent)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stderr.isEmpty)
        #expect(made.stdout.hasPrefix("Created a new site (ke-hoach, Vietnamese) in tinh-a: 19 files.\n  content/site.yml\n"))
        #expect(made.stdout.contains("Next:\n  cd tinh-a\n  minhbach serve\n"))

        let site = parent.appendingPathComponent("tinh-a")
        let built = try Self.run(["build"], in: site)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.isEmpty, "the build printed problems: \(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("site/van-ban/ke-hoach-01.html").path))
    }

    @Test func nonEmptyFolderIsRefusedWithExit64InTheReadersLanguage() throws {
        let parent = SiteTree.temporaryFolder("starter-cli-refused").appendingPathComponent("work")
        let folder = parent.appendingPathComponent("cu")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("của ai đó".utf8).write(to: folder.appendingPathComponent("bao-cao.docx"))
        let before = SiteTree.read(folder)

        let english = try Self.run(["new", "cu"], in: parent)
        #expect(english.status == 64)
        #expect(english.stdout.isEmpty)
        #expect(english.stderr == """
            error: refusing to write a new site into 'cu': the folder is not empty
                help: give the name of a new folder (it will be made) or of an empty one; nothing was written

            """)
        let vietnamese = try Self.run(["new", "cu"], in: parent, environment: ["LANG": "vi_VN.UTF-8"])
        #expect(vietnamese.status == 64)
        #expect(vietnamese.stderr.hasPrefix("lỗi: không tạo trang mới trong 'cu': thư mục này không trống\n"))
        #expect(SiteTree.read(folder) == before)
    }
}
