import Dispatch
import Glibc

/// A connected TCP socket: just its descriptor, so it can be handed from the connection queue
/// to the event stream. Whoever holds it last closes it.
public struct Socket: Sendable {
    public let descriptor: Int32

    public enum HeadRead: Equatable {
        case head([UInt8])
        case tooLarge
        case timedOut
        case closed
    }

    /// Bounds every blocking call, so a silent or stuck client cannot hold a thread for long.
    func setTimeouts(seconds: Int) {
        var limit = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Reads until the blank line that ends a request head. The deadline covers the whole head,
    /// not each read, so a client that drips one byte at a time is cut off too.
    func readHead(limit: Int, deadline: DispatchTime) -> HeadRead {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            if DispatchTime.now() > deadline { return .timedOut }
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count == 0 { return .closed }
            if count < 0 {
                if errno == EINTR { continue }
                return errno == EAGAIN || errno == EWOULDBLOCK ? .timedOut : .closed
            }
            let searchFrom = max(0, buffer.count - 3)
            buffer.append(contentsOf: chunk[..<count])
            if let end = Self.endOfHead(buffer, from: searchFrom) {
                return end > limit ? .tooLarge : .head(Array(buffer[..<end]))
            }
            if buffer.count > limit { return .tooLarge }
        }
    }

    /// Where the head ends: at `\r\n\r\n`, or `\n\n` from lenient clients.
    static func endOfHead(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == 0x0A {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { return index + 1 }
                if index + 2 < bytes.count, bytes[index + 1] == 0x0D, bytes[index + 2] == 0x0A { return index + 2 }
            }
            index += 1
        }
        return nil
    }

    /// Writes everything or reports failure. `MSG_NOSIGNAL`: a client that went away must not
    /// kill the server with SIGPIPE.
    @discardableResult
    func write(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { buffer in
                send(descriptor, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent < 0 && errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    /// Ends the response, then reads what the client still sends until it closes its side.
    /// Closing at once with unread input (a POST body) would reset the connection and could
    /// destroy the response before the client reads it.
    func closeGracefully() {
        shutdown(descriptor, Int32(SHUT_WR))
        setTimeouts(seconds: 1)
        var sink = [UInt8](repeating: 0, count: 4096)
        var drained = 0
        while drained < 65_536 {
            let count = sink.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            drained += count
        }
        close()
    }

    func close() { _ = Glibc.close(descriptor) }
}
