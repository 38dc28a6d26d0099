import Diagnostics
import Foundation
@testable import MinhBachKit
import TestSupport
import Testing

/// The section registry: the parser and the layout know no kind of page by name, so a section
/// defined outside MinhBachKit (`GlossarySection`, in this target) works by being listed.
@Suite struct SectionRegistryTests {
    func build(withGlossary: Bool, _ name: String) -> (report: BuildReport, tree: [String: [UInt8]]) {
        let site = fixtureSite("section-glossary")
        let output = SiteTree.temporaryFolder(name).appendingPathComponent("site")
        var builder = SiteBuilder(options: BuildOptions(
            contentDirectory: site.appendingPathComponent("content"),
            themeDirectory: Fixtures.projectRoot.appendingPathComponent("theme"),
            outputDirectory: output, workingDirectory: site))
        if withGlossary { builder.sections.append(GlossarySection()) }
        return (builder.build(), SiteTree.read(output))
    }

    func text(_ tree: [String: [UInt8]], _ path: String) -> String { String(decoding: tree[path] ?? [], as: UTF8.self) }

    @Test func aRegisteredSectionReadsItsPagesAndMakesItsIndex() throws {
        let (report, tree) = build(withGlossary: true, "section-glossary-on")
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.all)")
        let term = text(tree, "thuat-ngu/dan-van.html")
        #expect(term.contains(#"<p class="term-en" lang="en">mass mobilisation</p>"#))
        #expect(term.contains("Công tác vận động nhân dân"))
        let index = text(tree, "thuat-ngu/index.html")
        #expect(index.contains("Những từ các văn bản dùng."), "the folder's index.md introduces the section's index")
        #expect(regexCaptures(#"<ul class="glossary">(.*?)</ul>"#, in: index).first?.contains("mot-cua.html") == true)
        #expect(index.contains(#"<a href="dan-van.html">Dân vận</a>"#))
    }

    @Test func withoutTheSectionItsPagesAreOrdinaryPagesAndItsKeysUnknown() throws {
        let (report, tree) = build(withGlossary: false, "section-glossary-off")
        #expect(!text(tree, "thuat-ngu/dan-van.html").contains("term-en"))
        #expect(!text(tree, "thuat-ngu/index.html").contains(#"class="glossary""#))
        // `term_en` is a key of the section's pages: without the section it is a mistake.
        #expect(report.diagnostics.all.contains { $0.description.contains("term_en") })
    }

    @Test func theParserTakesTheKindFromTheRegistry() throws {
        let file = SourceFile(displayPath: "content/thuat-ngu/x.md", relativePath: "thuat-ngu/x.md",
                              bytes: Array("---\ntitle: X\n---\n".utf8))
        var diagnostics = Diagnostics()
        let page = PageParser(config: SiteConfig(), kinds: SiteSections.all + [GlossarySection()]).parse(file, diagnostics: &diagnostics)
        #expect(page?.kindName == "glossary")
        #expect(diagnostics.all.map(\.description).contains { $0.contains("'term_en'") }, "a required key of the kind")
        let builtIn = SiteSections.all.map(\.name)
        #expect(builtIn == ["documents", "indicators", "models", "commitments"])
    }
}
