import Diagnostics
import Foundation
@testable import MinhBachKit
import Testing
import TestSupport

/// Listings longer than a page — the documents index beyond `documents_per_page`, the search
/// page's A–Z index beyond `SearchPage.titlesPerPage` — go on over numbered pages.
struct ListingPagesTests {
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

    /// Five titles two to a page: the search page shows the first two; each letter links to
    /// the page where it begins; a letter cut by the page goes on, marked as continued.
    @Test func theAZIndexGoesOnOverPagesBesideTheSearchPage() {
        var ignored = Diagnostics()
        let strings = UIStrings.load(["vi": ProjectLoader.builtInTheme.first { $0.relativePath == "i18n/vi.yml" }!], language: "vi",
                                     diagnostics: &ignored)
        let page = SearchPage(strings: strings, indexFolder: "./", root: "../")
        let entries = ["Bình Phước", "An Giang", "Điện Biên", "Bắc Ninh", "Đà Nẵng"].map {
            SearchPage.Entry(title: $0, path: Slug.make($0) + ".html", prettyURLs: false, kind: .page)
        }
        let az = SearchPage.AZ(entries, perPage: 2)
        #expect(az.letters == ["A", "B", "Đ"])
        #expect(az.pages.count == 3)
        let link = { (other: Int) in other == 0 ? "index.html" : "a-z-trang-\(other + 1).html" }
        for number in 0..<3 {
            let html = page.azIndex(entries, az: az, page: number, link: link).rendered
            do { try Golden.check(html.replacingOccurrences(of: "><", with: ">\n<") + "\n", named: "search-az/page-\(number + 1).html") } catch { Issue.record(error) }
        }
        // A single page is the A–Z index as it always was: no pager, letters linked on the page.
        let whole = page.azIndex(entries, az: SearchPage.AZ(entries), page: 0, link: link).rendered
        #expect(!whole.contains("doc-pager"))
        #expect(!whole.contains("href=\"index.html#"))
    }

    @Test func pagerStepsNameThePagesAroundTheCurrentOne() {
        let pages = ListingPages(groups: [Array(0..<50)], perPage: 10)
        #expect(pages.pagerSteps(around: 0) == [.number(0, isCurrent: true), .number(1, isCurrent: false), .number(2, isCurrent: false),
                                               .number(3, isCurrent: false), .number(4, isCurrent: false), .next(1)])
        #expect(pages.pagerSteps(around: 4).first == .previous(3))
        #expect(pages.pagerSteps(around: 4).last == .number(4, isCurrent: true))
        #expect(ListingPages(groups: [[1]], perPage: 10).pagerSteps(around: 0) == [.number(0, isCurrent: true)])
    }
}
