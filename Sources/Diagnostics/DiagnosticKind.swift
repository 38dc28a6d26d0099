/// What makes two problems "the same kind" for the cap of `Diagnostics`: the same file, the same
/// severity and the same message once what varies is masked — quoted names (`unknown column
/// 'x'`) and numbers (`row 5 has 3 fields`). Hints are left out: they vary with the name.
struct DiagnosticKind: Hashable, Sendable {
    var path: String?
    var severity: Diagnostic.Severity
    var pattern: String

    init(_ diagnostic: Diagnostic) {
        path = diagnostic.location?.path
        severity = diagnostic.severity
        pattern = Self.pattern(diagnostic.message)
    }

    /// `unknown column 'abc' at 12` → `unknown column '' at 0`. A quote opens only after a
    /// non-letter and closes only before one, so that `this page's title` stays as it is.
    static func pattern(_ message: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(message.utf8.count)
        var open: UInt8?
        var previous: UInt8 = 0x20
        let bytes = Array(message.utf8)
        for (index, byte) in bytes.enumerated() {
            defer { previous = byte }
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0x20
            if let quote = open {
                if byte == quote, !isWordByte(next) {
                    open = nil
                    out.append(byte)
                }
                continue
            }
            if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\""), !isWordByte(previous) {
                open = byte
                out.append(byte)
                continue
            }
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(previous) { out.append(UInt8(ascii: "0")) }
                continue
            }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A letter or digit of a word, ASCII or not.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
