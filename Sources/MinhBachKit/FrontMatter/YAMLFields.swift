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
            diagnostics.append(Self.diagnostic(for: error, path: path, firstLine: firstLine))
            isBroken = true
            return
        } catch {
            diagnostics.error(at: location, "\(Self.name(of: path)) is not valid YAML: \(error)")
            return
        }
        guard let node else { return }
        guard let mapping = node.mapping else {
            diagnostics.error(at: nodeLocation(node), "expected 'key: value' lines here")
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
            diagnostics.error(at: location, "expected 'key: value' lines here")
            isBroken = true
            return
        }
        readEntries(mapping)
    }

    private mutating func readEntries(_ mapping: [FieldEntry]) {
        for entry in mapping {
            guard let name = entry.key.text else {
                diagnostics.error(at: nodeLocation(entry.key), "a key must be a plain word")
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
            if required, !isBroken { diagnostics.error(at: location, "missing required field '\(key)'") }
            return nil
        }
        guard let text = node.text else {
            diagnostics.error(at: nodeLocation(node), "'\(key)' must be text")
            return nil
        }
        // Blank as Foundation's `.whitespaces` sees it: spaces and tabs only.
        if required, text.unicodeScalars.allSatisfy({ $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }) {
            diagnostics.error(at: nodeLocation(node), "'\(key)' must not be empty")
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
            diagnostics.error(at: nodeLocation(node), "'\(key)' must be true or false")
            return nil
        }
    }

    public mutating func int(_ key: String) -> Int? {
        guard let node = node(key) else { return nil }
        guard let text = node.text, let value = Int(text) else {
            diagnostics.error(at: nodeLocation(node), "'\(key)' must be a whole number")
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
                ? "write \(text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "."))" : nil
            diagnostics.error(at: nodeLocation(node), "'\(key)' must be a number written with a decimal point, e.g. 30.58", hint: hint)
            return nil
        }
        return value
    }

    /// A located text value: its text and where it is written.
    public mutating func located(_ key: String) -> LocatedText? {
        guard let node = node(key) else { return nil }
        guard let text = node.text, !text.isEmpty else {
            diagnostics.error(at: nodeLocation(node), "'\(key)' must be a non-empty text")
            return nil
        }
        return LocatedText(text: text, location: nodeLocation(node))
    }

    /// A calendar date written `YYYY-MM-DD`; an impossible date such as 2023-02-30 is an error.
    public mutating func date(_ key: String) -> CalendarDate? {
        guard let node = node(key) else { return nil }
        guard let text = node.text, let date = CalendarDate(text) else {
            diagnostics.error(at: nodeLocation(node), "'\(key)' must be a date written YYYY-MM-DD")
            return nil
        }
        return date
    }

    /// Every key that no `read` call asked for is unknown: an error with the closest known key.
    public mutating func reportUnknownKeys(known: [String]) {
        for (entry, wasRead) in zip(entries, read) where !wasRead && !known.contains(entry.key) {
            diagnostics.append(.error(
                at: nodeLocation(entry.keyNode), "unknown field '\(entry.key)'",
                hint: Suggestion.hint(for: entry.key, among: known)
                    ?? "known fields: \(known.joined(separator: ", "))"))
        }
    }

    /// What the YAML is called in messages: a `.yml` file by its name (`site.yml`), the YAML
    /// at the top of a page "front matter".
    static func name(of path: String) -> String {
        guard path.hasSuffix(".yml") || path.hasSuffix(".yaml") else { return "front matter" }
        return String(path.split(separator: "/").last ?? Substring(path))
    }

    static func diagnostic(for error: YamlError, path: String, firstLine: Int) -> Diagnostic {
        let name = Self.name(of: path)
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(path: path, line: firstLine + mark.line - 1, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            // libyaml's context is where the broken construct starts (an opening quote, say).
            let message = context.map { "\($0.text): \(problem)" } ?? problem
            return .error(at: at(context?.mark ?? mark), "\(name) is not valid YAML: \(message)",
                          hint: "\(name) is 'key: value' lines; quote values that contain ': ' or start with a special character")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(at: at(context.mark), "field '\(duplicates.joined(separator: "', '"))' is given twice")
        default:
            return .error(at: SourceLocation(path: path, line: firstLine, column: 1), "\(name) is not valid YAML: \(error)")
        }
    }
}

extension YAMLFields {
    /// A value that has the right type but not an allowed value.
    public mutating func reportInvalid(_ key: String, _ message: String, hint: String? = nil) {
        let location = node(key).map(nodeLocation) ?? location
        diagnostics.error(at: location, "invalid '\(key)': \(message)", hint: hint)
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
            diagnostics.error(at: nodeLocation(node), "'\(key)' must be a text or a list of texts")
            return []
        }
        var texts: [LocatedText] = []
        for item in items {
            guard let text = item.text else {
                diagnostics.error(at: nodeLocation(item), "each item of '\(key)' must be text")
                continue
            }
            texts.append(LocatedText(text: text, location: nodeLocation(item)))
        }
        return texts
    }
}
