import Diagnostics

/// What a unit reported about one task as of a date: a row of a progress file.
public struct ProgressEntry: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case notStarted = "not-started", inProgress = "in-progress", done, cancelled
        public var stringKey: String { "task_status_" + rawValue.replacingOccurrences(of: "-", with: "_") }
    }

    public var task: String
    public var unit: String
    public var status: Status
    public var doneOn: ReportedDate?
    /// A document of the site (id or number), maybe with `#section`.
    public var evidence: String?
    public var note: String?
    /// The progress file's "tình hình đến ngày".
    public var asOf: CalendarDate
    public var file: String
    public var illustrative: Bool
    public var location: SourceLocation
}

/// A day, or only a month when the source says no more ("tháng 6 năm 2021"): never guessed to a day.
public enum ReportedDate: Sendable, Equatable, CustomStringConvertible {
    case day(CalendarDate)
    case month(year: Int, month: Int)

    /// `YYYY-MM-DD` or `YYYY-MM`.
    init?(_ text: String) {
        if let day = CalendarDate(text) {
            self = .day(day)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
              (1...12).contains(month) else { return nil }
        self = .month(year: year, month: month)
    }

    /// The first and last day it may be.
    public var earliest: CalendarDate {
        switch self {
        case let .day(day): day
        case let .month(year, month): CalendarDate(year: year, month: month, day: 1)!
        }
    }
    public var latest: CalendarDate {
        switch self {
        case let .day(day): day
        case .month: earliest.endOfMonth
        }
    }

    public var description: String {
        switch self {
        case let .day(day): day.description
        case let .month(year, month): "\(year)-\(month < 10 ? "0" : "")\(month)"
        }
    }
}
