import ArgumentParser
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
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard !host.isEmpty else { throw ValidationError("--host must name an address, e.g. 127.0.0.1") }
    }

    func run() throws {
        StandardOutput.flushEachLine()
        let options = site.buildOptions(checkOnly: false)
        // Listening first: a port in use is reported before a build, not after it.
        let server = SiteServer(outputDirectory: options.outputDirectory)
        let address: BoundAddress
        do {
            address = try server.start(host: host, port: port)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n    help: choose another port with --port, or 0 for any free one\n".utf8))
            throw ExitCode(1)
        }

        // Edits to the text of pages rebuild those pages only, edits to data files what shows
        // the data; the session says when the search index has caught up.
        let session = BuildSession(builder: SiteBuilder(options: options), log: { print($0) })
        let rebuild: RebuildLoop.Rebuild = { changed in
            let report = session.rebuild(changed: changed)
            Console.printDiagnostics(report.diagnostics)
            if let pages = report.rebuiltPages, report.succeeded {
                print("Rebuilt only \(RebuildLoop.summarize(pages)), \(report.changes?.written ?? 0) file(s) written.")
            }
            return report.diagnostics
        }
        let loop = RebuildLoop(watching: [options.contentDirectory, options.themeDirectory], relativeTo: options.workingDirectory,
                               server: server, log: { print($0) }, rebuild: rebuild)
        // Edits saved during the first build are seen by the first poll after it.
        loop.takeSnapshot()
        let first = Console.summarize(session.build(), options, verb: "Build")
        // Tabs left open from an earlier run reconnect by themselves; this shows them the result.
        if first.succeeded { server.notifyReload() } else { server.showErrors(first.diagnostics.sorted) }
        print("Serving \(options.outputDirectory.relativePath) at \(address.url) (Ctrl-C to stop)")
        if !address.isLoopback {
            print("warning: listening on \(address.host): other machines on the network can read the site.")
        }

        loop.start()

        let stops = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler {
                loop.stop()
                server.stop()
                print("\nStopped.")
                Foundation.exit(0)
            }
            source.resume()
            return source
        }
        withExtendedLifetime(stops) { dispatchMain() }
    }
}
