import Foundation
import Glibc

/// One JSON line per message over a Unix socket: how `minhbach serve` and its build worker
/// talk. The worker finds its end as descriptor 3 and keeps stdout and stderr for its ordinary
/// progress and diagnostics, which thus reach the terminal as those of `build` do; a socket
/// rather than a pipe because it goes both ways and `send` can refuse SIGPIPE (a worker that
/// died must not take the server with it).
public final class WorkerChannel: @unchecked Sendable {
    public enum Received<Message> {
        case message(Message)
        /// The other end closed (or the descriptor failed) before a whole line arrived.
        case closed
        /// A whole line that is not the message expected.
        case unreadable
    }

    /// Where a worker finds its end: the first descriptor after stdin, stdout and stderr.
    public static let workerDescriptor: Int32 = 3

    let descriptor: Int32
    /// Bytes read past the last line; only the one thread that receives touches them.
    private var pending: [UInt8] = []

    init(descriptor: Int32) { self.descriptor = descriptor }

    /// The worker's end, or nil when this process was not started as a worker.
    public static func ofWorker() -> WorkerChannel? {
        fcntl(workerDescriptor, F_GETFD) >= 0 ? WorkerChannel(descriptor: workerDescriptor) : nil
    }

    @discardableResult
    public func send(_ message: some Encodable) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // JSON escapes every line break inside strings: the only one is the message's end.
        guard let json = try? encoder.encode(message) else { return false }
        let bytes = Array(json) + [0x0A]
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            if sent < 0 && errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    /// Waits for the next whole line, however long a build takes.
    public func receive<Message: Decodable>(_ type: Message.Type) -> Received<Message> {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let end = pending.firstIndex(of: 0x0A) {
                let line = Array(pending[..<end])
                pending.removeSubrange(...end)
                guard let message = try? JSONDecoder().decode(type, from: Data(line)) else { return .unreadable }
                return .message(message)
            }
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return .closed }
            pending += chunk[..<count]
        }
    }

    func close() { _ = Glibc.close(descriptor) }
}
