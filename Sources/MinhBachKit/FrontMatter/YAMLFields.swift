import Diagnostics
import Yams

/// Typed reading of a YAML mapping with the location of every key and value, so that a wrong
/// or unknown field is reported at its own line, with a "did you mean" hint. Scalars are read as
/// the text they are written as: `NO` stays the string "NO" and `01234` stays "01234".
public struct YAMLFields {
    public let path: String
    let firstLine: Int
    private var entries: [(key: String, keyNode: FieldNode, value: FieldNode)] = []
    /// Whether a `read` call asked for each entry.
    private var read: [Bool] = []
    public var diagnostics = Diagnostics()
    /// The YAML could not be read: fields are not reported missing on top of that.
    private var isBroken = false
    /// Where the mapping itself starts.
    public let location: SourceLocation

    /// Parses `yaml` (which starts at `firstLine` of `path`). An empty text is an empty mapping.
    public init(yaml: String, path: String, firstLine: Int) {
        self.path = path
        self.firstLine = firstLine
        location = SourceLocation(path: path, line: firstLine, column: 1)
        // The usual front matter without libyaml; the rest, and every mistake, by Yams.
        if let entries = SimpleYAML.entries(yaml) {
            readEntries(entries)
            return
        }
        let node: FieldNode?
        do {
            node = try Self.composed(yaml)
        } catch let error as YamlError {
            diagnostics.append(Self.diagnostic(for: error, path: path, firstLine: firstLine, yaml: yaml))
            isBroken = true
            return
        } catch {
            diagnostics.error(at: location, Message("yaml.not-valid", ["name": Self.name(of: path), "problem": .text("\(error)")]))
            return
        }
        guard let node else { return }
        guard let mapping = node.mapping else {
            diagnostics.error(at: nodeLocation(node), Message("yaml.expected-mapping"))
            return
        }
        readEntries(mapping)
    }

    /// The document's root node as Yams reads it.
    static func composed(_ yaml: String) throws -> FieldNode? {
        try Yams.compose(yaml: yaml, .basic, .default, .utf8).map(FieldNode.init)
    }

    /// The fields of a mapping inside another (a list item, a nested block), placed in the
    /// same file as the outer one.
    public init(mapping node: FieldNode, within outer: YAMLFields) {
        path = outer.path
        firstLine = outer.firstLine
        location = outer.nodeLocation(node)
        guard let mapping = node.mapping else {
            diagnostics.error(at: location, Message("yaml.expected-mapping"))
            isBroken = true
            return
        }
        readEntries(mapping)
    }

    private mutating func readEntries(_ mapping: [FieldEntry]) {
        for entry in mapping {
            guard let name = entry.key.text else {
                diagnostics.error(at: nodeLocation(entry.key), Message("yaml.key-not-plain"))
                continue
            }
            entries.append((name, entry.key, entry.value))
            read.append(false)
        }
    }

    public func nodeLocation(_ node: FieldNode) -> SourceLocation {
        SourceLocation(path: path, line: firstLine + node.line - 1, column: node.column)
    }

    public func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    /// The keys in the order they are written.
    public var keys: [String] { entries.map(\.key) }

    public mutating func node(_ key: String) -> FieldNode? {
        guard let index = entries.firstIndex(where: { $0.key == key }) else { return nil }
        read[index] = true
        return entries[index].value
    }

    public mutating func keyLocation(_ key: String) -> SourceLocation {
        entries.first { $0.key == key }.map { nodeLocation($0.keyNode) } ?? location
    }

