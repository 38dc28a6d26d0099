import Diagnostics
import Parallel

/// One value of one indicator for one unit and period, with where it came from.
public struct Observation: Sendable {
    /// Where the value comes from, in the words the downloads export.
    public enum Status: String, Sendable, CaseIterable {
        /// Published by the body responsible for it.
        case official
        /// An estimate (ước tính), or a preliminary figure (sơ bộ) awaiting the official one.
        case estimate
        /// Computed from other figures; the row's `note` gives the rule ("34,90 = 30,58 + 4,32").
        case derived
        /// Generated for the demo, not measured: every value of a file declared `illustrative`.
        case illustrative
        public var stringKey: String { "value_status_" + rawValue }
        /// The other names a file may write: Vietnamese, and `provisional`, read as an estimate.
        static let aliases: [String: Status] = [
            "provisional": .estimate, "chinh-thuc": .official, "so-bo": .estimate, "uoc-tinh": .estimate,
            "suy-ra": .derived, "tinh-toan": .derived, "minh-hoa": .illustrative,
        ]
        static func named(_ text: String) -> Status? { Status(rawValue: text) ?? aliases[text] ?? aliases[Slug.make(text)] }
    }

    public var indicator: String
    public var unit: String
    public var period: ReportingPeriod
    public var value: Double
    public var note: String?
    public var source: String?
    /// A document of the site (id or number, optionally `#section`), as written.
    public var document: LocatedText?
    public var status: Status
    /// Generated for the demo, not measured: every page that shows it says so.
    public var illustrative: Bool
    /// The value's cell: file, row and column, for diagnostics.
    public var location: SourceLocation
    /// The file as the site names it where it shows where a value comes from: its path inside
    /// the content folder (`so-lieu/x.csv`), whatever `--content` said; its row is `location.line`.
    public var file: String
}

/// How a data file writes its numbers and what it holds: `so-lieu/x.yml` beside `so-lieu/x.csv`.
struct DataFileDeclaration {
    enum Layout: String, CaseIterable { case tidy, wide }

    var delimiter: Character = ","
    var notation = NumberNotation.vietnamese
    var layout = Layout.tidy
    var illustrative = false
    var source: String?
    var document: LocatedText?
    /// `visibility: internal`: the whole file is left out of the public build.
    var visibility = Visibility.public

    static let keys = ["delimiter", "decimal", "thousands", "layout", "illustrative", "source", "document", "title", "description",
                       Visibility.key]

    static func read(_ file: SourceFile, diagnostics: inout Diagnostics) -> DataFileDeclaration? {
        guard let text = file.text(diagnostics: &diagnostics) else { return nil }
        var fields = YAMLFields(yaml: text, path: file.displayPath, firstLine: 1)
        var declaration = DataFileDeclaration()
        if let delimiter = fields.string("delimiter") {
            if delimiter == "," || delimiter == ";" { declaration.delimiter = Character(delimiter) } else {
                fields.reportInvalid("delimiter", Message("indicators.bad-delimiter", ["value": .text(delimiter)]))
            }
        }
        let decimal = fields.string("decimal", required: true)
        let thousands = fields.string("thousands", required: true)
        if let decimal {
            if decimal == "," || decimal == "." { declaration.notation.decimal = Character(decimal) } else {
                fields.reportInvalid("decimal", Message("indicators.bad-decimal-mark", ["value": .text(decimal)]))
            }
        }
        if let thousands {
            switch thousands {
            case ".", ",", " ": declaration.notation.thousands = Character(thousands)
            case "none", "": declaration.notation.thousands = nil
            default: fields.reportInvalid("thousands", Message("indicators.bad-thousands", ["value": .text(thousands)]))
            }
            if declaration.notation.thousands == declaration.notation.decimal {
                fields.reportInvalid("thousands", Message("indicators.thousands-same-as-decimal"))
            }
        }
        if let layout = fields.string("layout") {
            if let value = Layout(rawValue: layout) { declaration.layout = value } else {
                fields.reportInvalid("layout", Message("indicators.bad-layout", ["value": .text(layout)]))
            }
        }
        declaration.illustrative = fields.bool("illustrative") ?? false
        declaration.source = fields.string("source")
        declaration.document = fields.located("document")
        declaration.visibility = Visibility.decode(&fields)
        _ = fields.string("title"); _ = fields.string("description")
        fields.reportUnknownKeys(known: keys)
        diagnostics.append(contentsOf: fields.diagnostics)
        return fields.diagnostics.hasErrors ? nil : declaration
    }
}

