/// How one language writes numbers, dates and reporting periods — the one place every page,
/// table, chart and feed of the site takes them from.
public struct LocaleFormat: Sendable, Equatable {
    public var language: String
    public var numbers: NumberFormat

    public static let vietnamese = LocaleFormat(language: "vi", numbers: .vietnamese)
    public static let english = LocaleFormat(language: "en", numbers: .english)

    /// Vietnamese for `vi`, English for any other language.
    public static func forLanguage(_ code: String) -> LocaleFormat { code == "vi" ? .vietnamese : .english }

    var isVietnamese: Bool { language == "vi" }

    /// `07/12/2021` · `7 Dec 2021`; a date known only to its month or year: `…/6/2021`, `2021`.
    public func shortDate(year: Int, month: Int?, day: Int?) -> String {
        guard let month else { return String(year) }
        if isVietnamese {
            return "\(day.map(Self.twoDigits) ?? "…")/\(Self.twoDigits(month))/\(year)"
        }
        return [day.map(String.init), String(Self.englishMonths[month - 1].prefix(3)), String(year)]
            .compactMap { $0 }.joined(separator: " ")
    }

    /// `ngày 07 tháng 12 năm 2021` · `7 December 2021`.
    public func longDate(year: Int, month: Int?, day: Int?) -> String {
        if isVietnamese {
            return "ngày \(day.map(Self.twoDigits) ?? "…") tháng \(month.map(String.init) ?? "…") năm \(year)"
        }
        return [day.map(String.init), month.map { Self.englishMonths[$0 - 1] }, String(year)]
            .compactMap { $0 }.joined(separator: " ")
    }

    /// A reporting period as a sentence says it: `năm 2024`, `6 tháng đầu năm 2021`,
    /// `quý III/2024`, `tháng 5/2024`, `giai đoạn 2020 - 2022` · `2024`, `the first half of 2021`,
    /// `Q3 2024`, `May 2024`, `2020–2022`.
    public func period(_ period: PeriodName) -> String {
        switch (period, isVietnamese) {
        case let (.year(year), true): "năm \(year)"
        case let (.year(year), false): String(year)
        case let (.half(half, year), true): half == 1 ? "6 tháng đầu năm \(year)" : "6 tháng cuối năm \(year)"
        case let (.half(half, year), false): half == 1 ? "the first half of \(year)" : "the second half of \(year)"
        case let (.quarter(quarter, year), true): "quý \(Self.roman[quarter - 1])/\(year)"
        case let (.quarter(quarter, year), false): "Q\(quarter) \(year)"
        case let (.month(month, year), true): "tháng \(month)/\(year)"
        case let (.month(month, year), false): "\(Self.englishMonths[month - 1]) \(year)"
        case let (.years(first, last), true): "giai đoạn \(first) - \(last)"
        case let (.years(first, last), false): "\(first)–\(last)"
        case let (.since(year), true): "từ năm \(year)"
        case let (.since(year), false): "from \(year)"
        }
    }

    /// A reporting period as the time of a value in a sentence ("34,90% năm 2021", "34.90% in
    /// 2021"): Vietnamese needs no word before the period, English a preposition: `in 2024`,
    /// `in the first half of 2021`, `in Q3 2024`, `in May 2024`, `in 2020–2022`, `from 2021`.
    public func periodAdverbial(_ period: PeriodName) -> String {
        switch (period, isVietnamese) {
        case (_, true), (.since, false): self.period(period)
        default: "in " + self.period(period)
        }
    }

    /// A money unit of the indicators' front matter (`triệu đồng`, `tỷ đồng`, `nghìn đồng`,
    /// `đồng`) in this language: `40 triệu đồng` · `40 million dong`. English writes the unit
    /// after the number like every other unit of the site ("99 visits", "30.58%"), so one suffix
    /// serves tables, sentences and chart labels; "dong" is the currency's English name, as
    /// the State Bank's English pages write it. Other words are returned as they are.
    public func moneyUnit(_ unit: String) -> String {
        guard !isVietnamese else { return unit }
        return Self.englishMoneyUnits[unit] ?? unit
    }

    static let englishMoneyUnits = ["đồng": "dong", "nghìn đồng": "thousand dong", "triệu đồng": "million dong",
                                    "tỷ đồng": "billion dong"]

    /// As a table column or an axis writes it: `2024`, `6T/2024`, `Q3/2024`, `T5/2024` ·
    /// `2024`, `H1 2024`, `Q3 2024`, `May 2024`.
    public func shortPeriod(_ period: PeriodName) -> String {
        switch (period, isVietnamese) {
        case let (.year(year), _): String(year)
        case let (.half(half, year), true): half == 1 ? "6T/\(year)" : "6T cuối/\(year)"
        case let (.half(half, year), false): "H\(half) \(year)"
        case let (.quarter(quarter, year), true): "Q\(quarter)/\(year)"
        case let (.quarter(quarter, year), false): "Q\(quarter) \(year)"
        case let (.month(month, year), true): "T\(month)/\(year)"
        case let (.month(month, year), false): "\(Self.englishMonths[month - 1].prefix(3)) \(year)"
        case let (.years(first, last), _): "\(first)-\(last)"
        case let (.since(year), _): "\(year)-"
        }
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
    static let roman = ["I", "II", "III", "IV"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]
}

/// A reporting period, by its parts.
public enum PeriodName: Sendable, Equatable {
    case year(Int)
    case half(Int, year: Int)
    case quarter(Int, year: Int)
    case month(Int, year: Int)
    case years(Int, Int)
    /// Open-ended: from this year on.
    case since(Int)
}
