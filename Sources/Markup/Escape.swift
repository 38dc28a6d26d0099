/// The one place where text becomes markup. Every string that comes from content reaches
/// HTML, SVG or XML through one of these functions, exactly once; JSON and script text through
/// `JSONText` beside it.
public enum Escape {
    /// Which quotation marks become references besides `& < >`. One escaper, two documented sets,
    /// because two writers promise different things and their output must not change:
    public enum Quotes: Sendable {
        /// `"` only: `& < > "` — the same set as cmark's `escape_html`, so that what we write and
        /// what cmark writes agree byte for byte on one page. Safe in element content and in
        /// double-quoted attribute values, which is all the Markup and Charts code writes.
        case double
        /// `"` and `'` (as `&#39;`): safe in single-quoted attribute values too. The template
        /// engine's `{{…}}` uses it, since a theme author may write `title='{{title}}'`.
        case doubleAndSingle
    }

    /// Escapes `& < > "` (and `'` with `quotes: .doubleAndSingle`).
    public static func html(_ text: some StringProtocol, quotes: Quotes = .double) -> String {
        html(String(text), quotes: quotes)
    }

    /// The same for a `String`, on its contiguous bytes: charts escape thousands of labels, and
    /// a text with nothing to escape is returned as it is, without a copy.
    public static func html(_ text: String, quotes: Quotes = .double) -> String {
        var text = text
        let needsEscaping = text.withUTF8 { bytes in bytes.contains { reference(for: $0, quotes: quotes) != nil } }
        guard needsEscaping else { return text }
        return text.withUTF8 { bytes in
            var out = [UInt8]()
            out.reserveCapacity(bytes.count + 16)
            appendHTML(bytes, quotes: quotes, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Appends `text`'s UTF-8, escaped, to `out`: the template engine writes every page as bytes.
    public static func appendHTML(_ text: String, quotes: Quotes = .double, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendHTML($0, quotes: quotes, to: &out) }
    }

    /// Appends UTF-8 bytes, escaped, to `out`: the bytes that need no reference are copied a run
    /// at a time. Bytes are not checked as UTF-8: what comes in goes out, references aside.
    public static func appendHTML(_ bytes: UnsafeBufferPointer<UInt8>, quotes: Quotes = .double, to out: inout [UInt8]) {
        var runStart = 0
        for index in bytes.indices {
            guard let reference = reference(for: bytes[index], quotes: quotes) else { continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            out.append(contentsOf: UnsafeBufferPointer(start: reference.utf8Start, count: reference.utf8CodeUnitCount))
            runStart = index + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    /// The escaping table: the reference that stands for a byte, or nil for a byte written as it is.
    @inline(__always)
    static func reference(for byte: UInt8, quotes: Quotes) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'") where quotes == .doubleAndSingle: "&#39;"
        default: nil
        }
    }

    /// Text for an XML file that is not HTML (a workbook's parts): `& < > "` escaped as in
    /// `html`, and the characters XML 1.0 cannot hold dropped — controls other than tab, line
    /// feed and carriage return, U+FFFE, U+FFFF — since a spreadsheet refuses a file that has them.
    public static func xml(_ text: String) -> String {
        let holdable = text.unicodeScalars.allSatisfy(isXMLCharacter)
        guard !holdable else { return html(text) }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter(isXMLCharacter))
        return html(String(kept))
    }

    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case ..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// Escapes a URL for an `href`/`src` attribute the way cmark's `houdini_escape_href` does:
    /// reserved and safe characters stay, `&` and `'` become entities (`'` as cmark writes it,
    /// `&#x27;`), the rest is percent-encoded.
    public static func href(_ url: some StringProtocol) -> String {
        var out = [UInt8]()
        out.reserveCapacity(url.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in url.utf8 {
            if hrefSafe[Int(byte)] {
                out.append(byte)
            } else if byte == UInt8(ascii: "&"), let reference = reference(for: byte, quotes: .double) {
                out.append(contentsOf: UnsafeBufferPointer(start: reference.utf8Start, count: reference.utf8CodeUnitCount))
            } else if byte == UInt8(ascii: "'") {
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
