/// Counting the characters of UTF-8 text by its bytes, where every scalar is a character of its
/// own: ASCII (but a CR before an LF), Latin letters with their Vietnamese tones precomposed,
/// typographic punctuation. That is nearly all of a Vietnamese text, and `String`'s grapheme
/// breaking costs far more than a byte walk. Other text (combining marks, emoji, CR LF…) gets
/// nil and must be counted as `String` does.
public enum PlainCharacters {
    /// The number of characters of `bytes`, or nil when they are not all plain.
    public static func count(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard let walked = walk(bytes, limit: .max) else { return nil }
        return walked.characters
    }

    /// Walks at most `limit` characters from the start: how many there were and the index after
    /// them. Nil when a scalar that is not plain comes first — including the one right after the
    /// last counted, which could join it.
    public static func walk(_ bytes: ArraySlice<UInt8>, limit: Int) -> (characters: Int, end: Int)? {
        var count = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard let length = plainLength(bytes, at: index) else { return nil }
            if count == limit { break }
            index += length
            count += 1
        }
        return (count, index)
    }

    /// The byte length of the scalar at `index` when it is a character of its own, else nil.
    @inline(__always)
    static func plainLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int? {
        switch bytes[index] {
        case 0x0D:
            return index + 1 < bytes.endIndex && bytes[index + 1] == 0x0A ? nil : 1
        case ..<0x80:
            return 1
        case 0xC2...0xCB:  // U+0080–U+02FF
            return index + 1 < bytes.endIndex ? 2 : nil
        case 0xE1 where index + 2 < bytes.endIndex && (0xB8...0xBB).contains(bytes[index + 1]):  // U+1E00–U+1EFF
            return 3
        case 0xE2 where index + 2 < bytes.endIndex && bytes[index + 1] == 0x80 && (0x90...0xA7).contains(bytes[index + 2]):
            return 3  // U+2010–U+2027: dashes, quotes, ellipsis
        default:
            return nil
        }
    }
}
