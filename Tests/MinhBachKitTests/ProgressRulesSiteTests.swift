import Foundation
import MinhBachKit
import Testing
import TestSupport

/// The worked examples of `docs/progress.md` that need a whole indicator (16 to 19), on the
/// fixture site `progress-rules`, read back from its JSON downloads as a reader's program would;
/// and the located errors of a grade scale and of a derived value.
@Suite struct ProgressRulesSiteTests {
    static let site = buildTree(fixtureSite("progress-rules"), "progress-rules")

    static func json(_ id: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(site.tree["chi-tieu/\(id).json"] ?? []))) as? [String: Any] ?? [:]
    }

    /// Each unit's status code in the indicator's JSON download.
    static func statuses(_ id: String) -> [String: String] {
        let units = json(id)["units"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: units.compactMap { unit in
            (unit["unit"] as? String).map { ($0, unit["status"] as? String ?? "") }
        })
    }

    static func text(_ path: String) -> String { String(decoding: site.tree[path] ?? [], as: UTF8.self) }

    @Test func theFixtureBuilds() {
        #expect(Self.site.report.diagnostics.errorCount == 0, "\(Self.site.report.diagnostics.sorted.map(\.description))")
    }

    /// Examples 16 and 17: the whole's 90% is each xã's target; the huyện's own kind target is 95%.
    @Test func unitsTakeTheWholesPercentageTargetOrTheirKinds() {
        #expect(Self.statuses("dung-han") == ["xa-a": "achieved", "xa-b": "at-risk", "huyen-a": "on-track"])
        let huyen = (Self.json("dung-han")["units"] as? [[String: Any]])?.first { $0["unit"] as? String == "huyen-a" }
        #expect((huyen?["target"] as? [String: Any])?["value"] as? Double == 95)
    }

    /// Example 18: done is achieved (1, 1 too, never judged by growth); not done is pending before
    /// the share's 2025 deadline and off track in 2025; the same on the share's page.
    @Test func yesNoUnitsAreDoneOrNotByTheShareDeadline() {
        let expected = ["xa-a": "achieved", "xa-b": "achieved", "xa-c": "pending", "xa-d": "off-track"]
        #expect(Self.statuses("lam-viec") == expected)
        #expect(Self.statuses("ty-le-lam-viec") == expected)
        #expect(Self.statuses("khong-han") == ["xa-c": "pending"])
        #expect(Self.text("chi-tieu/khong-han.html").contains("Chưa đạt, còn trong hạn"))
    }

    /// Example 19: grades against "từ Khá trở lên" in 2025 (a score of 50 is Trung bình), and
    /// no status without a grade target; names and codes exported, never the number that orders them.
    @Test func gradesAreJudgedOnlyAgainstAGradeTargetAndExportedByName() throws {
        #expect(Self.statuses("xep-loai") == ["xa-a": "achieved", "xa-b": "pending", "xa-c": "off-track", "xa-d": "achieved"])
        #expect(Self.statuses("xep-loai-khong-muc-tieu") == ["xa-a": "no-target", "xa-b": "no-target"])
        #expect(Self.json("xep-loai-khong-muc-tieu")["status"] as? String == "no-target")
        let target = (Self.json("xep-loai")["targets"] as? [[String: Any]])?.first
        #expect(target?["grade"] as? String == "kha" && target?["grade_name"] as? String == "Khá" && target?["value"] == nil)
        let csv = Self.text("chi-tieu/xep-loai.csv")
        #expect(csv.contains(",xa-c,Xã C,2025,,official,false,,,,so-lieu/so-lieu.csv,16,trung-binh,Trung bình\r\n"))
        let page = Self.text("chi-tieu/xep-loai.html")
        #expect(page.contains("từ Khá trở lên (2025)"))
        #expect(page.contains("Xuất sắc, Tốt, Khá, Trung bình, Yếu"))
        // The chart's own CSV names the grade too.
        let chartCSV = Self.site.tree.filter { $0.key.hasPrefix("bieu-do/chi-tieu/xep-loai/") && $0.key.hasSuffix(".csv") }
        #expect(!chartCSV.isEmpty)
        for (path, bytes) in chartCSV {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.contains("Trung bình") && !text.contains(",2\r\n") && !text.contains(",4\r\n"), "\(path)")
        }
        // The trend words of a unit without a grade target: Khá (2023) → Tốt (2024) is better.
        #expect(Self.text("chi-tieu/xep-loai-khong-muc-tieu.html").contains("↗ tăng (tốt lên)"))
    }

    /// A derived value is exported as derived, with its rule.
    @Test func provenanceWordsAreExported() {
        let csv = Self.text("chi-tieu/xep-loai-khong-muc-tieu.csv")
        #expect(csv.contains(",xa-b,Xã B,2024,,derived,false,,,Yếu = xếp loại của xã trước khi sáp nhập,"))
        #expect(Self.text("chi-tieu/dung-han.csv").contains(",92,official,false,"))
    }

    /// Unknown grades (in a cell, in a target), a score outside every range, and a derived value
    /// without its rule are errors at their place, with a hint naming the declared grades.
    @Test func gradeAndProvenanceMistakesAreLocated() throws {
        let folder = SiteTree.temporaryFolder("progress-rules-bad")
        let site = folder.appendingPathComponent("site-src")
        try? FileManager.default.removeItem(at: site)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixtureSite("progress-rules"), to: site)
        let data = site.appendingPathComponent("content/so-lieu/so-lieu.csv")
        var csv = try String(contentsOf: data, encoding: .utf8)
        csv += "xep-loai,xa-a,2023,Giỏi,,\nxep-loai-khong-muc-tieu,xa-c,2024,95,,\ndung-han,xa-c,2024,50,derived,\n"
        try csv.write(to: data, atomically: true, encoding: .utf8)
        let page = site.appendingPathComponent("content/chi-tieu/xep-loai.md")
        let text = try String(contentsOf: page, encoding: .utf8).replacingOccurrences(of: "value: kha", with: "value: kha-tro-len")
        try text.write(to: page, atomically: true, encoding: .utf8)
        let report = buildSite(site, output: folder.appendingPathComponent("out"))
        let lines = report.diagnostics.sorted.map(\.description)
        #expect(lines.contains { $0.hasPrefix("content/so-lieu/so-lieu.csv:21:4: error: 'Giỏi' is not a grade of indicator 'xep-loai'") }, "\(lines)")
        #expect(lines.contains { $0.contains("help: write one of Xuất sắc, Tốt, Khá, Trung bình, Yếu") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("content/so-lieu/so-lieu.csv:22:4: error: '95' is not a grade of indicator 'xep-loai-khong-muc-tieu'") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("content/so-lieu/so-lieu.csv:23:5: error: a derived value needs a 'note'") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("content/chi-tieu/xep-loai.md:13:12: error: invalid 'value': 'kha-tro-len' is not one of the indicator's grades") }, "\(lines)")
        #expect(report.diagnostics.errorCount == 4)
    }
}
