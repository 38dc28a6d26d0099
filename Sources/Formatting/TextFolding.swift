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
        return baseLetters[scalar.value] ?? scalar
    }

    /// Letters and digits (Unicode L* and N*): what syllables are made of.
    public static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// Latin letters with marks (U+00C0–U+024F, U+1E00–U+1EFF) → their base letter, made once.
    private static let baseLetters: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [0x0111: "d", 0x0110: "D"]
        for value: UInt32 in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(value), table[value] == nil else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            if decomposed.count > 1, let base = decomposed.first, base.value < 0x80,
               decomposed.dropFirst().allSatisfy({ (0x300...0x36F).contains($0.value) }) {
                table[value] = base
            }
        }
        return table
    }()
}
