import Charts
import Diagnostics
import Formatting
import Yams

/// The theme's interface strings for one language, from `theme/i18n/<lang>.yml`.
public struct UIStrings: Sendable, Equatable {
    public var language: String
    public var table: [String: String]

    public init(language: String, table: [String: String]) {
        self.language = language
        self.table = table
    }

    public subscript(key: String) -> String { table[key] ?? key }

    /// A whole number as the language writes it: 1.234 · 1,234.
    func count(_ number: Int) -> String { format.numbers.string(Double(number), decimals: 0) }

    /// "Trang 2/10": the page (from 0) of a listing cut into `pages`.
    func listingPage(_ page: Int, of pages: Int) -> String { "\(self["listing_page"]) \(count(page + 1))/\(count(pages))" }

    /// Loads every language of the theme and checks that each has the same keys as the
    /// site's language; returns the site's language. `location` is where the site asks for
    /// `language` (its line in `site.yml`). A file that cannot be read (not UTF-8, not YAML)
    /// is reported once, and not compared key by key as if it were empty.
    public static func load(_ files: [String: SourceFile], language: String, location: SourceLocation? = nil,
                            diagnostics: inout Diagnostics) -> UIStrings {
        var all: [String: (SourceFile, [String: (String, SourceLocation)]?)] = [:]
        for (code, file) in files {
            all[code] = (file, read(file, diagnostics: &diagnostics))
        }
        guard let (mainFile, main) = all[language] else {
            diagnostics.error(at: location, Message("output.theme-no-strings", ["language": .text(language)]),
                              hint: files.isEmpty ? Message("output.theme-add-strings", ["language": .text(language)])
                                  : Message("output.theme-add-strings-or-use", ["language": .text(language), "languages": .text(files.keys.sorted().joined(separator: ", "))]))
            return UIStrings(language: language, table: [:])
        }
        guard let main else { return UIStrings(language: language, table: [:]) }
        for (code, (file, strings)) in all.sorted(by: { $0.key < $1.key }) where code != language {
            guard let strings else { continue }
            for key in main.keys.sorted() where strings[key] == nil {
                diagnostics.error(at: SourceLocation(path: file.displayPath, line: 1, column: 1),
                                  Message("render.ui-string-missing", ["key": .text(key), "file": .text(mainFile.displayPath)]))
            }
            for (key, (_, location)) in strings.sorted(by: { $0.key < $1.key }) where main[key] == nil {
                diagnostics.error(at: location, Message("render.ui-string-extra", ["key": .text(key), "file": .text(mainFile.displayPath)]))
            }
        }
        return UIStrings(language: language, table: main.mapValues(\.0))
    }

    /// The strings of one file with where each is; nil when the file is not text or not YAML.
    static func read(_ file: SourceFile, diagnostics: inout Diagnostics) -> [String: (String, SourceLocation)]? {
        guard let text = file.text(diagnostics: &diagnostics) else { return nil }
        var fields = YAMLFields(yaml: text, path: file.displayPath, firstLine: 1)
        var result: [String: (String, SourceLocation)] = [:]
        for key in fields.keys {
            let location = fields.keyLocation(key)
            if let value = fields.string(key, required: true) { result[key] = (value, location) }
        }
        diagnostics.append(contentsOf: fields.diagnostics)
        return fields.diagnostics.hasErrors && result.isEmpty ? nil : result
    }
}

extension UIStrings {
    /// Numbers, dates and periods in this language.
    public var format: LocaleFormat { .forLanguage(language) }
    /// The words charts write in this language.
    public var chartWords: ChartWords { language == "vi" ? .vietnamese : .english }
}

extension LocaleFormat {
    func date(_ date: CalendarDate) -> String { shortDate(year: date.year, month: date.month, day: date.day) }
    func date(_ date: IssueDate) -> String { shortDate(year: date.year, month: date.month, day: date.day) }
    func longDate(_ date: IssueDate) -> String { longDate(year: date.year, month: date.month, day: date.day) }
    /// A date that may be known to the month or the year only, without the blanks a printed
    /// document leaves: "07/12/2021", "tháng 6/2021", "năm 2021".
    func knownPart(_ date: IssueDate) -> String {
        if date.day != nil { return self.date(date) }
        if let month = date.month { return period(.month(month, year: date.year)) }
        return period(.year(date.year))
    }
    func period(_ period: ReportingPeriod) -> String { self.period(period.name) }
    func shortPeriod(_ period: ReportingPeriod) -> String { shortPeriod(period.name) }
}
