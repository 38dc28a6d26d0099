import Foundation
@testable import MinhBachKit
import Testing
import TestSupport

/// A documents index with more documents than `documents_per_page` goes on over numbered pages.
struct DocumentListingPagesTests {
    /// Three documents two to a page: each grouping has a second page; a group cut by the page
    /// goes on over it, marked as continued; the first page says where each group begins.
    @Test func aRegisterLargerThanAPageGoesOnOverNumberedPages() throws {
        let output = SiteTree.temporaryFolder("paged").appendingPathComponent("site")
        let report = buildSite(fixtureSite("paged-documents"), output: output, baseURL: "https://vi.example.org/du-an")
        #expect(report.diagnostics.all.isEmpty, "\(report.diagnostics.all)")
        let tree = SiteTree.read(output)
        let listings = tree.keys.filter { $0.hasPrefix("van-ban/") && ($0.contains("theo-") || $0.contains("trang") || $0.hasSuffix("index.html")) }
        #expect(listings.sorted() == [
            "van-ban/index.html", "van-ban/theo-co-quan-trang-2.html", "van-ban/theo-co-quan.html", "van-ban/theo-nam-trang-2.html",
            "van-ban/theo-nam.html", "van-ban/theo-tinh-trang-trang-2.html", "van-ban/theo-tinh-trang.html", "van-ban/trang-2.html",
        ])
        for path in ["van-ban/index.html", "van-ban/trang-2.html", "van-ban/theo-co-quan.html", "van-ban/theo-co-quan-trang-2.html"] {
            do { try Golden.check(String(decoding: tree[path]!, as: UTF8.self), named: "paged-documents/\(path)") } catch { Issue.record(error) }
        }
        // Every document is listed once in each grouping, over its pages.
        let documents = ["de-an.html", "ke-hoach.html", "nghi-quyet-25.html"]
        for first in ["index.html", "theo-co-quan.html", "theo-nam.html", "theo-tinh-trang.html"] {
            let second = first == "index.html" ? "trang-2.html" : first.replacingOccurrences(of: ".html", with: "-trang-2.html")
            let listed = [first, second].flatMap { page in
                documents.filter { String(decoding: tree["van-ban/" + page]!, as: UTF8.self).contains("class=\"doc-list__title\" href=\"\($0)\"") }
            }
            #expect(listed.sorted() == documents, "\(first)")
        }
    }

    @Test func pagesCutGroupsInTheirOrder() {
        let pages = ListingPages(groups: [[7, 8, 9], [], [1], [4, 5]], perPage: 2)
        #expect(pages.total == 6)
        #expect(pages.count == 3)
        #expect(pages.parts(onPage: 0) == [.init(group: 0, members: [7, 8], isContinued: false)])
        #expect(pages.parts(onPage: 1) == [.init(group: 0, members: [9], isContinued: true), .init(group: 2, members: [1], isContinued: false)])
        #expect(pages.parts(onPage: 2) == [.init(group: 3, members: [4, 5], isContinued: false)])
        #expect(pages.parts(onPage: 3).isEmpty)
        #expect([0, 2, 3].map(pages.firstPage) == [0, 1, 2])
    }

    @Test func anEmptyListingIsOneEmptyPage() {
        let pages = ListingPages(groups: [], perPage: 100)
        #expect(pages.count == 1)
        #expect(pages.parts(onPage: 0).isEmpty)
    }

    /// The first and last pages, two either side of the current one, gaps of more than one page.
    @Test func thePagerShowsTheEndsAndTheNeighbourhood() {
        let pages = ListingPages(groups: [Array(0..<100)], perPage: 10)
        #expect(pages.pagerPages(around: 0) == [0, 1, 2, nil, 9])
        #expect(pages.pagerPages(around: 4) == [0, 1, 2, 3, 4, 5, 6, nil, 9])
        #expect(pages.pagerPages(around: 9) == [0, nil, 7, 8, 9])
        #expect(ListingPages(groups: [Array(0..<3)], perPage: 1).pagerPages(around: 1) == [0, 1, 2])
        #expect(ListingPages(groups: [Array(0..<1_000_000)], perPage: 100).pagerPages(around: 5_000).count == 9)
    }
}
