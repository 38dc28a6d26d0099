import Diagnostics
import Formatting
import Foundation

/// Parses Markdown into a `MarkdownDocument`. CommonMark comes from libcmark (smart punctuation
/// on); MyST directives, roles and footnotes are recognised on top of cmark's tree.
public struct MarkdownParser: Sendable {
    /// How deep quotes, lists, emphases, links, images, directives and footnotes may hold one
    /// another. Real documents stay under ten; past the limit a part is an error, not a crash:
    /// every stage after parsing walks the tree by recursion, on threads with small stacks.
    public static let nestingLimit = 64

    public init() {}

    /// Parses `source`, a text that starts at `firstLine` of `path`, shifted `columnShift`
    /// characters to the right (front matter above it, or the indent of a directive's fence),
    /// and held `depth` levels deep. Lines may end in `\n`, `\r\n` or `\r`.
    public func parse(_ source: String, path: String, firstLine: Int = 1, columnShift: Int = 0, depth: Int = 0) -> MarkdownDocument {
        let source = LineEndings.normalized(source)
        let lineCount = Self.newlineCount(source) + 1
        return parse(source, map: SourceMap(path: path, firstLine: firstLine, columnShift: columnShift, lineCount: lineCount), depth: depth)
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

    /// Parses a directive's body as Markdown, keeping its positions in the file. A body held
    /// too deep is not parsed: its document is the one problem that says so.
    public func parseBody(of directive: Directive) -> MarkdownDocument {
        guard directive.depth <= Self.nestingLimit else {
            return MarkdownDocument(blocks: [], problems: [.error(
                at: directive.location, Message("markdown.directive-too-deep", ["limit": .text(String(Self.nestingLimit))]),
                hint: Message("markdown.directive-too-deep-hint"))])
        }
        return parse(directive.body, path: directive.bodyLocation.path,
                     firstLine: directive.bodyLocation.line, columnShift: directive.bodyLocation.column - 1, depth: directive.depth)
    }

    func parse(_ source: String, map: SourceMap, depth: Int) -> MarkdownDocument {
        let (cleaned, extracted) = FootnoteExtractor.extract(from: source)
        var (blocks, problems) = CommonMarkTree.blocks(of: cleaned, map: map, depth: depth)
        let footnotes = extracted.map { definition in
            let noteMap = SourceMap(
                path: map.path,
                fileLines: definition.localLines.map { map.location(line: $0, column: 1).line },
                columnShifts: zip(definition.localLines, definition.columnShifts).map { line, shift in
                    map.location(line: line, column: 1).column - 1 + shift
                })
            let location = map.location(line: definition.line, column: 1)
            guard depth < Self.nestingLimit else {
                problems.append(.error(at: location, Message("markdown.footnote-too-deep", ["limit": .text(String(Self.nestingLimit))])))
                return FootnoteDefinition(label: definition.label, blocks: [], location: location)
            }
            let note = parse(definition.text, map: noteMap, depth: depth + 1)
            problems += note.problems
            return FootnoteDefinition(label: definition.label, blocks: note.blocks, location: location)
        }
        return MarkdownDocument(blocks: blocks, footnotes: footnotes, problems: problems)
    }
}
