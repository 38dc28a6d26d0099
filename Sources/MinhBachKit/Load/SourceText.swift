import Diagnostics

/// Decoding a file's bytes as text, with one located error when they are not UTF-8 — instead
/// of each reader failing in its own way on an empty text (a theme's strings file with one bad
/// byte made 233 "missing UI string" errors, none of which named the cause).
enum SourceText {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The line and column (in characters, from 1) of the first byte that is not UTF-8; nil
    /// when every byte is. A line ends at LF, CRLF or CR.
    static func firstInvalidByte(_ bytes: [UInt8]) -> (line: Int, column: Int)? {
        var iterator = bytes.dropFirst(bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0).makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1, column = 1
        var afterCR = false
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let first = encoded.first
                if first == 0x0A {
                    if !afterCR { line += 1 }
                    column = 1
                } else if first == 0x0D {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                afterCR = first == 0x0D
            case .error:
                return (line, column)
            case .emptyInput:
                return nil
            }
        }
    }
}

extension SourceFile {
    /// The text (without a byte-order mark), or nil with an error at the first byte that is
    /// not UTF-8.
    public func text(diagnostics: inout Diagnostics) -> String? {
        if let text { return text }
        let (line, column) = SourceText.firstInvalidByte(bytes) ?? (1, 1)
        diagnostics.error(at: SourceLocation(path: displayPath, line: line, column: column),
                          Message("output.not-utf8"),
                          hint: Message("output.not-utf8-hint"))
        return nil
    }
}
