import Diagnostics

/// The reviewer: reads the site's checked data, documents and indicator definitions and lists
/// what a careful reader would query before the figures are published. It changes nothing and
/// fails nothing: each finding is a warning (an error with `--strict`).
///
/// Each kind of finding has its own file (`DataReview+Values.swift` …); the rules and an example
/// of each are in `docs/review.md`.
public struct DataReview: Sendable {
    let site: SiteIndex
    var data: DataCatalog { site.data }

    public init(site: SiteIndex) { self.site = site }

    /// Every finding, in the order of file, line, column and kind.
    public var findings: [ReviewFinding] {
        var all: [ReviewFinding] = []
        all += illustrativeValues()
        all += derivedValues()
        all += targetGaps()
        all += unquotedTargets()
        all += basisChanges()
        all += staleValues()
        all += seriesJumps()
        all += partsAgainstTotals()
        all += citationConflicts()
        all += MonthOnlyDates.findings(DataReview.dayDeadlineComparisons)
        return Array(Set(all)).sorted(by: ReviewFinding.ordered)
    }

    /// The page of an indicator, at one of its sections (`so-lieu`, `don-vi`, `dinh-nghia` …).
    func page(_ indicator: Indicator, _ section: String? = nil) -> String {
        indicator.page.outputPath + (section.map { "#" + $0 } ?? "")
    }

    /// The results of the site's indicators, in the dashboard's order.
    var results: [IndicatorResult] { data.indicators.compactMap { data.result($0.id) } }

    /// "a, b and 3 more": at most `shown` names, so that a line stays a line.
    static func list(_ items: [String], shown: Int = 3) -> String {
        guard items.count > shown else { return items.joined(separator: ", ") }
        return items.prefix(shown).joined(separator: ", ") + " and \(items.count - shown) more"
    }

    /// "1 value", "3 values".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
