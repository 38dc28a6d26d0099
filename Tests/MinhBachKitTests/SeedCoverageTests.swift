import Foundation
import MinhBachKit
import Testing
import TestSupport

/// The demo publishes the four seed documents in full: each seed's words appear, in order, in
/// the text of its page (header, body, recipients and signature; not the table of contents or
/// the side column).
struct SeedCoverageTests {
    static let seeds = [
        ("000_bc0cb0272cc5ad38.txt", "van-ban/de-an-dien-bien-2023-2025.html"),
        ("001_7e648b0523cdf923.txt", "van-ban/ke-hoach-binh-phuoc-2023.html"),
        ("002_8e8fcedecb11c671.txt", "van-ban/bao-cao-tuan-giao-6-thang-2021.html"),
        ("003_1200b5da150d7e7e.txt", "van-ban/chi-thi-ninh-thuan-dan-van.html"),
    ]

    @Test func everySeedIsPublishedWordForWord() throws {
        let output = SiteTree.temporaryFolder("seeds").appendingPathComponent("site")
        #expect(buildSite(Fixtures.projectRoot, output: output).succeeded)
        let tree = SiteTree.read(output)
        for (seedName, pagePath) in Self.seeds {
            let seed = try String(contentsOf: Fixtures.url("Seeds/\(seedName)"), encoding: .utf8)
            let page = String(decoding: try #require(tree[pagePath]), as: UTF8.self)
            let seedWords = Self.words(seed)
            let pageWords = Self.words(Self.readingText(of: page))
            let (inOrder, moved) = Self.coverage(of: seedWords, in: pageWords)
            let coverage = Double(inOrder + moved) / Double(seedWords.count)
            if ProcessInfo.processInfo.environment["SHOW_COVERAGE"] != nil { print(seedName, seedWords.count, inOrder, moved) }
            #expect(coverage >= 0.99, "\(seedName): of \(seedWords.count) words, \(inOrder) in order and \(moved) in moved passages")
        }
    }

    /// How many seed words the page has in the seed's order, and how many more it has in
    /// passages of at least `minimumPassage` words that keep their order but stand elsewhere:
    /// the seeds print footnotes at the foot of each printed page, even inside a paragraph,
    /// while the web page gathers them at the end.
    static func coverage(of seed: [String], in page: [String], minimumPassage: Int = 4) -> (inOrder: Int, moved: Int) {
        let removed = page.difference(from: seed).removals.compactMap { change -> Int? in
            if case .remove(let offset, _, _) = change { offset } else { nil }
        }.sorted()
        var runs: [Range<Int>] = []
        for offset in removed {
            if let last = runs.last, last.upperBound == offset {
                runs[runs.count - 1] = last.lowerBound..<(offset + 1)
            } else {
                runs.append(offset..<(offset + 1))
            }
        }
        var starts: [String: [Int]] = [:]
        for (index, word) in page.enumerated() { starts[word, default: []].append(index) }
        var moved = 0
        for run in runs {
            // Split the run into the longest passages the page has verbatim.
            var index = run.lowerBound
            while index < run.upperBound {
                let longest = (starts[seed[index]] ?? []).map { start in
                    var length = 0
                    while index + length < run.upperBound, start + length < page.count,
                          page[start + length] == seed[index + length] { length += 1 }
                    return length
                }.max() ?? 0
                if longest >= minimumPassage { moved += longest }
                index += max(longest, 1)
            }
        }
        return (seed.count - removed.count, moved)
    }

    /// Lowercased words; superscript footnote marks of the seeds and punctuation separate them.
    static func words(_ text: String) -> [String] {
        text.precomposedStringWithCanonicalMapping.lowercased()
            .split { !($0.isLetter || ($0.isASCII && $0.isNumber)) }
            .map(String.init)
    }

    /// The page's text in reading order: the document itself, with each footnote read after the
    /// paragraph that cites it, as the seeds print them.
    static func readingText(of page: String) -> String {
        guard let start = page.range(of: "<article class=\"document"), let end = page.range(of: "</article>") else { return "" }
        var html = String(page[start.lowerBound..<end.upperBound])
        html = html.replacingOccurrences(of: #"(?s)<details class="doc-toc.*?</details>"#, with: " ", options: .regularExpression)
        var notes: [String: String] = [:]
        if let list = html.range(of: #"(?s)<section class="footnotes".*?</section>"#, options: .regularExpression) {
            let section = String(html[list])
            html.removeSubrange(list)
            for item in regexMatches(#"<li id="(fn-[^"]+)">(.*?)</li>"#, in: section) { notes[item[0]] = item[1] }
        }
        var reading = ""
        var pendingNotes: [String] = []
        var rest = html[...]
        while let tag = rest.range(of: ##"href="#(fn-[^"]+)"|</p>|</li>"##, options: .regularExpression) {
            reading += rest[..<tag.upperBound]
            let token = String(rest[tag])
            if token.hasPrefix("href") {
                pendingNotes.append(String(token.dropFirst(7).dropLast()))
            } else {
                reading += pendingNotes.compactMap { notes[$0] }.joined(separator: " ")
                pendingNotes = []
            }
            rest = rest[tag.upperBound...]
        }
        reading += rest
        let text = reading.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        return text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'")
    }

}

struct CoverageMeasureTests {
    let seed = "một hai ba bốn năm sáu bảy tám chín mười".split(separator: " ").map(String.init)

    @Test func aLostPassageCounts() {
        let page = seed.filter { $0 != "bốn" && $0 != "năm" }
        #expect(SeedCoverageTests.coverage(of: seed, in: page) == (8, 0))
    }

    @Test func aMovedPassageOfFourWordsCountsButShuffledWordsDoNot() {
        let moved = Array(seed[0..<2] + seed[6...] + seed[2..<6])
        #expect(SeedCoverageTests.coverage(of: seed, in: moved).inOrder + SeedCoverageTests.coverage(of: seed, in: moved).moved == 10)
        let shuffled = ["hai", "một", "bốn", "ba", "sáu", "năm", "tám", "bảy", "mười", "chín"]
        #expect(SeedCoverageTests.coverage(of: seed, in: shuffled).moved == 0)
    }
}
