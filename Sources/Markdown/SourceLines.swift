import Formatting

/// The lines of a Markdown text as bytes, to turn cmark's byte columns into character columns.
///
/// A column is asked for every inline node, and one line may hold 100,000 of them: counting the
/// characters from the line's start each time made a long line quadratic. So each line is looked
/// at once: an ASCII line's character column is its byte column, and any other line gets the
/// byte offsets of its characters, searched by halving.
final class SourceLines {
    let lines: [ArraySlice<UInt8>]
    /// Per line, made when first asked: nil for an ASCII line, whose byte offsets are its
    /// character offsets; else the byte offsets where its characters start.
    private var characterStarts: [[Int]?]
    private var measured: [Bool]

    /// `text` must have `\n` line endings only (`LineEndings.normalized`), as cmark's lines do.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        characterStarts = Array(repeating: nil, count: lines.count)
        measured = Array(repeating: false, count: lines.count)
    }

    /// cmark's 1-based byte column on a 1-based line → 1-based character column.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lines.count, byteColumn > 1 else { return max(byteColumn, 1) }
        let offset = min(byteColumn - 1, lines[line - 1].count)
        guard let starts = starts(ofLine: line) else { return offset + 1 }
        return Self.count(of: starts, below: offset) + 1
    }

    /// The byte offset of the character `characters` characters into a 1-based line; nil past
    /// its end.
    func byteOffset(line: Int, characters: Int) -> Int? {
        guard line >= 1, line <= lines.count, characters >= 0 else { return nil }
        let length = lines[line - 1].count
        guard let starts = starts(ofLine: line) else { return characters <= length ? characters : nil }
        if characters < starts.count { return starts[characters] }
        return characters == starts.count ? length : nil
    }

    private func starts(ofLine line: Int) -> [Int]? {
        if measured[line - 1] { return characterStarts[line - 1] }
        measured[line - 1] = true
        let bytes = lines[line - 1]
        guard !bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var starts: [Int] = []
        starts.reserveCapacity(bytes.count)
        if let walked = PlainCharacters.walk(bytes, limit: .max), walked.end == bytes.endIndex {
            // Every scalar a character of its own (nearly all Vietnamese text): a byte walk.
            var index = bytes.startIndex
            while index < bytes.endIndex {
                starts.append(index - bytes.startIndex)
                index += Self.scalarLength(leadByte: bytes[index])
            }
        } else {
            let text = String(decoding: bytes, as: UTF8.self)
            var index = text.startIndex
            while index < text.endIndex {
                starts.append(text.utf8.distance(from: text.startIndex, to: index))
                index = text.index(after: index)
            }
        }
        characterStarts[line - 1] = starts
        return starts
    }

    /// The length of a UTF-8 sequence from its first byte.
    private static func scalarLength(leadByte byte: UInt8) -> Int {
        byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
    }

    /// How many of the sorted `starts` are below `offset`.
    private static func count(of starts: [Int], below offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
