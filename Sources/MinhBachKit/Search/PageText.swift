/// The words of a built page as search reads them: its title, and its text cut at every
/// `<h2>`–`<h4>` with an `id`, each piece a block-by-block list so that phrases never run from
/// one paragraph into the next. Read from the page's `<main>`, skipping what is not prose:
/// charts, scripts, data tables folded in `<details>`, navigation, permalinks and what is hidden
/// from screen readers.
struct PageText: Equatable {
    struct Section: Equatable {
        /// The heading's `id`; nil for the page's top.
        var anchor: String?
        var heading: String
        var blocks: [String]
    }

    var title = ""
    var sections: [Section] = [Section(anchor: nil, heading: "", blocks: [])]

    static let ariaHidden = Array("aria-hidden=\"true\"".utf8)
    static let skippedElements: Set<String> = ["svg", "script", "style", "details", "nav", "template", "noscript"]
    /// Permalinks and footnote marks: `#`, `1`, `↩` are not words of the text.
    static let skippedClasses = ["permalink", "footnote-ref", "footnote-back"]
    static let blockElements: Set<String> = [
        "p", "li", "td", "th", "tr", "div", "section", "article", "blockquote", "figcaption", "figure", "dd", "dt",
        "ul", "ol", "dl", "table", "caption", "br", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside",
    ]

    /// Reads the `<main>` element of a page's UTF-8 bytes; our own output, so well formed.
    init(html bytes: [UInt8]) {
        guard let start = bytes[...].firstIndex(ofBytes: Array("<main".utf8)),
              let end = bytes[start...].firstIndex(ofBytes: Array("</main>".utf8)) else { return }
        var scanner = Scanner(bytes: bytes, position: start, end: end)
        var text: [UInt8] = []
        var capture: (name: String, anchor: String?)? = nil
        var skipping: [String] = []  // open elements whose content is skipped
        var openElements: [String] = []

        func flushBlock() {
            let block = Self.collapsed(text)
            text.removeAll(keepingCapacity: true)
            guard !block.isEmpty else { return }
            sections[sections.count - 1].blocks.append(block)
        }

        while let token = scanner.next() {
            switch token {
            case .text(let slice):
                if skipping.isEmpty { Self.appendDecoded(slice, to: &text) }
            case .open(let name, let attributes, let selfClosing):
                if !skipping.isEmpty {
                    if !selfClosing, !Self.voidElements.contains(name) { skipping.append(name) }
                    continue
                }
                let classes = Self.attribute("class", in: attributes)?.split(separator: " ") ?? []
                let skipped = Self.skippedElements.contains(name) || attributes.firstIndex(ofBytes: Self.ariaHidden) != nil
                    || classes.contains { Self.skippedClasses.contains(String($0)) }
                if skipped {
                    if !selfClosing, !Self.voidElements.contains(name) { skipping.append(name) }
                    continue
                }
                if Self.blockElements.contains(name) { flushBlock() }
                if name == "h1" || ["h2", "h3", "h4"].contains(name) {
                    let anchor = Self.attribute("id", in: attributes)
                    if name == "h1" || anchor != nil { capture = (name, anchor) }
                }
                if !selfClosing, !Self.voidElements.contains(name) { openElements.append(name) }
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
                    if name == "h1" {
                        if title.isEmpty { title = words }
                    } else {
                        sections.append(Section(anchor: heading.anchor, heading: words, blocks: []))
                    }
                } else if Self.blockElements.contains(name), capture == nil {
                    flushBlock()
                }
            }
        }
        flushBlock()
    }

    static let voidElements: Set<String> = ["br", "img", "hr", "input", "meta", "link", "source", "wbr", "col", "area"]

    /// The value of a double-quoted attribute, decoded.
    static func attribute(_ name: String, in attributes: ArraySlice<UInt8>) -> String? {
        guard attributes.count > name.utf8.count else { return nil }
        let opening = Array(" \(name)=\"".utf8)
        guard let start = attributes.firstIndex(ofBytes: opening),
              let end = attributes[(start + opening.count)...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        var value: [UInt8] = []
        appendDecoded(attributes[(start + opening.count)..<end], to: &value)
        return String(decoding: value, as: UTF8.self)
    }

    /// Whitespace runs as one space, trimmed.
    static func collapsed(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Text with the character references our escaping writes (and numeric ones) decoded.
    static func appendDecoded(_ slice: ArraySlice<UInt8>, to out: inout [UInt8]) {
        var index = slice.startIndex
        while index < slice.endIndex {
            let byte = slice[index]
            guard byte == UInt8(ascii: "&"), let semicolon = slice[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
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
            case text(ArraySlice<UInt8>)
            /// `attributes` begins with the space after the name.
            case open(String, attributes: ArraySlice<UInt8>, selfClosing: Bool)
            case close(String)
        }

        let bytes: [UInt8]
        var position: Int
        let end: Int

        mutating func next() -> Token? {
            guard position < end else { return nil }
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                while position < end, bytes[position] != UInt8(ascii: "<") { position += 1 }
                return .text(bytes[start..<position])
            }
            // A comment: skipped whole.
            if bytes[position...].starts(with: "<!--".utf8) {
                position = bytes[position..<end].firstIndex(ofBytes: Array("-->".utf8)).map { $0 + 3 } ?? end
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
            var name = String(decoding: nameBytes, as: UTF8.self)
            if nameBytes.contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) { name = name.lowercased() }
            if isClosing { return .close(name) }
            let attributes = inside[nameBytes.endIndex...]
            return .open(name, attributes: attributes, selfClosing: inside.last == UInt8(ascii: "/"))
        }
    }
}
