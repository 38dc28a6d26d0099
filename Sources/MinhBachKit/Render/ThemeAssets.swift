/// The theme's static files with content-hashed names (`assets/style.3f2a9c1e0b.css`), so
/// browsers may cache them forever and a changed file always gets a new name.
public struct ThemeAssets: Sendable {
    public let files: [OutputFile]
    /// Theme path (`static/style.css`) → output path.
    public let outputPaths: [String: String]

    public init(_ staticFiles: [SourceFile]) {
        var files: [OutputFile] = []
        var paths: [String: String] = [:]
        for file in staticFiles {
            let relative = String(file.relativePath.dropFirst("static/".count))
            let dot = relative.lastIndex(of: ".") ?? relative.endIndex
            let hashed = "assets/" + relative[..<dot] + "." + Self.hash(file.bytes) + relative[dot...]
            files.append(OutputFile(path: hashed, bytes: file.bytes))
            paths[file.relativePath] = hashed
        }
        self.files = files
        outputPaths = paths
    }

    /// 64-bit FNV-1a, as 10 hex digits: stable across machines and runs.
    static func hash(_ bytes: [UInt8]) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(10))
    }
}
