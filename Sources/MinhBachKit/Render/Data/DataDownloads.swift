import Formatting
import Foundation

/// The data as files: per indicator a CSV safe to open in a spreadsheet and a JSON file, and the
/// whole as a Frictionless Data Package (`datapackage.json` beside the CSV files).
public struct DataDownloads: Sendable {
    let data: DataCatalog
    let siteTitle: String
    /// How the package describes an indicator with illustrative values, in the site's language.
    let illustrativeDescription: String
    /// The units registry's title in the package.
    let unitsTitle: String

    static let csvFields: [(name: String, type: String)] = [
        ("indicator", "string"), ("unit", "string"), ("unit_name", "string"), ("period", "string"),
        ("value", "number"), ("status", "string"), ("illustrative", "boolean"), ("source", "string"),
        ("document", "string"), ("note", "string"), ("file", "string"), ("row", "integer"),
    ]

    /// Every observed or computed value of the indicator: the whole's, then each unit's.
    func rows(_ result: IndicatorResult) -> [(unit: String, point: SeriesPoint)] {
        var rows = result.whole.map { (result.wholeUnit?.code ?? "", $0) }
        for unit in result.units { rows += unit.series.map { (unit.code, $0) } }
        return rows
    }

    func csv(_ result: IndicatorResult) -> OutputFile {
        var text = Self.csvFields.map(\.name).joined(separator: ",") + "\r\n"
        for (code, point) in rows(result) {
            let observation = point.observation
            let cells: [String] = [
                CSVField.safe(result.indicator.id), CSVField.safe(code), CSVField.safe(data.units.unit(code)?.name ?? ""),
                CSVField.safe(point.period.description), NumberFormat.plain(point.value),
                CSVField.safe(observation?.status.rawValue ?? Self.originName(point.origin)),
                point.illustrative ? "true" : "false",
                CSVField.safe(observation?.source ?? ""), CSVField.safe(observation?.document?.text ?? ""),
                CSVField.safe(observation?.note ?? ""), CSVField.safe(observation?.file ?? ""),
                observation.map { String($0.location.line) } ?? "",
            ]
            text += cells.joined(separator: ",") + "\r\n"
        }
        return OutputFile(path: data.downloadPath(result.indicator.id, "csv"), text: text)
    }

    static func originName(_ origin: SeriesPoint.Origin) -> String {
        switch origin {
        case .observed: "official"
        case .aggregated: "aggregated"
        case .derived: "derived"
        case .baseline: "baseline"
        }
    }

    func json(_ result: IndicatorResult) -> OutputFile {
        let definition = result.indicator.definition
        func point(_ unit: String, _ point: SeriesPoint) -> [String: Any] {
            var values: [String: Any] = ["unit": unit, "period": point.period.description, "value": point.value,
                                         "illustrative": point.illustrative, "origin": Self.originName(point.origin)]
            values.merge(Self.basis(point)) { a, _ in a }
            if let observation = point.observation {
                values["file"] = observation.file
                values["row"] = observation.location.line
                if let source = observation.source { values["source"] = source }
                if let note = observation.note { values["note"] = note }
                if let document = observation.document { values["document"] = document.text }
                values["status"] = observation.status.rawValue
            }
            return values
        }
        var object: [String: Any] = [
            "id": result.indicator.id, "title": result.indicator.title, "measure": definition.measure.rawValue,
            "direction": definition.direction.rawValue, "decimals": definition.decimals,
            "aggregate": definition.aggregate.rawValue, "status": result.assessment.status.rawValue,
            "illustrative": result.illustrative,
            "series": result.whole.map { point(result.wholeUnit?.code ?? "", $0) },
            "targets": result.targets.map { ["period": $0.period.description, "value": $0.value] as [String: Any] },
            "units": result.units.map { unit -> [String: Any] in
                ["unit": unit.code, "status": unit.assessment.status.rawValue, "series": unit.series.map { point(unit.code, $0) }]
            },
        ]
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
                "description": result.illustrative ? illustrativeDescription : indicator.page.meta.description ?? indicator.title,
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
            files.append(OutputFile(path: data.indicatorsFolder + "/don-vi.csv", text: Self.safeTable(units.text ?? "")))
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
