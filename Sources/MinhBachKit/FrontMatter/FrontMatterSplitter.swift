import Diagnostics

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
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = bytes.index(start, offsetBy: 3) }
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
                let yaml = yamlStart < lineStart ? Self.withLineFeeds(source[yamlStart..<previousEnd]) : ""
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
            "front matter is not closed",
            hint: "end the front matter with a line '---'")
        return FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: "", bodyFirstLine: number + 1)
    }

    /// The YAML's lines ended by LF alone: CRLF and CR each become one LF.
    static func withLineFeeds(_ text: Substring) -> String {
        guard text.utf8.contains(0x0D) else { return String(text) }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var afterCR = false
        for byte in text.utf8 {
            if byte == 0x0A, afterCR { afterCR = false; continue }
            afterCR = byte == 0x0D
            out.append(byte == 0x0D ? 0x0A : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
