import Glibc

/// A whole response as a value. Every response closes its connection, so the length is always
/// known or, for an event stream, the body simply runs until the close.
public struct HTTPResponse: Sendable, Equatable {
    public var status: HTTPStatus
    public var headers: [HTTPHeader]
    public var body: [UInt8]

    public init(status: HTTPStatus, headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A short plain-text answer: errors, refusals. It never echoes the request.
    public static func text(_ status: HTTPStatus, _ message: String? = nil, headers: [HTTPHeader] = []) -> HTTPResponse {
        HTTPResponse(status: status, headers: [HTTPHeader("Content-Type", "text/plain; charset=utf-8")] + headers,
                     body: Array((message ?? status.reason).appending("\n").utf8))
    }

    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// The status line and fields as sent. `Content-Length` is the body's, also for HEAD, which
    /// sends the same head without the body; a 304 and an event stream carry none.
    func head(streaming: Bool = false) -> [UInt8] {
        var text = "HTTP/1.1 \(status.code) \(status.reason)\r\n"
        for header in headers { text += "\(header.name): \(header.value)\r\n" }
        if !streaming && status != .notModified { text += "Content-Length: \(body.count)\r\n" }
        text += "Date: \(HTTPDate.format(secondsSince1970: Int(time(nil))))\r\n"
        text += "X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n"
        return Array(text.utf8)
    }
}

/// What a handler answers: a response, or a head after which the connection is handed over
/// (server-sent events keep it open).
public enum HTTPReply: Sendable {
    case response(HTTPResponse)
    case stream(HTTPResponse, takeOver: @Sendable (Socket) -> Void)
}
