/// The interface strings the commitments' calendar, downloads and feed ask for, required of every
/// theme like the others (`UIStrings.requiredKeys`): the judgements, kinds of work, report
/// statuses and periods by their cases, the rest by name — some are chosen by a condition
/// (`task_due_before` or `task_due_by`), so no `strings["…"]` literal names them.
extension UIStrings {
    static var commitmentKeys: [String] {
        var keys = Compliance.allCases.map(\.stringKey)
        keys += Commitment.WorkType.allCases.map(\.stringKey)
        keys += ProgressEntry.Status.allCases.map(\.stringKey)
        keys += Commitment.Recurrence.allCases.map(\.stringKey)
        keys += [
            "task_due_before", "task_due_by", "task_type", "task_lead", "task_to", "task_deadline", "task_repeat",
            "commitments_calendar_name", "commitments_feed_title", "commitments_feed_entry", "commitments_feed_entry_one",
            "commitments_package_title", "commitments_tasks_download", "commitments_assignments_download",
        ]
        return keys
    }
}
