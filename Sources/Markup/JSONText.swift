/// JSON string literals that are also safe inside a script file: `"` and `\` escaped, line
/// breaks and other controls as `\n`/`\u00XX`, `<` as `\u003c` (no `</script>` ends a script
/// early) and U+2028/U+2029 as `\u2028`/`\u2029`. The one JSON string escaper: the search index,
/// the downloads' JSON, the compare page's data script and the review report all write through it.
public enum JSONText {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The UTF-8 of a string as a JSON string literal, quotes included.
    public static func append(_ text: [UInt8], to out: inout [UInt8]) {
        text.withUnsafeBufferPointer { append($0, to: &out) }
    }

    public static func append(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var index = 0
        var runStart = 0
        while index < text.count {
            let byte = text[index]
            // Most bytes need no escape: they go in as one run.
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<") || byte == 0xE2 else {
                index += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            switch byte {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case UInt8(ascii: "<"): out += Array("\\u003c".utf8)
            case ..<0x20: out += Array("\\u00".utf8) + [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            case 0xE2 where index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
                // U+2028 and U+2029 end a line in older JavaScript.
                out += Array((text[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default: out.append(byte)
            }
            index += 1
            runStart = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<text.count]))
        out.append(UInt8(ascii: "\""))
    }

    /// A string as a JSON string literal, its UTF-8 read in place.
    public static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &out) }
    }

    public static func string(_ text: String) -> String {
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
