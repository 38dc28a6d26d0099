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

    public static func split(_ source: String, path: String, diagnostics: inout Diagnostics) -> FrontMatterSplit {
        if let split = splitLF(source) { return split }
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.first?.hasSuffix("\r") == true { lines = lines.map { $0.hasSuffix("\r") ? $0.dropLast() : $0 } }
        guard lines.first.map({ $0.trimmingTrailingSpaces == "---" }) == true else {
            return FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: source, bodyFirstLine: 1)
        }
        guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingTrailingSpaces) }) else {
            diagnostics.error(
                at: SourceLocation(path: path, line: 1, column: 1),
                "front matter is not closed",
                hint: "end the front matter with a line '---'")
            return FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: "", bodyFirstLine: lines.count + 1)
        }
        return FrontMatterSplit(
            yaml: lines[1..<close].joined(separator: "\n"),
            yamlFirstLine: 2,
            body: lines[(close + 1)...].joined(separator: "\n"),
            bodyFirstLine: close + 2)
    }
    /// The same split for the usual file — `---` first, `\n` line ends, the front matter
    /// closed — by scanning bytes up to the closing line instead of cutting every line of the
    /// page; nil for anything else, which the general path handles and reports.
    static func splitLF(_ source: String) -> FrontMatterSplit? {
        let bytes = source.utf8
        func isFence(_ line: Substring.UTF8View, _ marks: [String]) -> Bool {
            var end = line.endIndex
            while end > line.startIndex, [0x20, 0x09].contains(line[line.index(before: end)]) { end = line.index(before: end) }
            return marks.contains { line[line.startIndex..<end].elementsEqual($0.utf8) }
        }
        guard let firstEnd = bytes.firstIndex(of: 0x0A),
              isFence(source[source.startIndex..<firstEnd].utf8, ["---"]) else { return nil }
        let yamlStart = bytes.index(after: firstEnd)
        var lineStart = yamlStart
        var line = 2
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            if isFence(source[lineStart..<lineEnd].utf8, ["---", "..."]) {
                let yaml = yamlStart < lineStart ? String(source[yamlStart..<bytes.index(before: lineStart)]) : ""
                let body = lineEnd < bytes.endIndex ? String(source[bytes.index(after: lineEnd)...]) : ""
                return FrontMatterSplit(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: line + 1)
            }
            guard lineEnd < bytes.endIndex else { return nil }
            lineStart = bytes.index(after: lineEnd)
            line += 1
        }
        return nil
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var text = self
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return text
    }
}
