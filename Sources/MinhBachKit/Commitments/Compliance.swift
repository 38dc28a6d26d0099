/// Whether a unit did a task in time, as of a date, in the vocabulary of the government's task
/// system: đã hoàn thành đúng hạn / quá hạn; chưa hoàn thành trong hạn / quá hạn.
public enum Compliance: String, Sendable, CaseIterable {
    case onTime = "on-time", late, pending, overdue
    case noDeadline = "no-deadline"
    /// The unit ended before the due date, or the task was cancelled.
    case notApplicable = "not-applicable"
    /// Done on a date known only to its month, and that month straddles the deadline.
    case undetermined

    public var stringKey: String { "compliance_" + rawValue.replacingOccurrences(of: "-", with: "_") }
    /// A symbol beside the words, so that colour is never the only sign.
    public var symbol: String {
        switch self {
        case .onTime: "✓"
        case .late: "✓!"
        case .pending: "○"
        case .overdue: "✗"
        case .noDeadline: "∞"
        case .notApplicable: "–"
        case .undetermined: "?"
        }
    }

    /// The judgement and, for late or overdue work, how many days past the last allowed day.
    /// The rules, with worked examples, are in docs/commitments.md.
    public static func judge(deadline: Deadline?, status: ProgressEntry.Status?, doneOn: ReportedDate?,
                             asOf: CalendarDate) -> (compliance: Compliance, days: Int?) {
        if status == .cancelled { return (.notApplicable, nil) }
        guard let deadline else { return (.noDeadline, nil) }
        let last = deadline.lastAllowedDay
        if status == .done, let doneOn {
            if doneOn.latest <= last { return (.onTime, nil) }
            if case let .day(day) = doneOn { return (.late, last.days(to: day)) }
            return doneOn.earliest > last ? (.late, nil) : (.undetermined, nil)
        }
        return asOf <= last ? (.pending, nil) : (.overdue, last.days(to: asOf))
    }
}
