import Diagnostics
import Foundation
import Glibc
@testable import Serve
import Testing

/// The language of what MinhBạch says: the command line speaks `--messages`, else the locale of
/// its environment; the preview server's error page speaks the site's language.
struct MessageLanguageTests {
    /// `minhbach build` (or another command) on a fixture (by default an invalid one), with this
    /// environment and these extra arguments.
    static func build(environment: [String: String], _ arguments: [String] = [], command: String = "build",
                      site: String = "invalid-mixed") throws -> (status: Int32, output: String, errors: String) {
        let executable = try #require(ServeEndToEndTests.executable)
        let repository = ServeEndToEndTests.repository
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("messages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        let process = Process()
        process.executableURL = executable
        process.currentDirectoryURL = base
        process.arguments = [command, "--content", repository.appendingPathComponent("Tests/Fixtures/Sites/\(site)/content").path,
                             "--theme", repository.appendingPathComponent("theme").path, "--output", "site"] + arguments
        // Only the variables given: the machine's own locale must not decide the test.
        process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { mine, _ in mine }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile(), err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test(.enabled(if: ServeEndToEndTests.executable != nil, "no minhbach executable next to the test bundle: build it with `swift build` first"))
    func aVietnameseLocaleGetsVietnameseMessages() throws {
        let run = try Self.build(environment: ["LANG": "vi_VN.UTF-8"])
        #expect(run.status == 1)
        #expect(run.errors.contains("index.md:7:1: lỗi: không có khối lệnh 'notte'\n    gợi ý: có phải ý bạn là 'note'?"), "\(run.errors)")
        #expect(!run.errors.contains(": error: "))
        #expect(run.output.contains("[1/5] Đọc nội dung và giao diện (theme)… "), "\(run.output)")
        #expect(run.output.contains("Dựng trang không thành công: ") && run.output.contains(" lỗi; kết quả trước vẫn giữ nguyên.\n"))
    }

    @Test(.enabled(if: ServeEndToEndTests.executable != nil, "no minhbach executable next to the test bundle: build it with `swift build` first"))
    func theCLocaleGetsEnglishMessages() throws {
        let run = try Self.build(environment: ["LANG": "C"])
        #expect(run.status == 1)
        #expect(run.errors.contains("index.md:7:1: error: unknown directive 'notte'\n    help: did you mean 'note'?"), "\(run.errors)")
        #expect(run.output.contains("[1/5] Loading content and theme… "))
        #expect(run.output.contains("Build failed: ") && run.output.contains(" errors; the previous output is untouched.\n"))
    }

    @Test(.enabled(if: ServeEndToEndTests.executable != nil, "no minhbach executable next to the test bundle: build it with `swift build` first"))
    func theMessagesOptionWinsOverTheLocale() throws {
        let english = try Self.build(environment: ["LANG": "vi_VN.UTF-8", "LC_ALL": "vi_VN.UTF-8"], ["--messages", "en"])
        #expect(english.errors.contains(": error: unknown directive 'notte'") && !english.errors.contains("lỗi"))
        #expect(english.output.contains("Build failed: "))
        let vietnamese = try Self.build(environment: ["LANG": "C"], ["--messages", "vi"])
        #expect(vietnamese.errors.contains(": lỗi: không có khối lệnh 'notte'"))
        #expect(vietnamese.output.contains("Dựng trang không thành công: "))
    }

    /// `check --review` words its findings, text and JSON, in the run's language too.
    @Test(.enabled(if: ServeEndToEndTests.executable != nil, "no minhbach executable next to the test bundle: build it with `swift build` first"))
    func reviewFindingsFollowTheMessagesLanguage() throws {
        let vietnamese = try Self.build(environment: ["LANG": "vi_VN.UTF-8"], ["--review"], command: "check", site: "review")
        #expect(vietnamese.errors.contains(": cảnh báo: "), "\(vietnamese.errors)")
        #expect(!vietnamese.errors.contains(": warning: "), "\(vietnamese.errors)")
        let english = try Self.build(environment: ["LANG": "C"], ["--review"], command: "check", site: "review")
        #expect(english.errors.contains(": warning: ") && !english.errors.contains("cảnh báo"))
        let json = try Self.build(environment: ["LANG": "vi_VN.UTF-8"], ["--review", "--format", "json"], command: "check", site: "review")
        let englishJSON = try Self.build(environment: ["LANG": "C"], ["--review", "--format", "json"], command: "check", site: "review")
        #expect(json.output.hasPrefix("[") && json.output != englishJSON.output)
    }

    @Test func theErrorPageSpeaksTheSitesLanguage() {
        let problems = [BuildProblem(.error(at: SourceLocation(path: "content/a.md", line: 3, column: 1),
                                            Message("footnote.not-defined", ["label": "1"])), in: .vi)]
        let page = String(decoding: ErrorPage.html(problems, in: .vi), as: UTF8.self)
        #expect(page.contains("<html lang=\"vi\" data-minhbach-errors>"))
        #expect(page.contains("<title>Dựng trang không thành công – MinhBạch</title>"))
        #expect(page.contains("<h1>Dựng trang không thành công: 1 lỗi</h1>"))
        #expect(page.contains("Trang trước không được hiển thị khi nội dung còn lỗi."))
        #expect(page.contains("content/a.md:3:1: lỗi: chú thích &#39;1&#39; chưa được định nghĩa") || page.contains("content/a.md:3:1: lỗi: chú thích '1' chưa được định nghĩa"))
        let english = String(decoding: ErrorPage.html(problems.map { _ in BuildProblem(.error(at: nil, Message("footnote.not-defined", ["label": "1"]))) }), as: UTF8.self)
        #expect(english.contains("<html lang=\"en\"") && english.contains("<h1>Build failed: 1 error</h1>") && english.contains("error: footnote '1' is not defined"))
    }

    /// A build whose worker stopped: the server words that problem itself, in the site's language.
    @Test func aStoppedBuildIsWordedInTheSitesLanguage() throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = SiteServer(outputDirectory: site.root)
        server.speak(siteLanguage: "vi")
        server.show(.stopped(.status(3)), while: Message("serve.while-building"))
        let problem = try #require(server.problems.current.first)
        #expect(problem.text == "lỗi: việc dựng trang dừng bất ngờ (mã thoát 3) khi đang dựng trang\n    gợi ý: thư mục kết quả giữ trang dựng thành công gần nhất; lần thay đổi sau sẽ dựng lại toàn bộ trang")
        server.speak(siteLanguage: "fr")
        server.show(.stopped(.signal(SIGSEGV)), while: Message("serve.while-building"))
        #expect(server.problems.current.first?.message == "the build stopped unexpectedly (SIGSEGV) while building the site")
    }
}
