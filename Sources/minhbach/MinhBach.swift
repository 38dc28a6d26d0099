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
        subcommands: [New.self, Build.self, CatalogCommand.self, Merge.self, Check.self, Serve.self, ServeWorker.self, Render.self, ThemeCommand.self],
        defaultSubcommand: Build.self)
}

struct SiteOptions: ParsableArguments {
    @Option(help: "The folder of Markdown pages, data and site.yml.")
    var content = "content"

    @Option(help: "The folder of templates, styles and UI strings; its files replace the built-in theme's. Default: 'theme' if it exists, else the built-in theme alone.")
    var theme: String?

    @Option(help: "Where the site is written; replaced whole, only after a build without errors.")
    var output = "site"

    @Flag(help: "Replace the output path even if MinhBạch did not make it (a folder without .minhbach-output, or a file).")
    var force = false

    @Option(name: .customLong("base-url"), help: "The published address, e.g. https://example.gov.vn/; enables sitemap.xml.")
    var baseURL: String?

    @Flag(help: "Include pages marked 'draft: true'.")
    var drafts = false

    @OptionGroup var messagesOption: MessagesOption
    var messages: MessageLanguage? { messagesOption.messages }
    var language: MessageLanguage { messagesOption.language }

    @Option(help: "Who the site is for: 'public' leaves out everything marked 'visibility: internal'; 'internal' includes it and marks every page as not for publication. Replaces site.yml's 'audience:' (default public).")
    var audience: Audience?

    func validate() throws {
        if let baseURL, case .failure(let problem) = SiteAddress.checked(baseURL) {
            throw ValidationError(Message("cli.base-url-invalid", ["reason": .message(problem.reasonMessage)]).text(in: language))
        }
    }

    func buildOptions(checkOnly: Bool) -> BuildOptions {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return BuildOptions(
            contentDirectory: URL(fileURLWithPath: content, relativeTo: cwd),
            themeDirectory: URL(fileURLWithPath: theme ?? "theme", relativeTo: cwd), themeFolderIsOptional: theme == nil,
            outputDirectory: URL(fileURLWithPath: output, relativeTo: cwd),
            baseURL: baseURL, includeDrafts: drafts, audience: audience, checkOnly: checkOnly, replacesUnmarkedOutput: force, workingDirectory: cwd)
    }
}

/// `--messages vi|en`, for every command that prints.
struct MessagesOption: ParsableArguments {
    @Option(help: "The language of messages: 'vi' or 'en'. Without it, LC_ALL, LC_MESSAGES or LANG beginning 'vi' means Vietnamese, anything else English.")
    var messages: MessageLanguage?

    /// The language this run speaks: `--messages`, else the locale of the environment.
    var language: MessageLanguage {
        MessageLanguage.chosen(option: messages, environment: ProcessInfo.processInfo.environment)
    }
}

extension Audience: ExpressibleByArgument {}
extension MessageLanguage: ExpressibleByArgument {}

