import Formatting

/// Words for the person who runs MinhBạch, written once per language: a key into the message
/// catalogues (`Messages/en`, `Messages/vi`) and the values that fill its `{blanks}`. The
/// language is chosen when the message is printed, not where the problem is found, so that a
/// stage knows nothing of who reads it.
public struct Message: Sendable, Hashable {
    /// A catalogue key such as `csv.quote-in-unquoted-field`.
    public let key: String
    public let arguments: [String: Value]

    /// What fills a blank: a name or text quoted back as it is, or a count written in the
    /// reader's number format (1,234 in English, 1.234 in Vietnamese).
    public enum Value: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case text(String)
        case count(Int)
        /// A message inside a message, e.g. the hint of a wrapped problem.
        case message(Message)

        public init(stringLiteral value: String) { self = .text(value) }
        public init(integerLiteral value: Int) { self = .count(value) }
    }

    public init(_ key: String, _ arguments: [String: Value] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// The key of text that is the same in every language: a file's own words, or another
    /// program's message quoted whole.
    public static let verbatimKey = "verbatim"

    public static func verbatim(_ text: String) -> Message { Message(verbatimKey, ["text": .text(text)]) }

    /// The message in `language`: its template with each `{name}` replaced. A key missing
    /// from a catalogue (a test forbids it) falls back to English, then to the key itself.
    public func text(in language: MessageLanguage) -> String {
        if key == Self.verbatimKey, case .text(let text)? = arguments["text"] { return text }
        let template = MessageCatalogue.template(key, in: language) ?? MessageCatalogue.template(key, in: .en) ?? key
        return Self.fill(template, arguments, language)
    }

    static func fill(_ template: String, _ arguments: [String: Value], _ language: MessageLanguage) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = arguments[name] {
                out += value.text(in: language)
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}

extension Message.Value {
    func text(in language: MessageLanguage) -> String {
        switch self {
        case .text(let text): text
        case .count(let count): language.numbers.string(Double(count), decimals: 0)
        case .message(let message): message.text(in: language)
        }
    }
}

/// The languages MinhBạch speaks to the person running it (not the site's languages).
public enum MessageLanguage: String, Sendable, CaseIterable {
    case en, vi

    var numbers: NumberFormat { self == .vi ? .vietnamese : .english }

    /// `--messages`, else the POSIX locale variables in their order of precedence (`LC_ALL`,
    /// `LC_MESSAGES`, `LANG`): a value beginning `vi` means Vietnamese, anything else English.
    public static func chosen(option: MessageLanguage? = nil, environment: [String: String]) -> MessageLanguage {
        if let option { return option }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("vi") ? .vi : .en
        }
        return .en
    }
}
