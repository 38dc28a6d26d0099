import Diagnostics

/// One thing a careful reviewer would query before the figures are published: where it is
/// (file, line, column; a CSV value at its row and column), what it is, and the page that shows it.
public struct ReviewFinding: Sendable, Hashable {
    /// What kind of query: a stable code, printed after the message and in the JSON.
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        case illustrativeValue = "illustrative-value"
        case derivedValue = "derived-value"
        case targetWithoutNumber = "target-without-number"
        case targetWithoutData = "target-without-data"
        case unquotedTarget = "unquoted-target"
        case basisChange = "basis-change"
        case staleValue = "stale-value"
        case seriesJump = "series-jump"
        case partsTotal = "parts-total"
        case citationConflict = "citation-conflict"
        /// A date known to the month judged against a day's deadline (the commitments).
        case monthOnlyDate = "month-only-date"
        /// A task "định kỳ" whose document gives no period.
        case periodicTask = "periodic-task"

        /// The key of its title and rule in the theme's strings (`review_kind_illustrative_value`).
        public var stringKey: String { "review_kind_" + rawValue.replacingOccurrences(of: "-", with: "_") }

        public static func < (a: Kind, b: Kind) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public var kind: Kind
    public var location: SourceLocation
    /// What is queried, in words chosen when it is shown (the console's language, the page's).
    public var text: Message
    public var hintText: Message?
    /// The site path of the page that shows what is queried, with an anchor where one helps
    /// (`chi-tieu/x.html#so-lieu`); nil when no page shows it.
    public var page: String?

    public init(_ kind: Kind, at location: SourceLocation, _ text: Message, hint: Message? = nil, page: String? = nil) {
        self.kind = kind
        self.location = location
        self.text = text
        self.hintText = hint
        self.page = page
    }

    /// The message and hint in English: what tests compare and findings are ordered by.
    public var message: String { text.text(in: .en) }
    public var hint: String? { hintText?.text(in: .en) }

    /// As the other problems print: `path:line:col: warning: message [kind]`, an error with
    /// `--strict`.
    public func diagnostic(strict: Bool = false) -> Diagnostic {
        Diagnostic(strict ? .error : .warning, at: location,
                   Message("review.finding", ["message": .message(text), "kind": .text(kind.rawValue)]),
                   hints: hintText.map { [$0] } ?? [])
    }

    /// File, line, column, kind, message: the order of every listing of findings.
    static func ordered(_ a: ReviewFinding, _ b: ReviewFinding) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.kind != b.kind { return a.kind < b.kind }
        return (a.message, a.hint ?? "") < (b.message, b.hint ?? "")
    }
}
