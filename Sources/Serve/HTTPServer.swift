import Dispatch
import Foundation

/// A small HTTP/1.1 server over BSD sockets, one request per connection. Connections wait on
/// one polling thread (`ConnectionPoller`) until their head is complete; only then does a
/// handler thread take them, answer, and hand them back to be closed. It knows nothing about
/// sites: `handler` turns each parsed request into a reply.
public final class HTTPServer: Sendable {
    public typealias Handler = @Sendable (HTTPRequest) -> HTTPReply

    public let address: BoundAddress
    private let poller: ConnectionPoller

    /// Binds at once, so a port in use is reported before anything else starts.
    public init(host: String, port: Int, limits: HTTPLimits = HTTPLimits(), handler: @escaping Handler) throws {
        let listener = try ListeningSocket.bind(host: host, port: port)
        address = listener.address
        // Each complete head costs a handler thread only for as long as reading a file and
        // writing it takes (each write bounded by `writeSeconds`).
        let answering = DispatchQueue(label: "minhbach.serve.connections", attributes: .concurrent)
        poller = ConnectionPoller(listener: listener, limits: limits) { socket, head, poller in
            answering.async { Self.answer(socket, head: head, limits: limits, handler: handler, poller: poller) }
        }
    }

    public func start() { poller.start() }

    /// Stops accepting and closes the connections still sending their heads; those being
    /// answered finish.
    public func stop() { poller.stop() }

    private static func answer(_ socket: Socket, head: [UInt8], limits: HTTPLimits, handler: Handler, poller: ConnectionPoller) {
        socket.setTimeouts(seconds: limits.writeSeconds)
        let reply: HTTPReply
        var isHead = false
        switch HTTPRequestParser.parse(head: head) {
        case .failure(let status):
            reply = .response(.text(status))
        case .success(let request):
            isHead = request.method == "HEAD"
            reply = handler(request)
        }
        switch reply {
        case .response(let response):
            if socket.write(response.head()), !isHead, response.status != .notModified {
                socket.write(response.body)
            }
            poller.close(answered: socket)
        case .stream(let response, let takeOver):
            if socket.write(response.head(streaming: true)) {
                takeOver(socket)
            } else {
                socket.close()
            }
        }
    }
}
