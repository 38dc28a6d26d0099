import Diagnostics
import Foundation
@testable import MinhBachKit
import Testing
import TestSupport

/// `minhbach check --review`: the reviewer's findings on a fixture with one planted instance of
/// each kind, as text and JSON; the demo's findings; the internal page that lists them.
struct ReviewTests {
    static let site = fixtureSite("review")

    /// A check of `site` (or a build into `output` when given) that reviews its data.
    static func review(_ site: URL, output: URL? = nil, page: Bool = false) -> BuildReport {
        var options = BuildOptions(
            contentDirectory: site.appendingPathComponent("content"),
            themeDirectory: Fixtures.projectRoot.appendingPathComponent("theme"),
            outputDirectory: output ?? site.appendingPathComponent("site"), checkOnly: output == nil, workingDirectory: site)
        options.reviewsData = true
        options.includesReviewPage = page
        return SiteBuilder(options: options).build()
    }

    /// Every kind, once each, and nothing else.
    @Test func eachPlantedFindingIsListedOnce() throws {
        let report = Self.review(Self.site)
        #expect(report.succeeded, "\(report.diagnostics.all)")
        #expect(report.findings.map(\.kind).sorted() == ReviewFinding.Kind.allCases)
        // `review_jump: 150` lets diem-khac double; diem, at the default 50%, may not.
        #expect(!report.findings.contains { $0.message.contains("diem-khac") })
        // The parts of 2024 add up; those of 2023 do not.
        #expect(report.findings.filter { $0.kind == .partsTotal }.map(\.location.line) == [17])
    }

    @Test func findingsAsTextMatchTheGoldenFile() throws {
        let report = Self.review(Self.site)
        try Golden.check(ReviewReport(report.findings).text(), named: "review/findings.txt")
        // With --strict the same lines are errors.
        let strict = ReviewReport(report.findings).text(strict: true)
        #expect(strict.components(separatedBy: ": error: ").count - 1 == report.findings.count)
        #expect(!strict.contains(": warning: "))
    }

    @Test func findingsAsJSONMatchTheGoldenFile() throws {
        let report = Self.review(Self.site)
        let json = ReviewReport(report.findings).json
        try Golden.check(json, named: "review/findings.json")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(decoded?.count == report.findings.count)
        #expect(decoded?.first.map { Set($0.keys) } == ["file", "line", "column", "kind", "key", "message", "hint", "page"])
    }

    /// Without a review, a check finds nothing to query and adds no page: as before.
    @Test func aCheckWithoutReviewIsUnchanged() {
        var options = BuildOptions(contentDirectory: Self.site.appendingPathComponent("content"),
                                   themeDirectory: Fixtures.projectRoot.appendingPathComponent("theme"),
                                   outputDirectory: Self.site.appendingPathComponent("site"), checkOnly: true, workingDirectory: Self.site)
        options.reviewsData = false
        let report = SiteBuilder(options: options).build()
        #expect(report.succeeded)
        #expect(report.findings.isEmpty)
        #expect(report.diagnostics.all.isEmpty, "\(report.diagnostics.all)")
        let (_, tree) = buildTree(Self.site, "review-public")
        #expect(tree[SiteRenderer.reviewPagePath] == nil)
    }

