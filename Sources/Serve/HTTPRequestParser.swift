import Foundation

/// Reads a request head (the bytes before the blank line) strictly: one request line of three
/// parts, then `name: value` fields. Anything else is answered with the status it returns.
enum HTTPRequestParser {
    static func parse(head: [UInt8]) -> Result<HTTPRequest, HTTPStatus> {
        // A NUL or a bare CR has no business in a head; refusing them keeps later checks simple.
        guard !head.contains(0) else { return .failure(.badRequest) }
        var lines = head.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first, !lines.contains(where: { $0.contains(UInt8(ascii: "\r")) }) else {
            return .failure(.badRequest)
        }

        let parts = first.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenByte), !parts[1].isEmpty else {
            return .failure(.badRequest)
        }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version.hasPrefix("HTTP/") else { return .failure(.badRequest) }
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else { return .failure(.versionNotSupported) }

        var headers: [HTTPHeader] = []
        for line in lines.dropFirst() {
            // Folded continuation lines are obsolete (RFC 9112 §5.2) and a classic smuggling aid.
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                  line[..<colon].allSatisfy(isTokenByte) else { return .failure(.badRequest) }
            let value = String(decoding: line[line.index(after: colon)...], as: UTF8.self)
            headers.append(HTTPHeader(String(decoding: line[..<colon], as: UTF8.self),
                                      value.trimmingCharacters(in: [" ", "\t"])))
        }
        return .success(HTTPRequest(method: String(decoding: parts[0], as: UTF8.self),
                                    target: String(decoding: parts[1], as: UTF8.self),
                                    version: version, headers: headers))
    }

    /// `tchar` of RFC 9110: what a method or a field name may contain.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
