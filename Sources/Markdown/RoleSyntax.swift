import Diagnostics

/// Recognises inline syntax that cmark leaves as text: MyST roles (`{name}` right before a code
/// span) and footnote references (`[^label]`).
enum RoleSyntax {
    static func recognise(_ pieces: [(Inline, SourceLocation)], lines: SourceLines, map: SourceMap) -> [Inline] {
        var result: [Inline] = []
        var index = 0
        while index < pieces.count {
            let (inline, location) = pieces[index]
            if case .text(let text) = inline, index + 1 < pieces.count,
               case .code(let code) = pieces[index + 1].0,
               let (name, before) = trailingRoleName(text) {
                let codeLocation = pieces[index + 1].1
                result.append(contentsOf: footnoteReferences(in: before, at: location, lines: lines, map: map))
                var roleLocation = codeLocation
                roleLocation.column = max(1, codeLocation.column - name.count - 2)
                result.append(.role(Role(name: name, content: code, location: roleLocation)))
                index += 2
                continue
            }
            if case .text(let text) = inline {
                result.append(contentsOf: footnoteReferences(in: text, at: location, lines: lines, map: map))
            } else {
                result.append(inline)
            }
            index += 1
        }
        return result
    }

    /// `… {name}` at the very end of a text → the name and the text before it.
    static func trailingRoleName(_ text: String) -> (String, String)? {
        guard text.hasSuffix("}"), let open = text.lastIndex(of: "{") else { return nil }
        let name = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        guard DirectiveSyntax.isName(name) else { return nil }
        return (name, String(text[..<open]))
    }

    /// Splits `text` around each `[^label]`. The reference's column is found in the source line,
    /// since smart punctuation may have changed the text before it.
    static func footnoteReferences(in text: String, at location: SourceLocation, lines: SourceLines, map: SourceMap) -> [Inline] {
        guard FootnoteExtractor.mayHaveFootnotes(text) else { return text.isEmpty ? [] : [.text(text)] }
        var result: [Inline] = []
        var rest = Substring(text)
        var searchFrom = location
        while let open = footnoteOpening(in: rest) {
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.firstIndex(of: "]") else { break }
            let label = afterOpen[..<close]
            guard !label.isEmpty, !label.contains(where: \.isWhitespace) else {
                result.append(.text(String(rest[..<open.upperBound])))
                rest = afterOpen
                continue
            }
            if open.lowerBound > rest.startIndex { result.append(.text(String(rest[..<open.lowerBound]))) }
            let found = locate("[^\(label)]", from: searchFrom, lines: lines, map: map) ?? searchFrom
            result.append(.footnoteReference(FootnoteReference(label: String(label), location: found)))
            searchFrom = found
            searchFrom.column += label.count + 3
            rest = afterOpen[afterOpen.index(after: close)...]
        }
        if !rest.isEmpty { result.append(.text(String(rest))) }
        return result
    }

    /// The first `[^`, found by bytes: Foundation's `range(of:)` cost more than the rest of the
    /// search. Both are ASCII, so a byte found is a character's start.
    static func footnoteOpening(in text: Substring) -> Range<Substring.Index>? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let bracket = utf8[index...].firstIndex(of: UInt8(ascii: "[")) {
            let next = utf8.index(after: bracket)
            guard next < utf8.endIndex else { return nil }
            if utf8[next] == UInt8(ascii: "^") { return bracket..<utf8.index(after: next) }
            index = next
        }
        return nil
    }

    private static func locate(_ needle: String, from start: SourceLocation, lines: SourceLines, map: SourceMap) -> SourceLocation? {
        // Find the local line that maps to `start.line`, then search forward a few lines.
        guard let local = map.firstLocalLine(atOrAfter: start.line), local <= lines.lines.count else { return nil }
        let wanted = Array(needle.utf8)
        for candidate in local..<min(local + 8, lines.lines.count + 1) {
            let shift = map.location(line: candidate, column: 1).column - 1
            let from = candidate == local ? max(start.column - 1 - shift, 0) : 0
            let bytes = lines.lines[candidate - 1]
            guard let offset = lines.byteOffset(line: candidate, characters: from), bytes.count - offset >= wanted.count else { continue }
            var position = bytes.startIndex + offset
            while position + wanted.count <= bytes.endIndex {
                if bytes[position..<(position + wanted.count)].elementsEqual(wanted) {
                    let column = lines.characterColumn(line: candidate, byteColumn: position - bytes.startIndex + 1)
                    return map.location(line: candidate, column: column)
                }
                position += 1
            }
        }
        return nil
    }
}
