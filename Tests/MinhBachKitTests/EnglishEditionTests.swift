import Foundation
import MinhBachKit
import Testing
import TestSupport

/// The demo's English edition speaks English where the site writes the words itself: values
/// with their units, table headings, chart legends, axis labels and summaries; and it has its
/// own 404 page.
struct EnglishEditionTests {
    /// Vietnamese words that are units or everyday words, never part of a proper name the
    /// English edition keeps (its units are "Mường Lay Town", "Tuần Giáo District").
    static let vietnameseWords = ["lượt", "triệu đồng", "tỷ đồng", "nghìn đồng", "đồng", "đơn", "người", "hộ", "hộ nghèo", "mô hình",
                                  "xã", "điểm", "điểm %", "xếp hạng", "tỷ lệ", "cấp huyện", "cấp xã", "cán bộ", "năm", "tháng", "quý",
                                  "mục tiêu", "số liệu", "đạt", "không", "giá trị"]

    /// Where the site writes its own words: chart summaries, value cells, table headings and
    /// captions, and every text of a chart (legends, axes, map labels) in pages and `.svg` files.
    /// Document texts, names and notes quoted from the data are left alone, and so is a cell
    /// quoted from a content CSV file (a `{csv-table}` shows the file as it is).
    static let generatedParts = [#"<p class="chart-summary">(.*?)</p>"#, #"<td class="num[^"]*">(.*?)</td>"#,
                                 #"<th[^>]*>(.*?)</th>"#, #"<caption[^>]*>(.*?)</caption>"#, #"<text[^>]*>(.*?)</text>"#]

    @Test func theEnglishDemoWritesNoVietnameseUnitWordsAndHasItsOwn404Page() throws {
        let (report, tree) = buildTree(Fixtures.projectRoot, "english-edition")
        #expect(report.succeeded, "\(report.diagnostics.all)")
        let quoted = try csvCells(Fixtures.projectRoot.appendingPathComponent("content"))
        // Proper names the site quotes inside its own words: the units' English names ("Đồng Phú
        // District") and the documents' titles (a grid of a document's tasks is captioned by it).
        let listing = try JSONSerialization.jsonObject(with: Data(try #require(tree["van-ban/index.json"]))) as? [String: Any]
        let titles = ((listing?["documents"] as? [[String: Any]]) ?? []).compactMap { $0["title"] as? String }
        let names = (titles + quoted.filter { $0.hasSuffix(" District") || $0.hasSuffix(" City") || $0.hasSuffix(" Town") || $0.hasSuffix(" Province") })
            .sorted { $0.count > $1.count }
        let word = try NSRegularExpression(pattern: #"(?<![\p{L}\p{N}])("#
            + Self.vietnameseWords.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern).joined(separator: "|")
            + #")(?![\p{L}\p{N}])"#, options: [.caseInsensitive])
        var found: [String] = []
        var checked = 0
        for (path, bytes) in tree.sorted(by: { $0.key < $1.key })
        where path.hasPrefix("en/") && (path.hasSuffix(".html") || path.hasSuffix(".svg")) {
            let text = String(decoding: bytes, as: UTF8.self)
            for pattern in Self.generatedParts {
                for part in regexCaptures(pattern, in: text) {
                    var plain = unescaped(part.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression))
                    guard !quoted.contains(plain.trimmingCharacters(in: .whitespaces)) else { continue }
                    for name in names where plain.contains(name) { plain = plain.replacingOccurrences(of: name, with: "") }
                    checked += 1
                    let range = NSRange(plain.startIndex..., in: plain)
                    if let match = word.firstMatch(in: plain, range: range), let hit = Range(match.range(at: 1), in: plain) {
                        found.append("\(path): '\(plain[hit])' in \"\(plain.prefix(120))\"")
                    }
                }
            }
        }
        #expect(checked > 1000)
        let count = found.count
        #expect(count == 0, "Vietnamese words, the first: \(found.prefix(15).joined(separator: "\n"))")

        // Its own 404 page, in English, whose links lead into the English edition.
        let page = try #require(tree["en/404.html"].map { String(decoding: $0, as: UTF8.self) })
        #expect(page.contains("<html lang=\"en\"") && page.contains("Page not found") && !page.contains("Không tìm thấy trang"))
        #expect(page.contains("href=\"index.html\""))
    }

    /// Values written in English with English units: the units of the `.en.md` pages and the
    /// money table of LocaleFormat.
    @Test func valuesCarryEnglishUnits() throws {
        let (_, tree) = buildTree(Fixtures.projectRoot, "english-units")
        let home = String(decoding: tree["en/index.html"] ?? [], as: UTF8.self)
        #expect(home.contains("99 sessions"))
        #expect(home.contains("from 34.90% in 2021 to 30.58% in 2022"))
        let grdp = String(decoding: tree["en/chi-tieu/grdp-binh-quan-dau-nguoi.html"] ?? [], as: UTF8.self)
        #expect(grdp.contains("40 million dong"))
        let vietnamese = String(decoding: tree["chi-tieu/grdp-binh-quan-dau-nguoi.html"] ?? [], as: UTF8.self)
        #expect(vietnamese.contains("40 triệu đồng") && !vietnamese.contains("million dong"))
    }

    /// Every cell of every CSV file of the content: what a `{csv-table}` quotes.
    func csvCells(_ folder: URL) throws -> Set<String> {
        var cells: Set<String> = []
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) where path.hasSuffix(".csv") {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            for line in text.split(whereSeparator: \.isNewline) {
                for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                    cells.insert(cell.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")))
                }
            }
        }
        return cells
    }

    func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
