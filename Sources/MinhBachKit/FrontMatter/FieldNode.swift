import Yams

/// A YAML value as front matter reads it — a text, a list or a mapping — with where it is
/// written: the line within the YAML and the column in characters, both from 1, as libyaml
/// counts them. Made from Yams' node, or directly by `SimpleYAML` for the usual front matter.
public struct FieldNode: Sendable {
    public enum Value: Sendable {
        /// A scalar as it is written: `NO` stays "NO" and `01234` stays "01234".
        case text(String)
        case list([FieldNode])
        case mapping([FieldEntry])
    }

    public var value: Value
    public var line: Int
    public var column: Int

    public var text: String? {
        if case .text(let text) = value { return text }
        return nil
    }

    public var list: [FieldNode]? {
        if case .list(let items) = value { return items }
        return nil
    }

    public var mapping: [FieldEntry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }

    /// Yams' node; an alias (which composing resolves, so never seen) reads as an empty text.
    init(_ node: Node) {
        let mark = node.mark
        let value: Value
        switch node {
        case .scalar(let scalar): value = .text(scalar.string)
        case .sequence(let sequence): value = .list(sequence.map(FieldNode.init))
        case .mapping(let mapping): value = .mapping(mapping.map { FieldEntry(key: FieldNode($0.key), value: FieldNode($0.value)) })
        case .alias: value = .text("")
        }
        self.init(value, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }
}

public struct FieldEntry: Sendable {
    public var key: FieldNode
    public var value: FieldNode
}
