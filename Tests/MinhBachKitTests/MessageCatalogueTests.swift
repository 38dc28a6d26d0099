import Diagnostics
import Foundation
import TestSupport
import Testing

/// The two message catalogues say the same things: the same keys, the same blanks, and every key
/// the sources use is in both.
@Suite struct MessageCatalogueTests {
    @Test func bothLanguagesHaveTheSameKeys() {
        let english = MessageCatalogue.keys(of: .en), vietnamese = MessageCatalogue.keys(of: .vi)
        #expect(english.subtracting(vietnamese).sorted() == [], "missing in Vietnamese")
        #expect(vietnamese.subtracting(english).sorted() == [], "missing in English")
    }

    @Test func eachKeyHasTheSameBlanksInBothLanguages() {
        for key in MessageCatalogue.keys(of: .en).sorted() {
            let english = Self.blanks(MessageCatalogue.template(key, in: .en) ?? "")
            let vietnamese = Self.blanks(MessageCatalogue.template(key, in: .vi) ?? "")
            #expect(english == vietnamese, "\(key)")
        }
    }

    @Test func everyKeyTheSourcesUseIsCatalogued() throws {
        let known = MessageCatalogue.keys(of: .en)
        let used = try Self.sourceTexts().flatMap { file, text in
            text.matches(of: /Message\("([a-z0-9][a-z0-9.-]*)"/).map { (key: String($0.output.1), file: file) }
        }
        #expect(!used.isEmpty)
        for (key, file) in used where key != Message.verbatimKey {
            let isCatalogued = known.contains(key)
            #expect(isCatalogued, "\(file) uses '\(key)', which no catalogue has")
        }
    }

    /// A key no source names is a message nobody can see: left over, or misspelt at its use.
    /// (The severities are named through `Diagnostic.Severity`'s raw values.)
    @Test func everyCataloguedKeyIsUsed() throws {
        let sources = try Self.sourceTexts().filter { !$0.file.contains("/Messages/") }.map(\.text).joined()
        let unused = MessageCatalogue.keys(of: .en).filter { !$0.hasPrefix("severity.") && !sources.contains("\"\($0)\"") }
        #expect(unused.sorted() == [])
    }

    @Test func noKeyIsDefinedTwice() {
        #expect(MessageCatalogue.keysDefinedTwice(in: .en) == [])
        #expect(MessageCatalogue.keysDefinedTwice(in: .vi) == [])
    }

    /// Every Swift file under `Sources`, with its path.
    static func sourceTexts() throws -> [(file: String, text: String)] {
        let sources = Fixtures.projectRoot.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        return try files.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
            .map { (file: $0.path, text: try String(contentsOf: $0, encoding: .utf8)) }
    }

    @Test func blanksAreFilledAndCountsFollowTheLanguage() {
        let more = Message("diagnostics.more-in-file", ["count": .count(12_345)])
        #expect(more.text(in: .en) == "… and 12,345 more like this in this file")
        #expect(more.text(in: .vi) == "… và 12.345 vấn đề tương tự nữa trong tệp này")
        let problem = Diagnostic.error(at: SourceLocation(path: "content/a.md", line: 3, column: 1),
                                       .verbatim("x"), hint: Message("suggestion.did-you-mean", ["word": "note"]))
        #expect(problem.rendered(in: .vi) == "content/a.md:3:1: lỗi: x\n    gợi ý: có phải ý bạn là 'note'?")
        #expect(problem.description == "content/a.md:3:1: error: x\n    help: did you mean 'note'?")
    }

    @Test func theLanguageComesFromTheOptionThenTheLocale() {
        #expect(MessageLanguage.chosen(environment: ["LANG": "vi_VN.UTF-8"]) == .vi)
        #expect(MessageLanguage.chosen(environment: ["LANG": "C"]) == .en)
        #expect(MessageLanguage.chosen(environment: [:]) == .en)
        #expect(MessageLanguage.chosen(environment: ["LANG": "vi_VN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"]) == .en)
        #expect(MessageLanguage.chosen(environment: ["LC_ALL": "vi", "LC_MESSAGES": "en_US.UTF-8"]) == .vi)
        #expect(MessageLanguage.chosen(option: .en, environment: ["LC_ALL": "vi"]) == .en)
    }

    static func blanks(_ template: String) -> Set<String> {
        Set(template.matches(of: /\{([a-z][a-zA-Z0-9_]*)\}/).map { String($0.output.1) })
    }
}

/// Every invalid fixture site, read in Vietnamese: each problem says its severity and its
/// message in Vietnamese words, not the English ones (a message left uncatalogued, or a
/// Vietnamese entry copied from the English, would show here).
@Suite struct VietnameseDiagnosticsTests {
    static let sites = ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url("Sites").path)) ?? [])
        .filter { $0.hasPrefix("invalid-") || ["unit-kind-cascade", "declared-kind-mistake", "no-whole-value", "unreachable-section"].contains($0) }
        .sorted()

    @Test func theFixturesAreFound() { #expect(Self.sites.count >= 10) }

    @Test(arguments: sites)
    func everyProblemIsSaidInVietnamese(site: String) throws {
        let output = SiteTree.temporaryFolder("vi-\(site)").appendingPathComponent("site")
        let report = buildSite(fixtureSite(site), output: output)
        #expect(!report.diagnostics.all.isEmpty)
        for diagnostic in report.diagnostics.all {
            let vietnamese = diagnostic.rendered(in: .vi)
            let severity = diagnostic.severity == .error ? "lỗi: " : "cảnh báo: "
            #expect(vietnamese.contains(severity), "\(vietnamese)")
            #expect(diagnostic.text.key != Message.verbatimKey, "not catalogued: \(diagnostic.message)")
            #expect(diagnostic.text.text(in: .vi) != diagnostic.text.text(in: .en), "said in English: \(vietnamese)")
            for hint in diagnostic.hintTexts where hint.key != Message.verbatimKey {
                #expect(hint.text(in: .vi) != hint.text(in: .en) || !hint.text(in: .en).contains(" "), "hint said in English: \(vietnamese)")
            }
        }
    }
}
