import Formatting

/// The lines of a Markdown text as bytes, to turn cmark's byte columns into character columns.
struct SourceLines {
    let lines: [ArraySlice<UInt8>]

    init(_ text: String) {
        let bytes = Array(text.utf8)
        lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    }

    /// cmark's 1-based byte column on a 1-based line → 1-based character column.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lines.count, byteColumn > 1 else { return max(byteColumn, 1) }
        let bytes = lines[line - 1].prefix(byteColumn - 1)
        return (PlainCharacters.count(bytes) ?? String(decoding: bytes, as: UTF8.self).count) + 1
    }

    /// The byte offset of the character `characters` characters into a 1-based line; nil past
    /// its end.
    func byteOffset(line: Int, characters: Int) -> Int? {
        guard line >= 1, line <= lines.count else { return nil }
        let text = String(decoding: lines[line - 1], as: UTF8.self)
        guard let index = text.index(text.startIndex, offsetBy: characters, limitedBy: text.endIndex) else { return nil }
        return text.utf8.distance(from: text.startIndex, to: index)
    }
}
