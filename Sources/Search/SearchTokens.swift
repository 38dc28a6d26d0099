import Formatting

/// Cutting text into syllables: maximal runs of letters and digits, each in the form it is
/// written (NFC, lower case) as UTF-8. Folding waits until the index knows its distinct forms.
enum SearchTokens {
    /// Calls `body` with each syllable of `text` and whether only whitespace separates it from
    /// the one before — the two then form a phrase. Scalar by scalar with `TextFolding`'s tables:
    /// this is the hot loop of indexing a large site, and for Vietnamese it agrees with
    /// `String.lowercased()`. Syllables are written into one scratch buffer, which `body` must
    /// copy from, not keep.
    static func forEach(in text: String, _ body: (_ syllable: UnsafeBufferPointer<UInt8>, _ joinsPrevious: Bool) -> Void) {
        var composed = TextFolding.composed(text)
        composed.withUTF8 { bytes in
            // A lower-case scalar takes at most one byte more than its capital.
            let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count * 2 + 4)
            defer { scratch.deallocate() }
            var length = 0
            var broken = true
            func finishSyllable() {
                guard length > 0 else { return }
                body(UnsafeBufferPointer(rebasing: scratch[0..<length]), !broken)
                length = 0
                broken = false
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let scalar: Unicode.Scalar
                if byte < 0x80 {
                    index += 1
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        scratch[length] = byte
                        length += 1
                        continue
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        scratch[length] = byte | 0x20
                        length += 1
                        continue
                    default:
                        scalar = Unicode.Scalar(byte)
                    }
                } else {
                    (scalar, index) = decode(bytes, at: index)
                    if TextFolding.isWordCharacter(scalar) {
                        length += writeUTF8(TextFolding.lowercased(scalar), to: scratch.baseAddress! + length)
                        continue
                    }
                }
                finishSyllable()
                if !isWhitespace(scalar) { broken = true }
            }
            finishSyllable()
        }
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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { buffer in
            let count = writeUTF8(scalar, to: buffer.baseAddress!)
            bytes.append(contentsOf: buffer[0..<count])
        }
    }

    /// Writes the scalar's UTF-8 at `out`; returns how many bytes it took.
    @inline(__always)
    static func writeUTF8(_ scalar: Unicode.Scalar, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let value = scalar.value
        switch value {
        case ..<0x80:
            out[0] = UInt8(value)
            return 1
        case ..<0x800:
            out[0] = UInt8(0xC0 | value >> 6); out[1] = UInt8(0x80 | value & 0x3F)
            return 2
        case ..<0x10000:
            out[0] = UInt8(0xE0 | value >> 12); out[1] = UInt8(0x80 | value >> 6 & 0x3F); out[2] = UInt8(0x80 | value & 0x3F)
            return 3
        default:
            out[0] = UInt8(0xF0 | value >> 18); out[1] = UInt8(0x80 | value >> 12 & 0x3F)
            out[2] = UInt8(0x80 | value >> 6 & 0x3F); out[3] = UInt8(0x80 | value & 0x3F)
            return 4
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
