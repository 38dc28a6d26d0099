import Foundation
@testable import MinhBachKit
import Diagnostics
import Formatting
import Testing
import TestSupport

/// One data catalog per build, shared by the language editions: units and fields keep both
/// languages' names, and each edition shows the same values with its own words.
@Suite struct SharedDataCatalogTests {
    static let registry = """
        code,name,short_name,kind,parent,valid_from,valid_to,successors,note,name_en,short_name_en
        tinh,Tỉnh Điện Biên,Điện Biên,tinh,,,,,,Điện Biên Province,Điện Biên
        a,Huyện Ảnh,Ảnh,huyen,tinh,,,,,Zeta District,Zeta
        z,Huyện Zô,Zô,huyen,tinh,,,,,Alpha District,
        k,Huyện Không,Không,huyen,tinh,,,,,,

        """

    /// Read once, a unit answers in either language; without an English name it keeps its own,
    /// and its English short name falls back to its English name.
    @Test func aUnitIsReadOnceWithItsNamesInBothLanguages() throws {
        var diagnostics = Diagnostics()
        let units = UnitRegistry.read(SourceFile(displayPath: "don-vi.csv", relativePath: "don-vi.csv", bytes: Array(Self.registry.utf8)),
                                      diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        let a = try #require(units.unit("a")), z = try #require(units.unit("z")), k = try #require(units.unit("k"))
        #expect((a.name(in: "vi"), a.shortName(in: "vi")) == ("Huyện Ảnh", "Ảnh"))
        #expect((a.name(in: "en"), a.shortName(in: "en")) == ("Zeta District", "Zeta"))
        #expect((z.name(in: "en"), z.shortName(in: "en")) == ("Alpha District", "Alpha District"))
        #expect((k.name(in: "en"), k.shortName(in: "en")) == ("Huyện Không", "Không"))
        // Each language lists the units in the alphabetical order of its own short names.
        #expect(units.children(of: "tinh", language: "vi").map(\.code) == ["a", "k", "z"])
        #expect(units.children(of: "tinh", language: "en").map(\.code) == ["z", "k", "a"])
    }

    /// The fields vocabulary, read once, names a field in either language.
    @Test func aModelFieldHasItsNamesInBothLanguages() {
        var diagnostics = Diagnostics()
        let text = "code,name,name_en\nkinh-te,Kinh tế,Economy\nvan-hoa,Văn hóa,\n"
        let fields = ModelCatalog.readFields(SourceFile(displayPath: "mo-hinh/linh-vuc.csv", relativePath: "mo-hinh/linh-vuc.csv",
                                                        bytes: Array(text.utf8)), diagnostics: &diagnostics)
        #expect(fields.map { $0.name(in: "vi") } == ["Kinh tế", "Văn hóa"])
        #expect(fields.map { $0.name(in: "en") } == ["Economy", "Văn hóa"])
    }

    /// The demo's editions share one catalog: the same units and values, each edition with its
    /// own indicator titles, words of the `.en.md` pages and model order; a count of models
    /// cites the edition's page of its indicator.
    @Test func theEditionsShowOneCatalogInTheirOwnWords() throws {
        let site = try BuildSessionTests.demoCopy("shared-catalog-editions")
        let builder = SiteBuilder(options: BuildOptions(
            contentDirectory: site.appendingPathComponent("content"),
            themeDirectory: Fixtures.projectRoot.appendingPathComponent("theme"),
            outputDirectory: site.deletingLastPathComponent().appendingPathComponent("site"), workingDirectory: site))
        let (report, state) = builder.buildKeepingState()
        #expect(report.succeeded, "\(report.diagnostics.all)")
        let sites = try #require(state?.sites)
        try #require(sites.count == 2)
        let (vi, en) = (sites[0].data, sites[1].data)
        #expect(vi.units.units == en.units.units)
        #expect(vi.observations.count == en.observations.count)
        let grdp = "grdp-binh-quan-dau-nguoi"
        #expect(vi.result(grdp)?.whole.map(\.value) == en.result(grdp)?.whole.map(\.value))
        let poor = "ho-ngheo-so-ho"
        #expect(vi.result(poor)?.indicator.definition.unitLabel == "hộ" && en.result(poor)?.indicator.definition.unitLabel == "households")
        #expect(vi.indicator(poor)?.shortTitle == "Số hộ nghèo" && en.indicator(poor)?.shortTitle == "Poor households")
        #expect(vi.result(grdp)?.indicator.title != en.result(grdp)?.indicator.title)
        #expect(en.result(grdp)?.indicator.page.sourcePath == "chi-tieu/\(grdp).en.md")
        // Each edition orders the models by its own titles.
        for (data, pages) in [(vi, sites[0].pages), (en, sites[1].pages)] {
            let titles = data.models.models.map(\.title)
            #expect(Set(titles) == Set(pages.filter { $0.model != nil }.map(\.meta.title)))
            #expect(zip(titles, titles.dropFirst()).allSatisfy { VietnameseCollation.key($0) <= VietnameseCollation.key($1) })
        }
        #expect(vi.models.models.map(\.title) != en.models.models.map(\.title))
        let counted = try #require(vi.observations.first { $0.indicator == "so-mo-hinh-dan-van-kheo" })
        #expect(vi.citedFile(counted) == "chi-tieu/so-mo-hinh-dan-van-kheo.md")
        #expect(en.citedFile(counted) == "chi-tieu/so-mo-hinh-dan-van-kheo.en.md")
    }

    /// The data is checked once, against the site's own pages: a target sentence quoted from a
    /// document is looked for in the document, not in its English translation (which, built
    /// per edition, failed the English edition with "quote not in section").
    @Test func aTranslatedDocumentIsNotCheckedForTheOriginalsQuotes() throws {
        let site = try BuildSessionTests.demoCopy("shared-catalog-quote")
        let documents = site.appendingPathComponent("content/van-ban")
        let original = try String(contentsOf: documents.appendingPathComponent("de-an-dien-bien-2023-2025.md"), encoding: .utf8)
        let body = try #require(original.components(separatedBy: "\n---\n").dropFirst().first)
        let translation = "---\ntitle: \"Scheme of the Provincial Party Committee, 2023–2025\"\n---\n"
            + body.replacingOccurrences(of: "GRDP bình quân đầu người đạt trên 60 triệu đồng/năm", with: "GRDP per head above 60 million dong a year")
                .replacingOccurrences(of: "Giảm tỉ lệ hộ nghèo bình quân trên 4%/năm", with: "Poor households down by over 4% a year")
        try translation.write(to: documents.appendingPathComponent("de-an-dien-bien-2023-2025.en.md"), atomically: true, encoding: .utf8)
        let (report, tree) = buildTree(site, "shared-catalog-quote-site")
        #expect(report.succeeded, "\(report.diagnostics.all)")
        #expect(!report.diagnostics.all.contains { $0.location?.path.contains("chi-tieu/") ?? false })
        let page = String(decoding: tree["en/van-ban/de-an-dien-bien-2023-2025.html"] ?? [], as: UTF8.self)
        #expect(page.contains("GRDP per head above 60 million dong a year"))
    }
}
