/// The one place where text becomes markup. Every string that comes from content reaches
/// HTML or SVG through one of these functions, exactly once.
public enum Escape {
    /// Escapes `& < > "` — the same set as cmark's `escape_html`, so our output and cmark's agree
    /// byte for byte. Safe in element content and in double-quoted attribute values.
    public static func html(_ text: some StringProtocol) -> String {
        html(String(text))
    }

    /// The same for a `String`, on its contiguous bytes: charts escape thousands of labels.
    public static func html(_ text: String) -> String {
        var text = text
        let needsEscaping = text.withUTF8 { bytes in bytes.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 } }
        guard needsEscaping else { return text }
        return text.withUTF8(escaped)
    }

    private static func escaped(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        var out = [UInt8]()
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Escapes a URL for an `href`/`src` attribute the way cmark's `houdini_escape_href` does:
    /// reserved and safe characters stay, `&` and `'` become entities, the rest is percent-encoded.
    public static func href(_ url: some StringProtocol) -> String {
        var out = [UInt8]()
        out.reserveCapacity(url.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in url.utf8 {
            if hrefSafe[Int(byte)] {
                out.append(byte)
            } else if byte == 0x26 {
                out.append(contentsOf: "&amp;".utf8)
            } else if byte == 0x27 {
                out.append(contentsOf: "&#x27;".utf8)
            } else {
                out.append(0x25)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `-_.+!*(),%#@?=;:/$~` and alphanumerics, as in cmark's HREF_SAFE table.
    private static let hrefSafe: [Bool] = (0..<256).map { code in
        let byte = UInt8(code)
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array("-_.+!*(),%#@?=;:/$~".utf8).contains(byte)
        }
    }
}