/// Reads the observation files of the data folder: every problem of every file, at its cell.
struct ObservationReader: Sendable {
    let folder: String
    /// In the public build, internal files and rows are left out as they are read.
    var audience = Audience.public
    /// Indicators whose page this build leaves out: their values go with them, unsaid.
    var withheldIndicators: Set<String> = []

    static let optionalColumns = ["note", "source", "document", "status", Visibility.key]

    /// A row's value as written, before it is checked against its indicator and unit.
    struct Cell: Sendable {
        var indicator: String, indicatorLocation: SourceLocation
        var unit: String, unitLocation: SourceLocation
        var period: ReportingPeriod, periodLocation: SourceLocation
        var value: String, valueLocation: SourceLocation
        var notation: NumberNotation
        var note: String?, source: String?, document: LocatedText?
        var status: Observation.Status
        var illustrative: Bool
        /// The file's path inside the content folder.
        var file: String
    }

    /// Every value cell of the folder's files that this build shows, file by file in file order,
    /// each file's in row order, and what was left out. Not joined into one list: that copy was
    /// the largest thing a 10,000-page build held while it made its catalogs.
    func read(_ files: [SourceFile], diagnostics: inout Diagnostics) -> (cells: [[Cell]], withheld: WithheldData) {
        let inFolder = files.filter { $0.relativePath.hasPrefix(folder + "/") }
        let declarations = Dictionary(inFolder.filter { $0.relativePath.hasSuffix(".yml") }.map { ($0.relativePath, $0) },
                                      uniquingKeysWith: { a, _ in a })
        // Each file on its own core; cells and problems are joined in file order.
        let perFile = inFolder.filter { $0.relativePath.hasSuffix(".csv") }.parallelMap { file -> ([Cell], WithheldData, Diagnostics) in
            var diagnostics = Diagnostics()
            var withheld = WithheldData()
            let declarationPath = String(file.relativePath.dropLast(4)) + ".yml"
            guard let declarationFile = declarations[declarationPath] else {
                diagnostics.error(at: SourceLocation(path: file.displayPath, line: 1, column: 1),
                                  Message("indicators.data-file-without-declaration", ["declaration": .text(declarationPath)]),
                                  hint: Message("indicators.data-file-without-declaration-hint"))
                return ([], withheld, diagnostics)
            }
            guard let declaration = DataFileDeclaration.read(declarationFile, diagnostics: &diagnostics) else {
                return ([], withheld, diagnostics)
            }
            let cells = read(file, declaration, withheld: &withheld, diagnostics: &diagnostics)
            return (cells, withheld, diagnostics)
        }
        var cells: [[Cell]] = []
        var withheld = WithheldData()
        for (fileCells, left, problems) in perFile {
            cells.append(fileCells)
            withheld.merge(left)
            diagnostics.append(contentsOf: problems)
        }
        for (path, file) in declarations.sorted(by: { $0.key < $1.key })
        where !inFolder.contains(where: { $0.relativePath == String(path.dropLast(4)) + ".csv" }) {
            diagnostics.error(at: SourceLocation(path: file.displayPath, line: 1, column: 1),
                              Message("indicators.declaration-without-data-file", ["file": .text(String(path.dropLast(4)) + ".csv")]))
        }
        return (cells, withheld)
    }

