/// Enough of Swift's lexical grammar to tell names from the rest: comments (nested block comments
/// too) and string literals (plain, multi-line, raw) are skipped, but the code inside a string's
/// interpolation `\( … )` is read, since it uses names. Not a parser: it never needs to be one,
/// because a folder's dependencies are the names it mentions.
struct SwiftTokens {
    enum Kind: Equatable { case identifier, openBrace, closeBrace, other }

    struct Token: Equatable {
        var kind: Kind
        var text: String
        var line: Int
    }

    private(set) var tokens: [Token] = []

    init(_ source: String) {
        let bytes = Array(source.utf8)
        var index = 0
        var line = 1
        // Each entry is an interpolation being read: the parenthesis depth inside it, and the
        // string it returns to (its number of `#` and whether it is multi-line).
        var interpolations: [(depth: Int, hashes: Int, multiline: Bool)] = []

        func at(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        func isIdentifierByte(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "_") || byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }

        /// Skips string content up to its closing quote or the start of an interpolation
        /// (consumed, and pushed); `index` is just after the opening quote(s).
        func skipString(hashes: Int, multiline: Bool) {
            let quote = UInt8(ascii: "\"")
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A { line += 1 }
                if byte == UInt8(ascii: "\\") {
                    var hashCount = 0
                    while at(1 + hashCount) == UInt8(ascii: "#") { hashCount += 1 }
                    if hashCount == hashes {
                        if at(1 + hashCount) == UInt8(ascii: "(") {
                            index += 2 + hashCount
                            interpolations.append((depth: 0, hashes: hashes, multiline: multiline))
                            return
                        }
                        index += 2 + hashCount  // an escaped character
                        continue
                    }
                }
                if byte == quote {
                    let quotes = multiline ? 3 : 1
                    if (0..<quotes).allSatisfy({ at($0) == quote }) && (0..<hashes).allSatisfy({ at(quotes + $0) == UInt8(ascii: "#") }) {
                        index += quotes + hashes
                        return
                    }
                }
                index += 1
            }
        }

        func startString() {
            var hashes = 0
            while at(hashes) == UInt8(ascii: "#") { hashes += 1 }
            guard at(hashes) == UInt8(ascii: "\"") else { return }
            let multiline = at(hashes + 1) == UInt8(ascii: "\"") && at(hashes + 2) == UInt8(ascii: "\"")
            index += hashes + (multiline ? 3 : 1)
            skipString(hashes: hashes, multiline: multiline)
        }

        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x0A:
                line += 1
                index += 1
            case UInt8(ascii: "/") where at(1) == UInt8(ascii: "/"):
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            case UInt8(ascii: "/") where at(1) == UInt8(ascii: "*"):
                var depth = 0
                repeat {
                    if at(0) == UInt8(ascii: "/") && at(1) == UInt8(ascii: "*") { depth += 1; index += 2 }
                    else if at(0) == UInt8(ascii: "*") && at(1) == UInt8(ascii: "/") { depth -= 1; index += 2 }
                    else { if bytes[index] == 0x0A { line += 1 }; index += 1 }
                } while depth > 0 && index < bytes.count
            case UInt8(ascii: "\""):
                startString()
            case UInt8(ascii: "#") where Self.rawStringStart(bytes, index):
                startString()
            case UInt8(ascii: "("):
                if !interpolations.isEmpty { interpolations[interpolations.count - 1].depth += 1 }
                tokens.append(Token(kind: .other, text: "(", line: line))
                index += 1
            case UInt8(ascii: ")"):
                if let last = interpolations.last {
                    if last.depth == 0 {
                        interpolations.removeLast()
                        index += 1
                        skipString(hashes: last.hashes, multiline: last.multiline)
                        continue
                    }
                    interpolations[interpolations.count - 1].depth -= 1
                }
                tokens.append(Token(kind: .other, text: ")", line: line))
                index += 1
            case UInt8(ascii: "{"):
                tokens.append(Token(kind: .openBrace, text: "{", line: line))
                index += 1
            case UInt8(ascii: "}"):
                tokens.append(Token(kind: .closeBrace, text: "}", line: line))
                index += 1
            case UInt8(ascii: "`"):
                // A name in backquotes is a name.
                let start = index + 1
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "`"), bytes[end] != 0x0A { end += 1 }
                tokens.append(Token(kind: .identifier, text: String(decoding: bytes[start..<end], as: UTF8.self), line: line))
                index = min(end + 1, bytes.count)
            default:
                if isIdentifierByte(byte) && !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                    let start = index
                    while index < bytes.count, isIdentifierByte(bytes[index]) { index += 1 }
                    tokens.append(Token(kind: .identifier, text: String(decoding: bytes[start..<index], as: UTF8.self), line: line))
                } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    // A number, `1_000` and `0x1F` included, is not a name.
                    while index < bytes.count, isIdentifierByte(bytes[index]) { index += 1 }
                } else if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                    index += 1
                } else {
                    tokens.append(Token(kind: .other, text: String(UnicodeScalar(byte)), line: line))
                    index += 1
                }
            }
        }
    }

    /// Whether the `#`s at `index` open a raw string (`#"`, `##"`…) rather than a directive such
    /// as `#if` or `#expect`.
    static func rawStringStart(_ bytes: [UInt8], _ index: Int) -> Bool {
        var offset = index
        while offset < bytes.count, bytes[offset] == UInt8(ascii: "#") { offset += 1 }
        return offset < bytes.count && bytes[offset] == UInt8(ascii: "\"")
    }
}
