import Diagnostics

/// One build error as the browser receives it (JSON in the `errors` event): where, what, and
/// the line exactly as the terminal printed it.
public struct BuildProblem: Sendable, Equatable, Codable {
    public var path: String?
    public var line: Int?
    public var column: Int?
    public var message: String
    /// `content/x.md:12:5: error: message`, with its `help:` lines.
    public var text: String

    public init(_ diagnostic: Diagnostic) {
        path = diagnostic.location?.path
        line = diagnostic.location?.line
        column = diagnostic.location?.column
        message = diagnostic.message
        text = diagnostic.description
    }

    /// A problem of the build itself rather than of a file: its process stopped.
    public init(message: String, hint: String? = nil) {
        self.init(.error(at: nil, message, hint: hint))
    }
}
