/// The non-Markdown files under `content/`, found by their path relative to it.
public struct ContentFiles: Sendable {
    private let byPath: [String: SourceFile]
    /// Every file, in the order they were found.
    public let all: [SourceFile]

    public init(_ files: [SourceFile]) {
        all = files
        byPath = Dictionary(files.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public subscript(path: String) -> SourceFile? { byPath[path] }

    /// Resolves `reference` (as written in a page at `pagePath`) to a path inside `content/`:
    /// relative to the page's folder, percent-escapes decoded. Nil when it leaves `content/`.
    public static func resolve(_ reference: String, fromPage pagePath: String) -> String? {
        let decoded = reference.removingPercentEncoding ?? reference
        var parts = pagePath.split(separator: "/").dropLast().map(String.init)
        for component in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
