/// The front matter nearly every page has — `key: value` lines whose values are double-quoted
/// texts without escapes, plain words, flow lists `["a", "b"]` or block lists of such texts —
/// read without libyaml, which took a twentieth of a large build's time. Anything else (escapes,
/// comments, tabs, nested mappings, empty values, trailing spaces, a character YAML forbids, a
/// key given twice) is nil: Yams then reads it, and reports what is wrong. A test holds both
/// readers to the same nodes and positions.
enum SimpleYAML {
    /// The top-level entries, or nil when the text is not in this subset or has no entry.
    static func entries(_ yaml: String) -> [FieldEntry]? {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            return reader.entries()
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var lineStart = 0
        var lineEnd = 0
        var lineNumber = 0

        static let quote = UInt8(ascii: "\"")
        static let space = UInt8(ascii: " ")

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func entries() -> [FieldEntry]? {
            var entries: [FieldEntry] = []
            var keys: Set<String> = []
            // A key with nothing after its colon: its value is the block list below it.
            var openList: (key: FieldNode, items: [FieldNode], indent: Int, line: Int)? = nil
            func closeList() -> Bool {
                guard let list = openList else { return true }
                openList = nil
                guard let first = list.items.first else { return false }
                entries.append(FieldEntry(key: list.key, value: FieldNode(.list(list.items), line: first.line, column: list.indent + 1)))
                return true
            }
            while nextLine() {
                if lineStart == lineEnd { continue }
                let indent = count(from: lineStart) { $0 == Self.space }
                if var list = openList, lineStart + indent + 1 < lineEnd, bytes[lineStart + indent] == UInt8(ascii: "-"),
                   bytes[lineStart + indent + 1] == Self.space, list.items.isEmpty || indent == list.indent {
                    guard let item = value(at: lineStart + indent + 2) else { return nil }
                    list.items.append(item)
                    list.indent = indent
                    openList = list
                    continue
                }
                guard indent == 0, closeList(), let (key, valueStart) = key() else { return nil }
                guard keys.insert(key.text!).inserted else { return nil }
                if valueStart == lineEnd {
                    openList = (key, [], 0, lineNumber)
                    continue
                }
                guard let value = value(at: valueStart) else { return nil }
                entries.append(FieldEntry(key: key, value: value))
            }
            guard closeList(), !entries.isEmpty else { return nil }
            return entries
        }

        /// Moves to the next line; false at the end. A CR or a tab anywhere leaves the subset.
        mutating func nextLine() -> Bool {
            guard lineNumber == 0 || lineEnd < bytes.count else { return false }
            lineStart = lineNumber == 0 ? 0 : lineEnd + 1
            lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            lineNumber += 1
            return true
        }

        /// `name:` at the start of the line, and where its value starts (after the spaces).
        func key() -> (FieldNode, Int)? {
            let length = count(from: lineStart) { byte in
                byte.isASCIILetterOrDigit || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            }
            guard length > 0, bytes[lineStart].isASCIILetterOrDigit || bytes[lineStart] == UInt8(ascii: "_"),
                  lineStart + length < lineEnd, bytes[lineStart + length] == UInt8(ascii: ":") else { return nil }
            let afterColon = lineStart + length + 1
            let spaces = count(from: afterColon) { $0 == Self.space }
            // `key:value` is one plain word in YAML, not a key; `key:   ` ends in spaces.
            guard afterColon == lineEnd || (spaces > 0 && afterColon + spaces < lineEnd) else { return nil }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<(lineStart + length)]), as: UTF8.self)
            return (FieldNode(.text(name), line: lineNumber, column: 1), afterColon + spaces)
        }

        /// The value from `start` to the end of the line.
        func value(at start: Int) -> FieldNode? {
            guard start < lineEnd else { return nil }
            let column = self.column(of: start)
            switch bytes[start] {
            case Self.quote:
                guard let (text, end) = quoted(at: start), onlySpaces(from: end) else { return nil }
                return FieldNode(.text(text), line: lineNumber, column: column)
            case UInt8(ascii: "["):
                return flowList(at: start).map { FieldNode(.list($0), line: lineNumber, column: column) }
            case let first where first.isASCIILetterOrDigit:
                guard bytes[lineEnd - 1] != Self.space,
                      isPrintable(start..<lineEnd, also: { $0 != UInt8(ascii: ":") && $0 != UInt8(ascii: "#") }) else { return nil }
                return FieldNode(.text(text(start..<lineEnd)), line: lineNumber, column: column)
            default:
                return nil
            }
        }

        /// `"…"` without a backslash, and the index after its closing quote.
        func quoted(at start: Int) -> (String, Int)? {
            var end = start + 1
            while end < lineEnd, bytes[end] != Self.quote { end += 1 }
            guard end < lineEnd, isPrintable((start + 1)..<end, also: { $0 != UInt8(ascii: "\\") }) else { return nil }
            return (text((start + 1)..<end), end + 1)
        }

        /// `["a", "b"]`: quoted items, each with its own column.
        func flowList(at start: Int) -> [FieldNode]? {
            var items: [FieldNode] = []
            var index = start + 1
            index += count(from: index) { $0 == Self.space }
            if index < lineEnd, bytes[index] == UInt8(ascii: "]") { return onlySpaces(from: index + 1) ? [] : nil }
            while index < lineEnd, bytes[index] == Self.quote {
                guard let (text, end) = quoted(at: index) else { return nil }
                items.append(FieldNode(.text(text), line: lineNumber, column: column(of: index)))
                index = end + count(from: end) { $0 == Self.space }
                guard index < lineEnd else { return nil }
                if bytes[index] == UInt8(ascii: "]") { return onlySpaces(from: index + 1) ? items : nil }
                guard bytes[index] == UInt8(ascii: ",") else { return nil }
                index += 1
                index += count(from: index) { $0 == Self.space }
            }
            return nil
        }

        func onlySpaces(from index: Int) -> Bool { index + count(from: index) { $0 == Self.space } == lineEnd }

        func count(from index: Int, while matches: (UInt8) -> Bool) -> Int {
            var end = index
            while end < lineEnd, matches(bytes[end]) { end += 1 }
            return end - index
        }

        /// Characters from the start of the line, as libyaml counts columns.
        func column(of index: Int) -> Int {
            var characters = 1
            for position in lineStart..<index where bytes[position] & 0xC0 != 0x80 { characters += 1 }
            return characters
        }

        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }

        /// Every character is one YAML allows within a line (no controls, no C1 controls, no
        /// BOM, no U+FFFE/U+FFFF, no line separators), and every ASCII byte passes `also`.
        func isPrintable(_ range: Range<Int>, also: (UInt8) -> Bool) -> Bool {
            var index = range.lowerBound
            while index < range.upperBound {
                let byte = bytes[index]
                if byte < 0x80 {
                    guard byte >= 0x20, byte != 0x7F, also(byte) else { return false }
                    index += 1
                    continue
                }
                // Valid UTF-8 (it came from a String): only the lead bytes of what is forbidden,
                // and of NEL, LS and PS, which libyaml reads as line breaks.
                if byte == 0xC2, bytes[index + 1] < 0xA0 { return false }
                if byte == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return false }
                if byte == 0xEF, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return false }
                if byte == 0xEF, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return false }
                index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            }
            return true
        }
    }
}
