/// Which link destinations may become live links. Mirrors cmark's `_scan_dangerous_url`:
/// `javascript:`, `vbscript:`, `file:` and `data:` (except raster `data:image/…`) are dangerous.
public enum URLSafety {
    public static func isDangerous(_ url: String) -> Bool {
        let lower = url.prefix(16).lowercased()
        for safe in ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"] where lower.hasPrefix(safe) {
            return false
        }
        return ["javascript:", "vbscript:", "file:", "data:"].contains { lower.hasPrefix($0) }
    }

    /// True for destinations that leave the site: a scheme (`https:`, `mailto:` …) or `//host`.
    public static func isExternal(_ url: String) -> Bool {
        if url.hasPrefix("//") { return true }
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            && scheme.first!.isLetter
    }
}
