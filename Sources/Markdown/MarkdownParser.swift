import Diagnostics
import Foundation

/// Parses Markdown into a `MarkdownDocument`. CommonMark comes from libcmark (smart punctuation
/// on); MyST directives, roles and footnotes are recognised on top of cmark's tree.
public struct MarkdownParser: Sendable {
    public init() {}

    /// Parses `source`, a text that starts at `firstLine` of `path`, shifted `columnShift`
    /// characters to the right (front matter above it, or the indent of a directive's fence).
    public func parse(_ source: String, path: String, firstLine: Int = 1, columnShift: Int = 0) -> MarkdownDocument {
        let lineCount = Self.newlineCount(source) + 1
        return parse(source, map: SourceMap(path: path, firstLine: firstLine, columnShift: columnShift, lineCount: lineCount))
    }

    /// Over the contiguous bytes, a loop the compiler vectorises; the `utf8` view's iterator,
    /// byte by byte, was 1 % of a large build.
    static func newlineCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte == 0x0A { count += 1 }
            return count
        }
    }

    /// Parses a directive's body as Markdown, keeping its positions in the file.
    public func parseBody(of directive: Directive) -> MarkdownDocument {
        parse(directive.body, path: directive.bodyLocation.path,
              firstLine: directive.bodyLocation.line, columnShift: directive.bodyLocation.column - 1)
    }

    func parse(_ source: String, map: SourceMap) -> MarkdownDocument {
        let (cleaned, extracted) = FootnoteExtractor.extract(from: source)
        let blocks = CommonMarkTree.blocks(of: cleaned, map: map)
        let footnotes = extracted.map { definition in
            let noteMap = SourceMap(
                path: map.path,
                fileLines: definition.localLines.map { map.location(line: $0, column: 1).line },
                columnShifts: zip(definition.localLines, definition.columnShifts).map { line, shift in
                    map.location(line: line, column: 1).column - 1 + shift
                })
            return FootnoteDefinition(
                label: definition.label,
                blocks: parse(definition.text, map: noteMap).blocks,
                location: map.location(line: definition.line, column: 1))
        }
        return MarkdownDocument(blocks: blocks, footnotes: footnotes)
    }
}
