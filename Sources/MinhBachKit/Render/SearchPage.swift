import Formatting
import Markup
import Search

/// The search page: a form the script brings to life, and an A–Z index of every page's title
/// that reads without it. A site of more than `titlesPerPage` titles has its A–Z index go on over
/// numbered pages beside it (`a-z-trang-2.html`…).
struct SearchPage {
    let strings: UIStrings
    /// The folder of the index files and the site's root, as the page links them.
    let indexFolder: String
    let root: String

    struct Entry: Sendable {
        var title: String
        /// The page's path in the site (its own string, shared): its address is made only when
        /// its page of the A–Z index is, as a million addresses were a hundred megabytes.
        var path: String
        var prettyURLs: Bool
        var kind: SearchKind

        /// Its address from the site's root.
        var url: String { OutputPaths.link(from: "index.html", to: path, pretty: prettyURLs) }
    }

    /// A page listing a million titles would be a hundred megabytes.
    static let titlesPerPage = 1000

    /// The titles in Vietnamese alphabetical order, grouped by initial, cut into pages.
    struct AZ {
        var letters: [String]
        /// Each letter's entries, as positions in the entries.
        var pages: ListingPages

        init(_ entries: [Entry], perPage: Int = SearchPage.titlesPerPage) {
            // Vietnamese order in English too: the names are Vietnamese, and readers of them
            // expect «Điện Biên» under Đ. The keys on every core: there is one title per page.
            let keys = VietnameseCollation.Keys(entries.map(\.title))
            var letters: [String] = [], groups: [[Int]] = []
            for index in entries.indices.sorted(by: keys.precedes) {
                let letter = VietnameseCollation.initial(entries[index].title)
                if letters.last == letter { groups[groups.count - 1].append(index) } else {
                    letters.append(letter)
                    groups.append([index])
                }
            }
            self.letters = letters
            pages = ListingPages(groups: groups, perPage: perPage)
        }
    }

    func content(_ entries: [Entry], az: AZ, link: (Int) -> String) -> HTML {
        let messages = ["count", "none", "fallback", "loading", "error", "more"].map { ("data-msg-\($0)", Optional(strings["search_\($0)"])) }
        let form = HTML.element("form", [("id", "search-form"), ("class", "search-form"), ("role", "search"), ("method", "get"),
                                         ("hidden", ""), ("data-index", indexFolder), ("data-root", root)] + messages,
            HTML.element("label", [("for", "search-q")], .text(strings["search_label"]))
                + HTML.void("input", [("type", "search"), ("id", "search-q"), ("name", "q"), ("autocomplete", "off"),
                                      ("aria-describedby", "search-hint")])
                + HTML.element("button", [("type", "submit")], .text(strings["search_button"]))
                + HTML.element("p", [("id", "search-hint"), ("class", "search-form__hint")], .text(strings["search_hint"])))
        let results = HTML.element("p", [("id", "search-status"), ("class", "search-status"), ("role", "status"), ("aria-live", "polite")])
            + HTML.element("ol", [("id", "search-results"), ("class", "search-results")])
        return form + results + azIndex(entries, az: az, page: 0, link: link)
    }

    /// One page (from 0) of the A–Z index: a row of letters, each linked where its titles begin,
    /// the titles of this page under their letters, and links to the other pages when there are
    /// several. `link` is the href of a page from this one.
    func azIndex(_ entries: [Entry], az: AZ, page: Int, link: (Int) -> String) -> HTML {
        func anchor(_ group: Int) -> String { "az-\(group + 1)" }
        let letters = HTML.element("ul", [("class", "az-letters")], HTML.joined(az.letters.indices.map { group in
            let first = az.pages.firstPage(of: group)
            return HTML.element("li", [], HTML.element("a", [("href", (first == page ? "" : link(first)) + "#" + anchor(group))], .text(az.letters[group])))
        }))
        let lists = HTML.joined(az.pages.parts(onPage: page).map { part in
            HTML.element("h3", [("id", anchor(part.group))], .text(az.letters[part.group] + (part.isContinued ? " " + strings["group_continued"] : "")))
                + HTML.element("ul", [("class", "az-list")], HTML.joined(part.members.map { index in
                    let entry = entries[index]
                    return HTML.element("li", [], HTML.element("a", [("href", root + entry.url)], .text(entry.title))
                        + .text(" ") + HTML.element("span", [("class", "az-kind")], .text("(\(strings[entry.kind.stringKey]))")))
                }))
        })
        return HTML.element("section", [("class", "az-index"), ("aria-labelledby", "az-title")],
                            HTML.element("h2", [("id", "az-title")], .text(strings["search_az_title"]))
                                + HTML.element("p", [], .text(strings["search_az_intro"]))
                                + HTML.element("nav", [("aria-label", strings["search_letters"])], letters) + lists
                                + pager(az.pages, page: page, link: link))
    }

    /// The pager of the documents index's pages, in the same words and look.
    func pager(_ pages: ListingPages, page: Int, link: (Int) -> String) -> HTML {
        guard pages.count > 1 else { return .empty }
        let items = pages.pagerSteps(around: page).map { step -> HTML in
            let item: HTML
            switch step {
            case .previous(let other): item = HTML.element("a", [("href", link(other)), ("rel", "prev")], .text(strings["previous_page"]))
            case .number(let other, let isCurrent):
                item = HTML.element("a", [("href", link(other)), ("aria-current", isCurrent ? "page" : nil)], .text(strings.count(other + 1)))
            case .gap: item = HTML.element("span", [("aria-hidden", "true")], .text("…"))
            case .next(let other): item = HTML.element("a", [("href", link(other)), ("rel", "next")], .text(strings["next_page"]))
            }
            return HTML.element("li", [], item)
        }
        return HTML.element("nav", [("class", "doc-groupings doc-pager"), ("aria-label", strings["listing_pages"])],
                            HTML.element("p", [], .text(strings["listing_pages"] + ":")) + HTML.element("ul", [], HTML.joined(items)))
    }
}
