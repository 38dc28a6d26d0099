import Diagnostics

/// The site's commitments: the tasks its documents set, the units that must do each, and as of
/// the latest progress file ("tình hình đến ngày") whether each did it in time. Built once per
/// build from `nhiem-vu/` (`commitments_folder`); pages, downloads and feeds all read this, so
/// they cannot disagree. The as-of date comes from the files, never from the clock.
public struct CommitmentCatalog: Sendable {
    /// A progress file: its date, and whether its rows are invented for a demo.
    public struct ProgressFile: Sendable {
        public var name: String
        public var asOf: CalendarDate
        public var illustrative: Bool
    }

    public let folder: String
    /// In the order of their files' names, then of their rows.
    public let commitments: [Commitment]
    public let assignments: [Assignment]
    public let progressFiles: [ProgressFile]
    /// The latest progress file's date; nil without progress.
    public let asOf: CalendarDate?
    /// Judgements that changed from one progress file to the next, oldest first.
    public let changes: [StatusChange]
    /// Files this build leaves out (internal ones, in a public build).
    public let withheld: [String]
    public let diagnostics: Diagnostics
    private let byID: [String: Int]
    /// Positions in `assignments`, by task and by unit.
    private let byTask: [String: [Int]]
    private let byUnit: [String: [Int]]

    public var isEmpty: Bool { commitments.isEmpty }
    /// Whether any progress shown is invented for the demo: every page that shows it says so.
    public var hasIllustrativeProgress: Bool { progressFiles.contains(where: \.illustrative) }

    public func commitment(_ id: String) -> Commitment? { byID[id].map { commitments[$0] } }
    public func assignments(of task: String) -> [Assignment] { (byTask[task] ?? []).map { assignments[$0] } }
    public func assignments(ofUnit code: String) -> [Assignment] { (byUnit[code] ?? []).map { assignments[$0] } }
    public func commitments(setBy document: String) -> [Commitment] { commitments.filter { $0.document == document } }

    public init(files: [SourceFile] = [], folder: String = "nhiem-vu", units: UnitRegistry = UnitRegistry(),
                documents: DocumentCatalog? = nil, pages: [ParsedPage] = [], audience: Audience = .public) {
        var diagnostics = Diagnostics()
        self.folder = folder
        let read = CommitmentFiles(files: files, folder: folder, audience: audience, diagnostics: &diagnostics)
        withheld = read.withheld
        let checker = CommitmentChecker(units: units, documents: documents, pages: pages)
        var commitments: [Commitment] = []
        // Tasks left out for a mistake in their own row or file: reports of them are not wrong
        // too, and saying so would bury the one real mistake.
        var rejected: Set<String> = []
        for file in read.tasks {
            guard checker.checkDocument(file.document, diagnostics: &diagnostics) else {
                rejected.formUnion(file.rows.map(\.id))
                continue
            }
            for row in file.rows {
                if checker.check(row, cells: file.cells[row.localID] ?? [:], diagnostics: &diagnostics) { commitments.append(row) } else {
                    rejected.insert(row.id)
                }
            }
        }
        rejected.formUnion(read.rejectedTasks)
        self.commitments = commitments
        let index = Dictionary(commitments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        byID = index
        let byID = index.mapValues { commitments[$0] }
        let files = read.progress.sorted { ($0.asOf, $0.name) < ($1.asOf, $1.name) }
        progressFiles = files.map { ProgressFile(name: $0.name, asOf: $0.asOf, illustrative: $0.rows.contains(where: \.illustrative)) }
        let asOf = files.last?.asOf
        self.asOf = asOf

        // Who must do each task, on its due date (or as of the progress, for undated work).
        var assigned: [String: [Assignment]] = [:]
        for commitment in commitments {
            let errors = diagnostics.errorCount
            assigned[commitment.id] = checker.assignments(of: commitment, asOf: asOf, cells: read.tasks.first { $0.name == commitment.file }?
                .cells[commitment.localID] ?? [:], diagnostics: &diagnostics)
            // A unit named before it existed is left out: a report from it is not a second mistake.
            if diagnostics.errorCount > errors { rejected.insert(commitment.id) }
        }

        // The reports, checked against the assignments; then each pair's latest, judged.
        var latest: [String: ProgressEntry] = [:]
        var judged: [String: Compliance] = [:]
        var changes: [StatusChange] = []
        let ids = commitments.map(\.id)
        for file in files {
            var inFile: [String: SourceLocation] = [:]
            for (entry, cells) in zip(file.rows, file.cells) where !rejected.contains(entry.task)
                && !read.unreadFiles.contains(String(entry.task.prefix { $0 != "/" })) {
                guard checker.check(entry, cells: cells, commitment: byID[entry.task], among: ids,
                                    assigned: assigned[entry.task] ?? [], diagnostics: &diagnostics) else { continue }
                let key = entry.task + "|" + entry.unit
                if let first = inFile[key] {
                    diagnostics.error(at: cells["unit"], Message("commitments.second-report", ["task": .text(entry.task), "unit": .text(entry.unit)]),
                                      hint: Message("commitments.first-report-at", ["location": .text("\(first.path):\(first.line):\(first.column)")]))
                    continue
                }
                inFile[key] = entry.location
                latest[key] = entry
            }
            // Every pair judged as of this file: a report changes a judgement, and so does time
            // (pending becomes overdue). Before the first file, a pair stands as if unreported.
            for commitment in commitments {
                for assignment in assigned[commitment.id] ?? [] where assignment.compliance == nil {
                    let key = commitment.id + "|" + assignment.unit
                    let now = Compliance.judge(deadline: commitment.deadline, status: latest[key]?.status, doneOn: latest[key]?.doneOn,
                                               asOf: file.asOf).compliance
                    let before = judged[key] ?? Compliance.judge(deadline: commitment.deadline, status: nil, doneOn: nil, asOf: file.asOf).compliance
                    if now != before {
                        changes.append(StatusChange(task: commitment.id, unit: assignment.unit, asOf: file.asOf, before: before, after: now))
                    }
                    judged[key] = now
                }
            }
        }
        self.changes = changes

        var assignments: [Assignment] = []
        for commitment in commitments {
            for var assignment in assigned[commitment.id] ?? [] {
                let progress = latest[commitment.id + "|" + assignment.unit]
                assignment.progress = progress
                if let asOf, assignment.compliance == nil {
                    (assignment.compliance, assignment.days) = Compliance.judge(deadline: commitment.deadline, status: progress?.status,
                                                                               doneOn: progress?.doneOn, asOf: asOf)
                }
                if asOf == nil, assignment.compliance != .notApplicable { assignment.compliance = nil }
                assignments.append(assignment)
            }
        }
        self.assignments = assignments
        byTask = Dictionary(grouping: assignments.indices) { assignments[$0].task }
        byUnit = Dictionary(grouping: assignments.indices) { assignments[$0].unit }
        self.diagnostics = diagnostics
    }

    /// How many of `assignments` stand at each judgement, in the order of `Compliance.allCases`.
    public static func counts(_ assignments: [Assignment]) -> [(Compliance, Int)] {
        Compliance.allCases.compactMap { compliance in
            let count = assignments.filter { $0.compliance == compliance }.count
            return count > 0 ? (compliance, count) : nil
        }
    }
}
