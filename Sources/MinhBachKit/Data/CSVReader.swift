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
        public var message: String
        public var hint: String?
    }

    public func read(_ text: String) -> (table: Table, problems: [Problem]) {
        var characters = Array(text)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
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
                        message: "unclosed quote: the field that starts here never ends",
                        hint: "close the field with \" or write a quote inside a field as \"\""))
                    return (Table(rows: rows, rowLines: rowLines), problems)
                }
                if index < characters.count, characters[index] != delimiter, !isLineEnd(characters[index]) {
                    problems.append(Problem(
                        line: line, field: fieldNumber, column: column,
                        message: "unexpected text after the closing quote of field \(fieldNumber)",
                        hint: "put the whole field inside the quotes"))
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
                            message: "a quote inside an unquoted field",
                            hint: "quote the whole field and double the inner quote: \"a \"\"b\"\" c\""))
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

        if let width = rows.first?.count {
            for (offset, cells) in rows.enumerated() where cells.count != width {
                problems.append(Problem(
                    line: rowLines[offset], field: min(cells.count, width) + 1, column: 1,
                    message: "row has \(cells.count) field\(cells.count == 1 ? "" : "s"), the header has \(width)",
                    hint: cells.count > width ? "a field that contains '\(delimiter)' must be quoted" : nil))
            }
        }
        return (Table(rows: rows, rowLines: rowLines), problems)
    }

    private func isLineEnd(_ c: Character) -> Bool { c == "\n" || c == "\r\n" || c == "\r" }
}
