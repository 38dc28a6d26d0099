/// The words a chart writes: table headings, legends and the summary sentence, in the page's
/// language. Periods and names arrive already phrased by the caller ("năm 2021", "in 2021").
public struct ChartWords: Sendable {
    public enum Language: String, Sendable { case vietnamese = "vi", english = "en" }
    public var language: Language

    public static let vietnamese = ChartWords(language: .vietnamese)
    public static let english = ChartWords(language: .english)

    private func pick(_ vi: String, _ en: String) -> String { language == .vietnamese ? vi : en }

    var noData: String { pick("Chưa có số liệu", "No data") }
    var target: String { pick("Mục tiêu", "Target") }
    var pathToTarget: String { pick("Lộ trình đến mục tiêu", "Path to the target") }
    var period: String { pick("Kỳ", "Period") }
    var total: String { pick("Tổng", "Total") }
    var value: String { pick("Giá trị", "Value") }
    var name: String { pick("Tên", "Name") }
    var missing: String { pick("không có số liệu", "no data") }
    var notApplicable: String { pick("không áp dụng", "not applicable") }
    public var dataTable: String { pick("Bảng số liệu", "Data table") }

    public func name(of kind: ChartKind) -> String {
        switch kind {
        case .line: pick("Biểu đồ đường", "Line chart")
        case .bar: pick("Biểu đồ cột", "Bar chart")
        case .horizontalBar: pick("Biểu đồ thanh ngang", "Horizontal bar chart")
        case .groupedBar: pick("Biểu đồ cột nhóm", "Grouped bar chart")
        case .stackedBar: pick("Biểu đồ cột chồng", "Stacked bar chart")
        case .bullet: pick("Biểu đồ so với mục tiêu", "Bullet chart")
        case .progress: pick("Thanh tiến độ", "Progress bar")
        case .sparkline: pick("Biểu đồ xu hướng nhỏ", "Sparkline")
        case .heatGrid: pick("Lưới trạng thái", "Heat grid")
        case .map: pick("Bản đồ", "Map")
        }
    }

    // MARK: Summary sentences

    /// "Tỷ lệ hộ nghèo giảm từ 34,90% năm 2021 xuống 30,58% năm 2022" · "Poverty rate fell from
    /// 34.90% in 2021 to 30.58% in 2022". A value's period is its category's `when` ("in 2021");
    /// a span is from one period to another, by their names ("from 2021 to 2022").
    func change(_ subject: String, from first: (String, ChartCategory), to last: (String, ChartCategory), trend: Trend,
                ranked: Bool) -> String {
        let (a, b) = (first.0, last.0)
        let (p1, p2) = (first.1.when, last.1.when)
        switch (trend, ranked, language) {
        case (.flat, _, .vietnamese): return "\(subject) giữ mức \(a) từ \(first.1.phrase) đến \(last.1.phrase)"
        case (.flat, _, .english): return "\(subject) stayed at \(a) from \(first.1.phrase) to \(last.1.phrase)"
        case (.up, false, .vietnamese): return "\(subject) tăng từ \(a) \(p1) lên \(b) \(p2)"
        case (.down, false, .vietnamese): return "\(subject) giảm từ \(a) \(p1) xuống \(b) \(p2)"
        case (.up, false, .english): return "\(subject) rose from \(a) \(p1) to \(b) \(p2)"
        case (.down, false, .english): return "\(subject) fell from \(a) \(p1) to \(b) \(p2)"
        // A rank that grows is a fall in the table.
        case (.up, true, .vietnamese): return "\(subject) tụt từ hạng \(a) \(p1) xuống hạng \(b) \(p2)"
        case (.down, true, .vietnamese): return "\(subject) tăng từ hạng \(a) \(p1) lên hạng \(b) \(p2)"
        case (.up, true, .english): return "\(subject) fell from rank \(a) \(p1) to rank \(b) \(p2)"
        case (.down, true, .english): return "\(subject) rose from rank \(a) \(p1) to rank \(b) \(p2)"
        }
    }

    /// "… đạt 5 lượt năm 2021" · "… was 5 visits in 2021": `when` is the category's `when`.
    func single(_ subject: String, _ value: String, _ when: String) -> String {
        pick("\(subject) đạt \(value) \(when)", "\(subject) was \(value) \(when)")
    }

