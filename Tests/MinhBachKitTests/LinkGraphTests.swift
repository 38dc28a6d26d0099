@testable import MinhBachKit
import Testing

/// What the build keeps of each page's links for the check that every section can be reached.
struct LinkGraphTests {
    static let sections = SectionReach(config: SiteConfig(), pages: [])

    @Test func aPageIsWhatWasAdded() {
        var graph = LinkGraph()
        graph.add("van-ban/a.html", linksTo: ["van-ban/index.html", "gioi-thieu.html"])
        graph.add("gioi-thieu.html", linksTo: ["index.html"])
        #expect(graph.hasPage("van-ban/a.html") && graph.hasPage("gioi-thieu.html"))
        // Linked to, not (yet) a page.
        #expect(!graph.hasPage("van-ban/index.html"))
        graph.add("van-ban/index.html", linksTo: [])
        #expect(graph.hasPage("van-ban/index.html"))
        #expect(graph.pages == ["van-ban/a.html", "van-ban/index.html", "gioi-thieu.html"])
    }

    /// A section its menu entry hides and no page links to warns; a link from a page reached
    /// from the home page makes it reachable, whichever of the two pages comes first.
    @Test func aSectionIsReachedByFollowingLinksFromTheHomePage() {
        func graph(linking: Bool, homeFirst: Bool) -> LinkGraph {
            var graph = LinkGraph(watching: Self.sections.indexPaths)
            let home = { graph.add("index.html", linksTo: ["gioi-thieu.html"]) }
            if homeFirst { home() }
            graph.add("gioi-thieu.html", linksTo: linking ? ["index.html", "van-ban/a.html"] : ["index.html"])
            graph.add("van-ban/a.html", linksTo: ["van-ban/index.html"])
            if !homeFirst { home() }
            graph.add("van-ban/index.html", linksTo: ["index.html"])
            return graph
        }
        for homeFirst in [true, false] {
            #expect(Self.sections.warnings(links: graph(linking: false, homeFirst: homeFirst)).map(\.text.key) == ["newcomer.unreachable-section"])
            #expect(Self.sections.warnings(links: graph(linking: true, homeFirst: homeFirst)).isEmpty)
        }
    }

    /// A site without a home page starts from every page outside the sections.
    @Test func withoutAHomePageEveryPageOutsideTheSectionsIsAStart() {
        var graph = LinkGraph(watching: Self.sections.indexPaths)
        graph.add("gioi-thieu.html", linksTo: ["lien-he.html"])
        graph.add("van-ban/a.html", linksTo: ["van-ban/index.html"])
        graph.add("van-ban/index.html", linksTo: [])
        #expect(Self.sections.warnings(links: graph).map(\.text.key) == ["newcomer.unreachable-section"])
        graph.add("lien-he.html", linksTo: ["van-ban/a.html"])
        #expect(Self.sections.warnings(links: graph).isEmpty)
    }

    /// Once the home page has reached every section's index, no page's links are kept: the
    /// answer is known.
    @Test func onceEveryIndexIsReachedNothingMoreIsKept() {
        var graph = LinkGraph(watching: Self.sections.indexPaths)
        graph.add("index.html", linksTo: Self.sections.indexPaths + ["gioi-thieu.html"])
        #expect(graph.isSettled)
        graph.add("van-ban/a.html", linksTo: ["van-ban/index.html"])
        #expect(!graph.hasPage("van-ban/a.html"))
        #expect(Self.sections.warnings(links: graph).isEmpty)
        var partly = LinkGraph(watching: Self.sections.indexPaths)
        partly.add("index.html", linksTo: Array(Self.sections.indexPaths.dropLast()))
        #expect(!partly.isSettled)
    }
}
