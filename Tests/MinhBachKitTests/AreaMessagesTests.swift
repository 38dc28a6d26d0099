import Diagnostics
import Foundation
@testable import MinhBachKit
import Testing
import TestSupport

/// The messages of indicators, data files, models, documents, audiences and the reviewer read
/// in Vietnamese as well as in English, from the same problems: the English as it always was,
/// the Vietnamese from the catalogue, numbers in each language's notation.
@Suite struct AreaMessagesTests {
    /// The invalid data fixture's problems, rendered in both languages.
    @Test func dataErrorsReadInBothLanguages() throws {
        let output = SiteTree.temporaryFolder("area-messages-data").appendingPathComponent("site")
        let report = buildSite(fixtureSite("invalid-data"), output: output)
        func rendered(_ path: String, _ language: MessageLanguage) throws -> String {
            try #require(report.diagnostics.sorted.first { $0.location?.path == path }).rendered(in: language)
        }
        #expect(try rendered("content/so-lieu/duplicate.csv", .en) == """
            content/so-lieu/duplicate.csv:3:4: error: a second value for 'ty-le', unit 'huyen-a', period 2024
                help: the first is at content/so-lieu/duplicate.csv:2:4
            """)
        #expect(try rendered("content/so-lieu/duplicate.csv", .vi) == """
            content/so-lieu/duplicate.csv:3:4: lỗi: giá trị thứ hai cho 'ty-le', đơn vị 'huyen-a', kỳ 2024
                gợi ý: giá trị thứ nhất ở content/so-lieu/duplicate.csv:2:4
            """)
        #expect(try rendered("content/so-lieu/unit-ended.csv", .vi) == """
            content/so-lieu/unit-ended.csv:3:3: lỗi: đơn vị 'huyen-b' đã kết thúc ngày 2025-06-30: không có giá trị cho kỳ 2025
                gợi ý: ghi giá trị cho đơn vị kế thừa: tinh-a
            """)
        #expect(try rendered("content/so-lieu/wrong-decimal.csv", .vi) == """
            content/so-lieu/wrong-decimal.csv:3:4: lỗi: '30.58' có dấu phân cách hàng nghìn '.' đặt sai chỗ
                gợi ý: tệp này khai báo dấu thập phân ',' và dấu hàng nghìn '.'; kiểm tra lại tệp khai báo hoặc con số
            """)
        #expect(try rendered("content/so-lieu/rank-out-of-range.csv", .en)
            == "content/so-lieu/rank-out-of-range.csv:3:4: error: rank 70 is not a whole number from 1 to 63")
        #expect(try rendered("content/so-lieu/rank-out-of-range.csv", .vi)
            == "content/so-lieu/rank-out-of-range.csv:3:4: lỗi: thứ hạng 70 không phải là số nguyên từ 1 đến 63")
        #expect(try rendered("content/so-lieu/bad-period.csv", .vi) == """
            content/so-lieu/bad-period.csv:3:3: lỗi: '2024-H3' không phải là một kỳ
                gợi ý: kỳ được viết là 2024, 2024-H1, 2024-Q3, 2024-05 hoặc 2020-2022
            """)
    }

    /// A number inside a message: English as before, Vietnamese with its own marks.
    @Test func numbersInMessagesFollowTheReadersNotation() {
        func both(_ value: Message.Value) -> [String] {
            let message = Message("indicators.baseline-differs", ["given": value, "period": "2020", "data": value])
            return [message.text(in: .en), message.text(in: .vi)]
        }
        #expect(both(MessageParts.number(-1234.5, decimals: 2))
            == ["the baseline value −1,234.50 differs from the data for 2020 (−1,234.50)",
                "giá trị kỳ gốc −1.234,50 khác với số liệu của kỳ 2020 (−1.234,50)"])
        // Swift's own writing of a Double, as the message always printed it: ungrouped.
        #expect(both(MessageParts.number(12345.0))
            == ["the baseline value 12345.0 differs from the data for 2020 (12345.0)",
                "giá trị kỳ gốc 12345,0 khác với số liệu của kỳ 2020 (12345,0)"])
        #expect(both(MessageParts.number(-4.0))
            == ["the baseline value -4.0 differs from the data for 2020 (-4.0)", "giá trị kỳ gốc -4,0 khác với số liệu của kỳ 2020 (-4,0)"])
        #expect(both(MessageParts.number("1e-05")) == ["the baseline value 1e-05 differs from the data for 2020 (1e-05)",
                                                       "giá trị kỳ gốc 1e-05 khác với số liệu của kỳ 2020 (1e-05)"])
    }

    /// Front matter of a document, a model and a page's visibility, said in both languages.
    @Test func frontMatterMistakesReadInBothLanguages() {
        var document = YAMLFields(yaml: "kind: ke-hoach\nsubject: Dân vận\nissuer: UBND\ndate: 2023-13-45\n", path: "content/van-ban/a.md", firstLine: 2)
        _ = DocumentMeta.decode(&document)
        let date = document.diagnostics.all.map { $0.rendered(in: .vi) }
        #expect(date == ["""
            content/van-ban/a.md:5:7: lỗi: giá trị của 'date' không hợp lệ: '2023-13-45' không phải là ngày
                gợi ý: ghi YYYY-MM-DD, hoặc YYYY-MM / YYYY khi để trống ngày hoặc tháng
            """])
        #expect(document.diagnostics.all.map(\.description) == ["""
            content/van-ban/a.md:5:7: error: invalid 'date': '2023-13-45' is not a date
                help: write YYYY-MM-DD, or YYYY-MM / YYYY when the day or month is left blank
            """])

        var page = YAMLFields(yaml: "visibility: secret\n", path: "content/a.md", firstLine: 2)
        _ = Visibility.decode(&page)
        #expect(page.diagnostics.all.map { $0.rendered(in: .vi) } == ["""
            content/a.md:2:13: lỗi: giá trị của 'visibility' không hợp lệ: 'secret' không phải là 'public' hay 'internal'
                gợi ý: ghi 'public' hoặc 'internal' (công khai, nội bộ)
            """])

        var model = YAMLFields(yaml: "unit: huyen-a\nfield: y-te\nlevel: tinh\nstatus: cong-nhan\nyear: 2023\nimage: a.png\n",
                               path: "content/mo-hinh/a.md", firstLine: 2)
        _ = ModelDefinition.decode(&model)
        let image = model.diagnostics.all.filter { $0.text.key == "models.image-needs-alt" }
        #expect(image.map { $0.rendered(in: .vi) } == ["""
            content/mo-hinh/a.md:7:1: lỗi: ảnh cần có 'image_alt': mô tả nội dung ảnh cho người đọc không nhìn thấy ảnh
                gợi ý: thêm một dòng image_alt: "…" mô tả bức ảnh
            """])
    }

    /// What a build leaves out, in the words the resolver puts around it.
    @Test func withheldItemsAreDescribedInBothLanguages() {
        let reason = WithheldItems.Reason.internal
        #expect(reason.description(of: "page").text(in: .en) == "an internal page, left out of the public build")
        #expect(reason.description(of: "trang").text(in: .vi) == "trang nội bộ, không có trong bản dựng công khai")
        #expect(WithheldItems.Reason.draft.hintMessage.text(in: .en) == "build with --drafts to include it, or remove the reference")
        #expect(WithheldItems.Reason.draft.hintMessage.text(in: .vi) == "dựng trang với --drafts để đưa vào, hoặc bỏ tham chiếu")
        #expect(Audience.hintMessage.text(in: .en) == "'public' (the default) or 'internal'")
        #expect(ReportingPeriod.hintMessage.text(in: .en) == "periods are written 2024, 2024-H1, 2024-Q3, 2024-05 or 2020-2022")
    }

    /// `check --review` in Vietnamese: the same findings, the same kinds, in Vietnamese; the
    /// JSON names each message's key, the same in both languages.
    @Test func reviewFindingsReadInBothLanguages() throws {
        let report = ReviewTests.review(ReviewTests.site)
        let findings = ReviewReport(report.findings)
        let vietnamese = findings.text(language: .vi)
        #expect(vietnamese.contains("""
            content/so-lieu/so-lieu.csv:17:4: cảnh báo: các phần của 'don-thu' cho tinh-a, kỳ 2023 cộng lại bằng 18, không bằng tổng 20: don-khieu-nai 8 + don-to-cao 10 [parts-total]
                gợi ý: đối chiếu tổng và các phần với nguồn; 'total_of' trong content/chi-tieu/don-thu.md cho biết những chỉ tiêu nào là phần của tổng

            """))
        #expect(vietnamese.contains("""
            content/chi-tieu/so-can-bo.md:4:1: cảnh báo: tổng của 'so-can-bo' được tạo từ các đơn vị khác nhau qua các kỳ (3 đơn vị vào kỳ 2023, 2 đơn vị từ kỳ 2024): huyen-c bắt đầu hoặc kết thúc trong chuỗi số liệu [basis-change]
            """))
        #expect(findings.text(strict: true, language: .vi).contains("content/so-lieu/so-lieu.csv:17:4: lỗi: các phần của 'don-thu'"))
        #expect(findings.text() == findings.text(language: .en))
        #expect(vietnamese.split(separator: "\n").count == findings.text().split(separator: "\n").count)

        let json = findings.json(language: .vi)
        #expect(json.contains(#""kind": "parts-total", "key": "review.parts-total", "message": "các phần của 'don-thu' cho tinh-a, kỳ 2023 cộng lại bằng 18"#))
        #expect(findings.json.contains(#""kind": "parts-total", "key": "review.parts-total", "message": "the parts of 'don-thu' for tinh-a, 2023 add up to 18"#))
    }

    /// The internal review page speaks the page's language, without marking its messages English.
    @Test func theReviewPageShowsFindingsInThePagesLanguage() throws {
        let output = SiteTree.temporaryFolder("area-messages-review").appendingPathComponent("site")
        let report = ReviewTests.review(ReviewTests.site, output: output, page: true)
        #expect(report.succeeded, "\(report.diagnostics.all)")
        let html = String(decoding: try #require(SiteTree.read(output)[SiteRenderer.reviewPagePath]), as: UTF8.self)
        #expect(html.contains("<p class=\"review-list__message\">các phần của &#39;don-thu&#39; cho tinh-a, kỳ 2023 cộng lại bằng 18, không bằng tổng 20"))
        #expect(!html.contains("review-list__message\" lang="))
        #expect(!html.contains("add up to"))
    }
}
