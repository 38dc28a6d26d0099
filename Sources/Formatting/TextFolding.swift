import Foundation

/// How search sees Vietnamese text: NFC and lower case, and *folded* — every letter reduced to
/// its base letter (tone and vowel marks dropped, `đ` → `d`), one character for one, so a
/// position in folded text is a position in the text. `theme/static/search.js` folds the same way.
public enum TextFolding {
    /// NFC, lower case.
    public static func normalized(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.lowercased()
    }

    /// The base letter of each character of `normalized` text: `điện biên` → `dien bien`.
    public static func fold(_ normalized: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in normalized.unicodeScalars { out.append(fold(scalar)) }
        return String(out)
    }

    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0xC0 { return scalar }
        return latin(scalar.value).map { Unicode.Scalar($0.base)! } ?? scalar
    }

    /// NFC only when the text has combining marks (U+0300–U+036F, UTF-8 `CC 80`–`CD AF`): text
    /// typed with precomposed letters, as Vietnamese nearly always is, is NFC already.
    public static func composed(_ text: String) -> String {
        var text = text
        // By `memchr`, which looks at many bytes at a time: search asks this of every block.
        let hasMarks = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0xCC, bytes.count) != nil || memchr(base, 0xCD, bytes.count) != nil
        }
        return hasMarks ? text.precomposedStringWithCanonicalMapping : text
    }

    /// The lower case of one scalar; Latin letters (Vietnamese among them) from a table, others
    /// by their Unicode mapping when it is one scalar.
    public static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar }
        if let entry = latin(value) { return Unicode.Scalar(entry.lower)! }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }

    /// Letters and digits (Unicode L* and N*): what syllables are made of.
    public static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        if let entry = latin(v) { return entry.isWord }
        return isLetterOrNumber(scalar)
    }

    private static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// What search needs of a Latin letter: its lower case, its base letter, whether it is part of
    /// a word. Indexing reads this for every letter of a site, so it is a flat table.
    struct LatinEntry {
        var lower: UInt32
        var base: UInt32
        var isWord: Bool
    }

    /// U+0080–U+024F at their own index, U+1E00–U+1EFF (Vietnamese tones) after them.
    private static func latin(_ value: UInt32) -> LatinEntry? {
        if value < 0x250 { return latinTable[Int(value)] }
        if value >= 0x1E00 && value < 0x1F00 { return latinTable[0x250 + Int(value - 0x1E00)] }
        return nil
    }

    private static let latinTable: [LatinEntry] = (Array(0..<0x250) + Array(0x1E00..<0x1F00)).map { (value: UInt32) in
        guard let scalar = Unicode.Scalar(value) else { return LatinEntry(lower: value, base: value, isWord: false) }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        let lower = mapping.count == 1 ? mapping.first!.value : value
        return LatinEntry(lower: lower, base: baseLetter(of: scalar).value, isWord: isLetterOrNumber(scalar))
    }

    /// A Latin letter with marks → its base letter (`ệ` → `e`, `đ` → `d`); any other scalar itself.
    private static func baseLetter(of scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value == 0x0111 { return "d" }
        if scalar.value == 0x0110 { return "D" }
        guard scalar.value >= 0xC0 else { return scalar }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        if decomposed.count > 1, let base = decomposed.first, base.value < 0x80,
           decomposed.dropFirst().allSatisfy({ (0x300...0x36F).contains($0.value) }) {
            return base
        }
        return scalar
    }
}
