import Diagnostics
/// A theme's Mustache template, parsed once into nodes. The dialect is the one the theme was
/// written for (swift-mustache's reading of the Mustache spec, standalone lines included):
/// variables, `{{{raw}}}` and `{{&raw}}`, sections, inverted sections, comments, partials and
/// delimiter changes. Lambdas, transforms and template inheritance are refused with an error.
struct Template: Sendable {
    /// A dotted name: `a.b` looks `a` up the context stack and `b` inside it; `.b` looks only at
    /// the innermost context; `.` is the innermost context itself.
    struct Name: Sendable, Equatable {
        var parts: [String]
        var innermostOnly: Bool
        /// Where the tag starts in the template's bytes, for the checker's errors; not part of
        /// what the name means.
        var offset = 0

        init(parts: [String], innermostOnly: Bool, offset: Int = 0) {
            (self.parts, self.innermostOnly, self.offset) = (parts, innermostOnly, offset)
        }

        var text: String { (innermostOnly ? "." : "") + parts.joined(separator: ".") }

        static func == (a: Name, b: Name) -> Bool { (a.parts, a.innermostOnly) == (b.parts, b.innermostOnly) }
    }

    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, inverted: Bool, [Node])
        /// `indentation` for a partial on a line of its own: every line of it is indented so.
        case partial(String, indentation: [UInt8]?)
    }

    struct SyntaxError: Error, Equatable {
        var line: Int
        var column: Int
        var text: Message

        init(line: Int, column: Int, text: Message) {
            (self.line, self.column, self.text) = (line, column, text)
        }

        /// For the tests, which compare the English words.
        init(line: Int, column: Int, message: String) {
            self.init(line: line, column: column, text: .verbatim(message))
        }

        var message: String { text.text(in: .en) }

        static func == (a: SyntaxError, b: SyntaxError) -> Bool {
            (a.line, a.column, a.message) == (b.line, b.column, b.message)
        }
    }

    let nodes: [Node]
    /// The template's text, kept to turn a name's offset into a line and column.
    private let bytes: [UInt8]

    init(_ text: String) throws(SyntaxError) {
        bytes = Array(text.utf8)
        var parser = TemplateParser(bytes)
        nodes = try parser.parseAll()
    }

    /// 1-based line and character column of a name's tag.
    func location(of name: Name) -> (line: Int, column: Int) { Self.location(of: name.offset, in: bytes) }

    /// 1-based line and character column of a byte offset.
    static func location(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes[..<min(offset, bytes.count)]
        let lineStart = (before.lastIndex(of: 0x0A) ?? -1) + 1
        let line = before.count { $0 == 0x0A } + 1
        let column = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
        return (line, column)
    }
}
