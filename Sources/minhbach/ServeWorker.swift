import ArgumentParser
import Diagnostics
import Foundation
import MinhBachKit
import Serve

/// `minhbach serve-worker`: the builds of `minhbach serve`, in a process of their own, so that
/// a build that crashes ends this process and not the server. It keeps a `BuildSession` and
/// answers the server's requests on descriptor 3 (`WorkerChannel`), one JSON line each way;
/// its progress and diagnostics go to the stdout and stderr it shares with the server, so the
/// terminal shows what `serve` always showed. Hidden: only `serve` starts it.
struct ServeWorker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve-worker",
        abstract: "Build for 'minhbach serve', which starts it and talks to it on descriptor 3.",
        shouldDisplay: false)

    @OptionGroup var site: SiteOptions

    func run() throws {
        guard let channel = WorkerChannel.ofWorker() else {
            Console.printError(Diagnostic.error(at: nil, Message("cli.worker-not-started"), hint: Message("cli.worker-run-serve")).rendered(in: site.language))
            throw ExitCode(64)
        }
        StandardOutput.flushEachLine()
        let options = site.buildOptions(checkOnly: false)
        let language = site.language
        // Edits to the text of pages rebuild those pages only, edits to data files what shows
        // the data; the session says when the search index has caught up.
        let session = BuildSession(builder: SiteBuilder(options: options), log: { Console.print($0, language) })
        // The server ends this process with SIGTERM when it stops: a write under way is stopped
        // between two disk steps and leaves the previous site, as for `build`.
        let stops = BuildInterruption.stopWritingOnSignals(output: options.outputDirectory.relativePath, language)
        defer { withExtendedLifetime(stops) {} }
        var isFirst = true
        // The site's language, for the problems the browsers show: known once a build read site.yml.
        var siteLanguage: String?
        while case .message(let request) = channel.receive(BuildRequest.self) {
            let report: BuildReport
            if isFirst {
                // The server's first build, or the first after a worker stopped: whole.
                report = Console.summarize(session.build(), options, language)
                isFirst = false
            } else {
                report = session.rebuild(changed: request.changed)
                Console.printDiagnostics(report.diagnostics, language)
                if let pages = report.rebuiltPages, report.succeeded {
                    Console.print(Message("serve.rebuilt-only", ["pages": .message(RebuildLoop.summary(pages)),
                                                                 "count": .text(String(report.changes?.written ?? 0))]), language)
                }
            }
            siteLanguage = report.siteLanguage ?? siteLanguage
            let pageLanguage = siteLanguage.flatMap(MessageLanguage.init(rawValue:)) ?? .en
            let problems = report.diagnostics.sorted.filter { $0.severity == .error }.map { BuildProblem($0, in: pageLanguage) }
            guard channel.send(BuildReply(succeeded: report.succeeded, problems: problems, rebuiltPages: report.rebuiltPages,
                                          language: siteLanguage)) else { break }
        }
        // The server closed its end: it is stopping. The search index a rebuild left for later is finished first.
        session.waitForDeferredWork()
    }
}

extension SiteOptions {
    /// Every site option as given, for the worker's command line: it must build exactly the
    /// site `serve` was asked for. An option added to `SiteOptions` belongs here too.
    var arguments: [String] {
        ["--content", content] + (theme.map { ["--theme", $0] } ?? []) + ["--output", output]
            + (baseURL.map { ["--base-url", $0] } ?? [])
            + (drafts ? ["--drafts"] : [])
            + (audience.map { ["--audience", $0.rawValue] } ?? [])
            + (force ? ["--force"] : [])
            + (messages.map { ["--messages", $0.rawValue] } ?? [])
    }
}
