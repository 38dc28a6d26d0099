import Foundation
@testable import MinhBachKit
import Testing
import TestSupport

/// Every worked example of `docs/commitments.md`, read from the page itself and built: so the
/// page cannot say one thing while the code does another. A judgement example is a table with
/// the header `JudgementExample.header`; a who-owes-it example is a table with
/// `AssignmentExample.taskHeader` followed by one with `AssignmentExample.unitsHeader`.
@Suite struct CommitmentRulesDocTests {
    static let page = (try? String(contentsOf: Fixtures.projectRoot.appendingPathComponent("docs/commitments.md"), encoding: .utf8)) ?? ""
    static let tables = MarkdownTables.read(page)

    struct JudgementExample: Sendable, CustomStringConvertible {
        static let header = ["due", "due_rule", "last allowed day", "status", "done_on", "as_of", "compliance", "days"]
        var title: String
        var cells: [String: String]
        var description: String { title }
    }

    struct AssignmentExample: Sendable, CustomStringConvertible {
        static let taskHeader = ["lead", "due", "due_rule", "transfer", "as_of"]
        static let unitsHeader = ["unit", "valid_from", "valid_to", "successors", "status", "done_on", "compliance", "days",
                                  "transferred from"]
        var title: String
        var task: [String: String]
        var units: [[String: String]]
        var description: String { title }
    }

    static let judgements: [JudgementExample] = tables.filter { $0.header == JudgementExample.header }
        .flatMap { table in table.rows.map { JudgementExample(title: table.title, cells: $0) } }

    static let assignmentExamples: [AssignmentExample] = zip(tables, tables.dropFirst()).compactMap { task, units in
        guard task.header == AssignmentExample.taskHeader, units.header == AssignmentExample.unitsHeader, task.rows.count == 1 else { return nil }
        return AssignmentExample(title: task.title, task: task.rows[0], units: units.rows)
    }

    /// The page has every example the rules need, so a table whose header was mistyped (and
    /// silently left unread) fails here.
    @Test func thePageHasItsExamples() {
        #expect(Self.judgements.count == 14)
        #expect(Self.assignmentExamples.count == 5)
        let shown = Set(Self.judgements.compactMap { $0.cells["compliance"] })
        #expect(shown == Set(Compliance.allCases.map(\.rawValue)), "every judgement has an example")
    }

    @Test(arguments: judgements)
    func judgementExample(_ example: JudgementExample) throws {
        let cells = example.cells
        let deadline: Deadline? = try cells["due"].flatMap { $0.isEmpty ? nil : $0 }.map { due in
            Deadline(date: try #require(CalendarDate(due)), rule: try #require(Deadline.Rule(rawValue: cells["due_rule"] ?? "")))
        }
        #expect(deadline?.lastAllowedDay.description ?? "" == cells["last allowed day"], "last allowed day")
        let status = try cells["status"].flatMap { $0.isEmpty ? nil : $0 }.map { try #require(ProgressEntry.Status(rawValue: $0)) }
        let doneOn = try cells["done_on"].flatMap { $0.isEmpty ? nil : $0 }.map { try #require(ReportedDate($0)) }
        let asOf = try #require(CalendarDate(cells["as_of"] ?? ""))
        let (compliance, days) = Compliance.judge(deadline: deadline, status: status, doneOn: doneOn, asOf: asOf)
        #expect(compliance.rawValue == cells["compliance"])
        #expect(days.map(String.init) ?? "" == cells["days"])
    }

    @Test(arguments: assignmentExamples)
    func assignmentExample(_ example: AssignmentExample) throws {
        let task = example.task
        let row = "t,,,Nhiệm vụ thử,,report,\(task["lead"]!),,,\(task["due"]!),\(task["due_rule"]!),,"
        let transfer = task["transfer"]!.isEmpty ? "" : "transfer: \(task["transfer"]!)\n"
        let reports = example.units.filter { !($0["status"] ?? "").isEmpty }
            .map { "tasks/t,\($0["unit"]!),\($0["status"]!),\($0["done_on"]!),," }
        let site = CommitmentSite(
            units: example.units.map { CommitmentSite.Unit(code: $0["unit"]!, validFrom: $0["valid_from"]!, validTo: $0["valid_to"]!,
                                                            successors: $0["successors"]!) },
            files: CommitmentSite.tasks("tasks", rows: [row], extra: transfer)
                + CommitmentSite.progress("progress", asOf: task["as_of"]!, rows: reports))
        let (catalog, registry) = site.catalog()
        #expect(!registry.hasErrors)
        #expect(!catalog.diagnostics.hasErrors, "\(catalog.diagnostics.all.map(\.description))")
        #expect(catalog.asOf?.description == task["as_of"])
        let found = Dictionary(uniqueKeysWithValues: catalog.assignments(of: "tasks/t").map { ($0.unit, $0) })
        for unit in example.units {
            let code = unit["unit"]!
            guard let expected = unit["compliance"], !expected.isEmpty else {
                #expect(found[code] == nil, "\(code) is not assigned")
                continue
            }
            let assignment = try #require(found[code], "\(code) is assigned")
            #expect(assignment.compliance?.rawValue == expected, "\(code)")
            #expect(assignment.days.map(String.init) ?? "" == unit["days"], "\(code): days")
            #expect(assignment.transferredFrom ?? "" == unit["transferred from"], "\(code): transferred from")
        }
        #expect(found.count == example.units.filter { !($0["compliance"] ?? "").isEmpty }.count)
    }
}

/// The pipe tables of a Markdown page, each with the bold title of the paragraph before it.
enum MarkdownTables {
    struct Table: Sendable {
        var title: String
        var header: [String]
        var rows: [[String: String]]
    }

    static func read(_ text: String) -> [Table] {
        var tables: [Table] = []
        var title = ""
        var current: Table?
        func cells(_ line: Substring) -> [String] {
            var parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            parts.removeFirst()
            parts.removeLast()
            return parts
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                if let table = current { tables.append(table); current = nil }
                if line.hasPrefix("**"), let end = line.dropFirst(2).range(of: "**") { title = String(line.dropFirst(2)[..<end.lowerBound]) }
                continue
            }
            let row = cells(line)
            if var table = current {
                if row.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" } }) { continue }
                table.rows.append(Dictionary(uniqueKeysWithValues: zip(table.header, row.map { $0 == "—" ? "" : $0 })))
                current = table
            } else {
                current = Table(title: title, header: row, rows: [])
            }
        }
        if let table = current { tables.append(table) }
        return tables
    }
}
