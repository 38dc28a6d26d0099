import Glibc

/// A text file may end its lines in `\n`, `\r\n` or a lone `\r` (files saved on Windows or old
/// Macs), and cmark reads all three. Code that counts lines at `\n` turns every ending into `\n`
/// first: line numbers stay cmark's — a lone CR once made a code span's position point past its
/// line and crashed the build — and every column stays, since only the ending itself changes.
public enum LineEndings {
    public static func normalized(_ text: String) -> String {
        var text = text
        let hasCR = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, 0x0D, bytes.count) != nil
        }
        guard hasCR else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 0x0D {
                bytes.append(0x0A)
                previousWasCR = true
                continue
            }
            if !(byte == 0x0A && previousWasCR) { bytes.append(byte) }
            previousWasCR = false
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text with every line ending as CR LF (RFC 4180's, which the CSV downloads use): a
    /// lone CR, a lone LF and CR LF alike. Byte by byte, not with Foundation's
    /// `replacingOccurrences`, which took a tenth of a data-heavy site's download stage.
    public static func crlf(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + text.utf8.count / 16)
        var previousWasCR = false
        for byte in text.utf8 {
            defer { previousWasCR = byte == 0x0D }
            if byte == 0x0A, previousWasCR { continue }
            if byte == 0x0D || byte == 0x0A {
                bytes += [0x0D, 0x0A]
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
