import Diagnostics
import Dispatch
import Foundation

/// Watch → rebuild → tell the browsers. The rebuild is one closure, so that an incremental
/// builder can take the place of a whole build without anything else changing.
public final class RebuildLoop: Sendable {
    /// Rebuilds the site; given the changed paths, returns the build's problems. A failed build
    /// must leave the previous output in place (`SiteBuilder` does).
    public typealias Rebuild = @Sendable (_ changedPaths: [String]) -> Diagnostics

    private let watcher: DirectoryWatcher

    /// `log` gets one line per rebuild; `relativeTo` shortens the paths it names.
    public init(watching directories: [URL], relativeTo base: URL, server: SiteServer,
                intervalMilliseconds: Int = 200, log: @escaping @Sendable (String) -> Void, rebuild: @escaping Rebuild) {
        let basePath = base.standardizedFileURL.path + "/"
        watcher = DirectoryWatcher(directories: directories, intervalMilliseconds: intervalMilliseconds) { changed in
            let names = changed.map { $0.hasPrefix(basePath) ? String($0.dropFirst(basePath.count)) : $0 }
            let started = DispatchTime.now()
            let diagnostics = rebuild(changed)
            let milliseconds = (DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
            let summary = Self.summarize(names)
            if diagnostics.hasErrors {
                server.showErrors(diagnostics.sorted)
                let count = diagnostics.errorCount
                log("Rebuild failed in \(milliseconds) ms: \(count) error\(count == 1 ? "" : "s") (changed: \(summary)); still serving the previous site, browsers show the errors.")
            } else {
                server.notifyReload()
                log("Rebuilt in \(milliseconds) ms (changed: \(summary))")
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
