import Diagnostics
import Foundation
import MinhBachKit
import Testing
import TestSupport

/// The bad-commitments corpus: every file of `invalid-commitments/content/nhiem-vu/` but the
/// correct ones holds one mistake (see the fixture's EXPECTED.md), each said once, at its key or
/// cell, in both languages; nothing is written and the previous site is left as it was.
@Suite struct CommitmentCorpusTests {
    @Test func eachMistakeIsOneErrorAtItsPlace() throws {
        let (_, output, before) = try previousSite("invalid-commitments")
        let report = buildSite(fixtureSite("invalid-commitments"), output: output)
        #expect(!report.wroteOutput)
        #expect(report.diagnostics.errorCount == 30)
        #expect(SiteTree.read(output) == before)
        // One diagnostic per file with a mistake, and none in the correct files.
        let files = report.diagnostics.all.compactMap { $0.location?.path }
        #expect(files.count == Set(files).count, "one diagnostic per file: \(files.sorted())")
        #expect(!files.contains { $0.hasSuffix("/ke-hoach-mau.csv") || $0.hasSuffix("/tien-do.csv") || $0.hasSuffix("/don-vi.csv") })
        for language in MessageLanguage.allCases {
            let text = report.diagnostics.sorted.map { $0.rendered(in: language) }.joined(separator: "\n") + "\n"
            do { try Golden.check(text, named: "invalid-commitments/diagnostics.\(language.rawValue).txt") } catch { Issue.record(error) }
        }
    }
}
