import Foundation

/// `If-None-Match` and `If-Modified-Since` (RFC 9110 §13): when the browser's copy is current,
/// a 304 without a body. With `If-None-Match` present, the date is not looked at.
enum ConditionalRequest {
    static func isNotModified(_ request: HTTPRequest, entityTag: String, modifiedSeconds: Int) -> Bool {
        if let tags = request.header("If-None-Match") {
            return tags.split(separator: ",").contains { candidate in
                let tag = candidate.trimmingCharacters(in: [" ", "\t"])
                // Weak comparison: `W/"x"` matches `"x"`.
                return tag == "*" || (tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag) == entityTag
            }
        }
        if let since = request.header("If-Modified-Since"), let date = HTTPDate.parse(since) {
            return modifiedSeconds <= date
        }
        return false
    }
}
