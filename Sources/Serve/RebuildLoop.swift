import Dispatch
import Foundation

/// Watch → rebuild → tell the browsers. The rebuild is one closure, so that where the build
/// runs (a `BuildWorker` process in `minhbach serve`) is not this loop's business.
public final class RebuildLoop: Sendable {
    /// Rebuilds the site after the files at these absolute paths changed. A failed or stopped
    /// build must leave the previous output in place (`SiteBuilder` swaps it whole).
    public typealias Rebuild = @Sendable (_ changedPaths: [String]) -> BuildResult

    private let watcher: DirectoryWatcher

    /// `log` gets one line per rebuild, `logError` the line of a build that stopped
    /// unexpectedly; `relativeTo` shortens the paths they name.
    public init(watching directories: [URL], relativeTo base: URL, server: SiteServer, intervalMilliseconds: Int = 200,
                log: @escaping @Sendable (String) -> Void, logError: (@Sendable (String) -> Void)? = nil,
                rebuild: @escaping Rebuild) {
        let basePath = base.standardizedFileURL.path + "/"
        let logError = logError ?? log
        watcher = DirectoryWatcher(directories: directories, intervalMilliseconds: intervalMilliseconds) { changed in
            let names = changed.map { $0.hasPrefix(basePath) ? String($0.dropFirst(basePath.count)) : $0 }
            let started = DispatchTime.now()
            let result = rebuild(changed)
            let milliseconds = (DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
            let summary = Self.summarize(names)
            server.show(result, while: "rebuilding after changes to \(summary)")
            switch result {
            case .succeeded:
                log("Rebuilt in \(milliseconds) ms (changed: \(summary))")
            case .failed(let problems):
                let count = problems.count
                log("Rebuild failed in \(milliseconds) ms: \(count) error\(count == 1 ? "" : "s") (changed: \(summary)); still serving the previous site, browsers show the errors.")
            case .stopped(let exit):
                logError("error: \(exit.message(while: "rebuilding after changes to \(summary)")); still serving the previous site")
            case .cancelled:
                break
            }
        }
    }

    /// Call before the first build: what changes during it is rebuilt as soon as `start` is called.
    public func takeSnapshot() { watcher.takeSnapshot() }
    public func start() { watcher.start() }
    public func stop() { watcher.stop() }

    /// The first few paths, then how many more: a `git checkout` can touch hundreds.
    public static func summarize(_ paths: [String]) -> String {
        let shown = paths.prefix(3).joined(separator: ", ")
        return paths.count > 3 ? "\(shown) and \(paths.count - 3) more" : shown
    }
}
