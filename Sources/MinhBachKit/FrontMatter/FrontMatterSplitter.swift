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
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var text = self
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return text
    }
}
