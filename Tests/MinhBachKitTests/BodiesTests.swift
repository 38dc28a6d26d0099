import Diagnostics
import Foundation
import MinhBachKit
import Testing
import TestSupport

/// Party bodies, mass organisations and public-service units in the units registry (`dang`,
/// `doan-the`, `su-nghiep`), on the fixture site `bodies-in-registry`: they are listed with the
/// other units, count in no indicator that does not name their kind, and a document that names
/// one as its issuer (`issuer_unit:`) appears on its page.
@Suite struct BodiesTests {
    static let site = buildTree(fixtureSite("bodies-in-registry"), "bodies-in-registry")
    /// The same site without the bodies: their rows and the document's `issuer_unit:` taken out.
    static let withoutBodies: (report: BuildReport, tree: [String: [UInt8]]) = {
        let folder = SiteTree.temporaryFolder("bodies-removed")
        let content = folder.appendingPathComponent("content")
        try? FileManager.default.copyItem(at: fixtureSite("bodies-in-registry").appendingPathComponent("content"), to: content)
        let registry = content.appendingPathComponent("don-vi.csv")
        let rows = (try? String(contentsOf: registry, encoding: .utf8))?.split(separator: "\n").filter { row in
            !["dang", "doan-the", "su-nghiep"].contains(row.split(separator: ",", omittingEmptySubsequences: false).dropFirst(3).first ?? "")
        } ?? []
        try? Data((rows.joined(separator: "\n") + "\n").utf8).write(to: registry)
        let document = content.appendingPathComponent("van-ban/ke-hoach-tinh-uy.md")
        let lines = (try? String(contentsOf: document, encoding: .utf8))?.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("issuer_unit:") } ?? []
        try? Data(lines.joined(separator: "\n").utf8).write(to: document)
        let output = folder.appendingPathComponent("site")
        return (buildSite(folder, output: output), SiteTree.read(output))
    }()

    static func text(_ path: String) -> String { String(decoding: site.tree[path] ?? [], as: UTF8.self) }

    @Test func bothSitesBuildWithoutAWord() {
        #expect(Self.site.report.diagnostics.all.map(\.description) == [])
        #expect(Self.withoutBodies.report.diagnostics.all.map(\.description) == [])
        #expect(Self.withoutBodies.tree["don-vi/tinh-uy-a.html"] == nil)
    }

    /// The share, the sum and the mean, their expected units, every indicator page, download and
    /// chart are byte for byte those of the site without bodies; only the registry's own
    /// download (and the bundles that carry it) differs.
    @Test func bodiesChangeNoIndicatorOutput() {
        let registryFiles: Set<String> = ["chi-tieu/don-vi.csv", "chi-tieu/du-lieu.xlsx", "chi-tieu/du-lieu.zip"]
        let compared = Self.site.tree.keys.filter { ($0.hasPrefix("chi-tieu/") || $0.hasPrefix("bieu-do/")) && !registryFiles.contains($0) }
        #expect(compared.count > 20)
        for path in compared.sorted() {
            #expect(Self.site.tree[path] == Self.withoutBodies.tree[path], "\(path) differs when the registry has bodies")
        }
        #expect(Set(compared) == Set(Self.withoutBodies.tree.keys.filter { ($0.hasPrefix("chi-tieu/") || $0.hasPrefix("bieu-do/")) && !registryFiles.contains($0) }))
        // And the values are those of the four measured units under the province.
        let json = (try? JSONSerialization.jsonObject(with: Data(Self.site.tree["chi-tieu/ty-le-hop.json"] ?? []))) as? [String: Any]
        let latest = (json?["series"] as? [[String: Any]])?.last
        #expect(latest?["value"] as? Double == 75)
        #expect(latest?["expected_units"] as? Int == 4 && latest?["reporting_units"] as? Int == 4)
        #expect(Self.text("chi-tieu/ty-le-hop.html").contains("4/4"))
    }

    /// The units index lists every body under its kind's name, after the five measured kinds.
    @Test func theUnitsIndexListsTheBodiesByKind() {
        let index = Self.text("don-vi/index.html")
        #expect(regexCaptures(#"<h2 id="loai-[^"]*">([^<]*)</h2>"#, in: index) == [
            "Tỉnh (1)", "Sở, ban, ngành (1)", "Cấp huyện (1)", "Cấp xã (2)",
            "Cơ quan Đảng (3)", "Mặt trận, đoàn thể (2)", "Đơn vị sự nghiệp (2)",
        ])
        for code in ["tinh-uy-a", "ban-dan-van", "huyen-uy-a", "mttq-a", "hoi-nong-dan-a", "dai-ptth-a", "truong-chinh-tri-a"] {
            #expect(index.contains(#"href="\#(code).html""#), "\(code)")
            #expect(Self.site.tree["don-vi/\(code).html"] != nil, "\(code)")
        }
        #expect(Self.text("don-vi/ban-dan-van.html").contains(#"<dd><a href="tinh-uy-a.html">Tỉnh ủy Tỉnh A</a></dd>"#))
        #expect(Self.text("don-vi/tinh-uy-a.html").contains("<dd>Cơ quan Đảng</dd>"))
    }

    /// `issuer_unit:` puts the document on its unit's page, linked, with its number and date; the
    /// document's issuer links back. A document without it is on no unit's page.
    @Test func aDocumentIsListedOnItsIssuersPage() {
        let unit = Self.text("don-vi/tinh-uy-a.html")
        #expect(unit.contains(#"<h2 id="van-ban">Văn bản ban hành</h2>"#
            + "\n" + #"<ul class="doc-links"><li><a href="../van-ban/ke-hoach-tinh-uy.html">Kế hoạch thực hiện công tác dân vận năm 2024</a>"#
            + #" <span class="doc-links__details">(12-KH/TU, 15/03/2024)</span></li></ul>"#))
        #expect(Self.text("van-ban/ke-hoach-tinh-uy.html").contains(#"<dt>Cơ quan ban hành</dt><dd><a href="../don-vi/tinh-uy-a.html">TỈNH ỦY TỈNH A</a></dd>"#))
        #expect(Self.text("van-ban/bao-cao-so-noi-vu.html").contains("<dt>Cơ quan ban hành</dt><dd>SỞ NỘI VỤ</dd>"))
        #expect(!Self.text("don-vi/so-noi-vu.html").contains("Văn bản ban hành"))
        #expect(Self.text("van-ban/index.json").contains(#""issuer_unit" : "tinh-uy-a""#))
    }

    /// A copy of the fixture with `change` made to its content, built.
    static func variant(_ name: String, _ change: (URL) throws -> Void) throws -> (report: BuildReport, tree: [String: [UInt8]]) {
        let folder = SiteTree.temporaryFolder(name)
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: fixtureSite("bodies-in-registry").appendingPathComponent("content"), to: content)
        try change(content)
        let output = folder.appendingPathComponent("site")
        return (buildSite(folder, output: output), SiteTree.read(output))
    }

    static func append(_ text: String, to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    /// `measured: true` in `site.yml` puts a kind back in every indicator: the party bodies'
    /// values then count, and the province's sum expects them.
    @Test func measuredTrueCountsAKind() throws {
        let built = try Self.variant("bodies-measured") { content in
            try Self.append("unit_kinds:\n  - code: dang\n    measured: true\n", to: content.appendingPathComponent("site.yml"))
            try Self.append("hop,tinh-uy-a,2024,5\n", to: content.appendingPathComponent("so-lieu/so-lieu.csv"))
        }
        #expect(built.report.diagnostics.all.map(\.description) == [])
        let json = (try? JSONSerialization.jsonObject(with: Data(built.tree["chi-tieu/hop.json"] ?? []))) as? [String: Any]
        let latest = (json?["series"] as? [[String: Any]])?.last
        #expect(latest?["value"] as? Double == 20)
        #expect(latest?["expected_units"] as? Int == 7 && latest?["reporting_units"] as? Int == 5)
    }

    /// A body's value for an indicator that does not name its kind is an error at the unit's
    /// cell, naming the kinds the indicator covers, with a hint to name the kind.
    @Test func aBodysValueWhereItsKindIsNotMeasuredIsAnError() throws {
        let built = try Self.variant("bodies-unmeasured-value") { content in
            try Self.append("hop,mttq-a,2024,5\n", to: content.appendingPathComponent("so-lieu/so-lieu.csv"))
        }
        #expect(built.report.diagnostics.all.map(\.description) == [
            "content/so-lieu/so-lieu.csv:9:2: error: indicator 'hop' covers units of kind tinh, huyen, xa, so-nganh, co-quan, not 'doan-the'\n"
                + "    help: indicators count units of kind 'doan-the' only when they name it in 'unit_kinds:'; "
                + "or give the kind 'measured: true' under 'unit_kinds:' in site.yml",
        ])
    }

    /// An indicator that names the kind counts only that kind's units.
    @Test func anIndicatorNamingTheKindCountsItsBodies() throws {
        let built = try Self.variant("bodies-named-kind") { content in
            try Data("---\ntitle: Số hội nghị\nmeasure: count\naggregate: sum\nunit_kinds: [doan-the]\nunit: tinh-a\n---\nHội nghị.\n".utf8)
                .write(to: content.appendingPathComponent("chi-tieu/hoi-nghi.md"))
            try Self.append("hoi-nghi,mttq-a,2024,2\nhoi-nghi,hoi-nong-dan-a,2024,3\n", to: content.appendingPathComponent("so-lieu/so-lieu.csv"))
        }
        #expect(built.report.diagnostics.all.map(\.description) == [])
        let json = (try? JSONSerialization.jsonObject(with: Data(built.tree["chi-tieu/hoi-nghi.json"] ?? []))) as? [String: Any]
        let latest = (json?["series"] as? [[String: Any]])?.last
        #expect(latest?["value"] as? Double == 5 && latest?["expected_units"] as? Int == 2)
    }

    /// An `issuer_unit:` that is no unit of the registry is an error at its value, in both
    /// languages, with the closest code.
    @Test func anUnknownIssuerUnitIsAnErrorAtItsValue() throws {
        let built = try Self.variant("bodies-unknown-issuer") { content in
            let document = content.appendingPathComponent("van-ban/ke-hoach-tinh-uy.md")
            let text = try String(contentsOf: document, encoding: .utf8).replacingOccurrences(of: "issuer_unit: tinh-uy-a", with: "issuer_unit: tinh-uy")
            try Data(text.utf8).write(to: document)
        }
        #expect(!built.report.wroteOutput)
        #expect(built.report.diagnostics.all.map { $0.rendered(in: .en) } == [
            "content/van-ban/ke-hoach-tinh-uy.md:6:14: error: 'issuer_unit' names 'tinh-uy', which is not a unit of the units registry\n"
                + "    help: did you mean 'tinh-uy-a'?",
        ])
        #expect(built.report.diagnostics.all.map { $0.rendered(in: .vi) } == [
            "content/van-ban/ke-hoach-tinh-uy.md:6:14: lỗi: 'issuer_unit' ghi 'tinh-uy', không phải đơn vị nào trong danh mục đơn vị\n"
                + "    gợi ý: có phải ý bạn là 'tinh-uy-a'?",
        ])
    }
}
