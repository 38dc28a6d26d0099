import Glibc

/// A connection that costs no thread while it waits: either still sending its request head, or
/// answered and being closed gently. Only the poller touches it, and every read is
/// non-blocking (`MSG_DONTWAIT`): a read takes what has arrived and returns.
struct WaitingConnection {
    enum Phase: Equatable {
        /// The bytes of the head received so far.
        case head([UInt8])
        /// The response has been sent and our side shut; what the client still sends is read
        /// and dropped until it closes. Closing at once with unread input (a POST body, the
        /// rest of a head too large) would reset the connection and could destroy the
        /// response before the client reads it.
        case closing(drained: Int)
    }

    /// What the bytes that arrived made of the connection.
    enum Progress: Equatable {
        case waiting
        case head([UInt8])
        case tooLarge
        /// The client went away, or a closing connection is done.
        case finished
    }

    let socket: Socket
    /// `DispatchTime` nanoseconds: when the head must be complete, or when closing gives up.
    let deadline: UInt64
    private(set) var phase: Phase

    /// How much a closing connection reads before it is closed anyway.
    static let drainLimit = 65_536

    init(socket: Socket, deadline: UInt64, phase: Phase) {
        self.socket = socket
        self.deadline = deadline
        self.phase = phase
    }

    var isClosing: Bool { if case .closing = phase { true } else { false } }

    /// Reads whatever has arrived, without waiting.
    mutating func readAvailable(headLimit: Int) -> Progress {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(socket.descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            if count == 0 { return .finished }
            if count < 0 {
                if errno == EINTR { continue }
                return errno == EAGAIN || errno == EWOULDBLOCK ? .waiting : .finished
            }
            switch phase {
            case .closing(let drained):
                guard drained + count < Self.drainLimit else { return .finished }
                phase = .closing(drained: drained + count)
            case .head(var bytes):
                let searchFrom = max(0, bytes.count - 3)
                bytes.append(contentsOf: chunk[..<count])
                phase = .head(bytes)
                if let end = Self.endOfHead(bytes, from: searchFrom) {
                    return end > headLimit ? .tooLarge : .head(Array(bytes[..<end]))
                }
                if bytes.count > headLimit { return .tooLarge }
            }
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
}
