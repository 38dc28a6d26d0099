import Diagnostics

/// A MyST block directive: a fenced code block whose info string is `{name} argument`,
/// then `:key: value` option lines, then a body.
public struct Directive: Sendable, Equatable {
    public var name: String
    public var argument: String
    public var options: [Option]
    public var body: String
    /// Where the opening fence starts.
    public var location: SourceLocation
    /// Where the body's first line starts, so a body parsed as Markdown keeps exact positions.
    public var bodyLocation: SourceLocation
    /// How many levels (quotes, lists, emphases, links, images, directives) hold the body,
    /// this directive included: a body parsed as Markdown starts there.
    public var depth: Int

    public struct Option: Sendable, Equatable {
        public var key: String
        public var value: String
        public var location: SourceLocation
        public var valueLocation: SourceLocation
    }

    public func option(_ key: String) -> Option? { options.first { $0.key == key } }
}

/// A MyST inline role: `{name}` immediately followed by a code span.
public struct Role: Sendable, Equatable {
    public var name: String
    public var content: String
    public var location: SourceLocation
}

/// `[^label]` in running text.
public struct FootnoteReference: Sendable, Equatable {
    public var label: String
    public var location: SourceLocation
}

/// `[^label]: text` at the start of a line, with indented continuation lines.
public struct FootnoteDefinition: Sendable, Equatable {
    public var label: String
    public var blocks: [Block]
    public var location: SourceLocation
}
