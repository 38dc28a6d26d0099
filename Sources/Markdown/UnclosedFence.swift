import Diagnostics

/// A directive whose fence is never closed holds everything below it: CommonMark allows that,
/// so the site would otherwise complain about the swallowed text (e.g. "'chart' takes no
/// content" at the next paragraph). Said instead where the block opens, with the fence shown.
enum UnclosedFence {
    /// The problem when the code block from `startLine` to `endLine` (1-based, in the text
    /// cmark parsed) has no closing fence; nil when its last line closes it.
    static func problem(lines: SourceLines, startLine: Int, startByteColumn: Int, endLine: Int,
                        location: SourceLocation) -> Diagnostic? {
        guard startLine >= 1, startLine <= lines.lines.count else { return nil }
        let opening = lines.lines[startLine - 1].dropFirst(max(startByteColumn - 1, 0))
        guard let mark = opening.first, mark == UInt8(ascii: "`") || mark == UInt8(ascii: "~") else { return nil }
        let length = opening.prefix { $0 == mark }.count
        if endLine > startLine, endLine <= lines.lines.count, closes(lines.lines[endLine - 1], mark: mark, length: length) {
            return nil
        }
        var fence = String(decoding: opening, as: UTF8.self).trimmingTrailingSpaces
        // A hostile opening line can be megabytes long: the message shows enough to find it.
        if fence.count > 80 { fence = String(fence.prefix(80)) + "…" }
        let close = String(repeating: Character(Unicode.Scalar(mark)), count: length)
        return .error(at: location, Message("fence.unclosed", ["fence": .text(fence)]),
                      hint: Message("fence.unclosed-hint", ["close": .text(close)]))
    }

    /// The line ends in at least `length` fence marks with only blanks or container marks
    /// (`>` of a quote) before them.
    static func closes(_ line: ArraySlice<UInt8>, mark: UInt8, length: Int) -> Bool {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        var start = end
        while start > line.startIndex, line[start - 1] == mark { start -= 1 }
        guard end - start >= length else { return false }
        return line[line.startIndex..<start].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ">") }
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
