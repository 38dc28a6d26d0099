import ArgumentParser
import Diagnostics
import Dispatch
import Foundation
import Glibc
import MinhBachKit
import Serve

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, serve it for preview, and rebuild and reload on every change.",
        discussion: "Listens on 127.0.0.1 only unless --host names another address. Pages served get a live-reload script; the built files never do.")

    @OptionGroup var site: SiteOptions

    @Option(help: "The port to listen on (0: any free port).")
    var port = 1313

    @Option(help: "The address to listen on. Anything but a loopback address lets other machines read the site.")
    var host = SiteServer.defaultHost

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError(Message("cli.port-out-of-range").text(in: site.language)) }
        guard !host.isEmpty else { throw ValidationError(Message("cli.host-empty").text(in: site.language)) }
    }

    func run() throws {
        StandardOutput.flushEachLine()
        let options = site.buildOptions(checkOnly: false)
        let language = site.language
        try Console.checkOutput(options, language)
        // Listening first: a port in use is reported before a build, not after it.
        let server = SiteServer(outputDirectory: options.outputDirectory)
        let address: BoundAddress
        do {
            address = try server.start(host: host, port: port)
        } catch {
            let problem = (error as? ServeError)?.message ?? .verbatim("\(error)")
            Console.printError(Diagnostic.error(at: nil, problem, hint: Message("serve.choose-another-port")).rendered(in: language))
            throw ExitCode(1)
        }

        // Builds run in a worker process (`serve-worker`): a build that crashes ends the worker,
        // and this process goes on serving the last good site and tells the browsers.
        let worker = BuildWorker(command: Self.workerCommand(site)) { exit in
            Console.printError(Diagnostic.warning(at: nil, Message("serve.worker-stopped-idle", ["exit": .message(exit.text)])).rendered(in: language))
        }
        let loop = RebuildLoop(watching: [options.contentDirectory, options.themeDirectory], relativeTo: options.workingDirectory,
                               server: server, language: language, log: { print($0) }, logError: { Console.printError($0) },
                               rebuild: { changed in
                                   let result = worker.build(changed: changed)
                                   server.speak(siteLanguage: worker.siteLanguage)
                                   return result
                               })
        // Ctrl-C and SIGTERM end the worker too (it has a process group of its own, so the
        // terminal's Ctrl-C reaches this process alone). Not on the main queue: the first build
        // waits there, and Ctrl-C must work during it as well.
        let stops = InterruptSignals.handle(on: .global()) { _ in
            // The worker first: a rebuild waiting for it then returns at once.
            worker.stop()
            loop.stop()
            server.stop()
            print("\n" + Message("serve.stopped").text(in: language))
            Foundation.exit(0)
        }
        // Edits saved during the first build are seen by the first poll after it.
        loop.takeSnapshot()
        let first = worker.build(changed: [])
        server.speak(siteLanguage: worker.siteLanguage)
        // Tabs left open from an earlier run reconnect by themselves; this shows them the result.
        let activity = Message("serve.while-building")
        server.show(first, while: activity)
        if case .stopped(let exit) = first {
            Console.printError(Diagnostic.error(at: nil, Message("serve.still-serving", ["problem": .message(exit.message(while: activity))]))
                .rendered(in: language))
        }
        Console.print(Message("serve.serving", ["output": .text(options.outputDirectory.relativePath), "url": .text(address.url)]), language)
        if !address.isLoopback {
            print(Diagnostic.warning(at: nil, Message("serve.listening-openly", ["host": .text(address.host)])).rendered(in: language))
        }

        loop.start()

        withExtendedLifetime(stops) { dispatchMain() }
    }

    /// This very executable, as `serve-worker` with the same site options.
    static func workerCommand(_ site: SiteOptions) -> [String] {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: CommandLine.arguments[0], relativeTo: cwd).standardizedFileURL.path
        return [executable, "serve-worker"] + site.arguments
    }
}
