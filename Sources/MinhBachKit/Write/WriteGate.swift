import Foundation
import Glibc

/// How `minhbach build` stops on Ctrl-C or SIGTERM without leaving a partial tree. Every disk
/// step of the writer passes through the gate; `close()` lets the steps under way finish, refuses
/// every later one, and removes the temporary folders of this process. The swap is one step, so
/// a signal never lands between its two halves. (A SIGKILL cannot be caught: the next build
/// removes what it leaves.)
public final class WriteGate: @unchecked Sendable {
    /// The gate of the writers of this process, which a signal handler closes.
    public static let shared = WriteGate()

    /// What closing found.
    public struct Closing: Sendable, Equatable {
        /// Temporary folders removed (a partial new site, or an old one swapped out).
        public var removed: [String]
        /// Whether a writer had already swapped a new site in.
        public var replacedOutput: Bool
    }

    private let condition = NSCondition()
    private var running = 0
    private var closed = false
    private var temporaries: Set<String> = []
    private var replacedOutput = false

    public init() {}

    /// Runs one step, unless the gate is closed (then it throws `ECANCELED`); `close()` waits
    /// for the steps under way to end.
    func step<T>(_ body: () throws(POSIXError) -> T) throws(POSIXError) -> T {
        condition.lock()
        guard !closed else {
            condition.unlock()
            throw POSIXError(.ECANCELED)
        }
        running += 1
        condition.unlock()
        defer {
            condition.lock()
            running -= 1
            if running == 0 { condition.broadcast() }
            condition.unlock()
        }
        return try body()
    }

    /// A path to remove if the gate closes before the writer has removed it itself.
    func track(_ paths: [String]) { withLock { temporaries.formUnion(paths) } }
    /// Once closed, the paths stay: the writer may return before `close()` has looked, and
    /// its own removal was refused.
    func untrack(_ paths: [String]) { withLock { if !closed { temporaries.subtract(paths) } } }
    func noteReplacedOutput() { withLock { replacedOutput = true } }
    /// Whether `close()` has been called (it may still be waiting for a step).
    public var isClosed: Bool { withLock { closed } }

    /// Stops every writer of this process between two steps and removes its temporary folders.
    /// The gate stays closed: the caller is about to exit.
    public func close(removingWith operations: DiskOperations = .system) -> Closing {
        condition.lock()
        closed = true
        while running > 0 { condition.wait() }
        let paths = temporaries.sorted()
        let replaced = replacedOutput
        condition.unlock()
        var removed: [String] = []
        for path in paths {
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            if (try? operations.removeTree(path)) != nil { removed.append(path) }
        }
        return Closing(removed: removed, replacedOutput: replaced)
    }

    private func withLock<T>(_ body: () -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }
}

extension DiskOperations {
    /// The same steps, each through the gate.
    func gated(by gate: WriteGate) -> DiskOperations {
        let raw = self
        return DiskOperations(
            makeFolder: { path throws(POSIXError) in try gate.step { () throws(POSIXError) in try raw.makeFolder(path) } },
            writeFile: { file throws(POSIXError) in try gate.step { () throws(POSIXError) in try raw.writeFile(file) } },
            link: { paths throws(POSIXError) in try gate.step { () throws(POSIXError) in try raw.link(paths) } },
            rename: { paths throws(POSIXError) in try gate.step { () throws(POSIXError) in try raw.rename(paths) } },
            exchange: { paths throws(POSIXError) in try gate.step { () throws(POSIXError) in try raw.exchange(paths) } },
            unlink: { path throws(POSIXError) in try gate.step { () throws(POSIXError) in try raw.unlink(path) } },
            removeFolder: { path throws(POSIXError) in try gate.step { () throws(POSIXError) in try raw.removeFolder(path) } })
    }
}
