/// What the layout template sees of a page: plain strings, flags and lists, already made
/// relative to the page. Text is escaped by the template engine; `content` is trusted HTML.
struct PageView: TemplateView {
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
    var menu: [MenuItem]
    var breadcrumbs: [Breadcrumb]
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
    var languages: [LanguageLink] = []
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

    static let fields: [TemplateField<PageView>] = [
        .text("lang") { $0.lang }, .text("title") { $0.title }, .text("pageTitle") { $0.pageTitle }, .text("root") { $0.root },
        .text("homeURL") { $0.homeURL }, .text("stylesheet") { $0.stylesheet }, .text("siteTitle") { $0.siteTitle },
        .text("address") { $0.address }, .text("kind") { $0.kind },
        .list("menu", of: MenuItem.self) { $0.menu },
        .list("breadcrumbs", of: Breadcrumb.self) { $0.breadcrumbs }, .flag("hasBreadcrumbs") { !$0.breadcrumbs.isEmpty },
        .html("content") { $0.content }, .strings("t") { $0.strings }, .flag("hasOwnHeading") { $0.hasOwnHeading },
        .list("languages", of: LanguageLink.self) { $0.languages }, .flag("hasLanguages") { $0.languages.count > 1 },
        .text("searchURL") { $0.searchURL }, .flag("showsSiteSearch") { $0.showsSiteSearch },
        .text("description") { $0.description }, .text("summary") { $0.summary }, .text("canonical") { $0.canonical },
        .text("footer") { $0.footer }, .text("script") { $0.script }, .text("contentLanguage") { $0.contentLanguage },
        .text("pageNavigation") { $0.pageNavigation }, .text("editionBanner") { $0.editionBanner }, .text("draftBanner") { $0.draftBanner },
        .text("bannerStylesheet") { $0.editionBanner != nil || $0.draftBanner != nil ? $0.bannerStylesheet : nil },
    ]

    /// An entry of the site's menu, linked from this page.
    struct MenuItem: TemplateView {
        var title: String
        /// The entry's site path; `url` is the link from this page.
        var path: String
        var url: String
        var current = false

        static let fields: [TemplateField<MenuItem>] = [
            .text("title") { $0.title }, .text("path") { $0.path }, .text("url") { $0.url },
            .flag("current", onlyWhenTrue: true) { $0.current },
        ]
    }

    /// A step of the trail Home › … › this page; the last has no link.
    struct Breadcrumb: TemplateView {
        var title: String
        var url: String?

        static let fields: [TemplateField<Breadcrumb>] = [.text("title") { $0.title }, .text("url") { $0.url }]
    }

    /// This page in one language of the site.
    struct LanguageLink: TemplateView {
        var code: String
        /// The language's name in itself.
        var name: String
        var url: String
        /// With a known site address, for `hreflang` links.
        var absolute: String?
        var current = false

        static let fields: [TemplateField<LanguageLink>] = [
            .text("code") { $0.code }, .text("name") { $0.name }, .text("url") { $0.url }, .text("absolute") { $0.absolute },
            .flag("current", onlyWhenTrue: true) { $0.current },
        ]
    }
}
