import Diagnostics

/// A strict CSV reader (RFC 4180): UTF-8 with or without a byte-order mark, a declared delimiter
/// (`,` or `;`), double-quoted fields with `""` for a quote, LF or CRLF line ends. Unlike the
/// common libraries it never guesses and never swallows the rest of a file: an unclosed quote, a
/// stray quote, text after a closing quote or a row of the wrong width is a problem at its place.
public struct CSVReader: Sendable {
    public var delimiter: Character

    public init(delimiter: Character = ",") { self.delimiter = delimiter }

    public struct Table: Sendable, Equatable {
        public var rows: [[String]]
        /// The line on which each row starts (1-based): a quoted field may span lines.
        public var rowLines: [Int]
    }

    /// A problem at a row's line and a 1-based field number, plus the character column in that
    /// line for callers whose CSV sits inside another file.
    public struct Problem: Sendable, Equatable, Error {
        public var line: Int
        public var field: Int
        public var column: Int
        public var text: Message
        public var hintText: Message?
        /// The header splits into more columns with this other delimiter (and one with the
        /// declared one): the only problem, so that the caller can say where to declare it.
        public var betterDelimiter: Character?

        init(line: Int, field: Int, column: Int, text: Message, hintText: Message?, betterDelimiter: Character? = nil) {
            self.line = line
            self.field = field
            self.column = column
            self.text = text
            self.hintText = hintText
            self.betterDelimiter = betterDelimiter
        }

        /// In English, for callers and tests that compare words.
        public var message: String { text.text(in: .en) }
        public var hint: String? { hintText?.text(in: .en) }
    }

    public func read(_ text: String) -> (table: Table, problems: [Problem]) {
        var characters = Array(text)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        if let problem = delimiterProblem(characters) {
            return (Table(rows: [], rowLines: []), [problem])
        }
        var rows: [[String]] = []
        var rowLines: [Int] = []
        var problems: [Problem] = []

        var row: [String] = []
        var field = ""
        var line = 1, column = 1
        var rowLine = 1
        var index = 0
        var fieldIsEmptyRow = true

        func endRow() {
            rows.append(row)
            rowLines.append(rowLine)
            row = []
        }

        while index < characters.count {
            let fieldColumn = column
            let fieldNumber = row.count + 1
            fieldIsEmptyRow = true
            if characters[index] == "\"" {
                // Quoted field.
                let openLine = line
                index += 1; column += 1
                var closed = false
                while index < characters.count {
                    let c = characters[index]
                    if c == "\"" {
                        if index + 1 < characters.count, characters[index + 1] == "\"" {
                            field.append("\""); index += 2; column += 2
                            continue
                        }
                        index += 1; column += 1
                        closed = true
                        break
                    }
                    field.append(c)
                    if c == "\n" || c == "\r\n" { line += 1; column = 1 } else { column += 1 }
                    index += 1
                }
                if !closed {
                    problems.append(Problem(
                        line: openLine, field: fieldNumber, column: fieldColumn,
                        text: Message("csv.unclosed-quote"), hintText: Message("csv.unclosed-quote-hint")))
                    return (Table(rows: rows, rowLines: rowLines), problems)
                }
                if index < characters.count, characters[index] != delimiter, !isLineEnd(characters[index]) {
                    problems.append(Problem(
                        line: line, field: fieldNumber, column: column,
                        text: Message("csv.text-after-quote", ["field": .count(fieldNumber)]),
                        hintText: Message("csv.text-after-quote-hint")))
                    while index < characters.count, characters[index] != delimiter, !isLineEnd(characters[index]) {
                        index += 1; column += 1
                    }
                }
                fieldIsEmptyRow = false
            } else {
                while index < characters.count, characters[index] != delimiter, !isLineEnd(characters[index]) {
                    if characters[index] == "\"" {
                        problems.append(Problem(
                            line: line, field: fieldNumber, column: column,
                            text: Message("csv.quote-in-unquoted-field"), hintText: Message("csv.quote-hint")))
                    }
                    field.append(characters[index])
                    index += 1; column += 1
                }
                fieldIsEmptyRow = field.isEmpty && row.isEmpty
            }
            row.append(field)
            field = ""
            if index < characters.count, characters[index] == delimiter {
                index += 1; column += 1
                if index == characters.count { row.append(""); endRow() }
                continue
            }
            // End of line or of text.
            if fieldIsEmptyRow {
                row = []   // a blank line
            } else {
                endRow()
            }
            if index < characters.count {
                index += 1
                line += 1; column = 1
            }
            rowLine = line
        }

        if let header = rows.first {
            let width = header.count
            for (offset, cells) in rows.enumerated() where cells.count != width {
                problems.append(cells.count > width
                    ? Problem(line: rowLines[offset], field: width + 1, column: 1,
                              text: Message("csv.too-many-fields", ["count": .count(cells.count), "width": .count(width)]),
                              hintText: Message("csv.too-many-fields-hint", ["delimiter": .text(String(delimiter))]))
                    : shortRow(cells, header: header, line: rowLines[offset]))
            }
        }
        return (Table(rows: rows, rowLines: rowLines), problems)
    }

    /// A row with fewer fields than the header: which columns it lacks, by name.
    private func shortRow(_ cells: [String], header: [String], line: Int) -> Problem {
        let missing = header.dropFirst(cells.count).map { "'\($0)'" }.joined(separator: ", ")
        // The row's own cells as letters, then the empty ones: "a,b,c,," for 3 of 5.
        let letters = "abcdefghijklmnopqrstuvwxyz".prefix(cells.count).map(String.init)
        let example = letters.joined(separator: String(delimiter)) + String(repeating: delimiter, count: header.count - letters.count)
        return Problem(
            line: line, field: cells.count + 1, column: 1,
            text: Message("csv.too-few-fields", ["count": .count(cells.count), "width": .count(header.count), "missing": .text(missing)]),
            hintText: Message("csv.too-few-fields-hint", ["delimiter": .text(String(delimiter)), "example": .text(example)]))
    }

    /// A file saved with the other delimiter (Excel writes ';' where the decimal mark is ','):
    /// its header is one column with the declared delimiter and several with the other. Said
    /// once, at the header, instead of a problem in every row.
    private func delimiterProblem(_ characters: [Character]) -> Problem? {
        let other: Character = delimiter == ";" ? "," : ";"
        guard delimiter == "," || delimiter == ";" else { return nil }
        var declared = 1, others = 1, quoted = false
        for character in characters {
            if isLineEnd(character), !quoted { break }
            if character == "\"" { quoted.toggle() }
            if !quoted, character == delimiter { declared += 1 }
            if !quoted, character == other { others += 1 }
        }
        guard declared == 1, others > 1 else { return nil }
        return Problem(
            line: 1, field: 1, column: 1,
            text: Message("csv.wrong-delimiter", ["count": .count(others), "other": .text(String(other)),
                                                  "delimiter": .text(String(delimiter))]),
            hintText: Message("csv.wrong-delimiter-fixed-hint", ["delimiter": .text(String(delimiter))]),
            betterDelimiter: other)
    }

    private func isLineEnd(_ c: Character) -> Bool { c == "\n" || c == "\r\n" || c == "\r" }
}
