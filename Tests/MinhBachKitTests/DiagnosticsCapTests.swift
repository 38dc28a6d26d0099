import Diagnostics
import struct Diagnostics.SourceLocation
import Foundation
import MinhBachKit
import Testing
import TestSupport

/// The same mistake repeated in one file is shown a few times, then counted on one line — for
/// every kind of problem, since the cap is in the `Diagnostics` collection itself.
struct DiagnosticsCapTests {
    func location(_ path: String, _ column: Int) -> SourceLocation { SourceLocation(path: path, line: 1, column: column) }

    @Test func aKindIsShownTenTimesPerFileThenCounted() {
        var diagnostics = Diagnostics()
        for column in 1...1_000 { diagnostics.error(at: location("a.csv", column), .verbatim("unknown column 'c\(column)'"), hint: .verbatim("columns: x")) }
        for column in 1...3 { diagnostics.error(at: location("b.csv", column), .verbatim("unknown column 'c\(column)'")) }
        diagnostics.error(at: location("a.csv", 1), .verbatim("missing column 'value'"))
        #expect(diagnostics.errorCount == 1_004)
        #expect(diagnostics.hasErrors)
        let lines = diagnostics.sorted.map { "\($0.location!): \($0.message)" }
        #expect(lines.count == 10 + 1 + 3 + 1)
        #expect(lines.contains("a.csv:1:11: … and 990 more like this in this file"))
        #expect(lines.filter { $0.hasPrefix("a.csv") && $0.contains("unknown column") }.count == 10)
        #expect(lines.filter { $0.hasPrefix("b.csv") }.count == 3)
        #expect(lines.contains("a.csv:1:1: missing column 'value'"))
    }

    @Test func kindsDifferByTheirWordsNotByNamesOrNumbers() {
        var diagnostics = Diagnostics()
        for n in 1...20 { diagnostics.error(at: location("a.csv", n), .verbatim("row \(n) has \(n + 1) fields, the header has 4")) }
        for n in 1...20 { diagnostics.error(at: location("a.csv", n), .verbatim("'x\(n)' is not a number")) }
        for n in 1...20 { diagnostics.error(at: location("a.csv", n), .verbatim("this page's title \(n) is long")) }
        #expect(diagnostics.all.count == 3 * 11)
        #expect(diagnostics.all.filter { $0.message.hasPrefix("… and 10 more") }.count == 3)
    }

    /// A data file checked once per language is counted once, over the cap as under it.
    @Test func theSameProblemsFoundTwiceAreCountedOnce() {
        func check() -> Diagnostics {
            var diagnostics = Diagnostics()
            for column in 1...50 { diagnostics.error(at: location("a.csv", column), .verbatim("column '' is given twice")) }
            diagnostics.error(at: location("b.csv", 1), .verbatim("the file is empty"))
            return diagnostics
        }
        var all = Diagnostics()
        all.append(contentsOf: check())
        all.append(contentsOf: check())
        all.removeDuplicates()
        #expect(all.all.map(\.message).filter { $0.hasPrefix("…") } == ["… and 40 more like this in this file"])
        #expect(all.errorCount == 51)
        // Problems of the same kind found apart add up.
        var parts = Diagnostics()
        for half in [1...30, 31...60] {
            var part = Diagnostics()
            for column in half { part.error(at: location("a.csv", column), .verbatim("column '' is given twice")) }
            parts.append(contentsOf: part)
        }
        #expect(parts.all.map(\.message).filter { $0.hasPrefix("…") } == ["… and 50 more like this in this file"])
        #expect(parts.errorCount == 60)
    }

    /// A header of 100,000 commas: a few dozen lines, not three hundred thousand.
    @Test func aHeaderOfManyEmptyColumnsIsAFewLines() throws {
        let folder = SiteTree.temporaryFolder("commas")
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: fixtureSite("charts").appendingPathComponent("content"), to: content)
        try Data("delimiter: \",\"\ndecimal: \",\"\nthousands: \".\"\n".utf8).write(to: content.appendingPathComponent("so-lieu/phay.yml"))
        try Data((String(repeating: ",", count: 100_000) + "\n").utf8).write(to: content.appendingPathComponent("so-lieu/phay.csv"))
        let report = buildSite(folder, output: folder.appendingPathComponent("site"))
        let lines = report.diagnostics.sorted.flatMap { $0.description.split(separator: "\n") }
        #expect(lines.count < 50, "\(lines.count) lines")
        #expect(report.diagnostics.errorCount == 200_005)
        let summaries = report.diagnostics.sorted.filter { $0.message.hasPrefix("…") }.map(\.description)
        #expect(summaries == [
            "content/so-lieu/phay.csv:1:11: error: … and 99,991 more like this in this file",
            "content/so-lieu/phay.csv:1:12: error: … and 99,990 more like this in this file",
        ])
    }
}
