/// A field of a CSV file that is safe to open in a spreadsheet: text that a spreadsheet would
/// run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading apostrophe, and a field
/// with a comma, quote or line break is quoted (RFC 4180). Numbers are written with
/// `NumberFormat.plain` and never pass through here.
public enum CSVField {
    public static func safe(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
