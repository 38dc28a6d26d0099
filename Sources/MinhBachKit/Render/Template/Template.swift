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

    init(_ text: String) throws(SyntaxError) {
        var parser = TemplateParser(Array(text.utf8))
        nodes = try parser.parseAll()
    }
}
