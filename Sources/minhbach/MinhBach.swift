import ArgumentParser
import Diagnostics
import Foundation
import MinhBachKit

@main
struct MinhBach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minhbach",
        abstract: "Build static transparency dashboards from Markdown and CSV.",
        version: "minhbach 0.1.0",
        subcommands: [Build.self, Check.self, Serve.self, ServeWorker.self, Render.self, New.self],
        defaultSubcommand: Build.self)
}

struct SiteOptions: ParsableArguments {
    @Option(help: "The folder of Markdown pages, data and site.yml.")
    var content = "content"

    @Option(help: "The folder of templates, styles and UI strings.")
    var theme = "theme"

    @Option(help: "Where the site is written; replaced whole, only after a build without errors.")
    var output = "site"

    @Flag(help: "Replace the output path even if MinhBạch did not make it (a folder without .minhbach-output, or a file).")
    var force = false

    @Option(name: .customLong("base-url"), help: "The published address, e.g. https://example.gov.vn/; enables sitemap.xml.")
    var baseURL: String?

    @Flag(help: "Include pages marked 'draft: true'.")
    var drafts = false

    @Option(help: "Who the site is for: 'public' leaves out everything marked 'visibility: internal'; 'internal' includes it and marks every page as not for publication. Replaces site.yml's 'audience:' (default public).")
    var audience: Audience?

    func validate() throws {
        if let baseURL, case .failure(let problem) = SiteAddress.checked(baseURL) {
            throw ValidationError("--base-url must be an absolute http(s) address, e.g. https://example.gov.vn/: \(problem.reason)")
        }
    }

    func buildOptions(checkOnly: Bool) -> BuildOptions {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return BuildOptions(
            contentDirectory: URL(fileURLWithPath: content, relativeTo: cwd),
            themeDirectory: URL(fileURLWithPath: theme, relativeTo: cwd),
            outputDirectory: URL(fileURLWithPath: output, relativeTo: cwd),
            baseURL: baseURL, includeDrafts: drafts, audience: audience, checkOnly: checkOnly, replacesUnmarkedOutput: force, workingDirectory: cwd)
    }
}

extension Audience: ExpressibleByArgument {}

/// Diagnostics go to stderr; progress and summaries to stdout.
enum Console {
    static func printDiagnostics(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics.sorted {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
    }

    static func run(_ options: BuildOptions, verb: String) throws {
        // Each stage's line as it ends, even into a pipe: a log (or a test) sees how far it got.
        StandardOutput.flushEachLine()
        let stops = options.checkOnly ? [] : try prepareOutput(options)
        defer { withExtendedLifetime(stops) {} }
        guard build(options, verb: verb).succeeded else { throw ExitCode(1) }
    }

    /// Before a build that writes: the leftovers of interrupted builds go (one line says what),
    /// an output MinhBạch may not replace is a usage error now rather than after the build, and
    /// from here on Ctrl-C or SIGTERM leaves no partial tree.
    static func prepareOutput(_ options: BuildOptions) throws -> [DispatchSourceSignal] {
        try checkOutput(options)
        return BuildInterruption.stopWritingOnSignals(output: options.outputDirectory.relativePath)
    }

    /// The leftovers of interrupted builds removed, and an output MinhBạch may not replace
    /// refused (exit 64): before `build` and before `serve` starts listening.
    static func checkOutput(_ options: BuildOptions) throws {
        let writer = SiteWriter(options: options)
        if let line = writer.removeLeftovers().summary { print(line) }
        if let refusal = writer.refusal() {
            printDiagnostics(Diagnostics([refusal]))
            throw ExitCode(64)
        }
    }

    /// One build with its progress, problems and summary printed; the process ends after it, so
    /// the built site's values are not freed one by one.
    static func build(_ options: BuildOptions, verb: String) -> BuildReport {
        let report = SiteBuilder(options: options, progress: { print($0) }).build(releasingMemory: false)
        // A signal stopped the writer: its handler is clearing up and ends the process; a
        // "cannot write" here would only confuse.
        if WriteGate.shared.isClosed { dispatchMain() }
        return summarize(report, options, verb: verb)
    }

    /// Prints a build's problems and what it did.
    @discardableResult
    static func summarize(_ report: BuildReport, _ options: BuildOptions, verb: String) -> BuildReport {
        printDiagnostics(report.diagnostics)
        guard report.succeeded else {
            let count = report.diagnostics.errorCount
            print("\(verb) failed: \(count) error\(count == 1 ? "" : "s"); \(options.checkOnly ? "nothing written" : "the previous output is untouched").")
            return report
        }
        let total = Int(report.stages.map(\.milliseconds).reduce(0, +).rounded())
        if options.checkOnly {
            print("Checked \(report.pageCount) pages: no problems (\(total) ms).")
        } else {
            let changes = report.changes.map { " (\($0.written) written, \($0.unchanged) unchanged, \($0.removed) removed)" } ?? ""
            // The files on disk: the site's, and the writer's marker.
            let files = report.changes.map { $0.written + $0.unchanged } ?? report.fileCount
            print("Built \(report.pageCount) pages, \(files) files\(changes) into \(options.outputDirectory.relativePath) in \(total) ms.")
        }
        return report
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into the output folder.")
    @OptionGroup var site: SiteOptions
    func run() throws { try Console.run(site.buildOptions(checkOnly: false), verb: "Build") }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the content as a build would, writing nothing.")
    @OptionGroup var site: SiteOptions
    @OptionGroup var review: ReviewOptions
    func run() throws {
        guard review.review else { return try Console.run(site.buildOptions(checkOnly: true), verb: "Check") }
        try ReviewCommand.run(site.buildOptions(checkOnly: true), review)
    }
}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render one Markdown file to an HTML fragment on stdout.")
    @Argument(help: "The Markdown file.")
    var file: String
    @OptionGroup var site: SiteOptions

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let (html, diagnostics) = FragmentRenderer(options: site.buildOptions(checkOnly: true))
            .render(fileAt: URL(fileURLWithPath: file, relativeTo: cwd))
        Console.printDiagnostics(diagnostics)
        guard let html, !diagnostics.hasErrors else { throw ExitCode(1) }
        FileHandle.standardOutput.write(Data(html.utf8))
    }
}