    /// The page lists the findings grouped by kind, in the kinds' order, each linked to a page
    /// of the site and naming its file, row and column.
    @Test func theReviewPageGroupsFindingsAndLinksToTheirPages() throws {
        let output = SiteTree.temporaryFolder("review-page").appendingPathComponent("site")
        let report = Self.review(Self.site, output: output, page: true)
        #expect(report.succeeded, "\(report.diagnostics.all)")
        let tree = SiteTree.read(output)
        let html = String(decoding: try #require(tree[SiteRenderer.reviewPagePath]), as: UTF8.self)
        #expect(html.contains("<title>Kiểm tra dữ liệu – Kiểm tra dữ liệu thử</title>"))
        let groups = regexCaptures(#"<h2 id="([a-z-]+)">"#, in: html)
        #expect(groups == ReviewFinding.Kind.allCases.map(\.rawValue))
        #expect(html.contains("<code>so-lieu/so-lieu.csv</code>, dòng 17, cột 4"))
        #expect(html.contains(#"<a href="chi-tieu/don-thu.html#so-lieu">Tổng số đơn</a>"#))
        #expect(html.contains(#"<a href="van-ban/de-an.html#phan-1-i">"#))
        for href in regexCaptures(##"<li class="review-list__item">.*?<a href="([^"#]+)"##, in: html) {
            #expect(tree[href] != nil, "\(href) is not a page of the site")
        }
        // Internal: not in the search index.
        #expect(!tree.filter { $0.key.hasPrefix("tim-kiem/") }.values.contains { String(decoding: $0, as: UTF8.self).contains("kiem-tra-du-lieu") })
    }

    /// The demo: its conflicting citation of 114-KL/TW and its illustrative unit data are
    /// queried, and its internal page lists them in both languages.
    @Test func theDemoFindingsAreListedOnItsReviewPage() throws {
        let output = SiteTree.temporaryFolder("review-demo").appendingPathComponent("site")
        let report = Self.review(Fixtures.projectRoot, output: output, page: true)
        #expect(report.succeeded, "\(report.diagnostics.all)")
        let citation = report.findings.first { $0.kind == .citationConflict && $0.message.contains("114-KL/TW") }
        #expect(citation?.location.path == "content/van-ban/bao-cao-tuan-giao-6-thang-2021.md")
        #expect(citation?.message.contains("14/7/2015") == true)
        #expect(report.findings.contains { $0.kind == .illustrativeValue && $0.location.path == "content/so-lieu/minh-hoa-don-vi.csv" })
        // The petitions by type add up to their total: nothing to query there.
        #expect(!report.findings.contains { $0.kind == .partsTotal })
        let tree = SiteTree.read(output)
        let page = String(decoding: try #require(tree[SiteRenderer.reviewPagePath]), as: UTF8.self)
        #expect(page.contains("114-KL/TW"))
        // Each page in its own language: the Vietnamese one in Vietnamese, the English one in English.
        #expect(page.contains("chỗ này trích 114-KL/TW là ngày 14/7/2015"))
        #expect(page.contains(#"href="van-ban/bao-cao-tuan-giao-6-thang-2021.html""#))
        #expect(page.contains("<code>so-lieu/minh-hoa-don-vi.csv</code>"))
        let english = String(decoding: try #require(tree["en/" + SiteRenderer.reviewPagePath]), as: UTF8.self)
        #expect(english.contains("<h1>Data review</h1>") || english.contains(">Data review<"))
        #expect(english.contains("<code>so-lieu/minh-hoa-don-vi.csv</code>, row "))
        #expect(english.contains("this cites 114-KL/TW as dated 14/7/2015"))
    }

    @Test func aTargetSentenceHoldsAFigureOtherThanAYear() {
        #expect(TargetSentences.holdsFigure("100% xã có điểm tiếp công dân"))
        #expect(TargetSentences.holdsFigure("trong top 5 tỉnh"))
        #expect(TargetSentences.holdsFigure("giảm bình quân 5,5%/năm"))
        #expect(!TargetSentences.holdsFigure("hằng năm tổng kết vào năm 2025."))
        #expect(!TargetSentences.holdsFigure("xoá tình trạng nhà ở dột nát"))
    }

    @Test func aCitedDateAndIssuerAreReadAfterTheNumber() throws {
        let text = "Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư Trung ương Đảng về nâng cao"
        let cited = try #require(DataReview.citedDate(in: text, after: text.range(of: "114-KL/TW")!.upperBound))
        #expect(cited.date == IssueDate("2015-07-14"))
        #expect(cited.issuer == "Ban Bí thư Trung ương Đảng")
        let long = "Nghị quyết 25-NQ/TW ngày 03 tháng 6 năm 2013"
        #expect(DataReview.citedDate(in: long, after: long.range(of: "25-NQ/TW")!.upperBound)?.date == IssueDate("2013-06-03"))
        #expect(DataReview.sameIssuer("Ban Chấp hành Trung ương Đảng khóa XI", "Ban Chấp hành Trung ương Đảng (khoá XI)"))
        #expect(!DataReview.sameIssuer("Ban Bí thư Trung ương Đảng", "Bộ Chính trị"))
    }

    /// The hook the commitments will use: a date known to the month against a day's deadline in
    /// that month cannot be judged; against one in another month it can.
    @Test func aMonthOnlyDateAgainstADayDeadlineIsQueried() {
        let at = SourceLocation(path: "content/x.yml", line: 3, column: 7)
        let comparisons = [
            MonthOnlyDates.Comparison(date: IssueDate("2024-06")!, deadline: CalendarDate(year: 2024, month: 6, day: 15)!,
                                      location: at, subject: "the report", page: nil),
            MonthOnlyDates.Comparison(date: IssueDate("2024-05")!, deadline: CalendarDate(year: 2024, month: 6, day: 15)!,
                                      location: at, subject: "the plan", page: nil),
            MonthOnlyDates.Comparison(date: IssueDate("2024-06-20")!, deadline: CalendarDate(year: 2024, month: 6, day: 15)!,
                                      location: at, subject: "the task", page: nil),
        ]
        #expect(MonthOnlyDates.findings(comparisons).map(\.message)
            == ["the report is dated 2024-06 only, so whether it met the deadline 2024-06-15 cannot be told"])
    }

    /// `total_of` names indicators; `review_jump` is a percentage: mistakes are errors of every build.
    @Test func mistakesInTheReviewKeysAreErrors() throws {
        let site = SiteTree.temporaryFolder("review-errors")
        let content = site.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("chi-tieu"), withIntermediateDirectories: true)
        try Data("code,name,kind\ntinh-a,Tỉnh A,tinh\n".utf8).write(to: content.appendingPathComponent("don-vi.csv"))
        try Data("---\ntitle: Trang chủ\n---\n".utf8).write(to: content.appendingPathComponent("index.md"))
        try Data("---\ntitle: Tổng\nmeasure: count\ntotal_of: [phan-a, tong]\nreview_jump: -5\n---\n".utf8)
            .write(to: content.appendingPathComponent("chi-tieu/tong.md"))
        let report = buildSite(site, output: site.appendingPathComponent("site"))
        #expect(report.diagnostics.sorted.map(\.description) == [
            "content/chi-tieu/tong.md:4:12: error: no indicator 'phan-a'",
            "content/chi-tieu/tong.md:4:20: error: indicator 'tong' cannot be a part of its own total",
            "content/chi-tieu/tong.md:5:14: error: invalid 'review_jump': a jump is a percentage of the earlier value: 0 or more (0 turns the check off)",
        ])
    }
}

