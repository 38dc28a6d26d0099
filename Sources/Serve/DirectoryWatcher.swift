import Dispatch
import Foundation

/// Polls folders for added, removed and changed files and reports them once they have been
/// quiet for a moment, so that an editor's save (write, rename, touch) makes one report.
/// Polling works on every file system, and a site's sources are a few thousand files at most.
public final class DirectoryWatcher: @unchecked Sendable {
    public typealias Handler = @Sendable (_ changedPaths: [String]) -> Void

    private let directories: [String]
    private let interval: DispatchTimeInterval
    private let onChange: Handler
    private let queue = DispatchQueue(label: "minhbach.serve.watcher")
    // Touched only on `queue`.
    private var timer: DispatchSourceTimer?
    private var snapshot: DirectorySnapshot?
    private var pending: Set<String> = []

    /// `onChange` runs on the watcher's own queue; polling waits while it runs, and whatever
    /// changed meanwhile is reported next.
    public init(directories: [URL], intervalMilliseconds: Int = 200, onChange: @escaping Handler) {
        self.directories = directories.map { $0.standardizedFileURL.path }
        interval = .milliseconds(intervalMilliseconds)
        self.onChange = onChange
    }

    /// Remembers the folders as they are now; `start` then reports every change since. Taken
    /// before a first build, so that files saved while it runs are not missed.
    public func takeSnapshot() {
        queue.sync { snapshot = DirectorySnapshot.take(of: directories) }
    }

    /// Starts polling, from the snapshot taken by `takeSnapshot` if there is one.
    public func start() {
        queue.sync {
            guard timer == nil else { return }
            if snapshot == nil { snapshot = DirectorySnapshot.take(of: directories) }
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(deadline: .now() + interval, repeating: interval)
            timer.setEventHandler { [weak self] in self?.poll() }
            timer.resume()
            self.timer = timer
        }
    }

    public func stop() {
        queue.sync {
            timer?.cancel()
            timer = nil
        }
    }

    /// A poll that finds changes remembers them; the first quiet poll after that reports them.
    private func poll() {
        let current = DirectorySnapshot.take(of: directories)
        let changed = current.changes(since: snapshot ?? DirectorySnapshot())
        snapshot = current
        if !changed.isEmpty {
            pending.formUnion(changed)
        } else if !pending.isEmpty {
            let report = pending.sorted()
            pending = []
            onChange(report)
        }
    }
}
