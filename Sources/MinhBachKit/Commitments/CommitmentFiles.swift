import Diagnostics

/// The files of the commitments folder, read: each `.csv` with the `.yml` beside it saying
/// whether it holds tasks (`kind: tasks`, and the document that sets them) or progress
/// (`kind: progress`, and the date it stands at). Every problem at its key or cell; checks that
/// need other files (units, documents, tasks) are the catalog's.
struct CommitmentFiles {
    /// A tasks file's rows, with what its declaration says.
    struct Tasks {
        var name: String
        var document: LocatedText
        var rows: [Commitment]
        /// The raw unit cells, to report a problem where it is written.
        var cells: [String: [String: SourceLocation]]
    }
    struct Progress {
        var name: String
        var asOf: CalendarDate
        var rows: [ProgressEntry]
        /// Where each row's cells are, by column, parallel to `rows`.
        var cells: [[String: SourceLocation]]
    }

    var tasks: [Tasks] = []
    var progress: [Progress] = []
    /// Files left out of this build (`visibility: internal` in a public build).
    var withheld: [String] = []
    /// Global ids of rows left out for a mistake in their own cells.
    var rejectedTasks: Set<String> = []
    /// Names of tasks files that could not be read, or that this build leaves out: reports of
    /// their tasks are not checked.
    var unreadFiles: Set<String> = []

    static let taskColumns = ["id", "section", "quote", "task", "task_en", "type", "lead", "support", "to", "due", "due_rule",
                              "repeat", "note"]
    static let requiredTaskColumns = ["id", "task", "type", "lead"]
    static let progressColumns = ["task", "unit", "status", "done_on", "evidence", "note"]
    static let requiredProgressColumns = ["task", "unit", "status"]
    static let keys = ["kind", "document", "as_of", "delimiter", "transfer", "illustrative", "source", "title", "description",
                       Visibility.key]

