/// The text rules of iCalendar (RFC 5545) that a calendar program is strict about: TEXT values
/// escaped (§3.3.11), content lines ended by CRLF and folded so that none is longer than 75
/// octets (§3.1) — between characters, never inside a UTF-8 sequence, or a Vietnamese letter
/// would be cut in two.
enum ICalendarText {
    /// A TEXT value: backslash, semicolon and comma escaped, a line break written `\n`.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            default: out.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return out
    }

    /// One content line, folded: the first piece up to 75 octets, each next one a space and up
    /// to 74 more; every piece ends with CRLF. A fold falls between characters, so that no
    /// program shows a letter parted from its marks; only a character longer than a line (a
    /// letter with dozens of marks) is cut, between its scalars, still never inside one.
    static func folded(_ line: String) -> String {
        var out = ""
        var octets = 0
        func append(_ scalars: some Sequence<Unicode.Scalar>, size: Int) {
            if octets + size > 75, octets > 0 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(contentsOf: scalars)
            octets += size
        }
        for character in line {
            let size = character.utf8.count
            if size <= 74 {
                append(character.unicodeScalars, size: size)
            } else {
                for scalar in character.unicodeScalars { append(CollectionOfOne(scalar), size: UTF8.width(scalar)) }
            }
        }
        return out + "\r\n"
    }

    /// `20231231` for an all-day value.
    static func date(_ date: CalendarDate) -> String { date.description.replacingOccurrences(of: "-", with: "") }
}
