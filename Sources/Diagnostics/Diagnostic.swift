/// The one user-facing problem report: `content/x.md:12:5: error: message`, then its notes.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation?
    /// What went wrong, in words chosen when it is printed.
    public var text: Message
    /// Follow-up lines such as "did you mean 'note'?"; printed as `help:` lines.
    public var hintTexts: [Message]

    public init(_ severity: Severity = .error, at location: SourceLocation?, _ text: Message, hints: [Message] = []) {
        self.severity = severity
        self.location = location
        self.text = text
        self.hintTexts = hints
    }

    public static func error(at location: SourceLocation?, _ text: Message, hint: Message? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, text, hints: hint.map { [$0] } ?? [])
    }

    public static func warning(at location: SourceLocation?, _ text: Message, hint: Message? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, text, hints: hint.map { [$0] } ?? [])
    }

    /// The message in English: what tests, logs and the cap's grouping compare.
    public var message: String { text.text(in: .en) }
    public var hints: [String] { hintTexts.map { $0.text(in: .en) } }

    /// `path:line:col: error: message` and its `help:` lines, in `language`.
    public func rendered(in language: MessageLanguage) -> String {
        var line = location.map { "\($0): " } ?? ""
        line += Message("severity.\(severity.rawValue)").text(in: language) + ": " + text.text(in: language)
        let help = Message("severity.help").text(in: language)
        for hint in hintTexts { line += "\n    \(help): \(hint.text(in: language))" }
        return line
    }

    public var description: String { rendered(in: .en) }
}