    init(files: [SourceFile], folder: String, audience: Audience, diagnostics: inout Diagnostics) {
        let prefix = folder + "/"
        let inFolder = files.filter { $0.relativePath.hasPrefix(prefix) && !$0.relativePath.dropFirst(prefix.count).contains("/") }
        let byPath = Dictionary(inFolder.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        for file in inFolder.sorted(by: { $0.relativePath < $1.relativePath }) {
            if file.relativePath.hasSuffix(".yml"), byPath[String(file.relativePath.dropLast(4)) + ".csv"] == nil {
                diagnostics.error(at: SourceLocation(path: file.displayPath, line: 1, column: 1),
                                  Message("commitments.declaration-without-csv", ["file": .text(String(file.relativePath.dropFirst(prefix.count)))]))
            }
            guard file.relativePath.hasSuffix(".csv") else { continue }
            let name = String(file.relativePath.dropFirst(prefix.count).dropLast(4))
            guard let declarationFile = byPath[String(file.relativePath.dropLast(4)) + ".yml"] else {
                unreadFiles.insert(name)
                diagnostics.error(at: SourceLocation(path: file.displayPath, line: 1, column: 1),
                                  Message("commitments.no-declaration", ["file": .text(name + ".yml")]),
                                  hint: Message("commitments.no-declaration-hint"))
                continue
            }
            guard let text = declarationFile.text(diagnostics: &diagnostics) else {
                unreadFiles.insert(name)
                continue
            }
            var fields = YAMLFields(yaml: text, path: declarationFile.displayPath, firstLine: 1)
            let kind = fields.string("kind", required: true)
            var delimiter: Character = ","
            if let given = fields.string("delimiter") {
                if given == "," || given == ";" { delimiter = Character(given) } else {
                    fields.reportInvalid("delimiter", Message("indicators.bad-delimiter", ["value": .text(given)]))
                }
            }
            let illustrative = fields.bool("illustrative") ?? false
            let visibility = Visibility.decode(&fields)
            _ = fields.string("source"); _ = fields.string("title"); _ = fields.string("description")
            switch kind {
            case "tasks":
                let document = fields.located("document")
                if document == nil {
                    diagnostics.error(at: fields.keyLocation("kind"), Message("commitments.no-document"),
                                      hint: Message("commitments.no-document-hint"))
                }
                var transfers = false
                if let transfer = fields.string("transfer") {
                    if transfer == "successors" { transfers = true } else if transfer != "none" {
                        fields.reportInvalid("transfer", Message("commitments.bad-transfer", ["value": .text(transfer)]))
                    }
                }
                if fields.has("as_of") { fields.reportInvalid("as_of", Message("commitments.as-of-in-tasks")) }
                fields.reportUnknownKeys(known: Self.keys)
                diagnostics.append(contentsOf: fields.diagnostics)
                guard !fields.diagnostics.hasErrors, let document,
                      let table = CSVFile.read(file, delimiter: delimiter, columns: Self.taskColumns, required: Self.requiredTaskColumns,
                                               declaration: declarationFile.displayPath, diagnostics: &diagnostics) else {
                    unreadFiles.insert(name)
                    continue
                }
                if !visibility.isShown(to: audience) {
                    // Its tasks are not in this build: reports of them are withheld too, not unknown.
                    withheld.append(file.relativePath)
                    unreadFiles.insert(name)
                    continue
                }
                let file = Self.tasks(table, name: name, document: document, transfers: transfers, illustrative: illustrative,
                                      diagnostics: &diagnostics)
                tasks.append(file.tasks)
                rejectedTasks.formUnion(file.rejected)
            case "progress":
                let asOf = fields.date("as_of")
                if !fields.has("as_of") {
                    diagnostics.error(at: fields.keyLocation("kind"), Message("commitments.no-as-of"),
                                      hint: Message("commitments.no-as-of-hint"))
                }
                if fields.has("document") { _ = fields.string("document") }
                fields.reportUnknownKeys(known: Self.keys)
                diagnostics.append(contentsOf: fields.diagnostics)
                guard !fields.diagnostics.hasErrors, let asOf,
                      let table = CSVFile.read(file, delimiter: delimiter, columns: Self.progressColumns,
                                               required: Self.requiredProgressColumns, declaration: declarationFile.displayPath,
                                               diagnostics: &diagnostics) else { continue }
                if !visibility.isShown(to: audience) { withheld.append(file.relativePath); continue }
                progress.append(Self.progress(table, name: name, asOf: asOf, illustrative: illustrative, diagnostics: &diagnostics))
            case nil:
                unreadFiles.insert(name)
                diagnostics.append(contentsOf: fields.diagnostics)
            case let other?:
                unreadFiles.insert(name)
                fields.reportInvalid("kind", Message("commitments.bad-kind", ["kind": .text(other)]),
                                     hint: Message("commitments.bad-kind-hint"))
                diagnostics.append(contentsOf: fields.diagnostics)
            }
        }
    }

    private static func tasks(_ table: CSVFile, name: String, document: LocatedText, transfers: Bool, illustrative: Bool,
                              diagnostics: inout Diagnostics) -> (tasks: Tasks, rejected: Set<String>) {
        var result = Tasks(name: name, document: document, rows: [], cells: [:])
        var rejected: Set<String> = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            func cell(_ column: String) -> String? { row[column].flatMap { $0.isEmpty ? nil : $0 } }
            let id = row["id"] ?? ""
            guard !id.isEmpty, Slug.make(id) == id else {
                diagnostics.error(at: row.location("id"), Message("commitments.bad-id", ["id": .text(id)]),
                                  hint: id.isEmpty ? nil : Message("units.bad-code-hint", ["code": .text(Slug.make(id))]))
                continue
            }
            if let line = seen[id] {
                diagnostics.error(at: row.location("id"), Message("commitments.duplicate-id", ["id": .text(id), "line": .count(line)]))
                continue
            }
            seen[id] = row.line
            var ok = true
            let title = cell("task") ?? ""
            if title.isEmpty {
                diagnostics.error(at: row.location("task"), Message("commitments.no-title", ["id": .text(id)]))
                ok = false
            }
            let typeText = row["type"] ?? ""
            let type = Commitment.WorkType(rawValue: typeText)
            if type == nil {
                let names = Commitment.WorkType.allCases.map(\.rawValue)
                diagnostics.error(at: row.location("type"), Message("commitments.bad-type", ["type": .text(typeText)]),
                                  hint: Suggestion.message(for: typeText, among: names)
                                      ?? Message("commitments.types", ["types": .text(names.joined(separator: ", "))]))
                ok = false
            }
            func references(_ column: String) -> [UnitReference] {
                let parts = (row[column] ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                return parts.compactMap { text in
                    guard let reference = UnitReference(text) else {
                        diagnostics.error(at: row.location(column), Message("commitments.bad-selector", ["text": .text(text)]),
                                          hint: Message("commitments.selector-hint"))
                        ok = false
                        return nil
                    }
                    return reference
                }
            }
            let lead = references("lead"), support = references("support"), recipients = references("to")
            if lead.isEmpty, (row["lead"] ?? "").isEmpty {
                diagnostics.error(at: row.location("lead"), Message("commitments.no-lead", ["id": .text(id)]),
                                  hint: Message("commitments.no-lead-hint"))
                ok = false
            }
            var deadline: Deadline?
            let ruleText = cell("due_rule")
            if let dueText = cell("due") {
                let date = CalendarDate(dueText)
                if date == nil {
                    diagnostics.error(at: row.location("due"), Message("commitments.bad-date", ["text": .text(dueText)]))
                    ok = false
                }
                let rule = ruleText.flatMap(Deadline.Rule.init(rawValue:))
                if ruleText == nil {
                    diagnostics.error(at: row.location("due"), Message("commitments.due-without-rule", ["id": .text(id)]),
                                      hint: Message("commitments.due-rule-hint"))
                    ok = false
                } else if rule == nil {
                    diagnostics.error(at: row.location("due_rule"), Message("commitments.bad-due-rule", ["text": .text(ruleText!)]),
                                      hint: Message("commitments.due-rule-hint"))
                    ok = false
                }
                if let date, let rule { deadline = Deadline(date: date, rule: rule) }
            } else if let ruleText {
                diagnostics.error(at: row.location("due_rule"), Message("commitments.rule-without-due", ["rule": .text(ruleText)]))
                ok = false
            }
            var recurrence: Commitment.Recurrence?
            if let repeatText = cell("repeat") {
                recurrence = Commitment.Recurrence(rawValue: repeatText)
                if recurrence == nil {
                    let names = Commitment.Recurrence.allCases.map(\.rawValue)
                    diagnostics.error(at: row.location("repeat"), Message("commitments.bad-repeat", ["text": .text(repeatText)]),
                                      hint: Suggestion.message(for: repeatText, among: names)
                                          ?? Message("commitments.repeats", ["values": .text(names.joined(separator: ", "))]))
                    ok = false
                }
            }
            guard ok, let type else {
                rejected.insert(name + "/" + id)
                continue
            }
            result.cells[id] = ["lead": row.location("lead"), "support": row.location("support"), "to": row.location("to"),
                                "section": row.location("section"), "quote": row.location("quote"), "due": row.location("due")]
            result.rows.append(Commitment(
                id: name + "/" + id, localID: id, file: name, document: document.text, section: cell("section"), quote: cell("quote"),
                title: title, englishTitle: cell("task_en"), type: type, lead: lead, support: support, recipients: recipients,
                deadline: deadline, recurrence: recurrence, note: cell("note"), transfersToSuccessors: transfers,
                illustrative: illustrative, location: row.location("id")))
        }
        return (result, rejected)
    }

    private static func progress(_ table: CSVFile, name: String, asOf: CalendarDate, illustrative: Bool,
                                 diagnostics: inout Diagnostics) -> Progress {
        var result = Progress(name: name, asOf: asOf, rows: [], cells: [])
        for row in table.rows {
            func cell(_ column: String) -> String? { row[column].flatMap { $0.isEmpty ? nil : $0 } }
            let statusText = row["status"] ?? ""
            guard let status = ProgressEntry.Status(rawValue: statusText) else {
                let names = ProgressEntry.Status.allCases.map(\.rawValue)
                diagnostics.error(at: row.location("status"), Message("commitments.bad-status", ["text": .text(statusText)]),
                                  hint: Suggestion.message(for: statusText, among: names)
                                      ?? Message("commitments.statuses", ["values": .text(names.joined(separator: ", "))]))
                continue
            }
            var doneOn: ReportedDate?
            if let text = cell("done_on") {
                guard let date = ReportedDate(text) else {
                    diagnostics.error(at: row.location("done_on"), Message("commitments.bad-done-on", ["text": .text(text)]),
                                      hint: Message("commitments.bad-done-on-hint"))
                    continue
                }
                if date.earliest > asOf {
                    diagnostics.error(at: row.location("done_on"),
                                      Message("commitments.done-after-as-of", ["date": .text(text), "as_of": .text(asOf.description)]),
                                      hint: Message("commitments.done-after-as-of-hint"))
                    continue
                }
                doneOn = date
            }
            if status == .done, doneOn == nil {
                diagnostics.error(at: row.location("status"), Message("commitments.done-without-date"),
                                  hint: Message("commitments.bad-done-on-hint"))
                continue
            }
            result.cells.append(["task": row.location("task"), "unit": row.location("unit"), "evidence": row.location("evidence")])
            result.rows.append(ProgressEntry(
                task: row["task"] ?? "", unit: row["unit"] ?? "", status: status, doneOn: doneOn, evidence: cell("evidence"),
                note: cell("note"), asOf: asOf, file: name, illustrative: illustrative, location: row.location("task")))
        }
        return result
    }
}
