import Diagnostics
import Formatting

/// Separates YAML front matter (`---` … `---`) from the Markdown after it, remembering on which
/// line the Markdown starts so that every later position is exact.
public struct FrontMatterSplit: Sendable, Equatable {
    /// The YAML text, or nil when the file has no front matter.
    public var yaml: String?
    /// The file line on which `yaml` starts.
    public var yamlFirstLine: Int
    public var body: String
    public var bodyFirstLine: Int

    /// Lines may end in LF, CRLF or CR, and a byte-order mark may come first: front matter
    /// written on Windows is front matter. The YAML is handed on with LF line ends (the same
    /// lines, so positions stay exact); the body keeps its bytes, CRs included.
    public static func split(_ source: String, path: String, diagnostics: inout Diagnostics) -> FrontMatterSplit {
        let bytes = source.utf8
        var start = bytes.startIndex
        if bytes.starts(with: SourceText.byteOrderMark) { start = bytes.index(start, offsetBy: SourceText.byteOrderMark.count) }
        /// Where the line that starts at `index` ends, and where the next one starts.
        func line(from index: String.Index) -> (end: String.Index, next: String.Index) {
            guard let end = bytes[index...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return (bytes.endIndex, bytes.endIndex) }
            let next = bytes.index(after: end)
            return (end, bytes[end] == 0x0D && next < bytes.endIndex && bytes[next] == 0x0A ? bytes.index(after: next) : next)
        }
        func isFence(_ range: Range<String.Index>, _ marks: [String]) -> Bool {
            var end = range.upperBound
            while end > range.lowerBound, [0x20, 0x09].contains(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
            return marks.contains { bytes[range.lowerBound..<end].elementsEqual($0.utf8) }
        }
        let first = line(from: start)
        guard isFence(start..<first.end, ["---"]) else {
            return FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: String(source[start...]), bodyFirstLine: 1)
        }
        let yamlStart = first.next
        var previousEnd = first.end
        var lineStart = yamlStart
        var number = 2
        while lineStart < bytes.endIndex {
            let current = line(from: lineStart)
            if isFence(lineStart..<current.end, ["---", "..."]) {
                let yaml = yamlStart < lineStart ? LineEndings.normalized(String(source[yamlStart..<previousEnd])) : ""
                return FrontMatterSplit(yaml: yaml, yamlFirstLine: 2, body: String(source[current.next...]), bodyFirstLine: number + 1)
            }
            // The last line without a line end: there is no next line.
            if current.next == bytes.endIndex, current.end == bytes.endIndex { break }
            previousEnd = current.end
            lineStart = current.next
            number += 1
        }
        // `---` and nothing after it, not even a line end: one line.
        if first.end == bytes.endIndex { number = 1 }
        diagnostics.error(
            at: SourceLocation(path: path, line: 1, column: 1),
            Message("yaml.front-matter-not-closed"),
            hint: Message("yaml.front-matter-not-closed-hint"))
        return FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: "", bodyFirstLine: number + 1)
    }
}
