import Diagnostics

/// The published address of the site (`base_url`, `--base-url`), which canonical links, the
/// sitemap and the feeds put in front of every path. It is checked strictly, because whatever
/// is accepted is copied into thousands of links: an absolute `http`/`https` address with a host,
/// written in printable ASCII without spaces, and no query or fragment (a path added after
/// `?x` would not be a path).
public enum SiteAddress {
    /// The address with one trailing slash, or why it is not one.
    public static func checked(_ text: String) -> Result<String, Problem> {
        // Spaces first: the likeliest mistake, and the one a reader sees.
        let scalars = text.unicodeScalars
        if scalars.contains(where: \.properties.isWhitespace) { return .failure(Problem(Message("address.space"))) }
        if scalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            return .failure(Problem(Message("address.control-character")))
        }
        if let other = scalars.first(where: { !$0.isASCII }) {
            return .failure(Problem(Message("address.non-ascii", ["character": .text(String(other))]), hint: Message("address.percent-encode")))
        }
        if let forbidden = scalars.first(where: { "\"<>\\^`{|}".unicodeScalars.contains($0) }) {
            return .failure(Problem(Message("address.forbidden-character", ["character": .text(String(forbidden))])))
        }
        let lower = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }) else {
            return .failure(Problem(Message("address.no-scheme")))
        }
        if text.contains("?") || text.contains("#") {
            return .failure(Problem(Message("address.query-or-fragment")))
        }
        let rest = text.dropFirst(scheme.count)
        let authority = rest.prefix { $0 != "/" }
        if authority.contains("@") { return .failure(Problem(Message("address.user-name"))) }
        var host = authority[...]
        if let colon = authority.lastIndex(of: ":"), !authority.hasSuffix("]") {
            let port = authority[authority.index(after: colon)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy(\.isASCII), port.allSatisfy(\.isNumber) else {
                return .failure(Problem(Message("address.bad-port", ["port": .text(String(port))])))
            }
            host = authority[..<colon]
        }
        let isBracketed = host.hasPrefix("[") && host.hasSuffix("]") && host.count > 2
        guard !host.isEmpty, isBracketed
            || host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }) else {
            return .failure(Problem(host.isEmpty ? Message("address.no-host") : Message("address.bad-host", ["host": .text(String(host))])))
        }
        return .success(text.hasSuffix("/") ? text : text + "/")
    }

    public static func normalized(_ text: String) -> String? { try? checked(text).get() }

    public struct Problem: Error, Equatable {
        public var reasonMessage: Message
        public var hintMessage: Message?

        init(_ reason: Message, hint: Message? = nil) {
            self.reasonMessage = reason
            self.hintMessage = hint
        }

        /// In English, for the messages not yet catalogued that quote it.
        public var reason: String { reasonMessage.text(in: .en) }
        public var hint: String? { hintMessage?.text(in: .en) }
    }
}
