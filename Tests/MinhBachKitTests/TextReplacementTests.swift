import Formatting
import Foundation
import Testing

/// The byte-for-byte replacements that took the place of Foundation's `replacingOccurrences`
/// where a build calls them thousands of times give what it gave.
struct TextReplacementTests {
    @Test(arguments: [
        ("Trung vị các {kind}", "{kind}", "xã"), ("{r}% kế hoạch, {r}", "{r}", "85"), ("không có", "{x}", "y"),
        ("{a}{a}{a}", "{a}", ""), ("{", "{", "{{"), ("", "{a}", "b"), ("Điều {n} – {n}.", "{n}", "Đ5"), ("\"a\"\"b\"", "\"", "\"\""),
    ])
    func everyPlaceholderIsFilledAsFoundationFillsIt(text: String, placeholder: String, value: String) {
        #expect(text.replacing(every: placeholder, with: value) == text.replacingOccurrences(of: placeholder, with: value))
    }

    @Test(arguments: ["a\nb\n", "a\r\nb\r\n", "a\rb\r", "a\r\n\nb\r\r\n", "không\ncó\r", "", "\r\n"])
    func lineEndingsBecomeCRLFAsBefore(text: String) {
        let before = LineEndings.normalized(text).replacingOccurrences(of: "\n", with: "\r\n")
        #expect(LineEndings.crlf(text) == before)
    }
}
