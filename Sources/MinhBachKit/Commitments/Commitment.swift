import Diagnostics

/// One obligation a document sets: who must do what, for whom, by when. A row of a tasks file
/// (`nhiem-vu/<file>.csv`); its global id is `<file>/<id>`.
public struct Commitment: Sendable {
    /// What kind of work it is: a report owed is judged like any other task, but a unit's page
    /// lists the reports it owes apart.
    public enum WorkType: String, Sendable, CaseIterable {
        case task, report, selfAssessment = "self-assessment", scoring, inspection, review, event
        /// The key of its name among the interface strings.
        public var stringKey: String { "task_type_" + rawValue.replacingOccurrences(of: "-", with: "_") }
    }

    /// How often the work comes back; nil for once.
    public enum Recurrence: String, Sendable, CaseIterable {
        case annual, semiannual, quarterly, monthly, continuous
        /// "Định kỳ" with no period: shown as the text says, and flagged for review.
        case periodic
        public var stringKey: String { "task_repeat_" + rawValue }
    }

    public var id: String
    /// The id within its file, and the file's name (without `.csv`).
    public var localID: String
    public var file: String
    /// The document that sets it, by id, and the anchor of its sentence there.
    public var document: String
    public var section: String?
    public var quote: String?
    public var title: String
    public var englishTitle: String?
    public var type: WorkType
    public var lead: [UnitReference]
    public var support: [UnitReference]
    public var recipients: [UnitReference]
    public var deadline: Deadline?
    public var recurrence: Recurrence?
    public var note: String?
    /// Whether a unit that ended before the due date hands the work to its successors.
    public var transfersToSuccessors: Bool
    public var illustrative: Bool
    /// The row, for diagnostics.
    public var location: SourceLocation

    public func title(in language: String) -> String { language == "en" ? englishTitle ?? title : title }
}

/// A unit named in a task: by its code, or every unit of a kind under a parent (`@huyen/dien-bien`:
/// "Chủ tịch UBND các huyện"), those that exist on the due date.
public enum UnitReference: Sendable, Equatable, CustomStringConvertible {
    case unit(String)
    case selector(kind: String, parent: String)

    /// `code` or `@kind/parent`; nil when a selector is malformed.
    init?(_ text: String) {
        guard text.hasPrefix("@") else {
            self = .unit(text)
            return
        }
        let parts = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self = .selector(kind: String(parts[0]), parent: String(parts[1]))
    }

    public var description: String {
        switch self {
        case let .unit(code): code
        case let .selector(kind, parent): "@\(kind)/\(parent)"
        }
    }
}

/// A due date and how to read it: "trước ngày 10/5" (strictly before) or "chậm nhất ngày 10/5" (by).
public struct Deadline: Sendable, Equatable {
    public enum Rule: String, Sendable, CaseIterable { case before, by }

    public var date: CalendarDate
    public var rule: Rule

    /// The last day on which doing the work is on time.
    public var lastAllowedDay: CalendarDate { rule == .before ? date.adding(days: -1) : date }
}
