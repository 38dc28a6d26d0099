import Formatting

/// The words of a built page as search reads them: its title, and its text cut at every
/// `<h2>`–`<h4>` with an `id`, each piece a block-by-block list so that phrases never run from
/// one paragraph into the next. Read from the page's `<main>`, skipping what is not prose:
/// charts, scripts, data tables folded in `<details>`, navigation, permalinks and what is hidden
/// from screen readers.
struct PageText: Equatable, Sendable {
    struct Section: Equatable, Sendable {
        /// The heading's `id`; nil for the page's top.
        var anchor: String?
        var heading: String
        /// Its blocks one per line (collapsed text has no line breaks): one string a section,
        /// not one a block, as every page's text is held until the index has read it.
        var text = ""

        /// Split by byte: by `Character` it walked every grapheme of the page.
        var blocks: [String] { text.utf8.split(separator: 0x0A).map { Substring($0) }.map(String.init) }
    }

    var title = ""
    var sections: [Section] = [Section(anchor: nil, heading: "")]

    /// Part of a page's bytes, read in place.
    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    static let ariaHidden = Array("aria-hidden=\"true\"".utf8)
    /// Permalinks and footnote marks: `#`, `1`, `↩` are not words of the text.
    static let skippedClasses = ["permalink", "footnote-ref", "footnote-back"].map { Array($0.utf8) }

    /// No words: a page's text once the index has read it.
    init() {}

    /// Reads the `<main>` element of a page's UTF-8 bytes; our own output, so well formed.
    init(html: [UInt8]) {
        // Through a pointer: slices of the array retained and released its buffer at every tag.
        html.withUnsafeBufferPointer { read($0) }
    }

    private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes[...].firstIndex(ofBytes: Array("<main".utf8)),
              let end = bytes[start...].firstIndex(ofBytes: Array("</main>".utf8)) else { return }
        var scanner = Scanner(bytes: bytes, position: start, end: end)
        var text: [UInt8] = []
        var capture: (name: TagName, anchor: String?)? = nil
        var skipping: [TagName] = []  // open elements whose content is skipped
        var openElements: [TagName] = []
        // The current section's blocks, each collapsed into it after a line break.
        var sectionText: [UInt8] = []

        func flushBlock() {
            let mark = sectionText.count
            if mark > 0 { sectionText.append(0x0A) }
            if !Self.appendCollapsed(text, to: &sectionText) { sectionText.removeSubrange(mark...) }
            text.removeAll(keepingCapacity: true)
        }
        func endSection() {
            sections[sections.count - 1].text = String(decoding: sectionText, as: UTF8.self)
            sectionText.removeAll(keepingCapacity: true)
        }

