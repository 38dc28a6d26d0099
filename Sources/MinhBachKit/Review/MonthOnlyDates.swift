import Diagnostics

/// A date known only to the month (or the year) judged against a deadline on a day of that
/// month: whether it was met cannot be known.
///
/// Nothing in MinhBạch compares dates with deadlines yet. The commitments (tasks with deadlines,
/// issue 23's "done tasks without evidence" and "overdue obligations") will: they add their
/// comparisons to `DataReview.dayDeadlineComparisons`, and this rule reports the ones it cannot
/// decide. See docs/review.md.
enum MonthOnlyDates {
    struct Comparison: Sendable {
        /// When something happened, as far as it is known.
        var date: IssueDate
        /// The day it was due.
        var deadline: CalendarDate
        /// Where the date is written.
        var location: SourceLocation
        /// What is compared, for the message ("the report of task 3"): a message of its own,
        /// so that it reads in the reader's language.
        var subject: Message.Value
        var page: String?
    }

    static func findings(_ comparisons: [Comparison]) -> [ReviewFinding] {
        comparisons.compactMap { comparison in
            let date = comparison.date
            guard date.day == nil, date.year == comparison.deadline.year,
                  date.month == nil || date.month == comparison.deadline.month else { return nil }
            return ReviewFinding(
                .monthOnlyDate, at: comparison.location,
                Message("review.month-only-date", [
                    "subject": comparison.subject, "date": .text(date.description), "deadline": .text(comparison.deadline.description),
                ]),
                hint: Message("review.month-only-date-hint"), page: comparison.page)
        }
    }
}

extension DataReview {
    /// Dates compared with deadlines on a day. None yet: the commitments add theirs here.
    static let dayDeadlineComparisons: [MonthOnlyDates.Comparison] = []
}
