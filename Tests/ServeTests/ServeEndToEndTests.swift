import Foundation
import Glibc
@testable import Serve
import Testing

/// The real `minhbach serve` from the build's products folder, on a tiny temporary site: an
/// edit is rebuilt and served, a worker killed while idle is reported and replaced, and
/// SIGTERM ends server and worker both.
struct ServeEndToEndTests {
    /// On Linux the test bundle (`MinhBachPackageTests.xctest`) sits next to the executables.
    static let executable: URL? = {
        let candidates = [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap { $0 }
        return candidates.lazy
            .map { $0.deletingLastPathComponent().appendingPathComponent("minhbach") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of the `valid-basic` fixture in a fresh folder, served by the real binary.
    static func serveFixture() throws -> (base: URL, server: ServeProcess, port: Int) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("serve-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Tests/Fixtures/Sites/valid-basic/content"),
                                         to: base.appendingPathComponent("content"))
        let server = try ServeProcess(executable: #require(executable), in: base, arguments: [
            "serve", "--port", "0", "--content", "content", "--theme", repository.appendingPathComponent("theme").path, "--output", "site",
            // The terminal's lines in English whatever the locale of the machine; the site is Vietnamese.
            "--messages", "en",
        ])
        guard let port = server.port(within: 60) else {
            server.terminate()
            throw ServeError.noPort(server.output.current + server.errors.current)
        }
        return (base, server, port)
    }

    enum ServeError: Error { case noPort(String) }

    /// What a newcomer has: the binary alone in an empty folder, no repository, no theme.
    /// `minhbach new x && cd x && minhbach build` prints nothing on stderr, and `minhbach serve`
    /// serves the site with every section in its menu.
    @Test(.enabled(if: executable != nil, "no minhbach executable next to the test bundle: build it with `swift build` first"))
    func aNewSiteFromTheBinaryAloneBuildsAndIsServed() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("new-site-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let bin = base.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let binary = bin.appendingPathComponent("minhbach")
        try FileManager.default.copyItem(at: #require(Self.executable), to: binary)

        func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, errors: String) {
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments + ["--messages", "en"]
            process.currentDirectoryURL = folder
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, text)
        }
        #expect(try run(["new", "x"], in: base) == (0, ""))
        let site = base.appendingPathComponent("x")
        #expect(try run(["build"], in: site) == (0, ""))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("theme").path))

