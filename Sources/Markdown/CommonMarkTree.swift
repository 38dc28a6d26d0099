internal import CCmark
import Diagnostics
import Foundation

/// The only code that calls cmark: parse, copy the tree into Swift values, free it.
enum CommonMarkTree {
    static let parseOptions = CMARK_OPT_SMART

    static func blocks(of source: String, map: SourceMap) -> [Block] {
        let root: OpaquePointer? = source.withCString { pointer in
            cmark_parse_document(pointer, strlen(pointer), parseOptions)
        }
        guard let root else { return [] }
        defer { cmark_node_free(root) }
        let converter = Converter(lines: SourceLines(source), map: map)
        return converter.blocks(childrenOf: root)
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

    private struct Converter {
        let lines: SourceLines
        let map: SourceMap

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

        func blocks(childrenOf node: OpaquePointer) -> [Block] {
            children(of: node).compactMap(block)
        }

        func block(_ node: OpaquePointer) -> Block? {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH:
                return .paragraph(inlines(childrenOf: node))
            case CMARK_NODE_HEADING:
                return .heading(Heading(
                    level: Int(cmark_node_get_heading_level(node)),
                    content: inlines(childrenOf: node), location: location(of: node)))
            case CMARK_NODE_BLOCK_QUOTE:
                return .blockQuote(blocks(childrenOf: node))
            case CMARK_NODE_LIST:
                return .list(MarkdownList(
                    isOrdered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                    start: Int(cmark_node_get_list_start(node)),
                    isTight: cmark_node_get_list_tight(node) != 0,
                    items: children(of: node).map { blocks(childrenOf: $0) }))
            case CMARK_NODE_CODE_BLOCK:
                let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
                let code = CodeBlock(info: info, literal: literal(node), location: location(of: node))
                let fence = localPosition(of: node)
                if let directive = DirectiveSyntax.directive(from: code, fenceLine: fence.line, fenceColumn: fence.column, map: map) {
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

        func inlines(childrenOf node: OpaquePointer) -> [Inline] {
            var raw: [(Inline, SourceLocation)] = []
            for child in children(of: node) {
                let here = location(of: child)
                let inline: Inline
                switch cmark_node_get_type(child) {
                case CMARK_NODE_TEXT:
                    // cmark splits text at every special character; join the pieces again.
                    if case .text(let previous)? = raw.last?.0 {
                        raw[raw.count - 1].0 = .text(previous + literal(child))
                        continue
                    }
                    inline = .text(literal(child))
                case CMARK_NODE_SOFTBREAK: inline = .softBreak
                case CMARK_NODE_LINEBREAK: inline = .lineBreak
                case CMARK_NODE_CODE:
                    inline = .code(literal(child))
                    raw.append((inline, codeSpanStart(child)))
                    continue
                case CMARK_NODE_HTML_INLINE: inline = .html(literal(child))
                case CMARK_NODE_EMPH: inline = .emphasis(inlines(childrenOf: child))
                case CMARK_NODE_STRONG: inline = .strong(inlines(childrenOf: child))
                case CMARK_NODE_LINK: inline = .link(link(child, at: here))
                case CMARK_NODE_IMAGE: inline = .image(link(child, at: here))
                default: continue
                }
                raw.append((inline, here))
            }
            return RoleSyntax.recognise(raw, lines: lines, map: map)
        }

        /// cmark places a code span at its content; we want its opening backticks, where a
        /// role that precedes it is measured from.
        func codeSpanStart(_ node: OpaquePointer) -> SourceLocation {
            let line = max(Int(cmark_node_get_start_line(node)), 1)
            var byteColumn = Int(cmark_node_get_start_column(node))
            if line <= lines.lines.count {
                let bytes = lines.lines[line - 1]
                while byteColumn > 1, bytes[bytes.startIndex + byteColumn - 2] == UInt8(ascii: "`") { byteColumn -= 1 }
            }
            return map.location(line: line, column: lines.characterColumn(line: line, byteColumn: byteColumn))
        }

        func link(_ node: OpaquePointer, at location: SourceLocation) -> Link {
            let title = cmark_node_get_title(node).map { String(cString: $0) } ?? ""
            return Link(
                destination: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                title: title.isEmpty ? nil : title,
                content: inlines(childrenOf: node), location: location)
        }
    }
}
