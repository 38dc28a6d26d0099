/// How one language writes numbers, dates and reporting periods — the one place every page,
/// table, chart and feed of the site takes them from. The words and their order are the
/// language's `Words` (`Formatting/Words/`); this is what every language shares.
public struct LocaleFormat: Sendable, Equatable {
    public var language: String
    public var numbers: NumberFormat

    public static let vietnamese = LocaleFormat(language: "vi", numbers: .vietnamese)
    public static let english = LocaleFormat(language: "en", numbers: .english)

    /// Vietnamese for `vi`, English for any other language.
    public static func forLanguage(_ code: String) -> LocaleFormat { code == "vi" ? .vietnamese : .english }

    /// The language's words; English for a language without its own.
    var words: Words { Words.forLanguage(language) }

    /// `07/12/2021` · `7 Dec 2021`; a date known only to its month or year: `…/6/2021`, `2021`.
    public func shortDate(year: Int, month: Int?, day: Int?) -> String {
        guard let month else { return String(year) }
        return words.shortDate(year, month, day)
    }

    /// `ngày 07 tháng 12 năm 2021` · `7 December 2021`.
    public func longDate(year: Int, month: Int?, day: Int?) -> String {
        words.longDate(year, month, day)
    }

    /// A reporting period as a sentence says it: `năm 2024`, `6 tháng đầu năm 2021`,
    /// `quý III/2024`, `tháng 5/2024`, `giai đoạn 2020 - 2022` · `2024`, `the first half of 2021`,
    /// `Q3 2024`, `May 2024`, `2020–2022`.
    public func period(_ period: PeriodName) -> String { words.period(period) }

    /// A reporting period as the time of a value in a sentence ("34,90% năm 2021", "34.90% in
    /// 2021"): Vietnamese needs no word before the period, English a preposition.
    public func periodAdverbial(_ period: PeriodName) -> String { words.periodAdverbial(period) }

    /// A money unit of the indicators' front matter (`triệu đồng`, `tỷ đồng`, `nghìn đồng`,
    /// `đồng`) in this language: `40 triệu đồng` · `40 million dong`. Other words are returned
    /// as they are.
    public func moneyUnit(_ unit: String) -> String { words.moneyUnits[unit] ?? unit }

    /// As a table column or an axis writes it: `2024`, `6T/2024`, `Q3/2024`, `T5/2024` ·
    /// `2024`, `H1 2024`, `Q3 2024`, `May 2024`.
    public func shortPeriod(_ period: PeriodName) -> String { words.shortPeriod(period) }
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
