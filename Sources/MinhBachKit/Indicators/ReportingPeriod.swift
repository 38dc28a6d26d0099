import Formatting

/// The period a value is for: a year (`2024`), a half (`2024-H1`, 6 tháng đầu năm), a quarter
/// (`2024-Q3`), a month (`2024-05`) or several years (`2020-2022`, a cumulative figure).
public struct ReportingPeriod: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable { case year, half, quarter, month, years }

    public var kind: Kind
    /// The year the period ends in.
    public var year: Int
    /// The half (1–2), quarter (1–4) or month (1–12); the first year for `years`.
    public var part: Int

    public init?(_ text: String) {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = pieces.first, first.count == 4, let year = Int(first), year >= 1900, year <= 2200 else { return nil }
        switch pieces.count {
        case 1: (kind, self.year, part) = (.year, year, 0)
        case 2:
            let rest = pieces[1]
            if rest == "H1" || rest == "H2" {
                (kind, self.year, part) = (.half, year, rest == "H1" ? 1 : 2)
            } else if rest.count == 2, rest.hasPrefix("Q"), let q = Int(rest.dropFirst()), (1...4).contains(q) {
                (kind, self.year, part) = (.quarter, year, q)
            } else if rest.count == 2, rest.allSatisfy(\.isASCII), let m = Int(rest), (1...12).contains(m) {
                (kind, self.year, part) = (.month, year, m)
            } else if rest.count == 4, let last = Int(rest), last > year, last <= 2200 {
                (kind, self.year, part) = (.years, last, year)
            } else {
                return nil
            }
        default: return nil
        }
    }

    public init(year: Int) { (kind, self.year, part) = (.year, year, 0) }

    /// The canonical text, as written in CSV files.
    public var description: String {
        switch kind {
        case .year: String(year)
        case .half: "\(year)-H\(part)"
        case .quarter: "\(year)-Q\(part)"
        case .month: "\(year)-\(part < 10 ? "0" : "")\(part)"
        case .years: "\(part)-\(year)"
        }
    }

    /// The month (1–12) of `year` in which the period ends.
    public var endMonth: Int {
        switch kind {
        case .year, .years: 12
        case .half: part * 6
        case .quarter: part * 3
        case .month: part
        }
    }

    /// The period's end in years, so that a year's value sits at that year: 2024 → 2024,
    /// 2024-H1 → 2023.5. Differences between periods are what the progress method uses.
    public var time: Double { Double(year - 1) + Double(endMonth) / 12 }

    public var lastDay: CalendarDate {
        CalendarDate(year: year, month: endMonth, day: CalendarDate.daysIn(month: endMonth, year: year))!
    }

    /// How many months it covers.
    public var months: Int {
        switch kind {
        case .year: 12
        case .half: 6
        case .quarter: 3
        case .month: 1
        case .years: (year - part + 1) * 12
        }
    }

    /// The same kind of period just before this one (the year before, the half before …).
    public var previous: ReportingPeriod {
        var p = self
        switch kind {
        case .year: p.year -= 1
        case .years: let span = year - part + 1; p.year -= span; p.part -= span
        case .half, .quarter, .month:
            let count = kind == .half ? 2 : kind == .quarter ? 4 : 12
            if part == 1 { p.year -= 1; p.part = count } else { p.part -= 1 }
        }
        return p
    }

    /// The period by its parts, for `LocaleFormat` to write in words or short.
    public var name: PeriodName {
        switch kind {
        case .year: .year(year)
        case .half: .half(part, year: year)
        case .quarter: .quarter(part, year: year)
        case .month: .month(part, year: year)
        case .years: .years(part, year)
        }
    }

    /// By end, then the longer period first.
    public static func < (a: ReportingPeriod, b: ReportingPeriod) -> Bool {
        (a.time, -a.months) < (b.time, -b.months)
    }
}
