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

    /// "Tỷ lệ hộ nghèo giảm từ 34,90% năm 2021 xuống 30,58% năm 2022".
    func change(_ subject: String, from first: (String, String), to last: (String, String), trend: Trend, ranked: Bool) -> String {
        let (a, p1) = first, (b, p2) = last
        switch (trend, ranked, language) {
        case (.flat, _, .vietnamese): return "\(subject) giữ mức \(a) từ \(p1) đến \(p2)"
        case (.flat, _, .english): return "\(subject) stayed at \(a) from \(p1) to \(p2)"
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

    func single(_ subject: String, _ value: String, _ phrase: String) -> String {
        pick("\(subject) đạt \(value) \(phrase)", "\(subject) was \(value) \(phrase)")
    }

    func targetClause(_ value: String, _ phrase: String?) -> String {
        guard let phrase else { return pick("mục tiêu là \(value)", "the target is \(value)") }
        return pick("mục tiêu \(phrase) là \(value)", "the target \(phrase) is \(value)")
    }

    func gaps(_ phrases: [String]) -> String {
        pick("Không có số liệu \(phrases.joined(separator: ", "))", "No data \(phrases.joined(separator: ", "))")
    }

    func missingCount(_ count: Int) -> String { pick("\(count) mục không có số liệu", "\(count) without data") }

    func moreSeries(_ count: Int) -> String { pick("và \(count) dãy số khác", "and \(count) more series") }

    func items(_ count: Int) -> String { pick("\(count) mục", "\(count) items") }

    func extremes(highest: (String, String), lowest: (String, String)) -> String {
        pick("cao nhất là \(highest.0) (\(highest.1)), thấp nhất là \(lowest.0) (\(lowest.1))",
             "highest \(highest.0) (\(highest.1)), lowest \(lowest.0) (\(lowest.1))")
    }

    func position(_ name: String, _ value: String, rank: Int, of count: Int) -> String {
        pick("\(name) đạt \(value), đứng thứ \(rank)/\(count)", "\(name) is \(value), ranked \(rank) of \(count)")
    }

    func meetingTarget(_ met: Int, of count: Int, target: String) -> String {
        pick("\(met)/\(count) mục đạt mục tiêu \(target)", "\(met) of \(count) items meet the target of \(target)")
    }

    func largestPart(_ category: String, _ total: String, _ series: String, _ value: String) -> String {
        pick("Lớn nhất là \(category) (tổng \(total)); trong đó nhiều nhất là \(series) (\(value))",
             "Largest is \(category) (total \(total)); most of it \(series) (\(value))")
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

    func regions(_ count: Int, withData: Int) -> String {
        pick("\(count) vùng, \(withData) vùng có số liệu", "\(count) areas, \(withData) with data")
    }
}

enum Trend { case up, down, flat }
