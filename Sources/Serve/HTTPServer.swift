import Dispatch
import Foundation

/// A small HTTP/1.1 server over BSD sockets: an accept loop on its own thread, each connection
/// on a concurrent queue, one request per connection. It knows nothing about sites: `handler`
/// turns each parsed request into a reply.
public final class HTTPServer: Sendable {
    public typealias Handler = @Sendable (HTTPRequest) -> HTTPReply

    /// A request head larger than this is refused (431); browsers send about 1 KB.
    static let headLimit = 8 * 1024
    /// How long a client has to send its head, and the bound on each later write.
    static let timeoutSeconds = 10

    public let address: BoundAddress
    private let listener: ListeningSocket
    private let handler: Handler
    private let connections = DispatchQueue(label: "minhbach.serve.connections", attributes: .concurrent)

    /// Binds at once, so a port in use is reported before anything else starts.
    public init(host: String, port: Int, handler: @escaping Handler) throws {
        listener = try ListeningSocket.bind(host: host, port: port)
        address = listener.address
        self.handler = handler
    }

    public func start() {
        let thread = Thread { [self] in
            while let socket = listener.accept() {
                connections.async { self.serve(socket) }
            }
            listener.close()
        }
        thread.name = "minhbach.serve.accept"
        thread.start()
    }

    /// Stops accepting; connections already being answered finish.
    public func stop() { listener.shutdown() }

    private func serve(_ socket: Socket) {
        socket.setTimeouts(seconds: Self.timeoutSeconds)
        let deadline = DispatchTime.now() + .seconds(Self.timeoutSeconds)
        let reply: HTTPReply
        var isHead = false
        switch socket.readHead(limit: Self.headLimit, deadline: deadline) {
        case .closed:
            socket.close()
            return
        case .timedOut:
            reply = .response(.text(.requestTimeout))
        case .tooLarge:
            reply = .response(.text(.headersTooLarge))
        case .head(let bytes):
            switch HTTPRequestParser.parse(head: bytes) {
            case .failure(let status):
                reply = .response(.text(status))
            case .success(let request):
                isHead = request.method == "HEAD"
                reply = handler(request)
            }
        }
        switch reply {
        case .response(let response):
            if socket.write(response.head()), !isHead, response.status != .notModified {
                socket.write(response.body)
            }
            socket.closeGracefully()
        case .stream(let response, let takeOver):
            if socket.write(response.head(streaming: true)) {
                takeOver(socket)
            } else {
                socket.close()
            }
        }
    }
}
