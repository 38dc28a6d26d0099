import Foundation
import MinhBachKit
import Testing
import TestSupport

/// What the markup gives the stylesheet so that pages fit a phone and print as reports: boxes
/// that scroll sideways are ones a keyboard can reach and a screen reader can name, and every page
/// carries its address for paper. (How they look is checked in a browser: Tests/checks/fit-check.py
/// and print-report.sh.)
@Suite struct PageFitTests {
    static let charts = buildTree(fixtureSite("charts"), "page-fit-charts")
    static let published = buildTree(fixtureSite("charts"), "page-fit-published", baseURL: "https://bao-cao.example.gov.vn/")

    static func text(_ built: (report: BuildReport, tree: [String: [UInt8]]), _ path: String) -> String {
        String(decoding: built.tree[path] ?? [], as: UTF8.self)
    }

    /// A chart keeps its width on a narrow screen and scrolls in its drawing box: the box is
    /// focusable (else a keyboard cannot scroll it; axe's scrollable-region-focusable) and named
    /// by the chart's own caption.
    @Test func chartDrawingsAreFocusableGroupsNamedByTheirCaption() {
        let page = Self.text(Self.charts, "index.html")
        let captions = Set(regexCaptures(#"<figcaption class="chart-title" id="([^"]+)""#, in: page))
        let drawings = regexMatches(#"<div class="chart-drawing"([^>]*)>"#, in: page).map { $0[0] }
        #expect(drawings.count == 12, "one drawing box per figure")
        for attributes in drawings {
            #expect(attributes.contains(#"tabindex="0""#) && attributes.contains(#"role="group""#), "\(attributes)")
            let label = regexCaptures(#"aria-labelledby="([^"]+)""#, in: attributes).first ?? ""
            #expect(captions.contains(label), "the drawing box is named by '\(label)', not a caption of the page")
        }
    }

    /// A chart's data table (wider than a phone for a grid of units) scrolls inside a labelled,
    /// focusable region named like the table's caption.
    @Test func chartDataTablesScrollInLabelledRegions() {
        let page = Self.text(Self.charts, "index.html")
        let wrappers = regexMatches(#"<div class="table-scroll"([^>]*)><table class="data-table"><caption>([^<]*)</caption>"#, in: page)
        #expect(wrappers.count == 12)
        for wrapper in wrappers {
            #expect(wrapper[0].contains(#"role="region""#) && wrapper[0].contains(#"tabindex="0""#), "\(wrapper[0])")
            #expect(wrapper[0].contains(#"aria-label="\#(wrapper[1])""#), "the region is not named '\(wrapper[1])': \(wrapper[0])")
        }
    }

    /// A printout says where it came from: the canonical address with a base URL, else the
    /// page's path from the site's root; one line, on every page, after the header.
    @Test func everyPageCarriesItsAddressForPrint() {
        for (built, home, indicator) in [
            (Self.published, "https://bao-cao.example.gov.vn/", "https://bao-cao.example.gov.vn/chi-tieu/ty-le.html"),
            (Self.charts, "/index.html", "/chi-tieu/ty-le.html"),
        ] {
            #expect(regexCaptures(#"</header>\n<p class="print-address">([^<]*)</p>"#, in: Self.text(built, "index.html")) == [home])
            #expect(regexCaptures(#"<p class="print-address">([^<]*)</p>"#, in: Self.text(built, "chi-tieu/ty-le.html")) == [indicator])
            for (path, html) in htmlFiles(built.tree) {
                #expect(regexCaptures(#"<p class="print-address">"#, in: html).count == 1, "\(path)")
            }
        }
    }
}
