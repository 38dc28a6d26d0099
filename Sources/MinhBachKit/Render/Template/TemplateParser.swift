import Diagnostics
import Formatting
/// Reads a template's bytes into nodes. A line that holds only one section, comment, partial or
/// delimiter tag (and blanks) is *standalone*: it leaves nothing in the output, not even its
/// line break, so templates can put their logic on lines of its own.
struct TemplateParser {
    private let bytes: [UInt8]
    private var position = 0
    private var start = Array("{{".utf8)
    private var end = Array("}}".utf8)
    /// At the start of a line, or after a standalone tag.
    private var atLineStart = true

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func parseAll() throws(Template.SyntaxError) -> [Template.Node] {
        try parse(closing: nil)
    }

    private mutating func parse(closing section: String?) throws(Template.SyntaxError) -> [Template.Node] {
        var nodes: [Template.Node] = []
        var blanksBefore: [UInt8] = []
        while position < bytes.count {
            if atLineStart { blanksBefore = readBlanks() }
            let (text, foundTag) = readText()
            if !foundTag, let newline = lineBreakLength(at: position) {
                nodes.append(.text(blanksBefore + text + bytes[position..<position + newline]))
                position += newline
                atLineStart = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(blanksBefore + text))
                blanksBefore = []
                atLineStart = false
            }
            guard foundTag, position < bytes.count else { break }
            let tagStart = position - start.count
            var standalone = false
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName(tagStart)
                standalone = isStandalone()
                if !standalone, !blanksBefore.isEmpty {
                    nodes.append(.text(blanksBefore))
                    blanksBefore = []
                }
                atLineStart = atLineStart && standalone
                // A delimiter change inside a section ends with it.
                let delimiters = (start, end)
                let children = try parse(closing: name)
                (start, end) = delimiters
                nodes.append(.section(Self.name(name, at: tagStart), inverted: inverted, children))
            case UInt8(ascii: "/"):
                position += 1
                let name = try readName(tagStart)
                guard name == section else {
                    throw error(at: tagStart, section.map { Message("render.template.closes-other-section", ["tag": .text("{{/\(name)}}"), "open": .text("{{#\($0)}}")]) }
                        ?? Message("render.template.closes-no-section", ["tag": .text("{{/\(name)}}")]))
                }
                if !isStandalone(), !blanksBefore.isEmpty { nodes.append(.text(blanksBefore)) }
                return nodes
            case UInt8(ascii: "!"):
                guard let close = bytes[position...].firstIndex(ofBytes: end) else { throw error(at: tagStart, Message("render.template.comment-not-closed")) }
                position = close + end.count
                standalone = isStandalone()
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let braced = bytes[position] == UInt8(ascii: "{")
                if !blanksBefore.isEmpty {
                    nodes.append(.text(blanksBefore))
                    blanksBefore = []
                }
                position += 1
                let name = try readName(tagStart)
                if braced {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                        throw error(at: tagStart, Message("render.template.triple-not-closed"))
                    }
                    position += 1
                }
                nodes.append(.variable(Self.name(name, at: tagStart), escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                let name = try readWord(Self.partialNameCharacters, tagStart)
                if !blanksBefore.isEmpty { nodes.append(.text(blanksBefore)) }
                standalone = isStandalone()
                nodes.append(.partial(name, indentation: standalone ? blanksBefore : nil))
                blanksBefore = []
            case UInt8(ascii: "="):
                position += 1
                try setDelimiters(tagStart)
                standalone = isStandalone()
            case UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "%"):
                throw error(at: tagStart, Message("render.template.inheritance"))
            default:
                if !blanksBefore.isEmpty {
                    nodes.append(.text(blanksBefore))
                    blanksBefore = []
                }
                nodes.append(.variable(Self.name(try readName(tagStart), at: tagStart), escaped: true))
            }
            atLineStart = standalone
        }
        if let section { throw error(at: position, Message("render.template.section-not-closed", ["tag": .text("{{#\(section)}}")]),
                                        hint: Message("render.template.section-close-hint", ["tag": .text("{{/\(section)}}")])) }
        return nodes
    }

    // MARK: Reading

    /// Text up to a line break (not consumed) or a tag's opening delimiter (consumed).
    private mutating func readText() -> (text: [UInt8], foundTag: Bool) {
        let from = position
        while position < bytes.count {
            if lineBreakLength(at: position) != nil { return (Array(bytes[from..<position]), false) }
            if bytes[position] == start[0], bytes[position...].starts(with: start) {
                position += start.count
                return (Array(bytes[from..<(position - start.count)]), true)
            }
            position += 1
        }
        return (Array(bytes[from..<position]), false)
    }

    /// `\n` or `\r\n`: where lines of text end.
    private func lineBreakLength(at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == 0x0A { return 1 }
        return bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : nil
    }

    private mutating func readBlanks() -> [UInt8] {
        let from = position
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
        return Array(bytes[from..<position])
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(bytes[position]) { position += 1 }
    }

    /// Whether the tag just read ends its line (which began with it): then the rest of the line
    /// and its break are consumed.
    private mutating func isStandalone() -> Bool {
        guard atLineStart else { return false }
        if position == bytes.count { return true }
        var index = position
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard index < bytes.count else { return false }
        let length: Int
        switch bytes[index] {
        case 0x0A, 0x0B, 0x0C: length = 1
        case 0x0D: length = index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: length = 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9): length = 3
        default: return false
        }
        position = index + length
        return true
    }

    private mutating func readName(_ tagStart: Int) throws(Template.SyntaxError) -> String {
        skipWhitespace()
        let name = try readWord(Self.nameCharacters, tagStart)
        if name.contains("(") || name.contains(")") {
            throw error(at: tagStart, Message("render.template.transforms", ["name": .text(name)]))
        }
        return name
    }

    private mutating func readWord(_ allowed: Set<UInt8>, _ tagStart: Int) throws(Template.SyntaxError) -> String {
        let from = position
        while position < bytes.count, allowed.contains(bytes[position]) { position += 1 }
        let word = String(decoding: bytes[from..<position], as: UTF8.self)
        skipWhitespace()
        guard bytes[position...].starts(with: end) else {
            throw error(at: tagStart, Message("render.template.tag-not-closed", ["end": .text(String(decoding: end, as: UTF8.self))]),
                        hint: Message("render.template.name-hint"))
        }
        position += end.count
        return word
    }

    /// `{{=<% %>=}}`
    private mutating func setDelimiters(_ tagStart: Int) throws(Template.SyntaxError) {
        let isBlank = { (byte: UInt8) in [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(byte) }
        skipWhitespace()
        let openFrom = position
        while position < bytes.count, !isBlank(bytes[position]) { position += 1 }
        let newStart = Array(bytes[openFrom..<position])
        skipWhitespace()
        let closeFrom = position
        while position < bytes.count, !isBlank(bytes[position]), bytes[position] != UInt8(ascii: "=") { position += 1 }
        let newEnd = Array(bytes[closeFrom..<position])
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "="), bytes[(position + 1)...].starts(with: end),
              !newStart.isEmpty, !newEnd.isEmpty else {
            throw error(at: tagStart, Message("render.template.delimiters"))
        }
        position += 1 + end.count
        (start, end) = (newStart, newEnd)
    }

    private static func name(_ text: String, at offset: Int) -> Template.Name {
        Template.Name(parts: text.split(separator: ".").map(String.init), innermostOnly: text.hasPrefix("."), offset: offset)
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*()".utf8)
    private static let partialNameCharacters = nameCharacters.union("/".utf8)

    // MARK: Errors

    private func error(at offset: Int, _ message: Message, hint: Message? = nil) -> Template.SyntaxError {
        let (line, column) = Template.location(of: offset, in: bytes)
        return Template.SyntaxError(line: line, column: column,
                                     text: hint.map { Message("render.template.with-hint", ["message": .message(message), "hint": .message($0)]) } ?? message)
    }
}
