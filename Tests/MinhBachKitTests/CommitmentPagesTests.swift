import Foundation
@testable import MinhBachKit
import TestSupport
import Testing

/// The commitments section on the fixture with every compliance case: the overview, the task
/// pages, the filter pages, the calendar, and the tasks on document and unit pages.
@Suite struct CommitmentPagesTests {
    static let built = buildTree(fixtureSite("commitments-compliance"), "commitment-pages")

    func page(_ path: String) -> String { String(decoding: Self.built.tree[path] ?? [], as: UTF8.self) }
    /// The page's main content as text: tags out, entities decoded, spaces collapsed.
    func words(_ path: String) -> String {
        let html = page(path)
        let main = html.range(of: "<main").flatMap { start in html.range(of: "</main>").map { String(html[start.lowerBound..<$0.upperBound]) } } ?? html
        let text = main.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .replacingOccurrences(of: " :", with: ":").replacingOccurrences(of: " )", with: ")")
    }

    @Test func theFixtureBuildsWithoutProblems() {
        #expect(!Self.built.report.diagnostics.hasErrors, "\(Self.built.report.diagnostics.all)")
    }

    @Test func theOverviewGoldens() throws {
        for path in ["nhiem-vu/index.html", "nhiem-vu/ke-hoach-mau/tu-cham-diem.html", "nhiem-vu/tinh-trang/overdue.html", "nhiem-vu/lich.html"] {
            do { try Golden.check(page(path), named: "commitments-compliance/\(path)") } catch { Issue.record(error) }
        }
    }

    @Test func theOverviewSaysTheDateAndCountsEachJudgement() {
        let text = words("nhiem-vu/index.html")
        #expect(text.contains("Tình hình đến ngày 31/12/2023"))
        #expect(text.contains("Số nhiệm vụ: 5. Số lượt giao cho đơn vị: 12."))
        for (symbol, words, count) in [("✓", "Đã hoàn thành đúng hạn", 3), ("✓!", "Đã hoàn thành quá hạn", 2), ("○", "Chưa hoàn thành, trong hạn", 2),
                                        ("✗", "Chưa hoàn thành, quá hạn", 1), ("∞", "Không có thời hạn", 1), ("–", "Không áp dụng", 2),
                                        ("?", "Chưa xác định", 1)] {
            #expect(text.contains("\(symbol) \(words): \(count)"), "\(words)")
        }
    }

    @Test func theOverdueListShowsDaysOverdue() {
        let overdue = regexCaptures(#"<section aria-labelledby="qua-han">(.*?)</section>"#, in: page("nhiem-vu/index.html")).first ?? ""
        #expect(overdue.contains("Sở C tỉnh Thử"))
        #expect(overdue.contains("(51 ngày)"))
    }

    @Test func theGridCarriesSymbolAndWordsNotColourAlone() {
        let grid = regexCaptures(#"<section aria-labelledby="luoi">(.*?)</section>"#, in: page("nhiem-vu/index.html")).first ?? ""
        #expect(grid.contains(#"<span aria-hidden="true">✗</span><span class="visually-hidden">Chưa hoàn thành, quá hạn</span>"#))
        #expect(grid.contains(#"class="compliance-legend""#))
    }

    @Test func aPagePerJudgementListsOnlyItsAssignments() {
        let late = words("nhiem-vu/tinh-trang/late.html")
        #expect(late.contains("Báo cáo kết quả 06 tháng"))
        #expect(late.contains("(1 ngày)"), "done on the due day under 'before' is a day late")
        #expect(late.contains("(5 ngày)"))
        #expect(!late.contains("Sở C tỉnh Thử"))
        #expect(Self.built.tree["nhiem-vu/tinh-trang/on-time.html"] != nil)
    }

    @Test func aTaskPageQuotesItsSentenceAndListsItsUnits() {
        let task = page("nhiem-vu/chuyen-giao/bao-cao-nam.html")
        #expect(task.contains(#"<blockquote class="task-quote">"#))
        #expect(task.contains("van-ban/ke-hoach-mau.html#iii-1-c"))
        let text = words("nhiem-vu/chuyen-giao/bao-cao-nam.html")
        #expect(text.contains("Sở E tỉnh Thử (nhận từ Sở D tỉnh Thử)"))
        #expect(text.contains("Không áp dụng"))
    }

    @Test func theDocumentListsItsTasksAndItsSectionsLinkDownToThem() {
        let document = page("van-ban/ke-hoach-mau.html")
        #expect(document.contains(#"<h2 id="nhiem-vu-va-thoi-han">Nhiệm vụ và thời hạn</h2>"#))
        // The note sits right after the paragraph that sets the task.
        #expect(regexCaptures(#"id="iii-1-b"[^>]*>.*?</p>\n<p class="section-links">(.*?)</p>"#, in: document).first?
            .contains("tu-cham-diem.html") == true)
    }

    @Test func aUnitPageListsItsTasksWithCounts() {
        let unit = words("don-vi/so-b.html")
        #expect(unit.contains("Nhiệm vụ được giao"))
        #expect(unit.contains("Báo cáo phải gửi"))
        #expect(unit.contains("Đã hoàn thành quá hạn: 2"))
    }

    @Test func theCalendarGroupsDeadlinesByMonth() {
        let text = words("nhiem-vu/lich.html")
        let may = text.range(of: "Tháng 5/2023"), november = text.range(of: "Tháng 11/2023"), january = text.range(of: "Tháng 1/2024")
        #expect(may != nil && november != nil && january != nil)
        if let may, let november, let january { #expect(may.lowerBound < november.lowerBound && november.lowerBound < january.lowerBound) }
        #expect(text.contains("Không có thời hạn"))
    }

    @Test func theSameInputGivesTheSameFiles() {
        let again = buildTree(fixtureSite("commitments-compliance"), "commitment-pages-again")
        #expect(again.tree == Self.built.tree)
    }
}

/// An indicator computed from tasks (`on_time_tasks`): per unit and year of the due date, yes
/// when every listed task due that year was done on time; a year with one still undetermined
/// gives no value; the share counts the units with a value.
@Suite struct TaskCountsTests {
    @Test func theValuesFollowTheJudgements() throws {
        let tree = CommitmentPagesTests.built.tree
        let json = try JSONSerialization.jsonObject(with: Data(try #require(tree["chi-tieu/bao-cao-dung-han.json"]))) as? [String: Any]
        let units = try #require(json?["units"] as? [[String: Any]])
        var values: [String: Double] = [:]
        for unit in units {
            let series = unit["series"] as? [[String: Any]] ?? []
            if let code = unit["unit"] as? String, let value = series.first?["value"] as? Double { values[code] = value }
        }
        // so-a: both on time; so-b: both late; so-c: overdue; so-noi-vu: on time (its month is
        // wholly before the deadline); so-e: undetermined, so no value yet.
        #expect(values == ["so-a": 1, "so-b": 0, "so-c": 0, "so-noi-vu": 1])
        let share = try JSONSerialization.jsonObject(with: Data(try #require(tree["chi-tieu/ty-le-bao-cao-dung-han.json"]))) as? [String: Any]
        let whole = try #require((share?["series"] as? [[String: Any]])?.last)
        #expect(whole["value"] as? Double == 50 && whole["reporting_units"] as? Int == 4 && whole["expected_units"] as? Int == 5)
    }
}
