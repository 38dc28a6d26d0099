import Diagnostics
import FileSystem
import Foundation

/// `minhbach theme export DIR`: the built-in theme written out as files, to be changed. Only
/// into a new or empty folder, so that nobody's work is overwritten.
public struct ThemeExporter: Sendable {
    public var folder: URL
    /// The folder as messages name it (as the user typed it).
    public var shownAs: String

    public init(folder: URL, shownAs: String) {
        self.folder = folder.standardizedFileURL
        self.shownAs = shownAs
    }

    /// The files written, by path inside the theme: the built-in theme's.
    public static var files: [SourceFile] { ProjectLoader.builtInTheme }

    /// Why the folder may not be written to (a usage error), or nil.
    public func refusal() -> Diagnostic? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else {
            return .error(at: nil, Message("theme.export-not-folder", ["path": .text(shownAs)]))
        }
        // Hidden files count: a `.git` folder is someone's work too.
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        guard entries.isEmpty else {
            return .error(at: nil, Message("theme.export-not-empty", ["path": .text(shownAs)]),
                          hint: Message("theme.export-not-empty-hint"))
        }
        return nil
    }

    /// Writes every file of the built-in theme under the folder; the problems, if any.
    public func write() -> Diagnostics {
        var diagnostics = Diagnostics()
        for file in Self.files {
            let path = folder.appendingPathComponent(file.relativePath)
            do {
                try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileBytes.write(path.path, file.bytes)
            } catch {
                let shown = (shownAs as NSString).appendingPathComponent(file.relativePath)
                diagnostics.error(at: nil, Message("output.cannot-write-file", ["path": .text(shown), "reason": .text("\(error)")]))
                break
            }
        }
        return diagnostics
    }
}
