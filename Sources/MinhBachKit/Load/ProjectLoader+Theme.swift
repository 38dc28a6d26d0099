import BuiltInTheme
import Diagnostics
import Foundation

/// Hugo's lookup order: a file of the theme folder replaces the built-in file of the same path,
/// and every path the folder lacks comes from the built-in theme. A site with no theme folder
/// uses the built-in theme alone; a folder named with `--theme` must exist.
extension ProjectLoader {
    /// Where messages place a file of the built-in theme, which is in no folder on disk.
    public static let builtInThemeName = "(built-in theme)"

    /// The built-in theme's files as the loader reads files.
    public static let builtInTheme: [SourceFile] = BuiltInTheme.files.map {
        SourceFile(displayPath: builtInThemeName + "/" + $0.path, relativePath: $0.path, bytes: $0.bytes)
    }

    /// The theme a build uses, sorted by path: the folder's files over the built-in ones.
    public func readTheme(diagnostics: inout Diagnostics) -> [SourceFile]? {
        // Anything at the path (a folder, or a file by mistake) is read, so a mistake is reported.
        if themeFolderIsOptional, !FileManager.default.fileExists(atPath: themeDirectory.path) {
            return Self.builtInTheme
        }
        guard let own = readTree(themeDirectory, what: .theme, diagnostics: &diagnostics) else { return nil }
        return Self.merged(own, over: Self.builtInTheme)
    }

    static func merged(_ own: [SourceFile], over builtIn: [SourceFile]) -> [SourceFile] {
        let overridden = Set(own.map(\.relativePath))
        return (own + builtIn.filter { !overridden.contains($0.relativePath) }).sorted { $0.relativePath < $1.relativePath }
    }
}
