import Diagnostics
import Yams

/// Typed reading of a YAML mapping with the location of every key and value, so that a wrong
/// or unknown field is reported at its own line, with a "did you mean" hint. Scalars are read as
/// the text they are written as: `NO` stays the string "NO" and `01234` stays "01234".
public struct YAMLFields {
    public let path: String
    let firstLine: Int
    private var entries: [(key: String, keyNode: Node, value: Node)] = []
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
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            diagnostics.append(Self.diagnostic(for: error, path: path, firstLine: firstLine))
            isBroken = true
            return
        } catch {
            diagnostics.error(at: location, "front matter is not valid YAML: \(error)")
            return
        }
        guard let node else { return }
        guard case .mapping(let mapping) = node else {
            diagnostics.error(at: nodeLocation(node), "expected 'key: value' lines here")
            return
        }
        readEntries(mapping)
    }

    /// The fields of a mapping inside another (a list item, a nested block), placed in the
    /// same file as the outer one.
    public init(mapping node: Node, within outer: YAMLFields) {
        path = outer.path
        firstLine = outer.firstLine
        location = outer.nodeLocation(node)
        guard case .mapping(let mapping) = node else {
            diagnostics.error(at: location, "expected 'key: value' lines here")
            isBroken = true
            return
        }
        readEntries(mapping)
    }

    private mutating func readEntries(_ mapping: Node.Mapping) {
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                diagnostics.error(at: nodeLocation(key), "a key must be a plain word")
                continue
            }
            entries.append((name, key, value))
            read.append(false)
        }
    }

    public func nodeLocation(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return location }
        return SourceLocation(path: path, line: firstLine + mark.line - 1, column: mark.column)
    }

    public func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    /// The keys in the order they are written.
    public var keys: [String] { entries.map(\.key) }

    public mutating func node(_ key: String) -> Node? {
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
        guard let scalar = node.scalar else {
            diagnostics.error(at: nodeLocation(node), "'\(key)' must be text")
            return nil
        }
        // Blank as Foundation's `.whitespaces` sees it: spaces and tabs only.
        if required, scalar.string.unicodeScalars.allSatisfy({ $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }) {
            diagnostics.error(at: nodeLocation(node), "'\(key)' must not be empty")
            return nil
        }
        return scalar.string
    }

    public mutating func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        default:
            diagnostics.error(at: nodeLocation(node), "'\(key)' must be true or false")
            return nil
        }
    }

    public mutating func int(_ key: String) -> Int? {
        guard let node = node(key) else { return nil }
        guard let text = node.scalar?.string, let value = Int(text) else {
            diagnostics.error(at: nodeLocation(node), "'\(key)' must be a whole number")
            return nil
        }
        return value
    }

    /// A number written the YAML way (`30.58`, `-4`, `100`).
    public mutating func number(_ key: String) -> Double? {
        guard let node = node(key) else { return nil }
        let text = node.scalar?.string ?? ""
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
        guard let scalar = node.scalar, !scalar.string.isEmpty else {
            diagnostics.error(at: nodeLocation(node), "'\(key)' must be a non-empty text")
            return nil
        }
        return LocatedText(text: scalar.string, location: nodeLocation(node))
    }

    /// A calendar date written `YYYY-MM-DD`; an impossible date such as 2023-02-30 is an error.
    public mutating func date(_ key: String) -> CalendarDate? {
        guard let node = node(key) else { return nil }
        guard let text = node.scalar?.string, let date = CalendarDate(text) else {
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

    static func diagnostic(for error: YamlError, path: String, firstLine: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(path: path, line: firstLine + mark.line - 1, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            // libyaml's context is where the broken construct starts (an opening quote, say).
            let message = context.map { "\($0.text): \(problem)" } ?? problem
            return .error(at: at(context?.mark ?? mark), "front matter is not valid YAML: \(message)",
                          hint: "front matter is 'key: value' lines; quote values that contain ': ' or start with a special character")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(at: at(context.mark), "field '\(duplicates.joined(separator: "', '"))' is given twice")
        default:
            return .error(at: SourceLocation(path: path, line: firstLine, column: 1), "front matter is not valid YAML: \(error)")
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
        if let scalar = node.scalar {
            return scalar.string.isEmpty ? [] : [LocatedText(text: scalar.string, location: nodeLocation(node))]
        }
        guard let sequence = node.sequence else {
            diagnostics.error(at: nodeLocation(node), "'\(key)' must be a text or a list of texts")
            return []
        }
        var texts: [LocatedText] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                diagnostics.error(at: nodeLocation(item), "each item of '\(key)' must be text")
                continue
            }
            texts.append(LocatedText(text: scalar.string, location: nodeLocation(item)))
        }
        return texts
    }
}
