import Diagnostics
import Foundation

/// Recognises a MyST directive in a fenced code block: info string `{name} argument`, then
/// `:key: value` lines, then the body. Only syntax: which names and options exist is the site's call.
enum DirectiveSyntax {
    static func directive(from code: CodeBlock, fenceLine: Int, fenceColumn: Int, depth: Int, map: SourceMap) -> Directive? {
        let info = code.info.trimmingCharacters(in: .whitespaces)
        guard info.hasPrefix("{"), let close = info.firstIndex(of: "}") else { return nil }
        let name = String(info[info.index(after: info.startIndex)..<close])
        guard isName(name) else { return nil }
        let argument = info[info.index(after: close)...].trimmingCharacters(in: .whitespaces)

        var bodyLines = code.literal.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if bodyLines.last == "" { bodyLines.removeLast() }
        var options: [Directive.Option] = []
        var consumed = 0
        for line in bodyLines {
            guard let (key, value, valueOffset) = option(line) else { break }
            let local = fenceLine + 1 + consumed
            options.append(Directive.Option(
                key: key, value: value,
                location: map.location(line: local, column: fenceColumn),
                valueLocation: map.location(line: local, column: fenceColumn + valueOffset)))
            consumed += 1
        }
        // One blank line may separate the options from the body.
        if consumed > 0, consumed < bodyLines.count, bodyLines[consumed].allSatisfy(\.isWhitespace) {
            consumed += 1
        }
        let body = bodyLines.dropFirst(consumed).joined(separator: "\n")
        return Directive(
            name: name, argument: argument, options: options, body: body,
            location: code.location,
            bodyLocation: map.location(line: fenceLine + 1 + consumed, column: fenceColumn),
            depth: depth)
    }

    /// `:key: value` → key, value, and the character offset of the value in the line.
    static func option(_ line: String) -> (String, String, Int)? {
        guard line.hasPrefix(":") else { return nil }
        let rest = line.dropFirst()
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let key = String(rest[..<colon])
        guard isName(key) else { return nil }
        let afterKey = rest[rest.index(after: colon)...]
        guard afterKey.isEmpty || afterKey.first!.isWhitespace else { return nil }
        let leading = afterKey.prefix { $0.isWhitespace }.count
        let value = afterKey.trimmingCharacters(in: .whitespaces)
        return (key, value, key.count + 2 + leading)
    }

    static func isName(_ text: some StringProtocol) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}
