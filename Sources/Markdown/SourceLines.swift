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
        return (Self.simpleCharacterCount(bytes) ?? String(decoding: bytes, as: UTF8.self).count) + 1
    }

    /// The number of characters of UTF-8 text whose every scalar is a character of its own —
    /// ASCII, Latin letters with their Vietnamese tones precomposed, typographic punctuation —
    /// counted by bytes, since cmark asks for a column at every inline of a paragraph; nil for
    /// other text (combining marks, emoji…), which must be counted as `String` does.
    static func simpleCharacterCount(_ bytes: ArraySlice<UInt8>) -> Int? {
        var count = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case ..<0x80:
                index += 1
            case 0xC2...0xCB:  // U+0080–U+02FF
                index += 2
            case 0xE1 where index + 1 < bytes.endIndex && (0xB8...0xBB).contains(bytes[index + 1]):  // U+1E00–U+1EFF
                index += 3
            case 0xE2 where index + 2 < bytes.endIndex && bytes[index + 1] == 0x80 && (0x90...0xA7).contains(bytes[index + 2]):
                index += 3  // U+2010–U+2027: dashes, quotes, ellipsis
            default:
                return nil
            }
            count += 1
        }
        return index == bytes.endIndex ? count : nil
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
