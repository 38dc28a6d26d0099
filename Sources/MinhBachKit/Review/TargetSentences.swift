import Diagnostics
import Formatting

/// The target sentences of a document section and which of them no indicator quotes.
///
/// A sentence is a clause of the section's text: each line (list markers, quote markers and
/// headings aside) is cut at `;` and at a full stop followed by a space. A clause *states a
/// target* when it holds a figure: a number other than a year (`100%`, `02 mô hình`, `top 5`,
/// `60 triệu đồng`; not `năm 2025`). The words indicators quote are taken out of each clause;
/// what is left, in pieces between the quotes, is a target no indicator quotes when a piece
/// still holds a figure.
enum TargetSentences {
    struct Sentence: Equatable {
        var text: String
        var location: SourceLocation
    }

    static func unquoted(in page: ParsedPage, under heading: HeadingEntry, quotes: [String]) -> [Sentence] {
        let lines = LineEndings.normalized(page.text ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let next = heading.sectionEnd(among: page.headings)
        let end = min(lines.count, (next?.location.line ?? lines.count + 1) - 1)
        // A heading's own line is its title; a numbered paragraph's is the first of its text.
        let first = heading.isParagraph ? heading.location.line : heading.location.line + 1
        guard first <= end else { return [] }
        let wanted = quotes.map(normalised).filter { !$0.isEmpty }
        var found: [Sentence] = []
        for number in first...end {
            let line = lines[number - 1]
            guard let start = contentStart(of: line) else { continue }
            for clause in clauses(of: line, from: start) {
                for piece in unquotedPieces(of: line, clause, quotes: wanted) where holdsFigure(String(line[piece])) {
                    let column = line.distance(from: line.startIndex, to: piece.lowerBound) + 1
                    found.append(Sentence(text: String(line[piece]),
                                          location: SourceLocation(path: page.source.displayPath, line: number, column: column)))
                }
            }
        }
        return found
    }

    /// Where the words of a line start, after list and quote markers; nil for a heading or a
    /// blank line.
    static func contentStart(of line: String) -> String.Index? {
        var index = line.startIndex
        func skipSpaces() { while index < line.endIndex, line[index] == " " || line[index] == "\t" { index = line.index(after: index) } }
        skipSpaces()
        guard index < line.endIndex, line[index] != "#" else { return nil }
        while index < line.endIndex {
            if line[index] == ">" || ((line[index] == "-" || line[index] == "*" || line[index] == "+")
                && line.index(after: index) < line.endIndex && line[line.index(after: index)] == " ") {
                index = line.index(after: index)
                skipSpaces()
                continue
            }
            // An ordered list marker: digits then `.` or `)` and a space.
            var digits = index
            while digits < line.endIndex, line[digits].isASCII, line[digits].isNumber { digits = line.index(after: digits) }
            if digits > index, digits < line.endIndex, line[digits] == "." || line[digits] == ")",
               line.index(after: digits) < line.endIndex, line[line.index(after: digits)] == " " {
                index = line.index(after: digits)
                skipSpaces()
                continue
            }
            break
        }
        return index < line.endIndex ? index : nil
    }

    /// The clauses of a line from `start`: cut at `;` and at a full stop before a space or the
    /// end, each without the spaces around it.
    static func clauses(of line: String, from start: String.Index) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var clauseStart = start
        var index = start
        func close(at end: String.Index) {
            var lower = clauseStart, upper = end
            while lower < upper, line[lower].isWhitespace { lower = line.index(after: lower) }
            while upper > lower, line[line.index(before: upper)].isWhitespace { upper = line.index(before: upper) }
            if lower < upper { result.append(lower..<upper) }
        }
        while index < line.endIndex {
            let next = line.index(after: index)
            if line[index] == ";" || (line[index] == "." && (next == line.endIndex || line[next].isWhitespace)) {
                close(at: index)
                clauseStart = next
            }
            index = next
        }
        close(at: line.endIndex)
        return result
    }

    /// The parts of a clause outside every quote, each without spaces and commas at its ends.
    static func unquotedPieces(of line: String, _ clause: Range<String.Index>, quotes: [String]) -> [Range<String.Index>] {
        let text = String(line[clause])
        let plain = normalised(text)
        // A clause that lies inside a quote is quoted whole.
        if quotes.contains(where: { $0.contains(plain) }) { return [] }
        var covered: [Range<String.Index>] = []
        for quote in quotes {
            var from = clause.lowerBound
            while from < clause.upperBound, let range = line.range(of: quote, range: from..<clause.upperBound) {
                covered.append(range)
                from = range.upperBound
            }
        }
        covered.sort { $0.lowerBound < $1.lowerBound }
        var pieces: [Range<String.Index>] = []
        var cursor = clause.lowerBound
        for range in covered where range.lowerBound >= cursor {
            pieces.append(cursor..<range.lowerBound)
            cursor = range.upperBound
        }
        if cursor < clause.upperBound { pieces.append(cursor..<clause.upperBound) }
        return pieces.compactMap { piece in
            var lower = piece.lowerBound, upper = piece.upperBound
            let edge: (Character) -> Bool = { $0.isWhitespace || $0 == "," || $0 == ":" }
            while lower < upper, edge(line[lower]) { lower = line.index(after: lower) }
            while upper > lower, edge(line[line.index(before: upper)]) { upper = line.index(before: upper) }
            return lower < upper ? lower..<upper : nil
        }
    }

    /// Holds a number other than a year: a run of digits (with `,` or `.` inside) that is not
    /// four digits from 1900 to 2100.
    static func holdsFigure(_ text: String) -> Bool {
        var runs: [String] = []
        var current = ""
        var previous: Character = " "
        for character in text {
            if character.isASCII, character.isNumber {
                current.append(character)
            } else if (character == "," || character == "."), !current.isEmpty, previous.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                runs.append(current)
                current = ""
            }
            previous = character
        }
        if !current.isEmpty { runs.append(current) }
        return runs.contains { written in
            var run = Substring(written)
            while let last = run.last, last == "," || last == "." { run = run.dropLast() }
            let digits = run.filter(\.isNumber)
            guard !digits.isEmpty else { return false }
            if digits.count == 4, digits == String(run), let year = Int(digits), (1900...2100).contains(year) { return false }
            return true
        }
    }

    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// At most 80 characters, cut at a space, with "…".
    static func shortened(_ text: String) -> String {
        guard text.count > 80 else { return text }
        let cut = text.prefix(80)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }
}
