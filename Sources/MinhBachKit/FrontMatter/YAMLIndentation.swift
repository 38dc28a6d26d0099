import Diagnostics

/// Finds the line whose indentation breaks a YAML text that libyaml refused, so that the error
/// is put where the user must change something (libyaml often names the line before, or the
/// start of the mapping) and says how far the line is off. Only block structure is followed —
/// `key: value`, `key:` opening a block, `- item` — and only a line that looks like a key or an
/// item is blamed: a more indented line of plain text continues the value above it.
struct YAMLIndentation: Equatable {
    enum Kind: Equatable { case list, map }

    /// 1-based line within the YAML text, and the 1-based column of its first character.
    var line: Int
    var column: Int
    /// Spaces before the line's first character.
    var indent: Int
    /// The indentation of the lines of the same list or map above; nil for a tab.
    var expected: Int?
    var kind: Kind

    /// The first badly indented line at or before `lastLine` (where libyaml stopped), if any.
    static func problem(in yaml: String, upTo lastLine: Int) -> YAMLIndentation? {
        var stack: [(indent: Int, kind: Kind)] = []
        var opensBlock = false
        var blockScalarIndent: Int?
        for (offset, raw) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            guard number <= lastLine else { break }
            let spaces = raw.prefix { $0 == " " }.count
            let content = raw.dropFirst(spaces)
            if content.allSatisfy({ $0 == " " || $0 == "\t" }) || content.hasPrefix("#") { continue }
            if let parent = blockScalarIndent {
                if spaces > parent { continue }
                blockScalarIndent = nil
            }
            let isItem = content == "-" || content.hasPrefix("- ")
            if content.first == "\t" {
                return YAMLIndentation(line: number, column: spaces + 1, indent: spaces, expected: nil, kind: isItem ? .list : .map)
            }
            let isKey = !isItem && keyEnd(content) != nil
            guard isItem || isKey else {
                // Text continuing a value, or a flow collection's line: not the block's structure.
                opensBlock = false
                continue
            }
            let kind: Kind = isItem ? .list : .map
            var placed = false
            if stack.isEmpty {
                // The top level starts at the left edge (a text libyaml refused, so no guessing).
                guard spaces == 0 else {
                    return YAMLIndentation(line: number, column: spaces + 1, indent: spaces, expected: 0, kind: kind)
                }
                stack = [(spaces, kind)]
                placed = true
            } else if opensBlock, let parent = stack.last,
                      spaces > parent.indent || (kind == .list && parent.kind == .map && spaces == parent.indent) {
                stack.append((spaces, kind))
                placed = true
            }
            if !placed {
                var popped: (indent: Int, kind: Kind)?
                while let top = stack.last, top.indent > spaces { popped = stack.removeLast() }
                if let top = stack.last, top.indent == spaces, top.kind == .list, kind == .map {
                    // `key:` then `- item` at the key's indent: the list ends, the map goes on.
                    popped = stack.removeLast()
                }
                guard let top = stack.last else {
                    let reference = popped ?? (spaces, kind)
                    return YAMLIndentation(line: number, column: spaces + 1, indent: spaces, expected: reference.indent, kind: reference.kind)
                }
                if top.indent != spaces || top.kind != kind {
                    let reference = popped.map { $0.kind == kind || top.kind != kind ? $0 : top } ?? top
                    return YAMLIndentation(line: number, column: spaces + 1, indent: spaces, expected: reference.indent, kind: reference.kind)
                }
            }
            // `- key: value` starts a map inside the item, at the key's column.
            var valueStart = content[...]
            var keyIndent = spaces
            if isItem {
                let afterDash = content.dropFirst().prefix { $0 == " " }.count
                let rest = content.dropFirst(1 + afterDash)
                opensBlock = rest.isEmpty
                if keyEnd(rest) != nil {
                    keyIndent = spaces + 1 + afterDash
                    stack.append((keyIndent, .map))
                    valueStart = rest
                } else {
                    continue
                }
            }
            guard let end = keyEnd(valueStart) else { continue }
            let value = valueStart[end...].drop { $0 == " " }
            opensBlock = value.isEmpty || value.hasPrefix("#")
            if let first = value.first, first == "|" || first == ">" { blockScalarIndent = keyIndent }
        }
        return nil
    }

    /// After the colon of `key:` (a colon followed by a space or the end), when the text starts
    /// with a key: not a quote, bracket or other indicator, and no quote before the colon.
    private static func keyEnd(_ text: Substring) -> Substring.Index? {
        guard let first = text.first, !"\"'[{&*!|>%@`#-".contains(first) || (first == "-" && text.dropFirst().first != " ") else { return nil }
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" || character == "'" { return nil }
            if character == ":" {
                let next = text.index(after: index)
                if next == text.endIndex || text[next] == " " { return next }
            }
            index = text.index(after: index)
        }
        return nil
    }
}

extension YAMLIndentation {
    /// The error at the line to change, with how far it is off as the hint.
    func diagnostic(path: String, firstLine: Int, source: Message) -> Diagnostic {
        let location = SourceLocation(path: path, line: firstLine + line - 1, column: column)
        guard let expected else {
            return .error(at: location, Message("yaml.tab-indentation", ["source": .message(source)]),
                          hint: Message("yaml.tab-indentation-hint"))
        }
        func spaces(_ count: Int) -> Message.Value {
            .message(count == 1 ? Message("yaml.one-space") : Message("yaml.spaces", ["count": .count(count)]))
        }
        let arguments: [String: Message.Value] = ["indent": spaces(indent), "expected": spaces(expected)]
        return .error(at: location, Message("yaml.bad-indentation", ["source": .message(source)]),
                      hint: kind == .list ? Message("yaml.indentation-list-hint", arguments) : Message("yaml.indentation-map-hint", arguments))
    }
}