        let server = try ServeProcess(executable: binary, in: site, arguments: ["serve", "--port", "0", "--messages", "en"])
        defer { server.terminate() }
        let port = try #require(server.port(within: 60), "\(server.output.current)\(server.errors.current)")
        let home = try RawHTTP.request("/", port: port)
        #expect(home.status == 200)
        for section in ["chi-tieu/index.html", "van-ban/index.html", "mo-hinh/index.html", "don-vi/index.html"] {
            #expect(home.body.contains("href=\"\(section)\""), "\(section) is not linked from the home page")
            #expect(try RawHTTP.request("/" + section, port: port).status == 200)
        }
        // The built-in theme's stylesheet, under its content-hashed name.
        let stylesheet = try #require(home.body.firstMatch(of: /href="([^"]*style[^"]*\.css)"/)?.output.1)
        #expect(try RawHTTP.request("/" + stylesheet, port: port).status == 200)
        #expect(server.errors.current.isEmpty, "\(server.errors.current)")
        #expect(server.stop() == 0)
    }

    @Test(.enabled(if: executable != nil, "no minhbach executable next to the test bundle: build it with `swift build` first"))
    func servesEditsSurvivesAKilledWorkerAndStopsWithIt() throws {
        let (base, server, port) = try Self.serveFixture()
        defer { try? FileManager.default.removeItem(at: base) }
        defer { server.terminate() }
        let page = base.appendingPathComponent("content/gioi-thieu.md")
        #expect(try RawHTTP.request("/gioi-thieu.html", port: port).body.contains("có chú thích"))

        try (String(contentsOf: page, encoding: .utf8) + "\nĐoạn thêm lần một.\n").write(to: page, atomically: true, encoding: .utf8)
        #expect(DirectoryWatcherTests.eventually(within: 30) {
            (try? RawHTTP.request("/gioi-thieu.html", port: port).body.contains("Đoạn thêm lần một.")) == true
        })
        // The page is on disk a moment before the worker prints what it did.
        #expect(DirectoryWatcherTests.eventually { server.output.current.contains("Rebuilt only gioi-thieu.html") })

        let firstWorker = try #require(server.children().first)
        kill(firstWorker, SIGKILL)
        #expect(DirectoryWatcherTests.eventually(within: 10) {
            server.errors.current.contains("warning: the build worker stopped unexpectedly (SIGKILL) while idle")
        })
        #expect(try RawHTTP.request("/gioi-thieu.html", port: port).status == 200)

        try (String(contentsOf: page, encoding: .utf8) + "\nĐoạn thêm lần hai.\n").write(to: page, atomically: true, encoding: .utf8)
        #expect(DirectoryWatcherTests.eventually(within: 30) {
            (try? RawHTTP.request("/gioi-thieu.html", port: port).body.contains("Đoạn thêm lần hai.")) == true
        })
        let secondWorker = try #require(server.children().first)
        #expect(secondWorker != firstWorker)

        // SIGTERM, as Ctrl-C: the server stops and takes its worker with it.
        #expect(server.stop() == 0)
        #expect(kill(secondWorker, 0) == -1 && errno == ESRCH)
        #expect(server.output.current.hasSuffix("Stopped.\n"))
    }

    /// An edit that adds a page nested 10,000 levels deep (once a stack overflow that took the
    /// server down) is a build error like any other: shown on every page, the server answering.
    @Test(.enabled(if: executable != nil, "no minhbach executable next to the test bundle: build it with `swift build` first"))
    func aPageNestedTenThousandLevelsDeepIsShownAsAnError() throws {
        let (base, server, port) = try Self.serveFixture()
        defer { try? FileManager.default.removeItem(at: base) }
        defer { server.terminate() }

        let deep = base.appendingPathComponent("content/sau.md")
        try ("---\ntitle: Sâu\n---\n\n" + String(repeating: "> ", count: 10_000) + "x\n").write(to: deep, atomically: true, encoding: .utf8)
        #expect(DirectoryWatcherTests.eventually(within: 30) {
            server.errors.current.contains("content/sau.md:5:129: error: nested 10000 levels deep; at most 64 are allowed")
        })
        // The page speaks the site's language (Vietnamese), the terminal the language of the run.
        let shown = try RawHTTP.request("/gioi-thieu.html", port: port)
        #expect(shown.status == 500 && shown.body.contains("content/sau.md:5:129: lỗi: lồng nhau 10000 cấp; chỉ cho phép tối đa 64 cấp"))
        #expect(shown.body.contains("<html lang=\"vi\"") && shown.body.contains("Dựng trang không thành công: 1 lỗi"))
        #expect(server.children().count == 1)

        try FileManager.default.removeItem(at: deep)
        #expect(DirectoryWatcherTests.eventually(within: 30) {
            (try? RawHTTP.request("/gioi-thieu.html", port: port).status) == 200
        })
        #expect(server.stop() == 0)
    }
}

/// A `minhbach` process with its stdout and stderr gathered as they come.
final class ServeProcess: Sendable {
    let output = Locked("")
    let errors = Locked("")
    private let process: Process

    init(executable: URL, in directory: URL, arguments: [String]) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = Self.gather(into: output)
        process.standardError = Self.gather(into: errors)
        try process.run()
        self.process = process
    }

    private static func gather(into text: Locked<String>) -> Pipe {
        let pipe = Pipe()
        pipe.fileHandleForReading.readabilityHandler = { (handle: FileHandle) in
            let data = handle.availableData
            text.withLock { $0 += String(decoding: data, as: UTF8.self) }
        }
        return pipe
    }

    /// The port of `Serving site at http://127.0.0.1:PORT/`.
    func port(within seconds: Double) -> Int? {
        var port: Int?
        _ = DirectoryWatcherTests.eventually(within: seconds) {
            port = output.current.components(separatedBy: "at http://127.0.0.1:").dropFirst().first
                .flatMap { Int($0.prefix { $0.isNumber }) }
            return port != nil
        }
        return port
    }

    /// The processes whose parent this is (the build worker), from `/proc`.
    func children() -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            // `pid (name) state ppid …`; the name may hold spaces and parentheses.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && pid_t(fields[1]) == process.processIdentifier ? pid : nil
        }
    }

    /// SIGTERM, then the exit status.
    func stop() -> Int32 {
        process.terminate()
        process.waitUntilExit()
        Thread.sleep(forTimeInterval: 0.1)  // the last output through the pipes
        return process.terminationStatus
    }

    func terminate() { if process.isRunning { process.terminate() } }
}
