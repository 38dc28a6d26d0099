import Foundation
import MinhBachKit
import Testing
import TestSupport

struct SectionNumberTests {
    @Test(arguments: [
        ("Phần thứ ba NHIỆM VỤ", SectionNumber.Kind.part, [3], "Phần thứ ba", "NHIỆM VỤ"),
        ("Phần II Kết quả", .part, [2], "Phần II", "Kết quả"),
        ("Chương IV", .chapter, [4], "Chương IV", ""),
        ("Điều 12. Phạm vi", .article, [12], "Điều 12.", "Phạm vi"),
        ("II- MỤC TIÊU", .roman, [2], "II-", "MỤC TIÊU"),
        ("III - PHẠM VI, ĐỐI TƯỢNG", .roman, [3], "III -", "PHẠM VI, ĐỐI TƯỢNG"),
        ("4. Nâng cao", .arabic, [4], "4.", "Nâng cao"),
        ("2.1. Đến năm 2025", .decimal, [2, 1], "2.1.", "Đến năm 2025"),
        ("đ) Tuyên truyền", .letter, [5], "đ)", "Tuyên truyền"),
        // Spaces anywhere in a long title come out single, as in a short one.
        ("Phần  thứ ba   NHIỆM  VỤ   VÀ GIẢI PHÁP  ", .part, [3], "Phần thứ ba", "NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("4.  Nâng   cao chất lượng hoạt động", .arabic, [4], "4.", "Nâng cao chất lượng hoạt động"),
        ("III - PHẠM VI, ĐỐI TƯỢNG ÁP DỤNG", .roman, [3], "III -", "PHẠM VI, ĐỐI TƯỢNG ÁP DỤNG"),
        ("a) Một hai ba bốn   ", .letter, [1], "a)", "Một hai ba bốn"),
        ("b) Một hai ba ", .letter, [2], "b)", "Một hai ba"),
    ])
    func recognisesVietnameseNumbering(text: String, kind: SectionNumber.Kind, values: [Int], label: String, title: String) throws {
        let parsed = try #require(SectionNumber.parse(text))
        #expect(parsed.number.kind == kind)
        #expect(parsed.number.values == values)
        #expect(parsed.number.label == label)
        #expect(parsed.title == title)
    }

    @Test(arguments: ["Mục tiêu chung", "Ia Grai phát triển", "2025 là năm bản lề", "Điện Biên", "MỤC TIÊU"])
    func plainHeadingsHaveNoNumber(text: String) {
        #expect(SectionNumber.parse(text) == nil)
    }
}

/// The demo's documents: every heading has an anchor that its table of contents links to, and
/// every relation between documents shows on both pages.
struct DemoDocumentTests {
    @Test func headingsAnchorsTablesOfContentsAndRelationsBothWays() throws {
        let output = SiteTree.temporaryFolder("documents").appendingPathComponent("site")
        #expect(buildSite(Fixtures.projectRoot, output: output).succeeded)
        let tree = SiteTree.read(output)
        let json = try JSONSerialization.jsonObject(with: Data(try #require(tree["van-ban/index.json"]))) as? [String: Any]
        let documents = try #require(json?["documents"] as? [[String: Any]])
        #expect(documents.count >= 20)
        var relationCount = 0
        for document in documents {
            let url = try #require(document["url"] as? String)
            let html = String(decoding: try #require(tree[url]), as: UTF8.self)
            let afterBody = html.components(separatedBy: "<div class=\"doc-body prose\">").last ?? ""
            let body = afterBody.components(separatedBy: "</article>")[0]
            let headingIDs = regexCaptures(#"<h[2-6] id="([^"]+)""#, in: body.components(separatedBy: "<section class=\"footnotes\"")[0])
            #expect(regexCaptures(#"<h[2-6](?! id=)[ >]"#, in: body).isEmpty, "\(url): a heading without an anchor")
            let tocTargets = Set(regexCaptures(##"<a href="#([^"]+)">"##, in: html.components(separatedBy: "doc-toc--wide").dropFirst().first?.components(separatedBy: "</nav>")[0] ?? ""))
            for id in headingIDs { #expect(tocTargets.contains(id), "\(url): the table of contents misses #\(id)") }
            for (_, targets) in (document["relations"] as? [String: [String]]) ?? [:] {
                for target in targets {
                    let other = try #require(documents.first { $0["id"] as? String == target })
                    let otherHTML = String(decoding: try #require(tree[other["url"] as! String]), as: UTF8.self)
                    let back = (url as NSString).lastPathComponent
                    #expect(otherHTML.contains("href=\"\(back)\""), "\(target) does not link back to \(url)")
                    #expect(html.contains("href=\"\((other["url"] as! String as NSString).lastPathComponent)\""))
                    relationCount += 1
                }
            }
        }
        #expect(relationCount >= 15)
    }

}
