import Diagnostics
import Markdown

/// What a directive accepts. Checked before the directive renders, so that every mistake in its
/// use is reported at its own line and column.
struct DirectiveSpec: Sendable {
    enum Argument: Sendable { case none, optional, required(Message) }
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
            diagnostics.error(at: directive.location, Message("directive.no-argument", ["name": .text(name)]))
        case .required(let what) where directive.argument.isEmpty:
            diagnostics.error(at: directive.location, Message("directive.needs-argument", ["name": .text(name), "what": .message(what)]),
                              hint: Message("directive.needs-argument-hint", ["braced": .text("{\(name)}"), "what": .message(what)]))
        default: break
        }
        var seen: Set<String> = []
        for option in directive.options {
            guard let value = options.first(where: { $0.0 == option.key })?.1 else {
                diagnostics.append(.error(
                    at: option.location, Message("directive.unknown-option", ["option": .text(option.key), "name": .text(name)]),
                    hint: Suggestion.message(for: option.key, among: known)
                        ?? (known.isEmpty ? Message("directive.takes-no-options", ["name": .text(name)])
                                          : Message("directive.options-are", ["options": .text(known.joined(separator: ", "))]))))
                continue
            }
            if !seen.insert(option.key).inserted {
                diagnostics.error(at: option.location, Message("directive.option-twice", ["option": .text(option.key)]))
            }
            if let problem = Self.check(option.value, against: value) {
                diagnostics.error(at: option.valueLocation, Message("directive.bad-option-value", ["option": .text(option.key), "problem": .message(problem.0)]),
                                  hint: problem.1)
            }
        }
        for key in required where directive.option(key) == nil {
            diagnostics.error(at: directive.location, Message("directive.needs-option", ["name": .text(name), "option": .text(key)]),
                              hint: Message("directive.needs-option-hint", ["option": .text(key)]))
        }
        let hasBody = !directive.body.allSatisfy(\.isWhitespace)
        switch body {
        case .none where hasBody:
            diagnostics.error(at: directive.bodyLocation, Message("directive.no-content", ["name": .text(name)]))
        case .required where !hasBody:
            diagnostics.error(at: directive.location, Message("directive.needs-content", ["name": .text(name)]))
        default: break
        }
        return diagnostics.errorCount == before
    }

    static func check(_ text: String, against value: Value) -> (Message, Message?)? {
        switch value {
        case .text:
            return text.isEmpty ? (Message("directive.value-empty"), nil) : nil
        case .integer(let range):
            guard let number = Int(text), range.contains(number) else {
                return (Message("directive.value-not-integer", ["value": .text(text), "lowest": .text(String(range.lowerBound)),
                                                                 "highest": .text(String(range.upperBound))]), nil)
            }
            return nil
        case .choice(let choices):
            return choices.contains(text) ? nil
                : (Message("yaml.not-one-of", ["value": .text(text), "choices": .text(choices.map { "'\($0)'" }.joined(separator: ", "))]),
                   Suggestion.message(for: text, among: choices))
        case .identifier:
            return Slug.make(text) == text && !text.isEmpty ? nil
                : (Message("directive.value-not-an-id", ["value": .text(text)]), Message("directive.write-id", ["id": .text(Slug.make(text))]))
        }
    }
}
