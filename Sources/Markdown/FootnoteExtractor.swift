import Glibc

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
        let bytes = Array(source.utf8)
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        var definitions: [Extracted] = []
        var fence: (character: UInt8, length: Int)?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if let marker = fenceMarker(line) {
                if let open = fence {
                    if marker.character == open.character, marker.length >= open.length,
                       isFence(line, of: open.character) {
                        fence = nil
                    }
                } else {
                    fence = marker
                }
                index += 1
                continue
            }
            guard fence == nil, let start = definitionStart(line) else {
                index += 1
                continue
            }
            var text = Array(line.dropFirst(start.prefixBytes))
            var definition = Extracted(label: start.label, line: index + 1, text: "", localLines: [index + 1],
                                       columnShifts: [start.prefixCharacters])
            lines[index] = []
            var next = index + 1
            var sawBlank = false
            while next < lines.count {
                let candidate = lines[next]
                let isBlank = candidate.allSatisfy { $0 == 0x20 || $0 == 0x09 }
                let isIndented = candidate.starts(with: [0x20, 0x20, 0x20, 0x20]) || candidate.first == 0x09
                if isBlank {
                    sawBlank = true
                } else if isIndented {
                    sawBlank = false
                } else if sawBlank || definitionStart(candidate) != nil {
                    break
                }
                // Lazy continuation: a non-blank line right after the text, as in a paragraph.
                let cut = isIndented ? (candidate.first == 0x09 ? 1 : 4) : 0
                text.append(0x0A)
                text += candidate.dropFirst(cut)
                definition.localLines.append(next + 1)
                definition.columnShifts.append(cut)
                lines[next] = []
                next += 1
            }
            // Trailing blank lines belong to the document, not the note.
            while definition.localLines.count > 1, text.last == 0x0A {
                text.removeLast()
                definition.localLines.removeLast()
                definition.columnShifts.removeLast()
            }
            definition.text = String(decoding: text, as: UTF8.self)
            definitions.append(definition)
            index = next
        }
        return (String(decoding: Array(lines.joined(separator: [0x0A])), as: UTF8.self), definitions)
    }

    /// Whether `[^` occurs anywhere, by bytes.
    static func mayHaveFootnotes(_ source: String) -> Bool {
        var source = source
        // Each `[` found by `memchr`, which looks at many bytes at a time: this asks every page.
        return source.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var offset = 0
            while offset < bytes.count, let found = memchr(base + offset, Int32(UInt8(ascii: "[")), bytes.count - offset) {
                offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "^") { return true }
            }
            return false
        }
    }

    /// `[^label]:` at the start of a line (up to three spaces in) → the label and the length of
    /// the prefix, including one following space, in bytes and in characters.
    static func definitionStart(_ line: ArraySlice<UInt8>) -> (label: String, prefixBytes: Int, prefixCharacters: Int)? {
        let indent = line.prefix { $0 == 0x20 }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard rest.starts(with: [UInt8(ascii: "["), UInt8(ascii: "^")]),
              let close = rest.firstIndex(of: UInt8(ascii: "]")) else { return nil }
        let label = String(decoding: rest[(rest.startIndex + 2)..<close], as: UTF8.self)
        let after = rest[(close + 1)...]
        guard !label.isEmpty, !label.contains(where: \.isWhitespace), after.first == UInt8(ascii: ":") else { return nil }
        let space = after.dropFirst().first == 0x20 ? 1 : 0
        return (label, close + 2 + space - line.startIndex, indent + label.count + 4 + space)
    }

    /// Only the fence character between blanks: a closing fence.
    static func isFence(_ line: ArraySlice<UInt8>, of character: UInt8) -> Bool {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = line.firstIndex(where: { !isBlank($0) }), let last = line.lastIndex(where: { !isBlank($0) }) else { return true }
        return line[first...last].allSatisfy { $0 == character }
    }

    static func fenceMarker(_ line: ArraySlice<UInt8>) -> (character: UInt8, length: Int)? {
        let indent = line.prefix { $0 == 0x20 }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let first = rest.first, first == UInt8(ascii: "`") || first == UInt8(ascii: "~") else { return nil }
        let length = rest.prefix { $0 == first }.count
        return length >= 3 ? (first, length) : nil
    }
}
