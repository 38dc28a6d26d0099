import Diagnostics
import Markdown

/// What a directive accepts. Checked before the directive renders, so that every mistake in its
/// use is reported at its own line and column.
struct DirectiveSpec: Sendable {
    enum Argument: Sendable { case none, optional, required(String) }
    enum Body: Sendable { case none, optional, required }
    enum Value: Sendable {
        case text
        case integer(ClosedRange<Int>)
        case choice([String])
        case identifier
    }

    var name: String
    var argument: Argument
    var body: Body
    var options: [(String, Value)]
    var required: [String] = []

    /// Checks the directive's argument, options and body; false if it cannot render.
    func validate(_ directive: Directive, into diagnostics: inout Diagnostics) -> Bool {
        let before = diagnostics.errorCount
        let known = options.map(\.0)
        switch argument {
        case .none where !directive.argument.isEmpty:
            diagnostics.error(at: directive.location, "'\(name)' takes no argument after its name")
        case .required(let what) where directive.argument.isEmpty:
            diagnostics.error(at: directive.location, "'\(name)' needs \(what) after its name",
                              hint: "write ```{\(name)} <\(what)>")
        default: break
        }
        var seen: Set<String> = []
        for option in directive.options {
            guard let value = options.first(where: { $0.0 == option.key })?.1 else {
                diagnostics.append(.error(
                    at: option.location, "unknown option '\(option.key)' for directive '\(name)'",
                    hint: Suggestion.hint(for: option.key, among: known)
                        ?? (known.isEmpty ? "'\(name)' takes no options" : "its options are: \(known.joined(separator: ", "))")))
                continue
            }
            if !seen.insert(option.key).inserted {
                diagnostics.error(at: option.location, "option '\(option.key)' is given twice")
            }
            if let problem = Self.check(option.value, against: value) {
                diagnostics.error(at: option.valueLocation, "bad value for option '\(option.key)': \(problem.0)", hint: problem.1)
            }
        }
        for key in required where directive.option(key) == nil {
            diagnostics.error(at: directive.location, "directive '\(name)' needs the option ':\(key):'",
                              hint: "add a line ':\(key): …' right after the opening fence")
        }
        let hasBody = !directive.body.allSatisfy(\.isWhitespace)
        switch body {
        case .none where hasBody:
            diagnostics.error(at: directive.bodyLocation, "'\(name)' takes no content")
        case .required where !hasBody:
            diagnostics.error(at: directive.location, "'\(name)' needs content between its fences")
        default: break
        }
        return diagnostics.errorCount == before
    }

    static func check(_ text: String, against value: Value) -> (String, String?)? {
        switch value {
        case .text:
            return text.isEmpty ? ("it is empty", nil) : nil
        case .integer(let range):
            guard let number = Int(text), range.contains(number) else {
                return ("'\(text)' is not a whole number from \(range.lowerBound) to \(range.upperBound)", nil)
            }
            return nil
        case .choice(let choices):
            return choices.contains(text) ? nil
                : ("'\(text)' is not one of \(choices.map { "'\($0)'" }.joined(separator: ", "))",
                   Suggestion.hint(for: text, among: choices))
        case .identifier:
            return Slug.make(text) == text && !text.isEmpty ? nil
                : ("'\(text)' is not an id (lowercase letters, digits and hyphens)", "write '\(Slug.make(text))'")
        }
    }
}
