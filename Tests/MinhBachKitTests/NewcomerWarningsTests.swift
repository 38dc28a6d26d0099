import Diagnostics
import Foundation
import MinhBachKit
import Testing
import TestSupport

/// What a new site is told without asking: an indicator whose whole can have no value, a
/// section no reader can reach; and the kinds of unit it declares are kinds its indicators may name.
struct NewcomerWarningsTests {
    func diagnostics(_ report: BuildReport, in language: MessageLanguage) -> String {
        report.diagnostics.sorted.map { $0.rendered(in: language) }.joined(separator: "\n") + "\n"
    }

    /// Values by unit, no row for the whole and no `aggregate:`: a warning at the page's first
    /// line; with `aggregate: none` written, at that line. An indicator with the whole's own rows,
    /// and a yes-no one (no aggregate makes a whole of it), are not warned about. The site builds.
    @Test(arguments: [MessageLanguage.en, .vi])
    func aWholeWithoutValueWarns(language: MessageLanguage) throws {
        let (report, tree) = buildTree(fixtureSite("no-whole-value"), "no-whole-value-\(language)")
        #expect(report.wroteOutput)
        #expect(report.diagnostics.all.allSatisfy { $0.severity == .warning })
        try Golden.check(diagnostics(report, in: language), named: "no-whole-value/diagnostics.\(language).txt")
        // What the warning is about: the page shows no value for the whole.
        #expect(String(decoding: tree["chi-tieu/so-hop.html"] ?? [], as: UTF8.self).contains("Chưa có số liệu"))
    }

    /// The hint lists every way `aggregate:` can make a whole, and only those.
    @Test func theHintNamesTheRealAggregations() throws {
        let hint = try #require(MessageCatalogue.template("newcomer.no-whole-value-hint", in: .en))
        let options = IndicatorDefinition.Aggregation.allCases.filter { $0 != .none }.map(\.rawValue)
        #expect(options == ["sum", "mean", "weighted-mean", "share", "count"])
        let listed = regexCaptures(#"(?:: |, | or )([a-z-]+)(?= \(|,| or |;)"#, in: hint)
        #expect(listed == options)
    }

    /// `menu: false` on the documents index and no link to it: a warning at `menu:`. The models
    /// gallery is hidden too but the home page links to it: no warning.
    @Test(arguments: [MessageLanguage.en, .vi])
    func anUnreachableSectionWarns(language: MessageLanguage) throws {
        let (report, tree) = buildTree(fixtureSite("unreachable-section"), "unreachable-section-\(language)")
        #expect(report.wroteOutput)
        try Golden.check(diagnostics(report, in: language), named: "unreachable-section/diagnostics.\(language).txt")
        #expect(tree["van-ban/index.html"] != nil)
        let nav = regexCaptures(#"<nav class="site-nav".*?</nav>"#, in: String(decoding: tree["index.html"] ?? [], as: UTF8.self)).first ?? ""
        #expect(!nav.contains("van-ban/") && !nav.contains("mo-hinh/"))
    }

    /// Linking the hidden documents index from a page makes it reachable: no warning.
    @Test func aLinkFromAPageReachesTheSection() throws {
        let folder = SiteTree.temporaryFolder("unreachable-section-linked")
        try? FileManager.default.removeItem(at: folder)
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: fixtureSite("unreachable-section").appendingPathComponent("content"), to: content)
        try Data("---\ntitle: Giới thiệu\nmenu: true\n---\nXem [các văn bản](van-ban/index.md).\n".utf8)
            .write(to: content.appendingPathComponent("gioi-thieu.md"))
        let report = buildSite(folder, output: folder.appendingPathComponent("site"))
        #expect(report.wroteOutput)
        #expect(report.diagnostics.all.isEmpty, "\(report.diagnostics.all)")
    }

    /// A kind declared in `site.yml` (`thon`) is one an indicator's `unit_kinds:` and a target's
    /// `unit_kind:` may name: the site builds without a word, and the village's target is its own.
    @Test func aDeclaredKindServesAnIndicator() {
        let (report, tree) = buildTree(fixtureSite("declared-kind-indicator"), "declared-kind-indicator")
        #expect(report.wroteOutput)
        #expect(report.diagnostics.all.isEmpty, "\(report.diagnostics.all)")
        let page = String(decoding: tree["chi-tieu/hop-thon.html"] ?? [], as: UTF8.self)
        #expect(page.contains("Thôn Một") && page.contains("Thôn Hai"))
    }

    /// A mistaken kind in `unit_kinds:` or `unit_kind:` is an error at the value, with "did you
    /// mean" among the declared kinds and their list.
    @Test(arguments: [MessageLanguage.en, .vi])
    func aMistakenKindNamesTheDeclaredOnes(language: MessageLanguage) throws {
        let (_, output, before) = try previousSite("declared-kind-mistake-\(language)")
        let report = buildSite(fixtureSite("declared-kind-mistake"), output: output)
        #expect(!report.wroteOutput)
        try Golden.check(diagnostics(report, in: language), named: "declared-kind-mistake/diagnostics.\(language).txt")
        #expect(SiteTree.read(output) == before)
    }
}
