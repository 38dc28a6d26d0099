import Formatting

/// Cutting text into syllables: maximal runs of letters and digits, each in the form it is
/// written (NFC, lower case) as UTF-8. Folding waits until the index knows its distinct forms.
enum SearchTokens {
    /// Calls `body` with each syllable of `text` and whether only whitespace separates it from
    /// the one before — the two then form a phrase. Scalar by scalar with `TextFolding`'s tables:
    /// this is the hot loop of indexing a large site, and for Vietnamese it agrees with
    /// `String.lowercased()`. `body` gets a buffer it must copy from, not keep.
    static func forEach(in text: String, _ body: (_ syllable: [UInt8], _ joinsPrevious: Bool) -> Void) {
        var syllable: [UInt8] = []
        syllable.reserveCapacity(32)
        var broken = true
        var composed = TextFolding.composed(text)
        composed.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let scalar: Unicode.Scalar
                if byte < 0x80 {
                    index += 1
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        syllable.append(byte)
                        continue
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        syllable.append(byte | 0x20)
                        continue
                    default:
                        scalar = Unicode.Scalar(byte)
                    }
                } else {
                    (scalar, index) = decode(bytes, at: index)
                    if TextFolding.isWordCharacter(scalar) {
                        appendUTF8(TextFolding.lowercased(scalar), to: &syllable)
                        continue
                    }
                }
                if !syllable.isEmpty {
                    body(syllable, !broken)
                    syllable.removeAll(keepingCapacity: true)
                    broken = false
                }
                if !isWhitespace(scalar) { broken = true }
            }
        }
        if !syllable.isEmpty { body(syllable, !broken) }
    }

    /// The scalar that starts at `index` of valid UTF-8, and the index after it.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let value: UInt32, length: Int
        if lead < 0xE0 {
            (value, length) = ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        } else if lead < 0xF0 {
            (value, length) = ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        } else {
            (value, length) = ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F), 4)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", index + length)
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D: return true
        case ..<0x80: return false
        default: return scalar.properties.isWhitespace
        }
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

    /// The folded form of an exact one (`điện biên` → `dien bien`): scalar by scalar, so a pair's
    /// folded form is its syllables' folded forms joined by the same space.
    static func folded(_ exact: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        for scalar in String(decoding: exact, as: UTF8.self).unicodeScalars {
            appendUTF8(TextFolding.fold(scalar), to: &out)
        }
    }

    /// FNV-1a, 64 bits, its high bits folded into the low ones (which pick a table slot): the
    /// hash the index's tables are keyed by.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { mixed(fnv(bytes)) }

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a's state after `bytes`, going on from `state`: a pair's state goes on from its first
    /// syllable's.
    static func fnv(_ bytes: UnsafeBufferPointer<UInt8>, from state: UInt64 = fnvOffset) -> UInt64 {
        var hash = state
        for byte in bytes { hash = fnv(byte, from: hash) }
        return hash
    }

    @inline(__always)
    static func fnv(_ byte: UInt8, from state: UInt64) -> UInt64 { (state ^ UInt64(byte)) &* 0x0100_0000_01b3 }

    static func mixed(_ state: UInt64) -> UInt64 { state ^ state >> 29 }
}
