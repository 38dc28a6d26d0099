import Diagnostics
import Formatting

/// A page's headings in one byte buffer. Every page keeps its headings for the whole build —
/// links, `{ref}` and quotes to them are checked from every page — and as `[HeadingEntry]` each
/// had two or three strings of its own and a file path: at 100,000 documents, a fifth of the
/// build's memory. Here each entry is its id, text and label, each with its length, then its
/// line, column and kind, all in one array made at its exact size; the entries' offsets open
/// it. An entry is made when asked for; looking one up by id compares bytes and makes only the
/// one found.
public struct HeadingList: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    /// Each entry's offset, four bytes (low first), then the entries (`append`).
    private var bytes: [UInt8] = []
    /// The file the headings are in, and any other (the first is nearly always the only one).
    private var paths: [String] = []
    private var entryCount: Int32 = 0

    public var count: Int { Int(entryCount) }

    public init() {}

    /// Entries past the first 4 GB are left out (no page parses that far).
    public init(_ entries: some Collection<HeadingEntry>) {
        paths = entries.first.map { [$0.location.path] } ?? []
        var encoded: [UInt8] = []
        var starts: [Int] = []
        for entry in entries {
            let start = encoded.count
            append(entry, to: &encoded)
            guard 4 * (starts.count + 1) + encoded.count <= UInt32.max else {
                encoded.removeSubrange(start...)
                break
            }
            starts.append(start)
        }
        entryCount = Int32(starts.count)
        let offset = 4 * starts.count
        bytes.reserveCapacity(offset + encoded.count)
        for start in starts {
            let place = UInt32(offset + start)
            bytes += [UInt8(truncatingIfNeeded: place), UInt8(truncatingIfNeeded: place >> 8), UInt8(truncatingIfNeeded: place >> 16),
                      UInt8(truncatingIfNeeded: place >> 24)]
        }
        bytes += encoded
    }

    public init(arrayLiteral entries: HeadingEntry...) { self.init(entries) }

    /// The list as bytes to keep in a scratch file (`PageSpill`): its files, each with its
    /// length, after their count, then `bytes`.
    var encoded: [UInt8] {
        var encoded: [UInt8] = []
        VarInt.append(paths.count, to: &encoded)
        for path in paths {
            VarInt.append(path.utf8.count, to: &encoded)
            encoded += path.utf8
        }
        return encoded + bytes
    }

    /// The list `encoded` made. Bytes that are not such a list — a disk failing under the build
    /// reads as zeros — are an empty list, never an entry read out of bounds.
    init(encoded: [UInt8]) {
        var at = 0
        var paths: [String] = []
        for _ in 0..<(VarInt.read(encoded, at: &at) ?? 0) {
            guard let run = VarInt.readRun(encoded, at: &at) else { return }
            paths.append(String(decoding: encoded[run], as: UTF8.self))
        }
        let bytes = Array(encoded[at...])
        let count = bytes.count < 4 ? 0 : (Int(bytes[0]) | Int(bytes[1]) << 8 | Int(bytes[2]) << 16 | Int(bytes[3]) << 24) / 4
        // Every entry starts after the offsets, and the shortest entry (empty texts, no label,
        // line and column 0) is eight bytes.
        guard count > 0, count <= Int32.max, !paths.isEmpty else { return }
        (self.bytes, self.paths, entryCount) = (bytes, paths, Int32(count))
        guard 4 * count + 8 <= bytes.count, indices.allSatisfy({ (4 * count...bytes.count - 8).contains(start(of: $0)) }) else {
            self = HeadingList()
            return
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> HeadingEntry {
        precondition(position >= 0 && position < count, "heading out of range")
        var at = start(of: position)
        let id = text(at: &at), text = text(at: &at)
        let labelLength = number(at: &at)
        let label = labelLength == 0 ? nil : String(decoding: bytes[at..<at + labelLength - 1], as: UTF8.self)
        at += Swift.max(labelLength - 1, 0)
        let line = number(at: &at), column = number(at: &at)
        let level = Int(Int8(bitPattern: bytes[at])), numberKind = Int(bytes[at + 1]), isParagraph = bytes[at + 2] != 0
        at += 3
        let pathNumber = number(at: &at)
        let location = SourceLocation(path: pathNumber < paths.count ? paths[pathNumber] : "", line: line, column: column)
        var entry = HeadingEntry(id: id, text: text, level: level, location: location)
        entry.label = label
        entry.numberKind = numberKind == 0 ? nil : SectionNumber.Kind(rawValue: numberKind - 1)
        entry.isParagraph = isParagraph
        return entry
    }

    /// The first heading (or numbered paragraph) with this id.
    public func first(id: String) -> HeadingEntry? {
        index(of: id).map { self[$0] }
    }

    public func contains(id: String) -> Bool { index(of: id) != nil }

    /// Every id, in order.
    public var ids: [String] {
        indices.map { position in
            var at = start(of: position)
            return text(at: &at)
        }
    }

    private func index(of id: String) -> Int? {
        var id = id
        return id.withUTF8 { wanted in
            bytes.withUnsafeBufferPointer { bytes in
                indices.first { position in
                    var at = start(of: position)
                    guard let run = VarInt.readRun(bytes, at: &at) else { return false }
                    return run.count == wanted.count && bytes[run].elementsEqual(wanted)
                }
            }
        }
    }

    private func start(of position: Int) -> Int {
        let at = 4 * position
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
    }

    private func number(at position: inout Int) -> Int { VarInt.read(bytes, at: &position) ?? 0 }

    private func text(at position: inout Int) -> String {
        guard let run = VarInt.readRun(bytes, at: &position) else { return "" }
        return String(decoding: bytes[run], as: UTF8.self)
    }

    /// Its id, text and label each as its length and bytes (the label's length one more, 0 for
    /// none), its line and column (below 1 kept as 0), its level, number kind (its raw value
    /// + 1, 0 for none) and whether it is a paragraph in a byte each, and its file (its place in
    /// `paths`).
    private mutating func append(_ entry: HeadingEntry, to encoded: inout [UInt8]) {
        for text in [entry.id, entry.text] {
            VarInt.append(text.utf8.count, to: &encoded)
            encoded += text.utf8
        }
        VarInt.append(entry.label.map { $0.utf8.count + 1 } ?? 0, to: &encoded)
        encoded += (entry.label ?? "").utf8
        VarInt.append(Swift.max(entry.location.line, 0), to: &encoded)
        VarInt.append(Swift.max(entry.location.column, 0), to: &encoded)
        encoded += [UInt8(bitPattern: Int8(clamping: entry.level)), UInt8(clamping: (entry.numberKind?.rawValue ?? -1) + 1),
                    entry.isParagraph ? 1 : 0]
        let pathNumber = paths.firstIndex(of: entry.location.path) ?? paths.count
        if pathNumber == paths.count { paths.append(entry.location.path) }
        VarInt.append(pathNumber, to: &encoded)
    }
}
