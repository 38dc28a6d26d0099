import Diagnostics
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
        switch FreshFolder(folder, shownAs: shownAs).refusal() {
        case nil: nil
        case .notEmpty: .error(at: nil, Message("starter.folder-not-empty", ["folder": .text(shownAs)]), hint: Message("starter.folder-not-empty-hint"))
        case .notAFolder: .error(at: nil, Message("starter.not-a-folder", ["folder": .text(shownAs)]), hint: Message("starter.folder-not-empty-hint"))
        }
    }

    /// Writes every file of `site`; the refusal or the first failure, or nil when all were written.
    public func write(_ site: StarterSite) -> Diagnostic? {
        refusal() ?? FreshFolder(folder, shownAs: shownAs).write(site.files.map { (path: $0.path, bytes: $0.bytes) })
    }
}
