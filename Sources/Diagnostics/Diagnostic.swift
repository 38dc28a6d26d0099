/// The one user-facing problem report: `content/x.md:12:5: error: message`, then its notes.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    /// Follow-up lines such as "did you mean 'note'?"; printed as `help:` lines.
    public var hints: [String]

    public init(_ severity: Severity = .error, at location: SourceLocation?, _ message: String, hints: [String] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hints = hints
    }

    public static func error(at location: SourceLocation?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hints: hint.map { [$0] } ?? [])
    }

    public static func warning(at location: SourceLocation?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hints: hint.map { [$0] } ?? [])
    }

    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): \(message)"
        for hint in hints { text += "\n    help: \(hint)" }
        return text
    }
}
