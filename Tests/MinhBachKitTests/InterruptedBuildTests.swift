import Foundation
import Testing
import TestSupport

/// `minhbach` in the folder of the running test bundle, if it was built.
enum MinhBachExecutable {
    static let url: URL? = {
        let products = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let binary = products.appendingPathComponent("minhbach")
        return FileManager.default.isExecutableFile(atPath: binary.path) ? binary : nil
    }()
}

/// The real `minhbach` (built beside the tests): what `build` says and does about the output
/// folder, and what Ctrl-C and SIGTERM leave at a few points of a build.
@Suite(.enabled(if: MinhBachExecutable.url != nil, "the minhbach executable is not in the products folder"))
struct InterruptedBuildTests {
    /// A started build: its process and the file its stdout goes to.
    struct Run {
        var process: Process
        var log: URL
        var printed: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
    }

    static func start(_ arguments: [String], in folder: URL) throws -> Run {
        let log = folder.appendingPathComponent("log-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = MinhBachExecutable.url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = process.standardOutput
        try process.run()
        return Run(process: process, log: log)
    }

    /// Runs to the end: exit status and everything printed.
    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, printed: String) {
        let run = try start(arguments, in: folder)
        run.process.waitUntilExit()
        return (run.process.terminationStatus, run.printed)
    }

    /// Waits, at most a minute, until `condition` holds or the process ended; whether it holds.
    static func wait(for run: Run, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(60)
        while !condition() {
            guard run.process.isRunning, Date() < deadline else { return condition() }
            usleep(100)
        }
        return true
    }

    /// A site of 300 small pages, before and after an edit, beside an empty project folder.
    static func project() throws -> (folder: URL, before: [String], after: [String]) {
        let folder = SiteTree.temporaryFolder("interrupted")
        for version in ["before", "after"] {
            let content = folder.appendingPathComponent("\(version)/content")
            try FileManager.default.createDirectory(at: content.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: fixtureSite("valid-basic").appendingPathComponent("content"), to: content)
            for number in 1...300 {
                let text = "---\ntitle: Trang \(number)\n---\n\nĐoạn \(number) \(version == "after" ? "đã sửa" : "gốc").\n"
                try Data(text.utf8).write(to: content.appendingPathComponent("trang-\(number).md"))
            }
        }
        let theme = Fixtures.projectRoot.appendingPathComponent("theme").path
        let arguments = { (version: String, output: String) in
            ["build", "--content", "\(version)/content", "--theme", theme, "--output", output]
        }
        return (folder, arguments("before", "out/site"), arguments("after", "out/site"))
    }

    @Test func someonesFolderIsAUsageErrorUnlessForced() throws {
        let (folder, _, after) = try Self.project()
        let output = folder.appendingPathComponent("out/site")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("Luận văn".utf8).write(to: output.appendingPathComponent("thesis.txt"))

        let refused = try Self.run(after, in: folder)
        #expect(refused.status == 64)
        #expect(refused.printed.contains("error: refusing to replace '\(output.path)': it is a folder MinhBạch did not make"))
        #expect(refused.printed.contains("help: choose another folder with --output, empty this one, or pass --force to replace it"))
        // Said before the build ran.
        #expect(!refused.printed.contains("[1/5]"))
        #expect(SiteTree.read(output).keys.sorted() == ["thesis.txt"])

        // check writes nothing, so it does not mind.
        #expect(try Self.run(["check"] + after.dropFirst(), in: folder).status == 0)

        let forced = try Self.run(after + ["--force"], in: folder)
        #expect(forced.status == 0, "\(forced.printed)")
        #expect(SiteTree.read(output)["thesis.txt"] == nil)
        #expect(names(in: output.deletingLastPathComponent()) == ["site"])
    }

    /// Ctrl-C while pages are parsed, as soon as the new site's folder appears, the same with
    /// SIGTERM, and after the last stage: the output holds the old site or the new one, and
    /// nothing is left beside it.
    @Test func aSignalDuringABuildLeavesAWholeSiteAndNoTemporaryFolder() throws {
        let (folder, before, after) = try Self.project()
        let output = folder.appendingPathComponent("out/site")
        let reference = after.dropLast() + ["out-reference/site"]
        #expect(try Self.run(Array(reference), in: folder).status == 0)
        let newTree = SiteTree.read(folder.appendingPathComponent("out-reference/site"))
        #expect(try Self.run(before, in: folder).status == 0)
        let oldTree = SiteTree.read(output)
        #expect(oldTree != newTree && oldTree[".minhbach-output"] != nil)

        enum Moment { case parsing, writing, written }
        let moments: [(Moment, Int32)] = [(.parsing, SIGINT), (.writing, SIGINT), (.writing, SIGTERM), (.written, SIGINT)]
        var interruptedWhileWriting = 0
        for (moment, signal) in moments {
            if SiteTree.read(output) != oldTree { #expect(try Self.run(before, in: folder).status == 0) }
            let run = try Self.start(after, in: folder)
            let temporary = output.deletingLastPathComponent().appendingPathComponent(".site.new-\(run.process.processIdentifier)").path
            let reached = Self.wait(for: run) {
                switch moment {
                case .parsing: run.printed.contains("[1/5]")
                case .writing: FileManager.default.fileExists(atPath: temporary)
                case .written: run.printed.contains("[5/5]")
                }
            }
            kill(run.process.processIdentifier, signal)
            run.process.waitUntilExit()
            let status = run.process.terminationStatus
            let tree = SiteTree.read(output)
            let place = "\(moment), signal \(signal)"
            #expect(reached, "\(place): never got there: \(run.printed)")
            #expect(run.process.terminationReason == .exit, "\(place)")
            #expect(tree == oldTree || tree == newTree, "\(place)")
            #expect(names(in: output.deletingLastPathComponent()) == ["site"], "\(place)")
            switch moment {
            case .parsing:
                #expect(status == 128 + signal && tree == oldTree, "\(place)")
                #expect(run.printed.contains("Build interrupted: 'out/site' is as it was."), "\(place): \(run.printed)")
            case .writing:
                #expect(status == 128 + signal || status == 0, "\(place)")
                if status != 0 { interruptedWhileWriting += 1 }
            case .written:
                #expect(status == 128 + signal || status == 0, "\(place)")
                #expect(tree == newTree, "\(place)")
            }
        }
        // Not a promise of timing, a check that the test tested something.
        #expect(interruptedWhileWriting > 0, "no signal landed while the site was written")
    }
}
