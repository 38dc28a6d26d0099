/// One task for one unit that must do it, as of the site's latest progress: what the unit
/// reported and whether that is in time.
public struct Assignment: Sendable {
    public var task: String
    public var unit: String
    /// The unit that ended before the due date and handed the work to this one.
    public var transferredFrom: String?
    /// The latest report for this pair; nil when none says anything of it.
    public var progress: ProgressEntry?
    /// nil when the site has no progress file: nothing can be judged as of no date.
    public var compliance: Compliance?
    /// Days late, or days overdue.
    public var days: Int?

    public var status: ProgressEntry.Status? { progress?.status }
}

/// A pair whose judgement changed from one progress file's date to the next (by a report, or by
/// time: pending becomes overdue), for the feed of changes. At the first file, a pair is compared
/// with what it would be unreported.
public struct StatusChange: Sendable {
    public var task: String
    public var unit: String
    public var asOf: CalendarDate
    public var before: Compliance
    public var after: Compliance
}
