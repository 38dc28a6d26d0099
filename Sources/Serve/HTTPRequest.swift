/// One field of a request or response head.
public struct HTTPHeader: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A parsed request head. The body, if any, is never read: only GET and HEAD are served.
public struct HTTPRequest: Sendable, Equatable {
    public var method: String
    /// As sent, still percent-encoded: the resolver decides what it means.
    public var target: String
    public var version: String
    public var headers: [HTTPHeader]

    public init(method: String, target: String, version: String = "HTTP/1.1", headers: [HTTPHeader] = []) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
    }

    /// The first field of that name; names compare without case, as HTTP says.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }
}
