import Formatting

/// The words a chart writes: table headings, legends and the summary sentence, in the page's
/// language. Periods and names arrive already phrased by the caller ("năm 2021", "in 2021").
/// The words themselves are the language's `Words.chart` (`Formatting/Words/`).
public struct ChartWords: Sendable {
    public enum Language: String, Sendable { case vietnamese = "vi", english = "en" }
    public var language: Language

    public static let vietnamese = ChartWords(language: .vietnamese)
    public static let english = ChartWords(language: .english)

    private var words: Words.ChartSentences { Words.forLanguage(language.rawValue).chart }

    var noData: String { words.noData }
    var target: String { words.target }
    var pathToTarget: String { words.pathToTarget }
    var period: String { words.period }
    var total: String { words.total }
    var value: String { words.value }
    var name: String { words.name }
    var missing: String { words.missing }
    var notApplicable: String { words.notApplicable }
    public var dataTable: String { words.dataTable }

    public func name(of kind: ChartKind) -> String { words.kinds[kind.rawValue] ?? kind.rawValue }

    // MARK: Summary sentences

    /// "Tỷ lệ hộ nghèo giảm từ 34,90% năm 2021 xuống 30,58% năm 2022" · "Poverty rate fell from
    /// 34.90% in 2021 to 30.58% in 2022". A value's period is its category's `when` ("in 2021");
    /// a span is from one period to another, by their names ("from 2021 to 2022").
    func change(_ subject: String, from first: (String, ChartCategory), to last: (String, ChartCategory), trend: Trend,
                ranked: Bool) -> String {
        let (a, b) = (first.0, last.0)
        let (p1, p2) = (first.1.when, last.1.when)
        switch (trend, ranked) {
        case (.flat, _): return words.stayed(subject, a, first.1.phrase, last.1.phrase)
        case (.up, false): return words.rose(subject, a, p1, b, p2)
        case (.down, false): return words.fell(subject, a, p1, b, p2)
        // A rank that grows is a fall in the table.
        case (.up, true): return words.rankWorsened(subject, a, p1, b, p2)
        case (.down, true): return words.rankImproved(subject, a, p1, b, p2)
        }
    }

    /// "… đạt 5 lượt năm 2021" · "… was 5 visits in 2021": `when` is the category's `when`.
    func single(_ subject: String, _ value: String, _ when: String) -> String { words.single(subject, value, when) }

    /// "mục tiêu năm 2025 là 27,21%" · "the target for 2025 is 27.21%".
    func targetClause(_ value: String, _ phrase: String?) -> String {
        guard let phrase else { return words.targetIs(value) }
        return words.targetForIs(phrase, value)
    }

    /// "Không có số liệu năm 2022, năm 2023" · "No data for 2022, 2023".
    func gaps(_ phrases: [String]) -> String { words.gaps(phrases.joined(separator: ", ")) }

    func missingCount(_ count: Int) -> String { words.missingCount(count) }

    func moreSeries(_ count: Int) -> String { words.moreSeries(count) }

    func items(_ count: Int) -> String { words.items(count) }

    func extremes(highest: (String, String), lowest: (String, String)) -> String {
        words.extremes(highest.0, highest.1, lowest.0, lowest.1)
    }

    func position(_ name: String, _ value: String, rank: Int, of count: Int) -> String {
        words.position(name, value, rank, count)
    }

    func meetingTarget(_ met: Int, of count: Int, target: String) -> String { words.meetingTarget(met, count, target) }

    func largestPart(_ category: String, _ total: String, _ series: String, _ value: String) -> String {
        words.largestPart(category, total, series, value)
    }

    func share(_ subject: String, _ value: String, target: String?) -> String {
        guard let target else { return "\(subject): \(value)" }
        return words.shareWithTarget(subject, value, target)
    }

    func ofTarget(_ percent: String) -> String { words.ofTarget(percent) }

    func cellCounts(_ rows: Int, _ columns: Int, _ counts: [(String, Int)]) -> String {
        words.cellCounts(rows, columns, counts.map { "\($0.0): \($0.1)" }.joined(separator: "; "))
    }

    /// The areas a map could not write the names of: "Không ghi tên trên bản đồ: Mường Lay
    /// (5,2%)" · "Not named on the map: Mường Lay (5.2%)".
    func unnamedAreas(_ areas: [(String, String)]) -> String {
        words.unnamedAreas(shortList(areas.map { "\($0.0) (\($0.1))" }))
    }

    /// At most ten names, then how many more: a summary stays a sentence when hundreds of
    /// names are left out; the data table has them all.
    func shortList(_ names: [String]) -> String {
        let limit = 10
        guard names.count > limit else { return names.joined(separator: ", ") }
        return names.prefix(limit).joined(separator: ", ") + words.moreNames(names.count - limit)
    }

    /// The bars whose names the axis had no room for: "Không ghi tên dưới cột: A, B" · "Not
    /// named under the bars: A, B".
    func unlabelledBars(_ names: [String]) -> String { words.unlabelledBars(shortList(names)) }

    func regions(_ count: Int, withData: Int) -> String { words.regions(count, withData) }
}

enum Trend { case up, down, flat }
