import FileSystem
import Foundation

/// Where a one-shot build keeps its pages' headings once they are parsed: a scratch file beside
/// the output. Every page's headings are kept for the whole build — links, `{ref}` and checks
/// from any page read them — but each is read a few times at most, and at a million documents
/// they were a sixth of the build's memory. A page asks for its list when it needs it
/// (`ParsedPage.headings`) and lets it go after.
final class HeadingSpill: @unchecked Sendable {
    private let file: ScratchFile
    /// Pages are parsed on every core; their lists go to the file one at a time.
    private let lock = NSLock()

    /// nil when the file cannot be made in `folder`: the pages then keep their headings.
    init?(folder: String) {
        guard let file = ScratchFile(folder: folder, name: "headings") else { return nil }
        self.file = file
    }

    /// Where `headings` went; nil when they could not be written (a full disk), and the page
    /// keeps them.
    func keep(_ headings: HeadingList) -> ScratchFile.Span? {
        let encoded = headings.encoded
        lock.lock()
        defer { lock.unlock() }
        return file.append(encoded)
    }

    func headings(at span: ScratchFile.Span) -> HeadingList { HeadingList(encoded: file.bytes(span)) }
}

/// A page's headings, in memory or in the build's `HeadingSpill`.
enum StoredHeadings: Sendable {
    case held(HeadingList)
    case spilled(HeadingSpill, ScratchFile.Span)

    var list: HeadingList {
        switch self {
        case .held(let list): list
        case .spilled(let spill, let span): spill.headings(at: span)
        }
    }
}