        while let token = scanner.next() {
            switch token {
            case .text(let slice):
                if skipping.isEmpty { Self.appendDecoded(slice, to: &text) }
            case .open(let name, let attributes, let selfClosing):
                let role = name.role
                let hasContent = !selfClosing && !role.contains(.void)
                if !skipping.isEmpty {
                    if hasContent { skipping.append(name) }
                    continue
                }
                if role.contains(.skipped) || attributes.firstIndex(ofBytes: Self.ariaHidden) != nil || Self.hasSkippedClass(attributes) {
                    if hasContent { skipping.append(name) }
                    continue
                }
                if role.contains(.block) { flushBlock() }
                if role.contains(.heading) {
                    let anchor = Self.attribute(Self.idOpening, in: attributes)
                    if name == .h1 || anchor != nil { capture = (name, anchor) }
                }
                if hasContent { openElements.append(name) }
            case .close(let name):
                if !skipping.isEmpty {
                    if skipping.last == name { skipping.removeLast() }
                    continue
                }
                if let open = openElements.lastIndex(of: name) { openElements.removeSubrange(open...) }
                if let heading = capture, heading.name == name {
                    let words = Self.collapsed(text)
                    text.removeAll(keepingCapacity: true)
                    capture = nil
                    if name == .h1 {
                        if title.isEmpty { title = words }
                    } else {
                        endSection()
                        sections.append(Section(anchor: heading.anchor, heading: words))
                    }
                } else if name.role.contains(.block), capture == nil {
                    flushBlock()
                }
            }
        }
        flushBlock()
        endSection()
    }

    /// Whether the `class` attribute names a permalink or a footnote mark.
    static func hasSkippedClass(_ attributes: Bytes) -> Bool {
        guard let value = attributeValue(classOpening, in: attributes) else { return false }
        if value.contains(UInt8(ascii: "&")) {
            let classes = attribute(classOpening, in: attributes)?.split(separator: " ") ?? []
            return classes.contains { skippedClasses.contains(Array($0.utf8)) }
        }
        return value.split(separator: 0x20).contains { name in skippedClasses.contains { name.elementsEqual($0) } }
    }

    static let idOpening = Array(" id=\"".utf8)
    static let classOpening = Array(" class=\"".utf8)

    /// The value of a double-quoted attribute, decoded; `opening` is ` name="`.
    static func attribute(_ opening: [UInt8], in attributes: Bytes) -> String? {
        guard let value = attributeValue(opening, in: attributes) else { return nil }
        var decoded: [UInt8] = []
        appendDecoded(value, to: &decoded)
        return String(decoding: decoded, as: UTF8.self)
    }

    /// The bytes of a double-quoted attribute, as written.
    static func attributeValue(_ opening: [UInt8], in attributes: Bytes) -> Bytes? {
        guard let start = attributes.firstIndex(ofBytes: opening),
              let end = attributes[(start + opening.count)...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        return attributes[(start + opening.count)..<end]
    }

    /// Whitespace runs as one space, trimmed.
    static func collapsed(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        appendCollapsed(bytes, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `bytes` collapsed (whitespace runs as one space, trimmed) at the end of `out`; whether
    /// anything was left. Written through a pointer into room made first: appending byte by
    /// byte checked the array's capacity every time.
    @discardableResult
    static func appendCollapsed(_ bytes: [UInt8], to out: inout [UInt8]) -> Bool {
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: bytes.count))
        let end = out.withUnsafeMutableBufferPointer { out in
            var count = start
            var pendingSpace = false
            for byte in bytes {
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                    pendingSpace = count > start
                } else {
                    if pendingSpace {
                        out[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    out[count] = byte
                    count += 1
                }
            }
            return count
        }
        out.removeSubrange(end...)
        return end > start
    }

    /// Text with the character references our escaping writes (and numeric ones) decoded.
    static func appendDecoded(_ slice: Bytes, to out: inout [UInt8]) {
        var index = slice.startIndex
        while index < slice.endIndex {
            // Runs without a reference go in at once.
            let ampersand = slice[index...].firstIndex(of: UInt8(ascii: "&")) ?? slice.endIndex
            out.append(contentsOf: slice[index..<ampersand])
            index = ampersand
            guard index < slice.endIndex else { break }
            let byte = slice[index]
            guard let semicolon = slice[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                out.append(byte)
                index += 1
                continue
            }
            let name = String(decoding: slice[(index + 1)..<semicolon], as: UTF8.self)
            var scalar: Unicode.Scalar?
            switch name {
            case "amp": scalar = "&"
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "quot": scalar = "\""
            case "apos", "#39": scalar = "'"
            case "nbsp": scalar = " "
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
                }
            }
            if let scalar {
                out.append(contentsOf: Array(String(scalar).utf8))
                index = semicolon + 1
            } else {
                out.append(byte)
                index += 1
            }
        }
    }

    /// Tags and text of an HTML byte range.
    struct Scanner {
        enum Token {
            case text(Bytes)
            /// `attributes` begins with the space after the name.
            case open(TagName, attributes: Bytes, selfClosing: Bool)
            case close(TagName)
        }

        let bytes: UnsafeBufferPointer<UInt8>
        var position: Int
        let end: Int

        static let tagOpening = Array("<".utf8)
        static let commentClosing = Array("-->".utf8)

        mutating func next() -> Token? {
            guard position < end else { return nil }
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                position = bytes[start..<end].firstIndex(ofBytes: Self.tagOpening) ?? end
                return .text(bytes[start..<position])
            }
            // A comment: skipped whole.
            if position + 3 < bytes.count, bytes[position + 1] == UInt8(ascii: "!"), bytes[position + 2] == UInt8(ascii: "-"),
               bytes[position + 3] == UInt8(ascii: "-") {
                position = bytes[position..<end].firstIndex(ofBytes: Self.commentClosing).map { $0 + 3 } ?? end
                return next()
            }
            let start = position + 1
            var index = start
            var quote: UInt8? = nil
            while index < end {
                let byte = bytes[index]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    break
                }
                index += 1
            }
            position = min(index + 1, end)
            let inside = bytes[start..<min(index, end)]
            let isClosing = inside.first == UInt8(ascii: "/")
            let nameBytes = (isClosing ? inside.dropFirst() : inside).prefix { byte in
                byte != 0x20 && byte != 0x0A && byte != UInt8(ascii: "/") && byte != UInt8(ascii: ">")
            }
            let name = TagName(nameBytes)
            if isClosing { return .close(name) }
            let attributes = inside[nameBytes.endIndex...]
            return .open(name, attributes: attributes, selfClosing: inside.last == UInt8(ascii: "/"))
        }
    }
}

