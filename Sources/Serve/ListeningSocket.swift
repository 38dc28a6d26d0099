import Diagnostics
import Glibc

/// Where the server really listens, as the kernel reports it (`getsockname`), so port 0 shows
/// the port it was given and tests can check the interface.
public struct BoundAddress: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int

    /// `http://127.0.0.1:1313/`, with brackets for IPv6.
    public var url: String { host.contains(":") ? "http://[\(host)]:\(port)/" : "http://\(host):\(port)/" }
    public var description: String { url }

    public var isLoopback: Bool { host == "::1" || host.hasPrefix("127.") || host.hasPrefix("::ffff:127.") }
}

public struct ServeError: Error, CustomStringConvertible {
    /// What went wrong, in words chosen when it is printed.
    public var message: Message
    public var description: String { message.text(in: .en) }
}

/// The listening socket: bound to exactly the address asked for, never a wildcard by default.
struct ListeningSocket: Sendable {
    let descriptor: Int32

    static func bind(host: String, port: Int) throws -> ListeningSocket {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw ServeError(message: Message("serve.cannot-listen", ["address": .text(host), "reason": .text(String(cString: gai_strerror(status)))]))
        }
        defer { freeaddrinfo(list) }

        var lastError: Int32 = 0
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let info = candidate {
            candidate = info.pointee.ai_next
            let descriptor = socket(info.pointee.ai_family, info.pointee.ai_socktype | Int32(SOCK_CLOEXEC.rawValue), info.pointee.ai_protocol)
            guard descriptor >= 0 else { lastError = errno; continue }
            var yes: Int32 = 1
            setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
            if Glibc.bind(descriptor, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0, listen(descriptor, 128) == 0 {
                _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
                return ListeningSocket(descriptor: descriptor)
            }
            lastError = errno
            _ = Glibc.close(descriptor)
        }
        throw ServeError(message: Message("serve.cannot-listen", ["address": .text("\(host):\(port)"), "reason": .text(String(cString: strerror(lastError)))]))
    }

    var address: BoundAddress {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        var service = [CChar](repeating: 0, count: Int(NI_MAXSERV))
        let ok = withUnsafeMutablePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                getsockname(descriptor, address, &length) == 0
                    && getnameinfo(address, length, &host, socklen_t(host.count), &service, socklen_t(service.count),
                                   NI_NUMERICHOST | NI_NUMERICSERV) == 0
            }
        }
        guard ok else { return BoundAddress(host: "?", port: 0) }
        return BoundAddress(host: Self.text(host), port: Int(Self.text(service)) ?? 0)
    }

    private static func text(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    enum Accepted {
        case accepted(Socket)
        /// Nothing more to accept now (or the socket has been closed).
        case none
        case outOfDescriptors
    }

    /// The next waiting connection, without blocking: the listener is non-blocking and polled.
    /// The connection is made close-on-exec, so that a build worker spawned later never holds a
    /// client's socket open (`accept4`, which would do it at once, is not visible to Swift;
    /// `WorkerProcess` also closes every other descriptor in the child).
    func acceptNow() -> Accepted {
        while true {
            let client = accept(descriptor, nil, nil)
            if client >= 0 {
                _ = fcntl(client, F_SETFD, FD_CLOEXEC)
                return .accepted(Socket(descriptor: client))
            }
            switch errno {
            case EINTR, ECONNABORTED, EPROTO: continue
            case EMFILE, ENFILE, ENOBUFS, ENOMEM: return .outOfDescriptors
            default: return .none
            }
        }
    }

    func close() { _ = Glibc.close(descriptor) }
}
