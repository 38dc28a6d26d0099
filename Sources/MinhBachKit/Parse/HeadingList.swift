import Diagnostics

/// A page's headings as two flat arrays. Every page keeps its headings for the whole build —
/// links, `{ref}` and quotes to them are checked from every page — and as `[HeadingEntry]` each
/// had two or three strings of its own and a file path: at 100,000 documents, a fifth of the
/// build's memory. Here the texts sit in one byte buffer, both arrays made at their exact size,
/// and an entry is made when asked for; looking one up by id compares bytes and makes only the
/// one found.
public struct HeadingList: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    /// Each heading's id, text and label, one after another.
    private var texts: [UInt8] = []
    private var items: [Item] = []
    /// The file the headings are in, and any other (the first is nearly always the only one).
    private var path = ""
    private var otherPaths: [String] = []

    private struct Item: Sendable, Equatable {
        var idEnd: UInt32
        var textEnd: UInt32
        var labelEnd: UInt32
        var line: Int32
        var column: Int32
        var level: Int8
        /// `SectionNumber.Kind`'s raw value, or -1.
        var numberKind: Int8
        var hasLabel: Bool
        var isParagraph: Bool
        /// 0 for `path`, else 1 + its place in `otherPaths`.
        var path: UInt16
    }

    public init() {}

    /// Entries past the first 4 GB of heading text are left out (no page parses that far).
    public init(_ entries: some Collection<HeadingEntry>) {
        texts.reserveCapacity(entries.reduce(0) { $0 + $1.id.utf8.count + $1.text.utf8.count + ($1.label?.utf8.count ?? 0) })
        items.reserveCapacity(entries.count)
        path = entries.first?.location.path ?? ""
        for entry in entries {
            guard texts.count + entry.id.utf8.count + entry.text.utf8.count + (entry.label?.utf8.count ?? 0) <= UInt32.max else { break }
            append(entry)
        }
    }

    public init(arrayLiteral entries: HeadingEntry...) { self.init(entries) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { items.count }

    public subscript(position: Int) -> HeadingEntry {
        let item = items[position]
        let location = SourceLocation(path: item.path == 0 ? path : otherPaths[Int(item.path) - 1], line: Int(item.line),
                                      column: Int(item.column))
        var entry = HeadingEntry(id: text(idStart(position), item.idEnd), text: text(Int(item.idEnd), item.textEnd), level: Int(item.level),
                                 location: location)
        entry.label = item.hasLabel ? text(Int(item.textEnd), item.labelEnd) : nil
        entry.numberKind = item.numberKind < 0 ? nil : SectionNumber.Kind(rawValue: Int(item.numberKind))
        entry.isParagraph = item.isParagraph
        return entry
    }

    /// The first heading (or numbered paragraph) with this id.
    public func first(id: String) -> HeadingEntry? {
        index(of: id).map { self[$0] }
    }

    public func contains(id: String) -> Bool { index(of: id) != nil }

    /// Every id, in order.
    public var ids: [String] { indices.map { text(idStart($0), items[$0].idEnd) } }

    private func idStart(_ position: Int) -> Int { position == 0 ? 0 : Int(items[position - 1].labelEnd) }

    private func index(of id: String) -> Int? {
        var id = id
        return id.withUTF8 { wanted in
            texts.withUnsafeBufferPointer { texts in
                items.indices.first { position in
                    let start = idStart(position), end = Int(items[position].idEnd)
                    return end - start == wanted.count && texts[start..<end].elementsEqual(wanted)
                }
            }
        }
    }

    private mutating func append(_ entry: HeadingEntry) {
        texts += entry.id.utf8
        let idEnd = UInt32(texts.count)
        texts += entry.text.utf8
        let textEnd = UInt32(texts.count)
        texts += (entry.label ?? "").utf8
        var pathNumber = 0
        if entry.location.path != path {
            if let other = otherPaths.firstIndex(of: entry.location.path) {
                pathNumber = other + 1
            } else {
                otherPaths.append(entry.location.path)
                pathNumber = otherPaths.count
            }
        }
        items.append(Item(idEnd: idEnd, textEnd: textEnd, labelEnd: UInt32(texts.count), line: Int32(clamping: entry.location.line),
                          column: Int32(clamping: entry.location.column), level: Int8(clamping: entry.level),
                          numberKind: entry.numberKind.map { Int8($0.rawValue) } ?? -1, hasLabel: entry.label != nil,
                          isParagraph: entry.isParagraph, path: UInt16(clamping: pathNumber)))
    }

    private func text(_ start: Int, _ end: UInt32) -> String {
        String(decoding: texts[start..<Int(end)], as: UTF8.self)
    }
}
