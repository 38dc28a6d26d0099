import Diagnostics
import FileSystem
import Foundation

/// Writes a starter site into a folder that does not exist yet or is empty, and refuses any
/// other: starting a site must never overwrite someone's files.
public struct StarterWriter: Sendable {
    public let folder: URL
    /// The folder as the user typed it, for messages.
    public let shownAs: String

    public init(folder: URL, shownAs: String) {
        self.folder = folder
        self.shownAs = shownAs
    }

    /// Why the folder cannot take a new site (a usage error: exit 64), or nil.
    public func refusal() -> Diagnostic? {
        let path = folder.path
        switch FileStatus.kind(path) {
        case .missing:
            return nil
        case .directory:
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            guard entries.isEmpty else {
                return .error(at: nil, Message("starter.folder-not-empty", ["folder": .text(shownAs)]),
                              hint: Message("starter.folder-not-empty-hint"))
            }
            return nil
        case .regularFile, .other:
            return .error(at: nil, Message("starter.not-a-folder", ["folder": .text(shownAs)]),
                          hint: Message("starter.folder-not-empty-hint"))
        }
    }

    /// Writes every file of `site`; the refusal or the first failure, or nil when all were written.
    public func write(_ site: StarterSite) -> Diagnostic? {
        if let refusal = refusal() { return refusal }
        for file in site.files {
            let url = folder.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileBytes.write(url.path, file.bytes)
            } catch {
                let reason = (error as? POSIXError).map { String(cString: strerror($0.code.rawValue)) } ?? error.localizedDescription
                return .error(at: nil, Message("output.cannot-write-file", ["path": .text(shownAs + "/" + file.path), "reason": .text(reason)]))
            }
        }
        return nil
    }
}
