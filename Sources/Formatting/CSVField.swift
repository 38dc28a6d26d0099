/// A field of a CSV file that is safe to open in a spreadsheet: text that a spreadsheet would
/// run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading apostrophe, and a field
/// with a comma, quote or line break is quoted (RFC 4180). Numbers are written with
/// `NumberFormat.plain` and never pass through here.
public enum CSVField {
    public static func safe(_ text: String) -> String {
        // By bytes: the characters that matter are ASCII, and a comma is a separator to a
        // spreadsheet even when a combining mark follows it. Most cells need nothing.
        guard let first = text.utf8.first else { return text }
        let isFormula = formulaStarts.contains(first)
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard isFormula || needsQuotes else { return text }
        let safe = isFormula ? "'" + text : text
        return needsQuotes ? "\"" + safe.replacing(every: "\"", with: "\"\"") + "\"" : safe
    }

    static let formulaStarts: Set<UInt8> = Set("=+-@\t\r".utf8)
}
