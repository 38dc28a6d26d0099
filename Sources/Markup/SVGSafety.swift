/// Whether an SVG file from the content may be published on the site's origin. An SVG opened
/// from its own address is a document: a `<script>`, an `onload` or a `javascript:` link in it
/// runs with the site's rights. Rather than rewrite the file (a sanitiser must understand every
/// way XML can hide markup), it is checked, conservatively, and refused with the first reason
/// found: a harmless drawing passes untouched, anything that could run or load something does not.
public enum SVGSafety {
    /// Elements that run script, embed other documents or react to events.
    static let forbiddenElements: Set<String> = ["script", "foreignobject", "iframe", "embed", "object", "handler", "listener"]

    /// Nil for an SVG that holds nothing live; else what makes it unsafe, in a few words.
    public static func problem(in bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        if text.contains("<!doctype") || text.contains("<!entity") {
            return "it declares a DTD or entities"
        }
        if text.contains("@import") { return "its style imports another file (@import)" }
        if text.contains("javascript:") || text.contains("vbscript:") { return "it contains a script address (javascript:)" }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                let name = word(in: scalars, from: index + 1)
                if forbiddenElements.contains(name) { return "it contains a <\(name)> element" }
                if (name == "set" || name == "animate") && tagMentions(scalars, from: index, "href") {
                    return "it animates a link address (<\(name)> of href)"
                }
            }
            // `onload=`, `onclick =`… after a space, quote, slash or namespace colon.
            if scalar == "o", index + 2 < scalars.count, scalars[index + 1] == "n",
               index > 0, " \t\n\r/\"':".unicodeScalars.contains(scalars[index - 1]) {
                let name = word(in: scalars, from: index)
                if name.count > 2, followedByEquals(scalars, from: index + name.unicodeScalars.count) {
                    return "it has an event handler (\(name))"
                }
            }
            // Only the drawing's own parts (`#id`) and embedded raster images may be referred to.
            if let reference = reference(in: scalars, at: index), !reference.isEmpty, !reference.hasPrefix("#"),
               !reference.hasPrefix("data:") || URLSafety.isDangerous(reference) {
                return "it refers to another file or address (\(reference.prefix(40)))"
            }
            index += 1
        }
        return nil
    }

    /// A name of letters, digits, `-`, `_`, `:` and `.` starting at `start`.
    static func word(in scalars: [Unicode.Scalar], from start: Int) -> String {
        var end = start
        while end < scalars.count, scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end]) || "-_:.".unicodeScalars.contains(scalars[end]) {
            end += 1
        }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    static func followedByEquals(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var index = start
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        return index < scalars.count && scalars[index] == "="
    }

    /// Whether the tag that starts at `start` mentions `needle` before it closes.
    static func tagMentions(_ scalars: [Unicode.Scalar], from start: Int, _ needle: String) -> Bool {
        var end = start
        while end < scalars.count, scalars[end] != ">" { end += 1 }
        return String(String.UnicodeScalarView(scalars[start..<end])).contains(needle)
    }

    /// The value of an `href=`, `xlink:href=` or `src=` attribute, or of a `url(…)`, that starts
    /// at `index`; nil when none does.
    static func reference(in scalars: [Unicode.Scalar], at index: Int) -> String? {
        func matches(_ word: String) -> Bool {
            let needle = Array(word.unicodeScalars)
            guard index + needle.count <= scalars.count else { return false }
            return Array(scalars[index..<(index + needle.count)]) == needle
        }
        var valueStart: Int
        if matches("url(") {
            valueStart = index + 4
        } else if (matches("href") || matches("src")) && (index == 0 || !scalars[index - 1].properties.isAlphabetic || scalars[index - 1] == ":") {
            var after = index + (matches("href") ? 4 : 3)
            while after < scalars.count, scalars[after].properties.isWhitespace { after += 1 }
            guard after < scalars.count, scalars[after] == "=" else { return nil }
            valueStart = after + 1
        } else {
            return nil
        }
        while valueStart < scalars.count, scalars[valueStart].properties.isWhitespace || scalars[valueStart] == "\"" || scalars[valueStart] == "'" {
            valueStart += 1
        }
        var end = valueStart
        while end < scalars.count, !"\"' \t\n\r)>".unicodeScalars.contains(scalars[end]) { end += 1 }
        return String(String.UnicodeScalarView(scalars[valueStart..<end]))
    }
}
