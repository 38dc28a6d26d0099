import Formatting

/// The syllables of a block of text as search keys: each in the form it is written (NFC, lower
/// case) and folded, as UTF-8, and whether it follows the one before with only whitespace
/// between them.
struct SearchTokens {
    struct Token {
        var exact: [UInt8]
        var folded: [UInt8]
        /// Only whitespace separates it from the previous token: the two form a phrase.
        var joinsPrevious: Bool
    }

    /// Scalar by scalar with `TextFolding`'s tables, writing UTF-8 directly: this is the hot
    /// loop of indexing a large site, and for Vietnamese it agrees with `String.lowercased()`.
    static func of(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var exact: [UInt8] = []
        var folded: [UInt8] = []
        var broken = true
        func finish() {
            guard !exact.isEmpty else { return }
            tokens.append(Token(exact: exact, folded: folded, joinsPrevious: !broken))
            exact = []
            folded = []
            broken = false
        }
        for scalar in TextFolding.composed(text).unicodeScalars {
            if TextFolding.isWordCharacter(scalar) {
                let lower = TextFolding.lowercased(scalar)
                appendUTF8(lower, to: &exact)
                appendUTF8(TextFolding.fold(lower), to: &folded)
            } else {
                finish()
                if !scalar.properties.isWhitespace { broken = true }
            }
        }
        finish()
        return tokens
    }

    static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case ..<0x80:
            bytes.append(UInt8(value))
        case ..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6)); bytes.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            bytes.append(UInt8(0xE0 | value >> 12)); bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18)); bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F)); bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }
}

/// UTF-8 bytes as a dictionary key. `String` would normalise itself again at every hash; these
/// are NFC already.
struct TermBytes: Hashable, Comparable {
    var bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    /// Byte order is code point order, which is `String`'s order for NFC text.
    static func < (a: TermBytes, b: TermBytes) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
