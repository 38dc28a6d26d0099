import Diagnostics

/// A date known only to the month (or the year) judged against a deadline on a day of that
/// month: whether it was met cannot be known.
///
/// The commitments compare the day a unit did a task with its deadline; a date known only to
/// the month that straddles the last allowed day is judged `undetermined`, and this rule reports
/// it (`DataReview.dayDeadlineComparisons`). See docs/review.md and docs/commitments.md.
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
    /// The commitments' dates compared with deadlines on a day that could not be decided.
    var dayDeadlineComparisons: [MonthOnlyDates.Comparison] {
        let commitments = data.commitments
        return commitments.assignments.compactMap { assignment in
            guard assignment.compliance == .undetermined, let progress = assignment.progress, let done = progress.doneOn,
                  let task = commitments.commitment(assignment.task), let deadline = task.deadline,
                  let date = IssueDate(done.description) else { return nil }
            return MonthOnlyDates.Comparison(
                date: date, deadline: deadline.lastAllowedDay, location: progress.location,
                subject: .message(Message("review.task-of-unit", ["task": .text(task.id), "unit": .text(assignment.unit)])),
                page: commitments.taskPath(task.id))
        }
    }

    /// Tasks "định kỳ" with no period: shown as the text says, but no deadline can be listed.
    func periodicTasks() -> [ReviewFinding] {
        data.commitments.commitments.filter { $0.recurrence == .periodic }.map { task in
            ReviewFinding(.periodicTask, at: task.location, Message("review.periodic-task", ["task": .text(task.id)]),
                          hint: Message("review.periodic-task-hint"), page: data.commitments.taskPath(task.id))
        }
    }
}
