internal import CCmark
import Diagnostics
import Foundation

/// The only code that calls cmark: parse, copy the tree into Swift values, free it.
enum CommonMarkTree {
    static let parseOptions = CMARK_OPT_SMART

    /// The blocks of `source` (`\n` line endings), whose outermost level sits `depth` levels
    /// deep (inside directives or footnotes), and the problems met: parts nested deeper than
    /// `MarkdownParser.nestingLimit`, kept as plain text.
    static func blocks(of source: String, map: SourceMap, depth: Int) -> (blocks: [Block], problems: [Diagnostic]) {
        let root: OpaquePointer? = source.withCString { pointer in
            cmark_parse_document(pointer, strlen(pointer), parseOptions)
        }
        guard let root else { return ([], []) }
        defer { cmark_node_free(root) }
        let converter = Converter(lines: SourceLines(source), map: map)
        let blocks = converter.blocks(childrenOf: root, depth: depth)
        return (blocks, converter.problems.list)
    }

    /// cmark's own HTML for `markdown`, with the options the site uses: the reference that our
    /// renderer is tested against.
    static func referenceHTML(_ markdown: String, unsafe: Bool) -> String {
        let options = parseOptions | (unsafe ? CMARK_OPT_UNSAFE : 0)
        return markdown.withCString { pointer in
            guard let html = cmark_markdown_to_html(pointer, strlen(pointer), options) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    private final class Problems {
        var list: [Diagnostic] = []
    }

    private struct Converter {
        let lines: SourceLines
        let map: SourceMap
        let problems = Problems()

        func location(of node: OpaquePointer) -> SourceLocation {
            let (line, column) = localPosition(of: node)
            return map.location(line: line, column: column)
        }

        /// 1-based line and character column within the text cmark parsed.
        func localPosition(of node: OpaquePointer) -> (line: Int, column: Int) {
            let line = max(Int(cmark_node_get_start_line(node)), 1)
            return (line, lines.characterColumn(line: line, byteColumn: Int(cmark_node_get_start_column(node))))
        }

        func children(of node: OpaquePointer) -> [OpaquePointer] {
            var result: [OpaquePointer] = []
            var child = cmark_node_first_child(node)
            while let current = child {
                result.append(current)
                child = cmark_node_next(current)
            }
            return result
        }

        func literal(_ node: OpaquePointer) -> String {
            cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        }

        func blocks(childrenOf node: OpaquePointer, depth: Int) -> [Block] {
            children(of: node).compactMap { block($0, depth: depth) }
        }

        /// `depth` is how many quotes, lists, emphases, links, images and directives hold
        /// `node`. Everything after this step — the renderers, the site's directives, even
        /// comparing and freeing the values — walks the tree by recursion, so the tree is cut
        /// at the limit here, where cmark's own iterator can still read what lies below.
        func block(_ node: OpaquePointer, depth: Int) -> Block? {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH:
                return .paragraph(inlines(childrenOf: node, depth: depth), location: location(of: node))
            case CMARK_NODE_HEADING:
                return .heading(Heading(
                    level: Int(cmark_node_get_heading_level(node)),
                    content: inlines(childrenOf: node, depth: depth), location: location(of: node)))
            case CMARK_NODE_BLOCK_QUOTE:
                guard depth < MarkdownParser.nestingLimit else { return .paragraph([tooDeep(node, depth: depth)], location: location(of: node)) }
                return .blockQuote(blocks(childrenOf: node, depth: depth + 1))
            case CMARK_NODE_LIST:
                guard depth < MarkdownParser.nestingLimit else { return .paragraph([tooDeep(node, depth: depth)], location: location(of: node)) }
                return .list(MarkdownList(
                    isOrdered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                    start: Int(cmark_node_get_list_start(node)),
                    isTight: cmark_node_get_list_tight(node) != 0,
                    items: children(of: node).map { blocks(childrenOf: $0, depth: depth + 1) }))
            case CMARK_NODE_CODE_BLOCK:
                let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
                let code = CodeBlock(info: info, literal: literal(node), location: location(of: node))
                let fence = localPosition(of: node)
                if let directive = DirectiveSyntax.directive(from: code, fenceLine: fence.line, fenceColumn: fence.column,
                                                             depth: depth + 1, map: map) {
                    // A directive left open swallows the text below it: one error, at its fence.
                    if !directive.body.allSatisfy(\.isWhitespace),
                       let problem = UnclosedFence.problem(lines: lines, startLine: fence.line,
                                                           startByteColumn: Int(cmark_node_get_start_column(node)),
                                                           endLine: Int(cmark_node_get_end_line(node)), location: code.location) {
                        problems.list.append(problem)
                        return .codeBlock(code)
                    }
                    return .directive(directive)
                }
                return .codeBlock(code)
            case CMARK_NODE_HTML_BLOCK:
                return .html(literal(node))
            case CMARK_NODE_THEMATIC_BREAK:
                return .thematicBreak
            default:
                return nil
            }
        }

        func inlines(childrenOf node: OpaquePointer, depth: Int) -> [Inline] {
            var raw: [(Inline, SourceLocation)] = []
            // cmark splits text at every special character; the pieces are joined again in one
            // buffer (adding each to a copy of the text so far was quadratic in a paragraph).
            var text: (String, SourceLocation)?
            func endText() {
                if let (joined, location) = text { raw.append((.text(joined), location)) }
                text = nil
            }
            for child in children(of: node) {
                let type = cmark_node_get_type(child)
                if type == CMARK_NODE_TEXT {
                    if text == nil { text = ("", location(of: child)) }
                    text!.0 += literal(child)
                    continue
                }
                endText()
                if type == CMARK_NODE_CODE {
                    raw.append((.code(literal(child)), codeSpanStart(child)))
                    continue
                }
                let here = location(of: child)
                if Self.isInlineLevel(type), depth >= MarkdownParser.nestingLimit {
                    raw.append((tooDeep(child, depth: depth), here))
                    continue
                }
                let inline: Inline
                switch type {
                case CMARK_NODE_SOFTBREAK: inline = .softBreak
                case CMARK_NODE_LINEBREAK: inline = .lineBreak
                case CMARK_NODE_HTML_INLINE: inline = .html(literal(child))
                case CMARK_NODE_EMPH: inline = .emphasis(inlines(childrenOf: child, depth: depth + 1))
                case CMARK_NODE_STRONG: inline = .strong(inlines(childrenOf: child, depth: depth + 1))
                case CMARK_NODE_LINK: inline = .link(link(child, at: here, depth: depth + 1))
                case CMARK_NODE_IMAGE: inline = .image(link(child, at: here, depth: depth + 1))
                default: continue
                }
                raw.append((inline, here))
            }
            endText()
            return RoleSyntax.recognise(raw, lines: lines, map: map)
        }

        /// Inlines that hold inlines, each a level deeper.
        static func isInlineLevel(_ type: cmark_node_type) -> Bool {
            type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG || type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE
        }

        /// A part nested past the limit: reported once at its start, with how deep it goes, and
        /// kept as its plain text. cmark's iterator walks it without recursion.
        func tooDeep(_ node: OpaquePointer, depth: Int) -> Inline {
            var text = ""
            var level = depth
            var deepest = depth
            let iterator = cmark_iter_new(node)
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                guard event != CMARK_EVENT_DONE else { break }
                guard let current = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(current)
                if type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST || Self.isInlineLevel(type) {
                    level += event == CMARK_EVENT_ENTER ? 1 : -1
                    deepest = max(deepest, level)
                    continue
                }
                guard event == CMARK_EVENT_ENTER else { continue }
                switch type {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK: text += literal(current)
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
                case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING: if !text.isEmpty { text += " " }
                default: break
                }
            }
            problems.list.append(.error(
                at: location(of: node),
                Message("markdown.too-deep", ["depth": .text(String(deepest)), "limit": .text(String(MarkdownParser.nestingLimit))]),
                hint: Message("markdown.too-deep-hint")))
            return .text(text)
        }

        /// cmark places a code span at its content; we want its opening backticks, where a
        /// role that precedes it is measured from.
        func codeSpanStart(_ node: OpaquePointer) -> SourceLocation {
            let line = max(Int(cmark_node_get_start_line(node)), 1)
            var byteColumn = Int(cmark_node_get_start_column(node))
            if line <= lines.lines.count {
                let bytes = lines.lines[line - 1]
                byteColumn = min(byteColumn, bytes.count + 1)
                while byteColumn > 1, bytes[bytes.startIndex + byteColumn - 2] == UInt8(ascii: "`") { byteColumn -= 1 }
            }
            return map.location(line: line, column: lines.characterColumn(line: line, byteColumn: byteColumn))
        }

        func link(_ node: OpaquePointer, at location: SourceLocation, depth: Int) -> Link {
            let title = cmark_node_get_title(node).map { String(cString: $0) } ?? ""
            return Link(
                destination: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                title: title.isEmpty ? nil : title,
                content: inlines(childrenOf: node, depth: depth), location: location)
        }
    }
}
