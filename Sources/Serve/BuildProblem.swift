import Diagnostics

/// One build error as the browser receives it (JSON in the `errors` event): where, what, and
/// the line as the terminal prints it, in the site's language (the reader of the page is the
/// site's editor).
public struct BuildProblem: Sendable, Equatable, Codable {
    public var path: String?
    public var line: Int?
    public var column: Int?
    public var message: String
    /// `content/x.md:12:5: error: message`, with its `help:` lines.
    public var text: String

    public init(_ diagnostic: Diagnostic, in language: MessageLanguage = .en) {
        path = diagnostic.location?.path
        line = diagnostic.location?.line
        column = diagnostic.location?.column
        message = diagnostic.text.text(in: language)
        text = diagnostic.rendered(in: language)
    }

    /// A problem of the build itself rather than of a file: its process stopped.
    public init(message: Message, hint: Message? = nil, in language: MessageLanguage = .en) {
        self.init(.error(at: nil, message, hint: hint), in: language)
    }
}
