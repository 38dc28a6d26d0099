import Diagnostics
@testable import MinhBachKit
import Testing

/// The commitments model beyond the worked examples of docs/commitments.md (which
/// `CommitmentRulesDocTests` checks): selectors, transfer, the history of progress files, the
/// changes feed, a site without progress, and that one mistake gives one error.
@Suite struct CommitmentCatalogTests {
    typealias Unit = CommitmentSite.Unit

    static let units = [Unit(code: "so-a"), Unit(code: "so-b"), Unit(code: "so-c"),
                        Unit(code: "so-d", validTo: "2023-06-30", successors: "so-e"), Unit(code: "so-e", validFrom: "2023-07-01")]

    func compliance(_ catalog: CommitmentCatalog, _ task: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: catalog.assignments(of: task).map { ($0.unit, $0.compliance?.rawValue ?? "nil") })
    }

    func errors(_ catalog: CommitmentCatalog) -> [String] {
        catalog.diagnostics.all.filter { $0.severity == .error }.map(\.description)
    }

    // MARK: Who must do it

    /// A selector picks the units of its kind below its parent that exist on the due date; for a
    /// task with no due date, those that exist on the as-of date.
    @Test func aSelectorPicksTheUnitsThatExistOnTheDay() {
        let site = CommitmentSite(units: Self.units, files: CommitmentSite.tasks("k", rows: [
            "dated,,,Có hạn,,task,@so-nganh/tinh-thu,,,2023-05-10,by,,",
            "undated,,,Thường xuyên,,task,@so-nganh/tinh-thu,,,,,continuous,",
        ]) + CommitmentSite.progress("p", asOf: "2023-12-31", rows: []))
        let catalog = site.catalog().catalog
        #expect(errors(catalog).isEmpty)
        #expect(Set(catalog.assignments(of: "k/dated").map(\.unit)) == ["so-a", "so-b", "so-c", "so-d"])
        #expect(Set(catalog.assignments(of: "k/undated").map(\.unit)) == ["so-a", "so-b", "so-c", "so-e"])
        #expect(Set(compliance(catalog, "k/undated").values) == ["no-deadline"])
    }

    /// A unit that ended before the due date owes nothing; with transfer its successor owes it.
    /// A successor that also ended hands it on; a cycle of ended successors ends (no unit owes
    /// it) instead of recursing for ever.
    @Test func anEndedUnitHandsTheTaskToItsSuccessorsOnlyWithTransfer() {
        let units = [Unit(code: "so-x", validTo: "2023-03-31", successors: "so-y"), Unit(code: "so-y", validTo: "2023-03-31", successors: "so-x"),
                     Unit(code: "so-d", validTo: "2023-06-30", successors: "so-e;so-f"),
                     Unit(code: "so-e", validFrom: "2023-07-01", validTo: "2023-09-30", successors: "so-g"),
                     Unit(code: "so-f", validFrom: "2023-07-01"), Unit(code: "so-g", validFrom: "2023-10-01")]
        let rows = ["t,,,Báo cáo,,report,so-d,,,2023-11-10,by,,", "cycle,,,Vòng,,report,so-x,,,2023-11-10,by,,"]
        let without = CommitmentSite(units: units, files: CommitmentSite.tasks("k", rows: rows)
            + CommitmentSite.progress("p", asOf: "2023-12-31", rows: [])).catalog().catalog
        #expect(compliance(without, "k/t") == ["so-d": "not-applicable"])
        let with = CommitmentSite(units: units, files: CommitmentSite.tasks("k", rows: rows, extra: "transfer: successors\n")
            + CommitmentSite.progress("p", asOf: "2023-12-31", rows: [])).catalog().catalog
        #expect(compliance(with, "k/t") == ["so-d": "not-applicable", "so-f": "overdue", "so-g": "overdue"])
        #expect(Set(with.assignments(of: "k/t").compactMap(\.transferredFrom)) == ["so-d"])
        #expect(compliance(with, "k/cycle") == ["so-x": "not-applicable"])
        #expect(errors(with).isEmpty)
    }

    // MARK: The history of progress files

    static let twoFiles = CommitmentSite(units: units, files: CommitmentSite.tasks("k", rows: [
        "t,,,Tự chấm điểm,,self-assessment,so-a;so-b;so-c,,,2023-11-10,by,,",
    ])
        // Named so that the later file sorts first by name: the order is by as_of.
        + CommitmentSite.progress("a-cuoi-nam", asOf: "2023-12-31", rows: [
            "k/t,so-a,done,2023-11-01,,", "k/t,so-c,done,2023-05-01,,",
        ])
        + CommitmentSite.progress("b-giua-nam", asOf: "2023-06-30", rows: [
            "k/t,so-a,in-progress,,,", "k/t,so-b,in-progress,,,", "k/t,so-c,done,2023-05-01,,",
        ]))

    /// The latest `as_of` is the site's; each pair takes its latest report, and a pair the latest
    /// file leaves out keeps its earlier report, judged as of the latest date.
    @Test func theLatestFileWinsAndAnOlderReportStillCounts() throws {
        let catalog = Self.twoFiles.catalog().catalog
        #expect(errors(catalog).isEmpty)
        #expect(catalog.asOf?.description == "2023-12-31")
        #expect(catalog.progressFiles.map(\.name) == ["b-giua-nam", "a-cuoi-nam"])
        let byUnit = Dictionary(uniqueKeysWithValues: catalog.assignments(of: "k/t").map { ($0.unit, $0) })
        let a = try #require(byUnit["so-a"]), b = try #require(byUnit["so-b"])
        #expect(a.progress?.file == "a-cuoi-nam" && a.compliance == .onTime)
        #expect(b.progress?.file == "b-giua-nam" && b.status == .inProgress)
        #expect(b.compliance == .overdue && b.days == 51)
    }

    /// The changes feed lists a pair when its judgement at a file's date differs from the one at
    /// the file before (at the first file: from what it would be unreported), and only then;
    /// time alone changes one too (so-b: pending, then overdue).
    @Test func changesListOnlyChanges() {
        let changes = Self.twoFiles.catalog().catalog.changes.map {
            "\($0.asOf) \($0.unit) \($0.before.rawValue) → \($0.after.rawValue)"
        }
        #expect(changes == [
            "2023-06-30 so-c pending → on-time",
            "2023-12-31 so-a pending → on-time", "2023-12-31 so-b pending → overdue",
        ])
    }

    /// Without a progress file there is no as-of date, and nothing is judged but a unit's end.
    @Test func withoutProgressNothingIsJudged() {
        let catalog = CommitmentSite(units: Self.units, files: CommitmentSite.tasks("k", rows: [
            "t,,,Báo cáo,,report,so-a;so-d,,,2023-11-10,by,,", "u,,,Thường xuyên,,task,so-a,,,,,,",
        ])).catalog().catalog
        #expect(errors(catalog).isEmpty)
        #expect(catalog.asOf == nil && catalog.progressFiles.isEmpty && catalog.changes.isEmpty)
        #expect(compliance(catalog, "k/t") == ["so-a": "nil", "so-d": "not-applicable"])
        #expect(compliance(catalog, "k/u") == ["so-a": "nil"])
    }

    // MARK: One mistake, one error

    /// A task rejected for its own row, a file whose document is unknown, a unit named before it
    /// existed: the reports of those tasks are not checked, so each mistake is said once.
    @Test func aRejectedTaskDoesNotMakeItsReportsWrongToo() {
        let units = Self.units + [Unit(code: "so-h", validFrom: "2024-01-01")]
        let catalog = CommitmentSite(units: units, files: CommitmentSite.tasks("k", rows: [
            "bad-type,,,Loại sai,,bao-cao,so-a,,,2023-11-10,by,,",
            "not-yet,,,Chưa có,,report,so-h,,,2023-11-10,by,,",
        ])
            + ["khac.yml": "kind: tasks\ndocument: van-ban-khong-co\n",
               "khac.csv": CommitmentSite.taskHeader + "t,,,Nhiệm vụ,,task,so-a,,,,,,\n"]
            + CommitmentSite.progress("p", asOf: "2023-12-31", rows: [
                "k/bad-type,so-a,done,2023-11-01,,", "k/not-yet,so-h,in-progress,,,", "khac/t,so-a,done,2023-11-01,,",
            ])).catalog().catalog
        let errors = errors(catalog)
        #expect(errors.count == 3, "\(errors)")
        #expect(errors.contains { $0.contains("'bao-cao' is not a type of task") })
        #expect(errors.contains { $0.contains("unit 'so-h' did not exist on the due date") })
        #expect(errors.contains { $0.contains("van-ban-khong-co") })
    }

    /// A public build leaves an internal tasks file out, and the reports of its tasks with it,
    /// without calling them unknown; the internal build has both.
    @Test func anInternalTasksFileTakesItsReportsWithItInAPublicBuild() {
        let site = CommitmentSite(units: Self.units, files: CommitmentSite.tasks("noi-bo", rows: [
            "t,,,Nội bộ,,task,so-a,,,2023-11-10,by,,",
        ], extra: "visibility: internal\n") + CommitmentSite.progress("p", asOf: "2023-12-31", rows: ["noi-bo/t,so-a,done,2023-11-01,,"]))
        let published = site.catalog(audience: .public).catalog
        #expect(errors(published).isEmpty, "\(errors(published))")
        #expect(published.commitments.isEmpty && published.assignments.isEmpty)
        #expect(published.withheld == ["nhiem-vu/noi-bo.csv"])
        let internalBuild = site.catalog(audience: .internal).catalog
        #expect(errors(internalBuild).isEmpty)
        #expect(compliance(internalBuild, "noi-bo/t") == ["so-a": "on-time"])
    }
}
