/// A request target reduced to the decoded path segments of a file under the site, or the reason
/// it is refused. Every rule is checked on the text alone, before the file system is touched:
/// the resolver then only ever joins plain names under the root.
public struct RequestTarget: Sendable, Equatable {
    public enum Refusal: Error, Sendable, Equatable {
        /// Not an origin-form target, or not decodable.
        case badRequest
        /// A well-formed target that tries to leave the site (`..`, an encoded `/` or `\`).
        case forbidden
    }

    /// The path as sent, still percent-encoded, without query or fragment: redirects reuse it.
    public var rawPath: String
    public var query: String?
    /// Decoded names below the root; empty for `/`.
    public var segments: [String]
    /// `/sub/` names a folder; `/sub` a file, or a folder to redirect to.
    public var endsWithSlash: Bool

    public static func parse(_ target: String) -> Result<RequestTarget, Refusal> {
        // Only origin-form: one "/" first. This refuses "", "*", "http://host/…" and "//host/…".
        guard target.hasPrefix("/"), !target.hasPrefix("//") else { return .failure(.badRequest) }
        guard !target.utf8.contains(where: isControl) else { return .failure(.badRequest) }

        var path = Substring(target)
        if let hash = path.firstIndex(of: "#") { path = path[..<hash] }
        var query: String?
        if let mark = path.firstIndex(of: "?") {
            query = String(path[path.index(after: mark)...])
            path = path[..<mark]
        }

        // Separators hidden in escapes would survive the split below; refuse them undecoded.
        let lowered = path.lowercased()
        if lowered.contains("%00") { return .failure(.badRequest) }
        if lowered.contains("%2f") || lowered.contains("%5c") || path.contains("\\") { return .failure(.forbidden) }

        guard let decoded = PercentDecoding.decode(Array(path.utf8)),
              !decoded.contains(where: isControl),
              let text = String(validating: decoded, as: UTF8.self) else { return .failure(.badRequest) }

        var segments = text.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        let endsWithSlash = segments.last == ""
        if endsWithSlash { segments.removeLast() }
        if segments.contains("") { return .failure(.badRequest) }
        if segments.contains(where: { $0 == "." || $0 == ".." || $0.contains("\\") || $0.contains("/") }) {
            return .failure(.forbidden)
        }
        return .success(RequestTarget(rawPath: String(path), query: query, segments: segments, endsWithSlash: endsWithSlash))
    }

    private static func isControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }
}