/// Diagnostics go to stderr; progress and summaries to stdout.
/// Every line in the language of the run (`SiteOptions.language`).
enum Console {
    static func printDiagnostics(_ diagnostics: Diagnostics, _ language: MessageLanguage) {
        for diagnostic in diagnostics.sorted {
            printError(diagnostic.rendered(in: language))
        }
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func print(_ message: Message, _ language: MessageLanguage) {
        Swift.print(message.text(in: language))
    }

    static func run(_ options: BuildOptions, _ language: MessageLanguage) throws {
        // Each stage's line as it ends, even into a pipe: a log (or a test) sees how far it got.
        StandardOutput.flushEachLine()
        let stops = options.checkOnly ? [] : try prepareOutput(options, language)
        defer { withExtendedLifetime(stops) {} }
        guard build(options, language).succeeded else { throw ExitCode(1) }
    }

    /// Before a build that writes: the leftovers of interrupted builds go (one line says what),
    /// an output MinhBạch may not replace is a usage error now rather than after the build, and
    /// from here on Ctrl-C or SIGTERM leaves no partial tree.
    static func prepareOutput(_ options: BuildOptions, _ language: MessageLanguage) throws -> [DispatchSourceSignal] {
        try checkOutput(options, language)
        return BuildInterruption.stopWritingOnSignals(output: options.outputDirectory.relativePath, language)
    }

    /// The leftovers of interrupted builds removed, and an output MinhBạch may not replace
    /// refused (exit 64): before `build` and before `serve` starts listening.
    static func checkOutput(_ options: BuildOptions, _ language: MessageLanguage) throws {
        let writer = SiteWriter(options: options)
        if let line = writer.removeLeftovers().summaryMessage { print(line, language) }
        if let refusal = writer.refusal() {
            printDiagnostics(Diagnostics([refusal]), language)
            throw ExitCode(64)
        }
    }

    /// One build with its progress, problems and summary printed; the process ends after it, so
    /// the built site's values are not freed one by one.
    static func build(_ options: BuildOptions, _ language: MessageLanguage) -> BuildReport {
        let report = SiteBuilder(options: options, progress: { print($0, language) }).build(releasingMemory: false)
        // A signal stopped the writer: its handler is clearing up and ends the process; a
        // "cannot write" here would only confuse.
        if WriteGate.shared.isClosed { dispatchMain() }
        return summarize(report, options, language)
    }

    /// Prints a build's problems and what it did.
    @discardableResult
    static func summarize(_ report: BuildReport, _ options: BuildOptions, _ language: MessageLanguage) -> BuildReport {
        printDiagnostics(report.diagnostics, language)
        guard report.succeeded else {
            let errors = errorCount(report.diagnostics.errorCount)
            print(options.checkOnly ? Message("cli.check-failed", ["errors": errors]) : Message("cli.build-failed", ["errors": errors]), language)
            return report
        }
        let total = Message.Value.text(String(Int(report.stages.map(\.milliseconds).reduce(0, +).rounded())))
        let pages = Message.Value.text(String(report.pageCount))
        if options.checkOnly {
            print(Message("cli.checked", ["pages": pages, "ms": total]), language)
        } else {
            let changes: Message.Value = report.changes.map { changes in
                .message(Message("cli.built-changes", ["written": .text(String(changes.written)), "unchanged": .text(String(changes.unchanged)),
                                                       "removed": .text(String(changes.removed))]))
            } ?? .text("")
            // The files on disk: the site's, and the writer's marker.
            let files = report.changes.map { $0.written + $0.unchanged } ?? report.fileCount
            print(Message("cli.built", ["pages": pages, "files": .text(String(files)), "changes": changes,
                                        "output": .text(options.outputDirectory.relativePath), "ms": total]), language)
        }
        return report
    }

    /// "1 error", "3 errors".
    static func errorCount(_ count: Int) -> Message.Value {
        .message(count == 1 ? Message("cli.errors.one") : Message("cli.errors", ["count": .text(String(count))]))
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into the output folder.")
    @OptionGroup var site: SiteOptions

    @Option(help: "Build only the K-th of N parts of the site (e.g. 2/4) into the output folder, for 'minhbach merge' to join (docs/scaling.md).")
    var shard: String?

    @OptionGroup var catalog: CatalogOption

    func validate() throws {
        if let shard, Shard(shard) == nil { throw ValidationError(Message("cli.shard-invalid").text(in: site.language)) }
    }

    func run() throws {
        var options = site.buildOptions(checkOnly: false)
        if let shard = shard.flatMap(Shard.init) { options.portion = .part(shard) }
        catalog.apply(to: &options)
        try Console.run(options, site.language)
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the content as a build would, writing nothing.")
    @OptionGroup var site: SiteOptions
    @OptionGroup var review: ReviewOptions
    func validate() throws { try review.check(in: site.language) }
    func run() throws {
        guard review.review else { return try Console.run(site.buildOptions(checkOnly: true), site.language) }
        try ReviewCommand.run(site.buildOptions(checkOnly: true), review, site.language)
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
        Console.printDiagnostics(diagnostics, site.language)
        guard let html, !diagnostics.hasErrors else { throw ExitCode(1) }
        FileHandle.standardOutput.write(Data(html.utf8))
    }
}
