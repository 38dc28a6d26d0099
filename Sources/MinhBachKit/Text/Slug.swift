import Foundation

/// Readable ASCII identifiers from Vietnamese text: `Mục tiêu cụ thể` → `muc-tieu-cu-the`.
/// Tone marks and other diacritics are dropped, `đ` becomes `d`, everything else that is not a
/// letter or digit becomes a single hyphen.
public enum Slug {
    public static func make(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in foldedToASCII(text).unicodeScalars {
            let isWordCharacter = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar))
            if isWordCharacter {
                if pendingHyphen, !result.isEmpty { result += "-" }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    /// Lowercased, without diacritics, `đ`/`Đ` as `d`; characters with no ASCII form are kept.
    public static func foldedToASCII(_ text: String) -> String {
        let decomposed = text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .decomposedStringWithCanonicalMapping.lowercased()
        var out = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where !(0x0300...0x036F).contains(scalar.value) {
            out.append(scalar)
        }
        return String(out)
    }
}

/// Hands out slugs that are unique within one scope: `y`, `y-1`, `y-2` …
public struct SlugRegistry: Sendable {
    private var used: Set<String> = []

    public init(reserved: some Sequence<String> = []) { used = Set(reserved) }

    public mutating func unique(_ base: String, fallback: String = "muc") -> String {
        let stem = base.isEmpty ? fallback : base
        var candidate = stem
        var counter = 1
        while used.contains(candidate) {
            candidate = "\(stem)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}
