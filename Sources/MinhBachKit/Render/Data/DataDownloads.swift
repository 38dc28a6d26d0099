import Formatting
import Foundation
import Spreadsheets

/// The data as files: per indicator a CSV safe to open in a spreadsheet, a workbook and a JSON
/// file; the whole as a Frictionless Data Package (`datapackage.json` beside the CSV files), one
/// workbook and one zip; and the data files the values cite (`DataDownloads+Files.swift`).
public struct DataDownloads: Sendable {
    let data: DataCatalog
    let siteTitle: String
    /// How the package describes an indicator with illustrative values, in the site's language.
    let illustrativeDescription: String
    /// The units registry's title in the package.
    let unitsTitle: String
    /// The site's language (`vi`, `en`): the name of the workbooks' definitions sheet.
    var language = "vi"

    static let csvFields: [(name: String, type: String)] = [
        ("indicator", "string"), ("unit", "string"), ("unit_name", "string"), ("period", "string"),
        ("value", "number"), ("status", "string"), ("illustrative", "boolean"), ("source", "string"),
        ("document", "string"), ("note", "string"), ("file", "string"), ("row", "integer"),
        ("grade", "string"), ("grade_name", "string"),
    ]

    /// Every observed or computed value of the indicator: the whole's, then each unit's.
    func rows(_ result: IndicatorResult) -> [(unit: String, point: SeriesPoint)] {
        var rows = result.whole.map { (result.wholeUnit?.code ?? "", $0) }
        for unit in result.units { rows += unit.series.map { (unit.code, $0) } }
        return rows
    }

    /// The rows of the indicator's CSV and of its sheet, typed: the header, then one row per value.
    func table(_ result: IndicatorResult) -> [[SheetCell]] {
        var table: [[SheetCell]] = [Self.csvFields.map { .text($0.name) }]
        let grades = result.indicator.definition.grades
        for (code, point) in rows(result) {
            let observation = point.observation
            // A grade is exported by its code and name, never by the number that orders it.
            let grade = grades?.grade(for: point.value)
            let unitName = data.units.unit(code)?.name(in: language) ?? ""
            let file = observation.map(data.citedFile) ?? ""
            table.append([
                .text(result.indicator.id), .text(code), .text(unitName),
                .text(point.period.description), grades == nil ? .number(point.value) : .empty,
                .text(Self.provenance(point).rawValue), .bool(point.illustrative),
                .text(observation?.source ?? ""), .text(observation?.document?.text ?? ""),
                .text(observation?.note ?? ""), .text(file),
                observation.map { .number(Double($0.location.line)) } ?? .empty,
                .text(grade?.code ?? ""), .text(grade?.name ?? ""),
            ])
        }
        return table
    }

    func csv(_ result: IndicatorResult) -> OutputFile {
        .csv(data.downloadPath(result.indicator.id, "csv"), Self.csvText(table(result)))
    }

    /// RFC 4180 with CRLF: text made safe to open in a spreadsheet, numbers plain (`30.58`).
    static func csvText(_ table: [[SheetCell]]) -> String {
        var text = ""
        for row in table {
            text += row.map { cell -> String in
                switch cell {
                case .text(let value): CSVField.safe(value)
                case .number(let value): NumberFormat.plain(value)
                case .bool(let value): value ? "true" : "false"
                case .empty: ""
                }
            }.joined(separator: ",") + "\r\n"
        }
        return text
    }

    /// How the value was made: read from a data file, made from the units' values, computed
    /// from another indicator's values, or written as the definition's baseline.
    static func originName(_ origin: SeriesPoint.Origin) -> String {
        switch origin {
        case .observed: "observed"
        case .aggregated: "aggregated"
        case .derived: "derived"
        case .baseline: "baseline"
        }
    }

    /// What the value is worth, in one of four words: the file's word for a value read from it;
    /// a value computed from others is `derived`, unless one of them is `illustrative`; a
    /// baseline written from the scheme's text is `official`.
    static func provenance(_ point: SeriesPoint) -> Observation.Status {
        if point.illustrative { return .illustrative }
        switch point.origin {
        case .observed(let observation): return observation.status
        case .aggregated, .derived: return .derived
        case .baseline: return .official
        }
    }

