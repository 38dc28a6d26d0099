import Formatting
import Markup
import Parallel
import Search

/// The search page: a form the script brings to life, and an A–Z index of every page's title
/// that reads without it.
struct SearchPage {
    let strings: UIStrings
    /// The folder of the index files and the site's root, as the page links them.
    let indexFolder: String
    let root: String

    struct Entry: Sendable {
        var title: String
        var url: String
        var kind: SearchKind
    }

    func content(_ entries: [Entry]) -> HTML {
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
        return form + results + azIndex(entries)
    }

    /// Titles grouped by their initial, in Vietnamese alphabetical order, with a row of letters.
    func azIndex(_ entries: [Entry]) -> HTML {
        // Vietnamese order in English too: the names are Vietnamese, and readers of them expect
        // «Điện Biên» under Đ.
        // The keys on every core: there is one title per page.
        let keys = entries.parallelMap { VietnameseCollation.key($0.title) }
        let sorted = zip(keys, entries).sorted { $0.0 < $1.0 }.map(\.1)
        var groups: [(letter: String, entries: [Entry])] = []
        for entry in sorted {
            let letter = VietnameseCollation.initial(entry.title)
            if groups.last?.letter == letter { groups[groups.count - 1].entries.append(entry) } else { groups.append((letter, [entry])) }
        }
        func anchor(_ index: Int) -> String { "az-\(index + 1)" }
        let letters = HTML.element("ul", [("class", "az-letters")], HTML.joined(groups.indices.map { index in
            HTML.element("li", [], HTML.element("a", [("href", "#" + anchor(index))], .text(groups[index].letter)))
        }))
        let lists = HTML.joined(groups.indices.map { index in
            HTML.element("h3", [("id", anchor(index))], .text(groups[index].letter))
                + HTML.element("ul", [("class", "az-list")], HTML.joined(groups[index].entries.map { entry in
                    HTML.element("li", [], HTML.element("a", [("href", root + entry.url)], .text(entry.title))
                        + .text(" ") + HTML.element("span", [("class", "az-kind")], .text("(\(strings[entry.kind.stringKey]))")))
                }))
        })
        return HTML.element("section", [("class", "az-index"), ("aria-labelledby", "az-title")],
                            HTML.element("h2", [("id", "az-title")], .text(strings["search_az_title"]))
                                + HTML.element("p", [], .text(strings["search_az_intro"]))
                                + HTML.element("nav", [("aria-label", strings["search_letters"])], letters) + lists)
    }
}
