import Dispatch
import Foundation
import Glibc

/// One thread that accepts connections and watches, with `poll(2)`, every one not being
/// answered: those still sending their head and those being closed after their response. A
/// silent or slow client is one entry in a list, not a blocked thread, so a hundred of them
/// delay nobody. Only complete heads leave the poller, for the handler queue; heads too large or
/// too late are answered here (431, 408) with a response small enough never to block.
final class ConnectionPoller: @unchecked Sendable {
    typealias Deliver = @Sendable (Socket, _ head: [UInt8], ConnectionPoller) -> Void

    private let listener: ListeningSocket
    private let limits: HTTPLimits
    private let deliver: Deliver
    private let wake = WakePipe()
    /// Answered connections handed back to be closed gently, and whether the poller has stopped.
    private let inbox = Locked<(sockets: [Socket], stopped: Bool)>(([], false))
    // Touched only on the poller's thread.
    private var waiting: [WaitingConnection] = []
    private var acceptPausedUntil: UInt64 = 0

    /// How long a connection being closed may take to send its last bytes and close its side.
    static let closingMilliseconds = 1_000

    /// `deliver` gets each complete head on the poller's thread and must return at once; the
    /// poller comes with it, to take the connection back once answered.
    init(listener: ListeningSocket, limits: HTTPLimits, deliver: @escaping Deliver) {
        self.listener = listener
        self.limits = limits
        self.deliver = deliver
    }

    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "minhbach.serve.poller"
        thread.start()
    }

    /// Stops accepting and closes every waiting connection; those being answered finish.
    func stop() {
        inbox.withLock { $0.stopped = true }
        wake.signal()
    }

    /// Takes back a connection whose response has been written, to close it without a thread
    /// waiting for the client.
    func close(answered socket: Socket) {
        let taken = inbox.withLock { inbox -> Bool in
            guard !inbox.stopped else { return false }
            inbox.sockets.append(socket)
            return true
        }
        if taken {
            wake.signal()
        } else {
            socket.close()
        }
    }

    private func run() {
        while true {
            let now = DispatchTime.now().uptimeNanoseconds
            let listening = now >= acceptPausedUntil
            var descriptors = [pollfd(fd: wake.readEnd, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: listening ? listener.descriptor : -1, events: Int16(POLLIN), revents: 0)]
            descriptors += waiting.map { pollfd(fd: $0.socket.descriptor, events: Int16(POLLIN), revents: 0) }
            let nextDeadline = (waiting.map(\.deadline) + (listening ? [] : [acceptPausedUntil])).min()
            let timeout = nextDeadline.map { Int32(clamping: ($0 > now ? $0 - now + 999_999 : 0) / 1_000_000) } ?? -1
            if poll(&descriptors, nfds_t(descriptors.count), timeout) < 0 && errno != EINTR {
                usleep(10_000)  // cannot happen with valid descriptors; never spin
            }

            if descriptors[0].revents != 0 {
                wake.drain()
                let (answered, stopped) = inbox.withLock { inbox in
                    defer { inbox.sockets = [] }
                    return (inbox.sockets, inbox.stopped)
                }
                if stopped {
                    listener.close()
                    for socket in waiting.map(\.socket) + answered { socket.close() }
                    waiting = []
                    return
                }
                for socket in answered { waiting.append(closing(socket)) }
            }
            readReady(descriptors.dropFirst(2).map(\.revents))
            if descriptors[1].revents != 0 { acceptAll() }
            evictBeyondLimit()
        }
    }

    /// Reads every connection with something to read; answers or closes those that are done or late.
    private func readReady(_ events: [Int16]) {
        let now = DispatchTime.now().uptimeNanoseconds
        var kept: [WaitingConnection] = []
        for (index, var connection) in waiting.enumerated() {
            // The poller's list only grows at its end between polls, so the first
            // `events.count` entries are the ones that were polled.
            if index < events.count, events[index] != 0 {
                switch connection.readAvailable(headLimit: limits.headBytes) {
                case .waiting: break
                case .head(let bytes):
                    deliver(connection.socket, bytes, self)
                    continue
                case .tooLarge:
                    kept.append(refuse(connection.socket, .headersTooLarge))
                    continue
                case .finished:
                    connection.socket.close()
                    continue
                }
            }
            if now >= connection.deadline {
                if connection.isClosing {
                    connection.socket.close()
                } else {
                    kept.append(refuse(connection.socket, .requestTimeout))
                }
                continue
            }
            kept.append(connection)
        }
        waiting = kept
    }

    private func acceptAll() {
        while true {
            switch listener.acceptNow() {
            case .accepted(let socket):
                let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(limits.headMilliseconds) * 1_000_000
                let connection = WaitingConnection(socket: socket, deadline: deadline, phase: .head([]))
                waiting.append(connection)
            case .none:
                return
            case .outOfDescriptors:
                // The listener stays readable until a descriptor is free: wait, don't spin.
                acceptPausedUntil = DispatchTime.now().uptimeNanoseconds + 50_000_000
                return
            }
        }
    }

    /// Beyond the limit, the connections that have waited longest make room.
    private func evictBeyondLimit() {
        let excess = waiting.count - limits.waitingConnections
        guard excess > 0 else { return }
        for connection in waiting.prefix(excess) {
            if !connection.isClosing { connection.socket.sendNow(HTTPResponse.text(.requestTimeout).head()) }
            connection.socket.close()
        }
        waiting.removeFirst(excess)
    }

    /// A short refusal, sent without waiting (it fits any socket buffer), then closed gently.
    private func refuse(_ socket: Socket, _ status: HTTPStatus) -> WaitingConnection {
        let response = HTTPResponse.text(status)
        socket.sendNow(response.head() + response.body)
        return closing(socket)
    }

    private func closing(_ socket: Socket) -> WaitingConnection {
        socket.shutdownWrite()
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(Self.closingMilliseconds) * 1_000_000
        return WaitingConnection(socket: socket, deadline: deadline, phase: .closing(drained: 0))
    }
}
