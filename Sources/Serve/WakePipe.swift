import Glibc

/// A pipe whose only use is to wake a thread blocked in `poll(2)`: other threads write a byte,
/// the polling thread watches the read end and empties it. A socket pair rather than `pipe2`,
/// which Swift cannot see, so that both ends are close-on-exec from the start.
final class WakePipe: Sendable {
    let readEnd: Int32
    private let writeEnd: Int32

    init() {
        var ends: [Int32] = [-1, -1]
        // Non-blocking both ways: a full pipe already means "wake up", and emptying it stops at EAGAIN.
        // Close-on-exec, as every descriptor of the server: a spawned build worker must not hold them.
        let kind = Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue | SOCK_NONBLOCK.rawValue)
        precondition(socketpair(AF_UNIX, kind, 0, &ends) == 0, "cannot make a socket pair: \(String(cString: strerror(errno)))")
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    /// Closed only when nothing can signal any more, so no other file can take their numbers
    /// while a thread still writes to them.
    deinit {
        _ = Glibc.close(readEnd)
        _ = Glibc.close(writeEnd)
    }

    func signal() {
        var byte: UInt8 = 1
        _ = Glibc.write(writeEnd, &byte, 1)
    }

    func drain() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while bytes.withUnsafeMutableBytes({ Glibc.read(readEnd, $0.baseAddress, $0.count) }) > 0 {}
    }
}
