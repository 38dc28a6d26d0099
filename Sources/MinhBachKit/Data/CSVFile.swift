import Diagnostics

/// A CSV file with a header row, read strictly: its rows by column name, each cell with the
/// place it came from (`file:line:field`), so that every problem is reported where it is.
struct CSVFile {
    struct Row {
        var cells: [String: String]
        /// Field number of each column.
        var fields: [String: Int]
        var line: Int
        var path: String
        /// All cells in order, for layouts whose columns are not known in advance (wide data).
        var ordered: [(column: String, value: String)]

        subscript(column: String) -> String? { cells[column] }

        func location(_ column: String) -> SourceLocation {
            SourceLocation(path: path, line: line, column: fields[column] ?? 1)
        }
    }

    var header: [String]
    var rows: [Row]
    var path: String

    /// nil when the file cannot be read as a table; `columns` nil accepts any column.
    /// `declaration`: the `.yml` that declares the file's delimiter, if it may (a data file).
    static func read(_ file: SourceFile, delimiter: Character, columns: [String]?, required: [String], declaration: String? = nil,
                     diagnostics: inout Diagnostics) -> CSVFile? {
        let start = SourceLocation(path: file.displayPath, line: 1, column: 1)
        guard let text = file.text(diagnostics: &diagnostics) else { return nil }
        let (table, problems) = CSVReader(delimiter: delimiter).read(text)
        for problem in problems {
            var hint = problem.hintText
            if let other = problem.betterDelimiter, let declaration {
                hint = Message("csv.wrong-delimiter-declaration-hint", ["other": .text(String(other)), "declaration": .text(declaration)])
            }
            diagnostics.error(at: SourceLocation(path: file.displayPath, line: problem.line, column: problem.field),
                              problem.text, hint: hint)
        }
        guard problems.isEmpty else { return nil }
        guard let header = table.rows.first else {
            diagnostics.error(at: start, Message("csv.empty-file"), hint: Message("csv.empty-file-hint"))
            return nil
        }
        var ok = true
        // A set, not a search of the columns before: a header can have a million columns.
        var named: Set<String> = []
        for (index, name) in header.enumerated() {
            if let columns, !columns.contains(name) {
                diagnostics.error(at: SourceLocation(path: file.displayPath, line: table.rowLines[0], column: index + 1),
                                  Message("csv.unknown-column", ["name": .text(name)]),
                                  hint: Suggestion.message(for: name, among: columns)
                                      ?? Message("csv.columns", ["columns": .text(columns.joined(separator: ", "))]))
                ok = false
            }
            if !named.insert(name).inserted {
                diagnostics.error(at: SourceLocation(path: file.displayPath, line: table.rowLines[0], column: index + 1),
                                  Message("csv.column-twice", ["name": .text(name)]))
                ok = false
            }
        }
        for name in required where !header.contains(name) {
            diagnostics.error(at: SourceLocation(path: file.displayPath, line: table.rowLines[0], column: 1),
                              Message("csv.missing-column", ["name": .text(name)]),
                              hint: Message("csv.missing-column-hint", ["columns": .text(required.joined(separator: ", "))]))
            ok = false
        }
        guard ok else { return nil }
        let fields = Dictionary(header.enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { a, _ in a })
        let rows = zip(table.rows.dropFirst(), table.rowLines.dropFirst()).map { cells, line in
            let trimmed = cells.map(Self.trimmed)
            return Row(cells: Dictionary(zip(header, trimmed).map { ($0, $1) }, uniquingKeysWith: { a, _ in a }),
                       fields: fields, line: line, path: file.displayPath,
                       ordered: Array(zip(header, trimmed)).map { (column: $0, value: $1) })
        }
        return CSVFile(header: header, rows: rows, path: file.displayPath)
    }

    /// The cell without spaces around it (tabs and Unicode space separators, as Foundation's
    /// `.whitespaces`); Foundation only for the few cells that have any, since a data file can
    /// hold hundreds of thousands of cells.
    static func trimmed(_ cell: String) -> String {
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
        guard let first = cell.unicodeScalars.first, let last = cell.unicodeScalars.last, isSpace(first) || isSpace(last)
        else { return cell }
        return cell.trimmingCharacters(in: .whitespaces)
    }
}
