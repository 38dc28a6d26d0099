/// The kinds of chart the library draws.
public enum ChartKind: String, Sendable, CaseIterable {
    case line, bar, horizontalBar = "hbar", groupedBar = "grouped", stackedBar = "stacked"
    case bullet, progress, sparkline, heatGrid = "heatgrid", map
}

/// A place on the category axis: a period (`6T/2021`, phrased "6 tháng đầu năm 2021") or a unit.
public struct ChartCategory: Sendable, Hashable {
    /// Short, for the axis: `2021`, `6T/2021`, `Q3/2021`.
    public var label: String
    /// For sentences and the data table: "năm 2021", "quý III năm 2021", "Huyện Tuần Giáo".
    public var phrase: String
    /// As the time of a value in a sentence: "năm 2021" · "in 2021" (English needs a
    /// preposition where Vietnamese needs none: "rose from 34.90% in 2021 to …").
    public var when: String

    public init(_ label: String, phrase: String? = nil, when: String? = nil) {
        self.label = label
        self.phrase = phrase ?? label
        self.when = when ?? phrase ?? label
    }
}

/// A named row of values, one per category; nil where there is no value.
public struct ChartSeries: Sendable {
    public var name: String
    public var values: [Double?]
    /// Drawn dashed, and named so in the legend: generated, estimated or projected values.
    public var dashed: Bool

    public init(_ name: String, values: [Double?], dashed: Bool = false) {
        self.name = name
        // NaN and infinity are not values: they become gaps here, so they never reach the markup.
        self.values = values.map { $0.flatMap { $0.isFinite ? $0 : nil } }
        self.dashed = dashed
    }

    /// One value per category: cut or padded with gaps.
    func fitted(to count: Int) -> ChartSeries {
        var series = self
        series.values = Array(values.prefix(count)) + Array(repeating: nil, count: max(0, count - values.count))
        return series
    }

    /// The runs of consecutive values, placed by `point`: a missing period breaks the line.
    func runs(_ point: (Int, Double) -> Point) -> [[Point]] {
        var runs: [[Point]] = [], current: [Point] = []
        for (index, value) in values.enumerated() {
            if let value {
                current.append(point(index, value))
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        return current.isEmpty ? runs : runs + [current]
    }
}

/// The chart's size in CSS pixels; the SVG scales down to narrow screens.
public struct ChartSize: Sendable, Equatable {
    public var width: Double
    public var height: Double

    public init(width: Double = 640, height: Double = 320) {
        self.width = width.isFinite ? min(max(width, 40), 4000) : 640
        self.height = height.isFinite ? min(max(height, 16), 8000) : 320
    }
}

/// The chart's data as a table: the first column names each row.
public struct ChartTable: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        public var text: String
        /// The number behind the text, for the CSV download.
        public var number: Double?
        public init(_ text: String, number: Double? = nil) {
            self.text = text
            self.number = number
        }
    }

    public var header: [String]
    public var rows: [[Cell]]
}

/// A chart drawn: its SVG (complete, valid inline in HTML and as a standalone file), the
/// sentence that says what it shows, and its data.
public struct DrawnChart: Sendable {
    public var id: String
    public var kind: ChartKind
    public var title: String
    public var svg: String
    public var summary: String
    public var table: ChartTable
}

/// What every chart shares: an id (unique on its page, prefixing every id inside the SVG),
/// a title, an optional description, a size and the language of its words.
public struct ChartFrame: Sendable {
    public var id: String
    public var title: String
    /// What the chart shows, in words, before the generated summary.
    public var description: String?
    public var size: ChartSize
    public var words: ChartWords

    public init(id: String, title: String, description: String? = nil, size: ChartSize = ChartSize(), words: ChartWords = .vietnamese) {
        self.id = id
        self.title = title
        self.description = description
        self.size = size
        self.words = words
    }
}