/// An element's name in lower case, held in two words — no string, no reference count — when it
/// is at most 16 bytes long, as every name our themes write is; a longer name by a 64-bit hash.
struct TagName: Equatable {
    private var words: (UInt64, UInt64) = (0, 0)
    private var longHash: UInt64 = 0

    init(_ bytes: some Collection<UInt8>) {
        let lower = bytes.lazy.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }
        guard bytes.count <= 16 else {
            longHash = lower.reduce(SearchTokens.fnvOffset) { SearchTokens.fnv($1, from: $0) }
            return
        }
        for (offset, byte) in lower.enumerated() {
            if offset < 8 { words.0 |= UInt64(byte) << UInt64(offset * 8) } else { words.1 |= UInt64(byte) << UInt64((offset - 8) * 8) }
        }
    }

    static func == (a: TagName, b: TagName) -> Bool { a.words == b.words && a.longHash == b.longHash }

    struct Role: OptionSet {
        let rawValue: UInt8
        /// Its content is not prose: charts, scripts, folded data tables, navigation.
        static let skipped = Role(rawValue: 1)
        /// It ends the block before it and its own.
        static let block = Role(rawValue: 2)
        /// It has no content and no end tag.
        static let void = Role(rawValue: 4)
        /// `h1`, or a heading that starts a section when it has an `id`.
        static let heading = Role(rawValue: 8)
    }

    static let h1 = TagName("h1".utf8)

    /// The roles by name, in an open-addressing table: a page has hundreds of tags, and going
    /// down the list for each was a fifth of reading a page's text.
    private static let roleSlots: [(name: TagName, role: Role)?] = {
        var slots = [(name: TagName, role: Role)?](repeating: nil, count: roleSlotCount)
        for (name, role) in roles {
            var slot = name.roleSlot
            while slots[slot] != nil { slot = (slot + 1) & (roleSlotCount - 1) }
            slots[slot] = (name, role)
        }
        return slots
    }()
    private static let roleSlotCount = 128

    private var roleSlot: Int { Int(truncatingIfNeeded: ((words.0 ^ words.1 &* 31 ^ longHash) &* 0x9E37_79B9_7F4A_7C15) >> 57) }

    static let roles: [(TagName, Role)] = {
        var roles: [String: Role] = [:]
        for name in ["svg", "script", "style", "details", "nav", "template", "noscript"] { roles[name, default: []].insert(.skipped) }
        for name in ["p", "li", "td", "th", "tr", "div", "section", "article", "blockquote", "figcaption", "figure", "dd", "dt",
                     "ul", "ol", "dl", "table", "caption", "br", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside"] {
            roles[name, default: []].insert(.block)
        }
        for name in ["br", "img", "hr", "input", "meta", "link", "source", "wbr", "col", "area"] { roles[name, default: []].insert(.void) }
        for name in ["h1", "h2", "h3", "h4"] { roles[name, default: []].insert(.heading) }
        return roles.sorted { $0.key < $1.key }.map { (TagName($0.key.utf8), $0.value) }
    }()

    var role: Role {
        var slot = roleSlot
        while let entry = Self.roleSlots[slot] {
            if entry.name == self { return entry.role }
            slot = (slot + 1) & (Self.roleSlotCount - 1)
        }
        return []
    }
}
