/// `Content-Type` by file extension: the kinds a built site holds. Text types say UTF-8, which
/// is what the builder writes; anything unknown is plain bytes, which `nosniff` keeps that way.
enum ContentType {
    static func forPath(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return fallback }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? fallback
    }

    static let html = "text/html; charset=utf-8"
    static let fallback = "application/octet-stream"

    private static let byExtension: [String: String] = [
        "html": html, "htm": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "json": "application/json", "geojson": "application/geo+json",
        "svg": "image/svg+xml", "xml": "application/xml", "atom": "application/atom+xml",
        "csv": "text/csv; charset=utf-8", "txt": "text/plain; charset=utf-8", "md": "text/plain; charset=utf-8",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
        "pdf": "application/pdf", "woff2": "font/woff2", "woff": "font/woff",
        "webmanifest": "application/manifest+json", "wasm": "application/wasm",
    ]
}