    private func read(_ file: SourceFile, _ declaration: DataFileDeclaration, withheld: inout WithheldData,
                      diagnostics: inout Diagnostics) -> [Cell] {
        let tidy = declaration.layout == .tidy
        let fixed = ["indicator", "unit"] + (tidy ? ["period", "value"] : []) + Self.optionalColumns
        guard let table = CSVFile.read(file, delimiter: declaration.delimiter, columns: tidy ? fixed : nil,
                                       required: tidy ? ["indicator", "unit", "period", "value"] : ["indicator", "unit"],
                                       declaration: String(file.relativePath.dropLast(4)) + ".yml",
                                       diagnostics: &diagnostics) else { return [] }
        if !tidy {
            for (index, column) in table.header.enumerated() where !fixed.contains(column) && ReportingPeriod(column) == nil {
                diagnostics.error(at: SourceLocation(path: file.displayPath, line: table.rows.first.map { $0.line - 1 } ?? 1, column: index + 1),
                                  Message("indicators.column-not-a-period", ["column": .text(column), "columns": .text(fixed.joined(separator: ", "))]),
                                  hint: ReportingPeriod.hintMessage)
            }
        }
        var observations: [Cell] = []
        if !declaration.visibility.isShown(to: audience) { withheld.leaveOut(file: file.relativePath, .whole) }
        for row in table.rows {
            // Read in every build, so that a wrong cell fails the internal build and the public one alike.
            let visibility = Visibility.read(row, fallback: declaration.visibility, diagnostics: &diagnostics)
            let indicator = row["indicator"] ?? ""
            if withheldIndicators.contains(indicator) {
                // Unsaid on pages, but the file is no longer all public: it is not copied as it is.
                if declaration.visibility.isShown(to: audience) { withheld.leaveOut(file: file.relativePath, .someRows) }
                continue
            }
            // A row of an internal file is internal whatever its own cell says.
            if !visibility.isShown(to: audience) || !declaration.visibility.isShown(to: audience) {
                let periods = tidy ? [row["period"] ?? ""] : row.ordered.filter { ReportingPeriod($0.column) != nil && !$0.value.isEmpty }.map(\.column)
                withheld.leaveOut(indicator: indicator, unit: row["unit"] ?? "", periods: periods.compactMap(ReportingPeriod.init))
                if declaration.visibility.isShown(to: audience) { withheld.leaveOut(file: file.relativePath, .someRows) }
                continue
            }
            var status = Observation.Status.official
            if let text = row["status"], !text.isEmpty {
                if let value = Observation.Status.named(text) { status = value } else {
                    diagnostics.error(at: row.location("status"), Message("indicators.unknown-status", ["status": .text(text)]),
                                      hint: Message("indicators.unknown-status-hint"))
                }
            }
            // A derived value shows the rule it comes from: without one a reader cannot check it.
            if status == .derived, (row["note"] ?? "").isEmpty {
                diagnostics.error(at: row.location("status"), Message("indicators.derived-needs-note"),
                                  hint: Message("indicators.derived-needs-note-hint"))
            }
            // Generated values are illustrative whatever the row says.
            if declaration.illustrative { status = .illustrative }
            let document = row["document"].flatMap { $0.isEmpty ? nil : LocatedText(text: $0, location: row.location("document")) }
                ?? declaration.document
            let cells: [(period: String, periodLocation: SourceLocation, value: String, valueLocation: SourceLocation)] = tidy
                ? [(row["period"] ?? "", row.location("period"), row["value"] ?? "", row.location("value"))]
                : row.ordered.filter { ReportingPeriod($0.column) != nil }.map {
                    ($0.column, row.location($0.column), $0.value, row.location($0.column))
                }
            for cell in cells {
                guard let period = ReportingPeriod(cell.period) else {
                    diagnostics.error(at: cell.periodLocation, Message("indicators.not-a-period", ["value": .text(cell.period)]),
                                      hint: ReportingPeriod.hintMessage)
                    continue
                }
                guard !cell.value.isEmpty else { continue }   // missing, which is not zero
                observations.append(Cell(
                    indicator: row["indicator"] ?? "", indicatorLocation: row.location("indicator"),
                    unit: row["unit"] ?? "", unitLocation: row.location("unit"),
                    period: period, periodLocation: cell.periodLocation,
                    value: cell.value, valueLocation: cell.valueLocation, notation: declaration.notation,
                    note: row["note"].flatMap { $0.isEmpty ? nil : $0 },
                    source: row["source"].flatMap { $0.isEmpty ? nil : $0 } ?? declaration.source,
                    document: document, status: status, illustrative: declaration.illustrative, file: file.relativePath))
            }
        }
        return observations
    }
}
