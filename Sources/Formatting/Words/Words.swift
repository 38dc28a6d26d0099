/// Every word the Swift code writes into a site, for one language: the words of charts, dates,
/// reporting periods, numbers, money units, kinds of documents and the language's own name.
/// Messages to the person building the site are not here (they are in the Diagnostics
/// catalogues), nor the theme's words (`theme/i18n`). One file per language beside this one
/// (`Vietnamese.swift`, `English.swift`) fills every field, so adding a language means adding one
/// file and one line in `all`; the compiler refuses a language that lacks a word.
///
/// Sentences are functions of values already written in the page's language (numbers, names,
/// periods): a language orders them as it needs.
public struct Words: Sendable {
    /// The language's code, as `site.yml` writes it: `vi`, `en`.
    public let code: String
    /// The language's name for itself, for the language switcher: "Tiếng Việt", "English".
    public let languageName: String

    // MARK: Numbers, dates and periods (LocaleFormat, NumberFormat)

    /// Words for 10³, 10⁶, 10⁹, 10¹², 10¹⁵ in compact numbers.
    public let numberScale: [String]
    /// `07/12/2021` · `7 Dec 2021`: a date known to its year and month, the day if known.
    public let shortDate: @Sendable (_ year: Int, _ month: Int, _ day: Int?) -> String
    /// `ngày 07 tháng 12 năm 2021` · `7 December 2021`.
    public let longDate: @Sendable (_ year: Int, _ month: Int?, _ day: Int?) -> String
    /// A reporting period as a sentence says it.
    public let period: @Sendable (PeriodName) -> String
    /// A reporting period as the time of a value in a sentence.
    public let periodAdverbial: @Sendable (PeriodName) -> String
    /// A reporting period as a table column or an axis writes it.
    public let shortPeriod: @Sendable (PeriodName) -> String
    /// The money units of the indicators' front matter (written in Vietnamese there) in this language.
    public let moneyUnits: [String: String]

    // MARK: Documents

    /// The names of the kinds of documents, by the kind's id (`ke-hoach`).
    public let documentKinds: [String: String]
    /// A document's number after its kind's name in a feed's summary: " số 12/KH-UBND".
    public let documentNumber: @Sendable (_ number: String) -> String

    // MARK: Charts (Charts.ChartWords)

    public let chart: ChartSentences

    /// The words and sentences of charts: table headings, legends, the summary sentence.
    public struct ChartSentences: Sendable {
        public let noData: String
        public let target: String
        public let pathToTarget: String
        public let period: String
        public let total: String
        public let value: String
        public let name: String
        public let missing: String
        public let notApplicable: String
        public let dataTable: String
        /// The names of the kinds of charts, by `ChartKind`'s raw value (`line`, `hbar`, …).
        public let kinds: [String: String]
        /// A value that stayed the same from one period to another (the periods' names).
        public let stayed: @Sendable (_ subject: String, _ value: String, _ from: String, _ to: String) -> String
        /// A value that rose / fell: values with the periods' `when` ("năm 2021", "in 2021").
        public let rose: @Sendable (_ subject: String, _ a: String, _ whenA: String, _ b: String, _ whenB: String) -> String
        public let fell: @Sendable (_ subject: String, _ a: String, _ whenA: String, _ b: String, _ whenB: String) -> String
        /// A rank that grew (a fall in the table) / shrank (a rise in the table).
        public let rankWorsened: @Sendable (_ subject: String, _ a: String, _ whenA: String, _ b: String, _ whenB: String) -> String
        public let rankImproved: @Sendable (_ subject: String, _ a: String, _ whenA: String, _ b: String, _ whenB: String) -> String
        public let single: @Sendable (_ subject: String, _ value: String, _ when: String) -> String
        public let targetIs: @Sendable (_ value: String) -> String
        public let targetForIs: @Sendable (_ phrase: String, _ value: String) -> String
        /// The periods without data, already joined.
        public let gaps: @Sendable (_ list: String) -> String
        public let missingCount: @Sendable (_ count: Int) -> String
        public let moreSeries: @Sendable (_ count: Int) -> String
        public let items: @Sendable (_ count: Int) -> String
        public let extremes: @Sendable (_ highest: String, _ highestValue: String, _ lowest: String, _ lowestValue: String) -> String
        public let position: @Sendable (_ name: String, _ value: String, _ rank: Int, _ count: Int) -> String
        public let meetingTarget: @Sendable (_ met: Int, _ count: Int, _ target: String) -> String
        public let largestPart: @Sendable (_ category: String, _ total: String, _ series: String, _ value: String) -> String
        public let shareWithTarget: @Sendable (_ subject: String, _ value: String, _ target: String) -> String
        public let ofTarget: @Sendable (_ percent: String) -> String
        /// A heat grid's size, then its counts already listed.
        public let cellCounts: @Sendable (_ rows: Int, _ columns: Int, _ list: String) -> String
        public let unnamedAreas: @Sendable (_ list: String) -> String
        /// After the first names of a long list: how many more.
        public let moreNames: @Sendable (_ count: Int) -> String
        public let unlabelledBars: @Sendable (_ list: String) -> String
        public let regions: @Sendable (_ count: Int, _ withData: Int) -> String
    }

    /// Every language the code has words for, by code.
    public static let all: [String: Words] = [
        Words.vietnamese.code: .vietnamese,
        Words.english.code: .english,
    ]

    /// Vietnamese for `vi`, English for any other language: the site's other languages read the
    /// English words until they have their own file.
    public static func forLanguage(_ code: String) -> Words { code == "vi" ? .vietnamese : .english }
}
