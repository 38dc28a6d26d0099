import Diagnostics

/// A page's headings as a few flat arrays. Every page keeps its headings for the whole build —
/// links, `{ref}` and quotes to them are checked from every page — and as `[HeadingEntry]` each
/// had two or three strings of its own and a file path: at 100,000 documents, a fifth of the
/// build's memory. Here the texts sit in one byte buffer, and an entry is made when asked for;
/// looking one up by id compares bytes and makes only the one found.
public struct HeadingList: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    /// Each heading's id, text and label, one after another.
    private var texts: [UInt8] = []
    private var items: [Item] = []
    /// The files the headings are in: nearly always only the page's own.
    private var paths: [String] = []

    private struct Item: Sendable, Equatable {
        var idEnd: Int
        var textEnd: Int
        var labelEnd: Int
        var line: Int32
        var column: Int32
        var level: Int16
        /// `SectionNumber.Kind`'s raw value, or -1.
        var numberKind: Int8
        var hasLabel: Bool
        var isParagraph: Bool
        var path: UInt16
    }

    public init() {}

    public init(_ entries: some Sequence<HeadingEntry>) {
        for entry in entries { append(entry) }
    }

    public init(arrayLiteral entries: HeadingEntry...) { self.init(entries) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { items.count }

    public subscript(position: Int) -> HeadingEntry {
        let item = items[position]
        let start = position == 0 ? 0 : items[position - 1].labelEnd
        var entry = HeadingEntry(id: text(start, item.idEnd), text: text(item.idEnd, item.textEnd), level: Int(item.level),
                                 location: SourceLocation(path: paths[Int(item.path)], line: Int(item.line), column: Int(item.column)))
        entry.label = item.hasLabel ? text(item.textEnd, item.labelEnd) : nil
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
    public var ids: [String] { indices.map { text($0 == 0 ? 0 : items[$0 - 1].labelEnd, items[$0].idEnd) } }

    private func index(of id: String) -> Int? {
        var id = id
        return id.withUTF8 { wanted in
            texts.withUnsafeBufferPointer { texts in
                var start = 0
                for (index, item) in items.enumerated() {
                    defer { start = item.labelEnd }
                    if item.idEnd - start == wanted.count, texts[start..<item.idEnd].elementsEqual(wanted) { return index }
                }
                return nil
            }
        }
    }

    private mutating func append(_ entry: HeadingEntry) {
        texts += entry.id.utf8
        let idEnd = texts.count
        texts += entry.text.utf8
        let textEnd = texts.count
        texts += (entry.label ?? "").utf8
        let path = paths.firstIndex(of: entry.location.path) ?? paths.count
        if path == paths.count { paths.append(entry.location.path) }
        items.append(Item(idEnd: idEnd, textEnd: textEnd, labelEnd: texts.count, line: Int32(clamping: entry.location.line),
                          column: Int32(clamping: entry.location.column), level: Int16(clamping: entry.level),
                          numberKind: entry.numberKind.map { Int8($0.rawValue) } ?? -1, hasLabel: entry.label != nil,
                          isParagraph: entry.isParagraph, path: UInt16(clamping: path)))
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: texts[start..<end], as: UTF8.self)
    }
}
