import Foundation

// `ThemeEmbedder THEME-FOLDER OUTPUT.swift`, run by the EmbedTheme plugin at build time: writes
// every file of the theme folder into a Swift file, as base64 text. Base64 keeps the bytes
// exactly (a Swift string literal would normalise line endings and forbid some characters) and
// compiles as fast as any string: one literal per file, not an array literal of 150,000 numbers.

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: ThemeEmbedder THEME-FOLDER OUTPUT.swift\n".utf8))
    exit(64)
}
let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL
let output = URL(fileURLWithPath: arguments[2])

/// Relative path → bytes, for every regular file below `root`, hidden names skipped (as the
/// site loader skips them), sorted by path so that the output is the same at every build.
func themeFiles() throws -> [(path: String, bytes: Data)] {
    guard let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                    options: [.skipsHiddenFiles]) else { return [] }
    var files: [(path: String, bytes: Data)] = []
    for case let url as URL in walk where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        let path = url.standardizedFileURL.path
        guard path.hasPrefix(root.path + "/") else { continue }
        files.append((String(path.dropFirst(root.path.count + 1)), try Data(contentsOf: url)))
    }
    return files.sorted { $0.path < $1.path }
}

do {
    var swift = """
        // Made by ThemeEmbedder from the repository's theme/ at build time; do not edit.

        extension BuiltInTheme {
            static let encodedFiles: [(path: String, base64: String)] = [

        """
    for file in try themeFiles() {
        // Paths are plain names (letters, digits, '-', '.', '/'); escaped all the same.
        let path = file.path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        swift += "        (\"\(path)\", \"\(file.bytes.base64EncodedString())\"),\n"
    }
    swift += "    ]\n}\n"
    let data = Data(swift.utf8)
    // Unchanged output is left alone, so that nothing downstream compiles again for nothing.
    if (try? Data(contentsOf: output)) != data {
        try data.write(to: output)
    }
} catch {
    FileHandle.standardError.write(Data("error: cannot embed the theme from \(root.path): \(error)\n".utf8))
    exit(1)
}