    public mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key) else {
            if required, !isBroken { diagnostics.error(at: location, Message("yaml.missing-field", ["key": .text(key)])) }
            return nil
        }
        guard let text = node.text else {
            diagnostics.error(at: nodeLocation(node), Message("yaml.must-be-text", ["key": .text(key)]))
            return nil
        }
        // Blank as Foundation's `.whitespaces` sees it: spaces and tabs only.
        if required, text.unicodeScalars.allSatisfy({ $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }) {
            diagnostics.error(at: nodeLocation(node), Message("yaml.must-not-be-empty", ["key": .text(key)]))
            return nil
        }
        return text
    }

    public mutating func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        switch node.text {
        case "true": return true
        case "false": return false
        default:
            diagnostics.error(at: nodeLocation(node), Message("yaml.must-be-bool", ["key": .text(key)]))
            return nil
        }
    }

    public mutating func int(_ key: String) -> Int? {
        guard let node = node(key) else { return nil }
        guard let text = node.text, let value = Int(text) else {
            diagnostics.error(at: nodeLocation(node), Message("yaml.must-be-integer", ["key": .text(key)]))
            return nil
        }
        return value
    }

    /// A number written the YAML way (`30.58`, `-4`, `100`).
    public mutating func number(_ key: String) -> Double? {
        guard let node = node(key) else { return nil }
        let text = node.text ?? ""
        guard let value = Double(text), value.isFinite,
              text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" }) else {
            // Vietnamese notation (30,58 or 1.234,5) is the likely mistake.
            let hint = text.contains(",")
                ? Message("yaml.write-number", ["number": .text(text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "."))]) : nil
            diagnostics.error(at: nodeLocation(node), Message("yaml.must-be-number", ["key": .text(key)]), hint: hint)
            return nil
        }
        return value
    }

    /// A located text value: its text and where it is written.
    public mutating func located(_ key: String) -> LocatedText? {
        guard let node = node(key) else { return nil }
        guard let text = node.text, !text.isEmpty else {
            diagnostics.error(at: nodeLocation(node), Message("yaml.must-be-non-empty-text", ["key": .text(key)]))
            return nil
        }
        return LocatedText(text: text, location: nodeLocation(node))
    }

    /// A calendar date written `YYYY-MM-DD`; an impossible date such as 2023-02-30 is an error.
    public mutating func date(_ key: String) -> CalendarDate? {
        guard let node = node(key) else { return nil }
        guard let text = node.text, let date = CalendarDate(text) else {
            diagnostics.error(at: nodeLocation(node), Message("yaml.must-be-date", ["key": .text(key)]))
            return nil
        }
        return date
    }

    /// Every key that no `read` call asked for is unknown: an error with the closest known key.
    public mutating func reportUnknownKeys(known: [String]) {
        for (entry, wasRead) in zip(entries, read) where !wasRead && !known.contains(entry.key) {
            diagnostics.append(.error(
                at: nodeLocation(entry.keyNode), Message("yaml.unknown-field", ["key": .text(entry.key)]),
                hint: Suggestion.message(for: entry.key, among: known)
                    ?? Message("yaml.known-fields", ["fields": .text(known.joined(separator: ", "))])))
        }
    }

    /// What the YAML is called in the parser's messages: a `.yml` file by its name
    /// (`site.yml`), the YAML at the top of a page "front matter".
    static func name(of path: String) -> Message.Value {
        guard path.hasSuffix(".yml") || path.hasSuffix(".yaml") else { return .message(Message("yaml.front-matter-name")) }
        return .text(fileName(path))
    }

    static func fileName(_ path: String) -> String { String(path.split(separator: "/").last ?? Substring(path)) }

    /// What the YAML is, named in our own messages: the site settings, a data declaration, a
    /// page's front matter, or another `.yml` file (the theme's strings) by its name.
    static func source(of path: String) -> Message {
        guard path.hasSuffix(".yml") || path.hasSuffix(".yaml") else { return Message("yaml.source.front-matter") }
        let parts = path.split(separator: "/")
        if parts.last == "site.yml", !parts.contains("i18n") { return Message("yaml.source.site-settings") }
        if parts.contains("i18n") { return Message("yaml.source.file", ["name": .text(fileName(path))]) }
        return Message("yaml.source.declaration", ["name": .text(fileName(path))])
    }

    static func diagnostic(for error: YamlError, path: String, firstLine: Int, yaml: String) -> Diagnostic {
        let name = Self.name(of: path)
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(path: path, line: firstLine + mark.line - 1, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            // Most texts libyaml cannot read are badly indented: said at the line to change.
            if let indentation = YAMLIndentation.problem(in: yaml, upTo: mark.line) {
                return indentation.diagnostic(path: path, firstLine: firstLine, source: source(of: path))
            }
            // libyaml's context is where the broken construct starts (an opening quote, say).
            let message = context.map { "\($0.text): \(problem)" } ?? problem
            // Advice to quote only where quoting is the fix: a quote already opened needs closing.
            let unclosedQuote = context?.text.contains("quoted scalar") == true
            return .error(at: at(context?.mark ?? mark), Message("yaml.not-valid", ["name": name, "problem": .text(message)]),
                          hint: unclosedQuote ? Message("yaml.unclosed-quote-hint") : Message("yaml.not-valid-hint", ["name": name]))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(at: at(context.mark), Message("yaml.given-twice", ["keys": .text(duplicates.joined(separator: "', '"))]))
        default:
            return .error(at: SourceLocation(path: path, line: firstLine, column: 1),
                          Message("yaml.not-valid", ["name": name, "problem": .text("\(error)")]))
        }
    }
}

extension YAMLFields {
    /// A value that has the right type but not an allowed value.
    public mutating func reportInvalid(_ key: String, _ message: Message, hint: Message? = nil) {
        let location = node(key).map(nodeLocation) ?? location
        diagnostics.error(at: location, Message("yaml.invalid", ["key": .text(key), "problem": .message(message)]), hint: hint)
    }
}

/// A text of a list field, with where it is written.
public struct LocatedText: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation
}

extension YAMLFields {
    /// One text or a list of texts (`on_behalf: KT. CHỦ TỊCH` or `recipients: [a, b]`), each with
    /// its location; an empty list for a missing key.
    public mutating func textList(_ key: String) -> [LocatedText] {
        guard let node = node(key) else { return [] }
        if let text = node.text {
            return text.isEmpty ? [] : [LocatedText(text: text, location: nodeLocation(node))]
        }
        guard let items = node.list else {
            diagnostics.error(at: nodeLocation(node), Message("yaml.must-be-text-or-list", ["key": .text(key)]))
            return []
        }
        var texts: [LocatedText] = []
        for item in items {
            guard let text = item.text else {
                diagnostics.error(at: nodeLocation(item), Message("yaml.item-must-be-text", ["key": .text(key)]))
                continue
            }
            texts.append(LocatedText(text: text, location: nodeLocation(item)))
        }
        return texts
    }
}
