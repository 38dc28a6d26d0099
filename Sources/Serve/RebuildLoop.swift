import Diagnostics
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
    /// unexpectedly, both in `language`; `relativeTo` shortens the paths they name.
    public init(watching directories: [URL], relativeTo base: URL, server: SiteServer, intervalMilliseconds: Int = 200,
                language: MessageLanguage = .en,
                log: @escaping @Sendable (String) -> Void, logError: (@Sendable (String) -> Void)? = nil,
                rebuild: @escaping Rebuild) {
        let basePath = base.standardizedFileURL.path + "/"
        let logError = logError ?? log
        watcher = DirectoryWatcher(directories: directories, intervalMilliseconds: intervalMilliseconds) { changed in
            let names = changed.map { $0.hasPrefix(basePath) ? String($0.dropFirst(basePath.count)) : $0 }
            let started = DispatchTime.now()
            let result = rebuild(changed)
            let milliseconds = (DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
            let summary = Message.Value.message(Self.summary(names))
            let activity = Message("serve.while-rebuilding", ["paths": summary])
            server.show(result, while: activity)
            let ms = Message.Value.text(String(milliseconds))
            switch result {
            case .succeeded:
                log(Message("serve.rebuilt", ["ms": ms, "paths": summary]).text(in: language))
            case .failed(let problems):
                let errors = problems.count == 1 ? Message("cli.errors.one") : Message("cli.errors", ["count": .text(String(problems.count))])
                log(Message("serve.rebuild-failed", ["ms": ms, "errors": .message(errors), "paths": summary]).text(in: language))
            case .stopped(let exit):
                logError(Diagnostic.error(at: nil, Message("serve.still-serving", ["problem": .message(exit.message(while: activity))]))
                    .rendered(in: language))
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
    public static func summary(_ paths: [String]) -> Message {
        let shown = paths.prefix(3).joined(separator: ", ")
        return paths.count > 3 ? Message("serve.paths-and-more", ["paths": .text(shown), "count": .text(String(paths.count - 3))])
                               : .verbatim(shown)
    }

    /// The summary in English.
    public static func summarize(_ paths: [String]) -> String { summary(paths).text(in: .en) }
}
