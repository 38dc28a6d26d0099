import Spreadsheets

/// The commitments as data: `nhiem-vu.csv` (a row per task), `thuc-hien.csv` (a row per task and
/// unit that must do it), the same in JSON, and a data package describing them
/// (`CommitmentDownloads+Package.swift`). The values are codes, dates and numbers, the same in
/// every language, so each edition writes the same CSV and JSON bytes; only the package's titles
/// are in the edition's language. Rows come in the catalog's order, so two builds agree.
struct CommitmentDownloads {
    let catalog: CommitmentCatalog
    let data: DataCatalog
    let config: SiteConfig
    let strings: UIStrings

    func files() -> [OutputFile] {
        let tasks = Self.tasks(catalog), assignments = Self.assignments(catalog)
        return [
            .csv(catalog.tasksCSVPath, DataDownloads.csvText(Self.sheet(tasks, Self.taskFields))),
            .csv(catalog.assignmentsCSVPath, DataDownloads.csvText(Self.sheet(assignments, Self.assignmentFields))),
            OutputFile(path: catalog.tasksJSONPath, bytes: JSONWriter.bytes(Self.json(tasks, Self.taskFields))),
            OutputFile(path: catalog.assignmentsJSONPath, bytes: JSONWriter.bytes(Self.json(assignments, Self.assignmentFields))),
            package(),
        ]
    }

    /// A value of a row, typed once for both files: the CSV writes it as a cell made safe to open
    /// in a spreadsheet, the JSON as a string, number, boolean, array or null.
    enum Value {
        case text(String?)
        case integer(Int?)
        case bool(Bool)
        /// Unit codes or selectors: `so-a;so-b` in the CSV, as the tasks file writes them; an array in JSON.
        case codes([String])

        var cell: SheetCell {
            switch self {
            case let .text(text): text.map(SheetCell.text) ?? .empty
            case let .integer(number): number.map { .number(Double($0)) } ?? .empty
            case let .bool(flag): .bool(flag)
            case let .codes(codes): codes.isEmpty ? .empty : .text(codes.joined(separator: ";"))
            }
        }

        var json: Any {
            switch self {
            case let .text(text): text.map { $0 as Any } ?? JSONNull()
            case let .integer(number): number.map { $0 as Any } ?? JSONNull()
            case let .bool(flag): flag
            case let .codes(codes): codes as [Any]
            }
        }
    }

    /// JSON's null: `JSONWriter` writes a value of no type it knows as `null`.
    struct JSONNull {}

    /// The columns of a file, in order, with their Table Schema type and constraints (computed:
    /// a constraint's value is of any JSON type, which a shared constant may not hold).
    struct Field {
        var name: String
        var type: String
        var constraints: [String: Any] = [:]
    }

    static var taskFields: [Field] { [
        Field(name: "id", type: "string", constraints: ["required": true, "unique": true]),
        Field(name: "document", type: "string", constraints: ["required": true]),
        Field(name: "section", type: "string"),
        Field(name: "task", type: "string", constraints: ["required": true]),
        Field(name: "task_en", type: "string"),
        Field(name: "type", type: "string", constraints: ["required": true, "enum": Commitment.WorkType.allCases.map(\.rawValue)]),
        Field(name: "lead", type: "string"),
        Field(name: "support", type: "string"),
        Field(name: "to", type: "string"),
        Field(name: "due", type: "date"),
        Field(name: "due_rule", type: "string", constraints: ["enum": Deadline.Rule.allCases.map(\.rawValue)]),
        Field(name: "repeat", type: "string", constraints: ["enum": Commitment.Recurrence.allCases.map(\.rawValue)]),
        Field(name: "note", type: "string"),
        Field(name: "url", type: "string", constraints: ["required": true]),
        Field(name: "quote", type: "string"),
        Field(name: "illustrative", type: "boolean", constraints: ["required": true]),
    ] }

    static var assignmentFields: [Field] { [
        Field(name: "task", type: "string", constraints: ["required": true]),
        Field(name: "unit", type: "string", constraints: ["required": true]),
        Field(name: "due", type: "date"),
        Field(name: "due_rule", type: "string", constraints: ["enum": Deadline.Rule.allCases.map(\.rawValue)]),
        Field(name: "status", type: "string", constraints: ["enum": ProgressEntry.Status.allCases.map(\.rawValue)]),
        Field(name: "compliance", type: "string", constraints: ["enum": Compliance.allCases.map(\.rawValue)]),
        // A day, or a month when the report gives no more.
        Field(name: "done_on", type: "string", constraints: ["pattern": "[0-9]{4}-[0-9]{2}(-[0-9]{2})?"]),
        Field(name: "days", type: "integer", constraints: ["minimum": 1]),
        Field(name: "evidence", type: "string"),
        Field(name: "transferred_from", type: "string"),
        Field(name: "as_of", type: "date"),
        Field(name: "illustrative", type: "boolean", constraints: ["required": true]),
    ] }

    /// A row per task: the tasks file's columns as written (selectors kept), and its page.
    static func tasks(_ catalog: CommitmentCatalog) -> [[Value]] {
        catalog.commitments.map { task in
            [
                .text(task.id), .text(task.document), .text(task.section), .text(task.title), .text(task.englishTitle),
                .text(task.type.rawValue), .codes(task.lead.map(\.description)), .codes(task.support.map(\.description)),
                .codes(task.recipients.map(\.description)), .text(task.deadline?.date.description), .text(task.deadline?.rule.rawValue),
                .text(task.recurrence?.rawValue), .text(task.note), .text(catalog.taskPath(task.id)), .text(task.quote),
                .bool(task.illustrative),
            ]
        }
    }

    /// A row per task and unit that must do it. `status` is empty when no report speaks of the
    /// pair, `compliance` when the site has no progress file to judge it as of; `days` is the
    /// days late, or overdue as of `as_of`.
    static func assignments(_ catalog: CommitmentCatalog) -> [[Value]] {
        let latestIsIllustrative = catalog.progressFiles.last?.illustrative ?? false
        return catalog.assignments.map { assignment in
            let task = catalog.commitment(assignment.task)
            let progress = assignment.progress
            // Invented when the task is, or the report the judgement rests on is: the pair's own
            // latest report, or without one the progress file whose date it is judged as of.
            let illustrative = (task?.illustrative ?? false)
                || (progress?.illustrative ?? (assignment.compliance != nil && catalog.asOf != nil && latestIsIllustrative))
            return [
                .text(assignment.task), .text(assignment.unit), .text(task?.deadline?.date.description),
                .text(task?.deadline?.rule.rawValue), .text(progress?.status.rawValue), .text(assignment.compliance?.rawValue),
                .text(progress?.doneOn?.description), .integer(assignment.days), .text(progress?.evidence),
                .text(assignment.transferredFrom), .text(assignment.compliance == nil ? nil : catalog.asOf?.description),
                .bool(illustrative),
            ]
        }
    }

    /// The header, then the rows, as typed cells for `DataDownloads.csvText`, which makes every
    /// text cell safe exactly as the indicators' downloads do.
    static func sheet(_ rows: [[Value]], _ fields: [Field]) -> [[SheetCell]] {
        [fields.map { .text($0.name) }] + rows.map { $0.map(\.cell) }
    }

    static func json(_ rows: [[Value]], _ fields: [Field]) -> [Any] {
        rows.map { row -> Any in
            Dictionary(uniqueKeysWithValues: zip(fields.map(\.name), row.map(\.json))) as [String: Any]
        }
    }
}