    /// "mục tiêu năm 2025 là 27,21%" · "the target for 2025 is 27.21%".
    func targetClause(_ value: String, _ phrase: String?) -> String {
        guard let phrase else { return pick("mục tiêu là \(value)", "the target is \(value)") }
        return pick("mục tiêu \(phrase) là \(value)", "the target for \(phrase) is \(value)")
    }

    /// "Không có số liệu năm 2022, năm 2023" · "No data for 2022, 2023".
    func gaps(_ phrases: [String]) -> String {
        pick("Không có số liệu \(phrases.joined(separator: ", "))", "No data for \(phrases.joined(separator: ", "))")
    }

    func missingCount(_ count: Int) -> String { pick("\(count) mục không có số liệu", "\(count) without data") }

    func moreSeries(_ count: Int) -> String { pick("và \(count) dãy số khác", "and \(count) more series") }

    func items(_ count: Int) -> String { pick("\(count) mục", "\(count) items") }

    func extremes(highest: (String, String), lowest: (String, String)) -> String {
        pick("cao nhất là \(highest.0) (\(highest.1)), thấp nhất là \(lowest.0) (\(lowest.1))",
             "the highest is \(highest.0) (\(highest.1)), the lowest \(lowest.0) (\(lowest.1))")
    }

    func position(_ name: String, _ value: String, rank: Int, of count: Int) -> String {
        pick("\(name) đạt \(value), đứng thứ \(rank)/\(count)", "\(name) is \(value), ranked \(rank) of \(count)")
    }

    func meetingTarget(_ met: Int, of count: Int, target: String) -> String {
        pick("\(met)/\(count) mục đạt mục tiêu \(target)", "\(met) of \(count) items meet the target of \(target)")
    }

    func largestPart(_ category: String, _ total: String, _ series: String, _ value: String) -> String {
        pick("Lớn nhất là \(category) (tổng \(total)); trong đó nhiều nhất là \(series) (\(value))",
             "Largest total: \(category) (\(total)), of which \(series) is the largest part (\(value))")
    }

    func share(_ subject: String, _ value: String, target: String?) -> String {
        guard let target else { return pick("\(subject): \(value)", "\(subject): \(value)") }
        return pick("\(subject): \(value); mục tiêu \(target)", "\(subject): \(value); target \(target)")
    }

    func ofTarget(_ percent: String) -> String { pick("bằng \(percent) mục tiêu", "\(percent) of the target") }

    func cellCounts(_ rows: Int, _ columns: Int, _ counts: [(String, Int)]) -> String {
        let list = counts.map { "\($0.0): \($0.1)" }.joined(separator: "; ")
        return pick("\(rows) hàng × \(columns) cột; \(list)", "\(rows) rows × \(columns) columns; \(list)")
    }

    /// The areas a map could not write the names of: "Không ghi tên trên bản đồ: Mường Lay
    /// (5,2%)" · "Not named on the map: Mường Lay (5.2%)".
    func unnamedAreas(_ areas: [(String, String)]) -> String {
        let list = shortList(areas.map { "\($0.0) (\($0.1))" })
        return pick("Không ghi tên trên bản đồ: \(list)", "Not named on the map: \(list)")
    }

    /// At most ten names, then how many more: a summary stays a sentence when hundreds of
    /// names are left out; the data table has them all.
    func shortList(_ names: [String]) -> String {
        let limit = 10
        guard names.count > limit else { return names.joined(separator: ", ") }
        let more = names.count - limit
        return names.prefix(limit).joined(separator: ", ") + pick(" và \(more) tên khác (xem bảng số liệu)", " and \(more) more (see the data table)")
    }

    /// The bars whose names the axis had no room for: "Không ghi tên dưới cột: A, B" · "Not
    /// named under the bars: A, B".
    func unlabelledBars(_ names: [String]) -> String {
        let list = shortList(names)
        return pick("Không ghi tên dưới cột: \(list)", "Not named under the bars: \(list)")
    }

    func regions(_ count: Int, withData: Int) -> String {
        pick("\(count) vùng, \(withData) vùng có số liệu", "\(count) areas, \(withData) with data")
    }
}

enum Trend { case up, down, flat }