/// The real `minhbach check --review` on the fixture: warnings and exit 0; with `--strict`
/// errors and exit 1; `--format json` prints the golden JSON alone on stdout.
@Suite(.enabled(if: MinhBachExecutable.url != nil, "the minhbach executable is not in the products folder"))
struct ReviewCommandTests {
    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = MinhBachExecutable.url
        process.arguments = ["check", "--theme", Fixtures.projectRoot.appendingPathComponent("theme").path] + arguments
        process.currentDirectoryURL = ReviewTests.site
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test func strictTurnsFindingsIntoErrors() throws {
        let warned = try Self.run(["--review"])
        #expect(warned.status == 0, "\(warned)")
        try Golden.check(warned.stderr, named: "review/findings.txt")
        #expect(warned.stdout.contains("12 findings to review"))
        let strict = try Self.run(["--review", "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr == warned.stderr.replacingOccurrences(of: ": warning: ", with: ": error: "))
        let plain = try Self.run([])
        #expect(plain.status == 0)
        #expect(plain.stderr.isEmpty)
        #expect(try Self.run(["--strict"]).status == 64)
    }

    @Test func jsonIsAloneOnStandardOutput() throws {
        let result = try Self.run(["--review", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        try Golden.check(result.stdout, named: "review/findings.json")
    }
}
