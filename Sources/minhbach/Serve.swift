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
        try Console.checkOutput(options)
        // Listening first: a port in use is reported before a build, not after it.
        let server = SiteServer(outputDirectory: options.outputDirectory)
        let address: BoundAddress
        do {
            address = try server.start(host: host, port: port)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n    help: choose another port with --port, or 0 for any free one\n".utf8))
            throw ExitCode(1)
        }

        // Builds run in a worker process (`serve-worker`): a build that crashes ends the worker,
        // and this process goes on serving the last good site and tells the browsers.
        let worker = BuildWorker(command: Self.workerCommand(site)) { exit in
            Self.printError("warning: the build worker stopped unexpectedly (\(exit)) while idle; the next change starts a fresh build of the whole site")
        }
        let loop = RebuildLoop(watching: [options.contentDirectory, options.themeDirectory], relativeTo: options.workingDirectory,
                               server: server, log: { print($0) }, logError: { Self.printError($0) },
                               rebuild: { changed in worker.build(changed: changed) })
        // Ctrl-C and SIGTERM end the worker too (it has a process group of its own, so the
        // terminal's Ctrl-C reaches this process alone). Not on the main queue: the first build
        // waits there, and Ctrl-C must work during it as well.
        let stops = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                // The worker first: a rebuild waiting for it then returns at once.
                worker.stop()
                loop.stop()
                server.stop()
                print("\nStopped.")
                Foundation.exit(0)
            }
            source.resume()
            return source
        }
        // Edits saved during the first build are seen by the first poll after it.
        loop.takeSnapshot()
        let first = worker.build(changed: [])
        // Tabs left open from an earlier run reconnect by themselves; this shows them the result.
        server.show(first, while: "building the site")
        if case .stopped(let exit) = first {
            Self.printError("error: \(exit.message(while: "building the site")); still serving the previous site")
        }
        print("Serving \(options.outputDirectory.relativePath) at \(address.url) (Ctrl-C to stop)")
        if !address.isLoopback {
            print("warning: listening on \(address.host): other machines on the network can read the site.")
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

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
