import FileSystem
import Foundation
import Formatting

/// Where a one-shot build keeps, once its pages are parsed, what each page needs only when it is
/// asked for it: its headings and its description, in a scratch file beside the output. Every
/// page's headings are kept for the whole build — links, `{ref}` and checks from any page read
/// them — but each page's are read a few times at most, and its description once, when the page
/// is made; at a million documents the two were a fifth of the build's memory. A page reads them
/// back when asked (`ParsedPage.headings`, `description`) and lets them go after.
final class PageSpill: @unchecked Sendable {
    private let file: ScratchFile
    /// Pages are parsed on every core; their fields go to the file one page at a time.
    private let lock = NSLock()

    /// nil when the file cannot be made in `folder`: the pages then keep their fields.
    init?(folder: String) {
        guard let file = ScratchFile(folder: folder, name: "pages") else { return nil }
        self.file = file
    }

    /// Fields kept in `file`, at spans it was given before: a page catalog's (`PageCatalog`),
    /// read by a part of a sharded build, or written by `minhbach catalog`.
    init(file: ScratchFile) {
        self.file = file
    }

    /// Where the fields went: the description's length (one more, 0 for none) and bytes, then
    /// the headings (`HeadingList.encoded`). Nil when they could not be written (a full disk),
    /// and the page keeps them.
    func keep(_ headings: HeadingList, description: String?) -> ScratchFile.Span? {
        var encoded: [UInt8] = []
        VarInt.append(description.map { $0.utf8.count + 1 } ?? 0, to: &encoded)
        encoded += (description ?? "").utf8
        encoded += headings.encoded
        lock.lock()
        defer { lock.unlock() }
        return file.append(encoded)
    }

    /// The headings kept at `span`; bytes that are not such fields (a disk failing under the
    /// build) are none.
    func headings(at span: ScratchFile.Span) -> HeadingList {
        let (bytes, description) = read(span)
        return HeadingList(encoded: Array(bytes.dropFirst(description?.upperBound ?? 1)))
    }

    func description(at span: ScratchFile.Span) -> String? {
        let (bytes, description) = read(span)
        return description.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// The bytes at `span`, and where the description is in them.
    private func read(_ span: ScratchFile.Span) -> (bytes: [UInt8], description: Range<Int>?) {
        let bytes = file.bytes(span)
        var at = 0
        let length = VarInt.read(bytes, at: &at) ?? 0
        guard length > 0, length - 1 <= bytes.count - at else { return (length == 0 ? bytes : [0], nil) }
        return (bytes, at..<at + length - 1)
    }
}

/// A page's headings and description: held, or in the build's `PageSpill`.
enum SpillableFields: Sendable {
    case held(HeadingList, description: String?)
    case spilled(PageSpill, ScratchFile.Span)

    var headings: HeadingList {
        switch self {
        case .held(let headings, _): headings
        case .spilled(let spill, let span): spill.headings(at: span)
        }
    }

    var description: String? {
        switch self {
        case .held(_, let description): description
        case .spilled(let spill, let span): spill.description(at: span)
        }
    }
}
