import Diagnostics

/// A parsed Markdown file as plain Swift values: cmark's tree copied out, with MyST directives,
/// roles and footnotes recognised as syntax (their meaning is the site's business).
public struct MarkdownDocument: Sendable, Equatable {
    public var blocks: [Block]
    public var footnotes: [FootnoteDefinition]
    /// What the text could not be read as: parts nested past `MarkdownParser.nestingLimit`.
    public var problems: [Diagnostic]

    public init(blocks: [Block], footnotes: [FootnoteDefinition] = [], problems: [Diagnostic] = []) {
        self.blocks = blocks
        self.footnotes = footnotes
        self.problems = problems
    }
}

public indirect enum Block: Sendable, Equatable {
    /// Its words, and where it starts: a document's numbered paragraph gets an anchor there.
    case paragraph([Inline], location: SourceLocation)
    case heading(Heading)
    case blockQuote([Block])
    case list(MarkdownList)
    case codeBlock(CodeBlock)
    case html(String)
    case thematicBreak
    case directive(Directive)
}

public struct Heading: Sendable, Equatable {
    public var level: Int
    public var content: [Inline]
    public var location: SourceLocation

    /// The heading's words without markup, for ids, tables of contents and search.
    public var plainText: String { Inline.plainText(content) }
}

public struct MarkdownList: Sendable, Equatable {
    public var isOrdered: Bool
    public var start: Int
    public var isTight: Bool
    public var items: [[Block]]
}

public struct CodeBlock: Sendable, Equatable {
    public var info: String
    public var literal: String
    public var location: SourceLocation
}

public indirect enum Inline: Sendable, Equatable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case html(String)
    case emphasis([Inline])
    case strong([Inline])
    case link(Link)
    case image(Link)
    case role(Role)
    case footnoteReference(FootnoteReference)

    public static func plainText(_ inlines: [Inline]) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .text(let text), .code(let text): text
            case .softBreak, .lineBreak: " "
            case .html: ""
            case .emphasis(let children), .strong(let children): plainText(children)
            case .link(let link), .image(let link): plainText(link.content)
            case .role(let role): role.content
            case .footnoteReference: ""
            }
        }.joined()
    }
}

public struct Link: Sendable, Equatable {
    public var destination: String
    public var title: String?
    public var content: [Inline]
    public var location: SourceLocation
}
