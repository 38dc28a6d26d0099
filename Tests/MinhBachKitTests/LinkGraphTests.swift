@testable import MinhBachKit
import Testing

/// What the build keeps of each page's links for the check that every section can be reached.
struct LinkGraphTests {
    @Test func aPageIsWhatWasAddedAndItsLinksAreTheLastGiven() {
        var graph = LinkGraph()
        graph.add("index.html", linksTo: ["van-ban/index.html", "gioi-thieu.html", "van-ban/index.html"])
        graph.add("gioi-thieu.html", linksTo: ["index.html"])
        #expect(graph.hasPage("index.html") && graph.hasPage("gioi-thieu.html"))
        // Linked to, not (yet) a page.
        #expect(!graph.hasPage("van-ban/index.html"))
        #expect(graph.links(of: "index.html") == ["van-ban/index.html", "gioi-thieu.html", "van-ban/index.html"])
        graph.add("van-ban/index.html", linksTo: [])
        graph.add("gioi-thieu.html", linksTo: ["van-ban/index.html"])
        #expect(graph.hasPage("van-ban/index.html"))
        #expect(graph.links(of: "gioi-thieu.html") == ["van-ban/index.html"])
        #expect(graph.links(of: "khong-co.html").isEmpty)
        #expect(graph.pages == ["index.html", "van-ban/index.html", "gioi-thieu.html"])
    }

    /// A section its menu entry hides and no page links to warns; a link from a page reached
    /// from the home page makes it reachable.
    @Test func aSectionIsReachedByFollowingLinksFromTheHomePage() {
        let reach = SectionReach(config: SiteConfig(), pages: [])
        var graph = LinkGraph()
        graph.add("index.html", linksTo: ["gioi-thieu.html"])
        graph.add("gioi-thieu.html", linksTo: ["index.html"])
        graph.add("van-ban/index.html", linksTo: ["index.html"])
        graph.add("van-ban/a.html", linksTo: ["van-ban/index.html"])
        #expect(reach.warnings(links: graph).map(\.text.key) == ["newcomer.unreachable-section"])
        graph.add("gioi-thieu.html", linksTo: ["index.html", "van-ban/a.html"])
        #expect(reach.warnings(links: graph).isEmpty)
    }
}
