import Foundation

/// A value shared between threads (the accept loop, connection handlers, the watcher), behind a
/// lock. `NSLock` rather than `Synchronization.Mutex`, which needs macOS 15.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }

    var current: Value { withLock { $0 } }
}