    func json(_ result: IndicatorResult) -> OutputFile {
        let definition = result.indicator.definition
        let grades = definition.grades
        func point(_ unit: String, _ point: SeriesPoint) -> [String: Any] {
            var values: [String: Any] = ["unit": unit, "period": point.period.description,
                                         "illustrative": point.illustrative, "origin": Self.originName(point.origin),
                                         "status": Self.provenance(point).rawValue]
            values.merge(Self.basis(point)) { a, _ in a }
            if let grades {
                if let grade = grades.grade(for: point.value) { values["grade"] = grade.code; values["grade_name"] = grade.name }
            } else {
                values["value"] = point.value
            }
            if let observation = point.observation {
                values["file"] = data.citedFile(observation)
                values["row"] = observation.location.line
                if let source = observation.source { values["source"] = source }
                if let note = observation.note { values["note"] = note }
                if let document = observation.document { values["document"] = document.text }
            }
            return values
        }
        func targetObject(_ target: ResolvedTarget) -> [String: Any] {
            var values: [String: Any] = ["period": target.period.description]
            if let grades, let grade = grades.grade(for: target.value) {
                values["grade"] = grade.code; values["grade_name"] = grade.name; values["meets"] = "at-least"
            } else {
                values["value"] = target.value
            }
            if let rate = target.changePerYear { values["change_per_year"] = rate }
            return values
        }
        var object: [String: Any] = [
            "id": result.indicator.id, "title": result.indicator.title, "measure": definition.measure.rawValue,
            "direction": definition.direction.rawValue, "decimals": definition.decimals,
            "aggregate": definition.aggregate.rawValue, "status": result.assessment.status.rawValue,
            "illustrative": result.illustrative,
            "series": result.whole.map { point(result.wholeUnit?.code ?? "", $0) },
            "targets": result.targets.map(targetObject),
            "units": result.units.map { unit -> [String: Any] in
                var values: [String: Any] = ["unit": unit.code, "status": unit.assessment.status.rawValue,
                                             "series": unit.series.map { point(unit.code, $0) }]
                if let target = unit.target { values["target"] = targetObject(target) }
                return values
            },
        ]
        if let grades {
            object["grades"] = grades.grades.map { grade -> [String: Any] in
                var values: [String: Any] = ["code": grade.code, "name": grade.name]
                if let name = grade.nameEn { values["name_en"] = name }
                if let min = grade.min { values["min"] = min }
                if let max = grade.max { values["max"] = max }
                return values
            }
        }
        if let unit = result.wholeUnit { object["unit"] = unit.code }
        if let baseline = result.baseline { object["baseline"] = baseline.description }
        if let asOf = result.asOf { object["as_of"] = asOf.description }
        if let ratio = result.assessment.ratio { object["growth_ratio"] = ratio }
        if let threshold = definition.threshold { object["threshold"] = threshold }
        if let (all, byKind) = comparisons(result) {
            object["ranking"] = all
            object["rankings_by_unit_kind"] = byKind
        }
        return OutputFile(path: data.downloadPath(result.indicator.id, "json"), bytes: JSONWriter.bytes(object))
    }

    /// The Data Package: one resource per indicator and one for the units registry.
    func package() -> [OutputFile] {
        var resources: [[String: Any]] = []
        let schema: [String: Any] = ["fields": Self.csvFields.map { ["name": $0.name, "type": $0.type] }]
        for indicator in data.indicators {
            guard let result = data.result(indicator.id) else { continue }
            resources.append([
                "name": indicator.id, "path": indicator.id + ".csv", "title": indicator.title, "profile": "tabular-data-resource",
                "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "schema": schema,
                "description": result.illustrative ? illustrativeDescription : indicator.page.description ?? indicator.title,
            ])
        }
        var files: [OutputFile] = []
        if let units = data.unitsFile {
            let header = LineEndings.normalized(units.text ?? "").split(separator: "\n").first.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } } ?? []
            resources.append([
                "name": "don-vi", "path": "don-vi.csv", "title": unitsTitle, "profile": "tabular-data-resource",
                "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                "schema": ["fields": header.map { ["name": String($0.drop { $0 == "\u{FEFF}" }), "type": "string"] }],
            ])
            files.append(.csv(data.unitsDownloadPath, Self.safeTable(units.text ?? "")))
        }
        let package: [String: Any] = [
            "name": Slug.make(siteTitle).isEmpty ? "minhbach" : Slug.make(siteTitle), "title": siteTitle,
            "profile": "tabular-data-package", "resources": resources,
        ]
        files.append(OutputFile(path: data.packagePath, bytes: JSONWriter.bytes(package)))
        return files
    }

    /// The units registry, re-written with every cell made safe.
    static func safeTable(_ text: String) -> String {
        let (table, _) = CSVReader().read(text)
        return table.rows.map { $0.map(CSVField.safe).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}
