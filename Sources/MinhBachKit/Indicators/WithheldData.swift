/// The values this build leaves out: in the public build, every row of an internal data file
/// and every internal row of a public one. They are dropped as the files are read, so no series,
/// aggregate, chart or download is ever computed from them; what is kept here is only how many,
/// for the note beside a value that public rows alone make, and where, for the warnings of a
/// page that quotes one.
public struct WithheldData: Sendable, Equatable {
    public enum Extent: Sendable, Equatable {
        /// An internal data file: none of it is published.
        case whole
        /// A public file with internal rows: published only as the values it makes.
        case someRows
    }

    /// Data files (their `.csv` and `.yml` paths in the content folder) with something left out.
    public private(set) var files: [String: Extent] = [:]
    /// Per indicator id, the number of rows left out.
    public private(set) var rows: [String: Int] = [:]
    /// `indicator@period` and `indicator@period/unit` of every value left out.
    private var values: Set<String> = []

    public init() {}

    public var isEmpty: Bool { files.isEmpty }

    mutating func leaveOut(file csvPath: String, _ extent: Extent) {
        let yml = String(csvPath.dropLast(4)) + ".yml"
        for path in [csvPath, yml] where files[path] != .whole { files[path] = extent }
    }

    /// One row's value cells left out: counted once per row and indicator.
    mutating func leaveOut(indicator: String, unit: String, periods: [ReportingPeriod]) {
        rows[indicator, default: 0] += 1
        for period in periods {
            values.insert("\(indicator)@\(period)")
            values.insert("\(indicator)@\(period)/\(unit)")
        }
    }

    mutating func merge(_ other: WithheldData) {
        for (path, extent) in other.files where files[path] != .whole { files[path] = extent }
        rows.merge(other.rows, uniquingKeysWith: +)
        values.formUnion(other.values)
    }

    /// Whether a value asked for by `{value}` was left out (a unit's, or the whole's of a period
    /// whose rows were all internal).
    public func leftOut(indicator: String, period: ReportingPeriod?, unit: String?) -> Bool {
        guard let period else { return rows[indicator] != nil }
        return values.contains("\(indicator)@\(period)" + (unit.map { "/" + $0 } ?? ""))
    }
}
