import Glibc

/// A connected TCP socket: just its descriptor, so it can be handed from the poller to a
/// handler, to the event stream, and back. Whoever holds it last closes it.
public struct Socket: Sendable {
    public let descriptor: Int32

    /// Bounds every blocking call, so a stuck client cannot hold a thread for long.
    func setTimeouts(seconds: Int) {
        var limit = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
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

    /// Sends what the socket takes at once and never waits: for the poller's short refusals,
    /// which an empty socket buffer always takes whole.
    func sendNow(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
    }

    /// Ends the response: the client reads to the end, then closes its side.
    func shutdownWrite() { _ = shutdown(descriptor, Int32(SHUT_WR)) }

    func close() { _ = Glibc.close(descriptor) }
}
