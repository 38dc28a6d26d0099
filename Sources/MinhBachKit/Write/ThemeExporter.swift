import Diagnostics
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
        switch FreshFolder(folder, shownAs: shownAs).refusal() {
        case nil: nil
        case .notAFolder: .error(at: nil, Message("theme.export-not-folder", ["path": .text(shownAs)]))
        case .notEmpty: .error(at: nil, Message("theme.export-not-empty", ["path": .text(shownAs)]), hint: Message("theme.export-not-empty-hint"))
        }
    }

    /// Writes every file of the built-in theme under the folder; the problems, if any.
    public func write() -> Diagnostics {
        let failure = FreshFolder(folder, shownAs: shownAs).write(Self.files.map { (path: $0.relativePath, bytes: $0.bytes) })
        return Diagnostics(failure.map { [$0] } ?? [])
    }
}
