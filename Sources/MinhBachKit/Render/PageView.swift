/// What the layout template sees of a page: plain strings, flags and lists, already made
/// relative to the page. Text is escaped by the template engine; `content` is trusted HTML.
struct PageView {
    var lang: String
    var title: String
    var pageTitle: String
    var description: String?
    var summary: String?
    var canonical: String?
    /// Where the page lives, printed on paper only (a printout says where to find it again): the
    /// canonical URL with a base URL, else the page's path from the site's root.
    var address: String
    var root: String
    var homeURL: String
    var stylesheet: String
    var siteTitle: String
    var footer: String?
    var kind: String
    var menu: [[String: Any]]
    var breadcrumbs: [[String: Any]]
    var content: HTMLBytes
    var strings: [String: String]
    /// The content brings its own `<h1>` and article (an official document).
    var hasOwnHeading = false
    /// A theme script that enhances this page (the gallery's filter); pages read fully without it.
    var script: String?
    /// The search page, as this page links it; the header's search form leads there.
    var searchURL: String
    /// The search page does not repeat the header's search form.
    var showsSiteSearch = true
    /// The same page in each language of the site (this one included), for the switcher and
    /// `hreflang` links: code, name in its own language, link.
    var languages: [[String: Any]] = []
    /// The language of the content when it is not the page's: an untranslated page.
    var contentLanguage: String?
    /// Links to the previous and next page of the same section; trusted HTML.
    var pageNavigation: String?
    /// The internal build's banner on every page ("Bản nội bộ — không công bố"); with it the
    /// page asks search engines to keep away.
    var editionBanner: String?
    /// A draft built with `--drafts` says so ("Bản nháp").
    var draftBanner: String?
    /// The theme's stylesheet of those banners, linked only by pages that show one.
    var bannerStylesheet: String?

    var context: [String: Any] {
        var values: [String: Any] = [
            "lang": lang, "title": title, "pageTitle": pageTitle, "root": root, "homeURL": homeURL,
            "stylesheet": stylesheet, "siteTitle": siteTitle, "address": address, "kind": kind, "menu": menu,
            "breadcrumbs": breadcrumbs, "hasBreadcrumbs": !breadcrumbs.isEmpty, "content": content, "t": strings,
            "hasOwnHeading": hasOwnHeading, "languages": languages, "hasLanguages": languages.count > 1, "searchURL": searchURL, "showsSiteSearch": showsSiteSearch,
        ]
        if let description { values["description"] = description }
        if let summary { values["summary"] = summary }
        if let canonical { values["canonical"] = canonical }
        if let footer { values["footer"] = footer }
        if let script { values["script"] = script }
        if let contentLanguage { values["contentLanguage"] = contentLanguage }
        if let pageNavigation { values["pageNavigation"] = pageNavigation }
        if let editionBanner { values["editionBanner"] = editionBanner }
        if let draftBanner { values["draftBanner"] = draftBanner }
        if editionBanner != nil || draftBanner != nil, let bannerStylesheet { values["bannerStylesheet"] = bannerStylesheet }
        return values
    }
}
