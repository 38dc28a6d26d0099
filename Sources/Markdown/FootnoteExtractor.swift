/// Takes footnote definitions (`[^label]: text` plus indented continuation lines) out of a text
/// before cmark sees it — cmark would read a one-word definition as a link reference. Their lines
/// become blank, so every other line keeps its number.
struct FootnoteExtractor {
    struct Extracted {
        var label: String
        /// Local 1-based line of the definition.
        var line: Int
        var text: String
        var localLines: [Int]
        var columnShifts: [Int]
    }

    static func extract(from source: String) -> (source: String, definitions: [Extracted]) {
        // Most pages have no footnotes: do not cut them into lines for nothing.
        guard mayHaveFootnotes(source) else { return (source, []) }
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var definitions: [Extracted] = []
        var fence: (character: Character, length: Int)?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if let marker = fenceMarker(line) {
                if let open = fence {
                    if marker.character == open.character, marker.length >= open.length,
                       line.trimmingCharacters(in: .whitespaces).allSatisfy({ $0 == open.character }) {
                        fence = nil
                    }
                } else {
                    fence = marker
                }
                index += 1
                continue
            }
            guard fence == nil, let (label, prefixLength) = definitionStart(line) else {
                index += 1
                continue
            }
            var definition = Extracted(
                label: label, line: index + 1, text: String(line.dropFirst(prefixLength)),
                localLines: [index + 1], columnShifts: [prefixLength])
            lines[index] = ""
            var next = index + 1
            var sawBlank = false
            while next < lines.count {
                let candidate = lines[next]
                let isBlank = candidate.allSatisfy { $0 == " " || $0 == "\t" }
                let isIndented = candidate.hasPrefix("    ") || candidate.hasPrefix("\t")
                if isBlank {
                    sawBlank = true
                } else if isIndented {
                    sawBlank = false
                } else if sawBlank || definitionStart(candidate) != nil {
                    break
                }
                // Lazy continuation: a non-blank line right after the text, as in a paragraph.
                let cut = isIndented ? (candidate.hasPrefix("\t") ? 1 : 4) : 0
                definition.text += "\n" + String(candidate.dropFirst(cut))
                definition.localLines.append(next + 1)
                definition.columnShifts.append(cut)
                lines[next] = ""
                next += 1
            }
            // Trailing blank lines belong to the document, not the note.
            while definition.localLines.count > 1, definition.text.hasSuffix("\n") {
                definition.text.removeLast()
                definition.localLines.removeLast()
                definition.columnShifts.removeLast()
            }
            definitions.append(definition)
            index = next
        }
        return (lines.joined(separator: "\n"), definitions)
    }

    /// Whether `[^` occurs anywhere, by bytes.
    static func mayHaveFootnotes(_ source: String) -> Bool {
        var previous: UInt8 = 0
        for byte in source.utf8 {
            if previous == UInt8(ascii: "["), byte == UInt8(ascii: "^") { return true }
            previous = byte
        }
        return false
    }

    /// `[^label]:` at the start of a line (up to three spaces in) → the label and the length of
    /// the prefix, including one following space.
    static func definitionStart(_ line: String) -> (String, Int)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard rest.hasPrefix("[^"), let close = rest.firstIndex(of: "]") else { return nil }
        let label = rest[rest.index(rest.startIndex, offsetBy: 2)..<close]
        let after = rest[rest.index(after: close)...]
        guard !label.isEmpty, !label.contains(where: \.isWhitespace), after.hasPrefix(":") else { return nil }
        var length = indent + label.count + 4
        if after.dropFirst().first == " " { length += 1 }
        return (String(label), length)
    }

    static func fenceMarker(_ line: String) -> (character: Character, length: Int)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let first = rest.first, first == "`" || first == "~" else { return nil }
        let length = rest.prefix { $0 == first }.count
        return length >= 3 ? (first, length) : nil
    }
}
