import Formatting
import Foundation

/// Readable ASCII identifiers from Vietnamese text: `Mục tiêu cụ thể` → `muc-tieu-cu-the`.
/// Tone marks and other diacritics are dropped, `đ` becomes `d`, everything else that is not a
/// letter or digit becomes a single hyphen.
public enum Slug {
    public static func make(_ text: String) -> String {
        // ASCII needs no normalizing and no folding: most file and folder names are ASCII.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return make(ascii: text) }
        var result = ""
        var pendingHyphen = false
        for scalar in foldedToASCII(text).unicodeScalars {
            if scalar.isASCII, UInt8(scalar.value).isASCIILetterOrDigit {
                if pendingHyphen, !result.isEmpty { result += "-" }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    /// `make` of ASCII text, byte by byte.
    private static func make(ascii text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for byte in text.utf8 {
            if byte.isASCIILetterOrDigit {
                if pendingHyphen, !result.isEmpty { result.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                result.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte)
            } else {
                pendingHyphen = true
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Lowercased and folded as search folds it (`Điện` → `dien`); what has no ASCII form is
    /// kept, and becomes a hyphen.
    static func foldedToASCII(_ text: String) -> String { TextFolding.fold(TextFolding.normalized(text)) }
}

/// Hands out slugs that are unique within one scope: `y`, `y-1`, `y-2` …
public struct SlugRegistry: Sendable {
    private var used: Set<String> = []
    /// Per stem, the counter to try next: every smaller one is taken, and stays taken. Trying
    /// from 1 each time made 20,000 equal headings quadratic (11 s).
    private var nextCounter: [String: Int] = [:]

    public init(reserved: some Sequence<String> = []) { used = Set(reserved) }

    public mutating func unique(_ base: String, fallback: String = "muc") -> String {
        let stem = base.isEmpty ? fallback : base
        var candidate = stem
        var counter = nextCounter[stem] ?? 1
        if used.contains(candidate) {
            repeat {
                candidate = "\(stem)-\(counter)"
                counter += 1
            } while used.contains(candidate)
            nextCounter[stem] = counter
        }
        used.insert(candidate)
        return candidate
    }
}
