import Formatting

/// The documents index: the same listing grouped four ways (kind, issuer, year, status), each a
/// pre-rendered page that works without JavaScript, or numbered pages when the documents are
/// more than one page lists (`documents_per_page`).
struct DocumentIndex {
    enum Grouping: String, CaseIterable {
        case kind, issuer, year, status

        /// The page of each grouping; grouping by kind is the folder's index.
        var fileName: String {
            switch self {
            case .kind: "index.html"
            case .issuer: "theo-co-quan.html"
            case .year: "theo-nam.html"
            case .status: "theo-tinh-trang.html"
            }
        }
        var stringKey: String { "group_" + rawValue }

        /// The page (from 0) of this grouping's listing: `trang-2.html` after the index,
        /// `theo-nam-trang-2.html` after `theo-nam.html`, in the same folder, so that every
        /// page's links to the documents are the same.
        func fileName(page: Int) -> String {
            guard page > 0 else { return fileName }
            return (self == .kind ? "" : fileName.dropLast(".html".count) + "-") + "trang-\(page + 1).html"
        }
    }

    struct Group {
        var key: String
        var title: String
        /// Indexes into `items`, newest first.
        var members: [Int]
    }

    /// What the listing shows of one document.
    struct Item: Sendable, TemplateView {
        var title: String
        var url: String
        var kind: String
        var issuer: String
        var number: String?
        var date: String?
        var status: String?

        static let fields: [TemplateField<Item>] = [
            .text("title") { $0.title }, .text("url") { $0.url }, .text("kind") { $0.kind }, .text("issuer") { $0.issuer },
            .text("number") { $0.number }, .text("date") { $0.date }, .text("status") { $0.status },
        ]
    }

    /// What the `document-index` template sees of one grouping's page; `intro` is trusted HTML.
    struct Page: TemplateView {
        var intro: String
        var groupings: [GroupingLink]
        var groups: [GroupView]
        var count: String
        var jsonURL: String?
        var feedURL: String?
        /// "Trang 2/10" when the listing has more than one page.
        var pageLabel: String?
        /// The links to the other pages: none, or one pager.
        var pager: [Pager]
        /// On the first of several pages: where each group begins.
        var groupIndex: [GroupIndex]
        var strings: [String: String]

        static let fields: [TemplateField<Page>] = [
            .text("intro") { $0.intro }, .list("groupings", of: GroupingLink.self) { $0.groupings },
            .list("groups", of: GroupView.self) { $0.groups }, .text("count") { $0.count },
            .text("jsonURL") { $0.jsonURL }, .text("feedURL") { $0.feedURL }, .text("pageLabel") { $0.pageLabel },
            .list("pager", of: Pager.self) { $0.pager }, .list("groupIndex", of: GroupIndex.self) { $0.groupIndex },
            .strings("t") { $0.strings },
        ]
    }

    /// Links to the pages of a listing: previous, some numbers, next. A gap has no `url`.
    struct Pager: TemplateView {
        var links: [PagerLink]

        static let fields: [TemplateField<Pager>] = [.list("links", of: PagerLink.self) { $0.links }]
    }

    struct PagerLink: TemplateView {
        var label: String
        var url: String?
        var current: Bool
        /// `prev` or `next`.
        var rel: String?

        static let fields: [TemplateField<PagerLink>] = [
            .text("label") { $0.label }, .text("url") { $0.url }, .flag("current", onlyWhenTrue: true) { $0.current },
            .text("rel") { $0.rel },
        ]
    }

    /// The groups of a paged listing, each linked where it begins.
    struct GroupIndex: TemplateView {
        var title: String
        var groups: [GroupLink]

        static let fields: [TemplateField<GroupIndex>] = [
            .text("title") { $0.title }, .list("groups", of: GroupLink.self) { $0.groups },
        ]
    }

    struct GroupLink: TemplateView {
        var title: String
        var url: String
        var count: String

        static let fields: [TemplateField<GroupLink>] = [.text("title") { $0.title }, .text("url") { $0.url }, .text("count") { $0.count }]
    }

    /// A link to the page of one grouping; `current` on its own page.
    struct GroupingLink: TemplateView {
        var title: String
        var url: String
        var current: Bool

        static let fields: [TemplateField<GroupingLink>] = [
            .text("title") { $0.title }, .text("url") { $0.url }, .flag("current", onlyWhenTrue: true) { $0.current },
        ]
    }

    /// One group of a page with its documents' items; `count` is the whole group's.
    struct GroupView: TemplateView {
        var id: String
        var title: String
        var count: String
        /// It began on an earlier page.
        var isContinued: Bool
        var items: [Item]

        static let fields: [TemplateField<GroupView>] = [
            .text("id") { $0.id }, .text("title") { $0.title }, .text("count") { $0.count },
            .flag("continued", onlyWhenTrue: true) { $0.isContinued }, .list("items", of: Item.self) { $0.items },
        ]
    }

    let catalog: DocumentCatalog
    let strings: UIStrings
    let pretty: Bool

    /// The item of the document at `member` of `catalog.newestFirst`, made for the page that
    /// shows it: every page of a listing is in the catalog's folder, so its link is the same.
    func item(_ member: Int) -> Item {
        let entry = catalog.newestFirst[member]
        let meta = entry.meta
        return Item(title: entry.page.title, url: OutputPaths.link(from: path(.kind), to: entry.page.outputPath, pretty: pretty),
                    kind: meta.kind.name(in: strings.language), issuer: meta.issuer, number: meta.citableNumber,
                    date: meta.date.map(strings.format.date), status: catalog.status(of: entry).map { strings[$0.stringKey] })
    }

    func path(_ grouping: Grouping, page: Int = 0) -> String { catalog.folder + "/" + grouping.fileName(page: page) }


    func groups(by grouping: Grouping) -> [Group] {
        let entries = catalog.newestFirst
        // Orders are numbers and issuers' slugs are made once per issuer: formatting and
        // slugging them for each of 10,000 documents was most of this.
        var issuerOrder: [String: (order: Int, slug: String)] = [:]
        if grouping == .issuer {
            for (order, issuer) in VietnameseCollation.sorted(Array(Set(entries.map(\.meta.issuer))), by: { $0 }).enumerated() {
                issuerOrder[issuer] = (order, Slug.make(issuer))
            }
        }
        var groups: [String: Group] = [:]
        var orderOf: [String: Int] = [:]
        for (member, entry) in entries.enumerated() {
            let key: String, title: String, order: Int
            // Read from the page once: each read of `meta` copies the document's fields.
            let meta = entry.meta
            switch grouping {
            case .kind:
                (key, title, order) = (meta.kind.id, meta.kind.name(in: strings.language), DocumentKind.all.firstIndex(of: meta.kind) ?? 0)
            case .issuer:
                let issuer = issuerOrder[meta.issuer]!
                (key, title, order) = (issuer.slug, meta.issuer, issuer.order)
            case .year:
                if let year = meta.date?.year {
                    (key, title, order) = ("nam-\(year)", String(year), 99999 - year)
                } else {
                    (key, title, order) = ("nam-khong-ghi", strings["year_unknown"], 99999)
                }
            case .status:
                let status = catalog.status(of: entry)
                let index = status.flatMap { DocumentStatus.allCases.firstIndex(of: $0) } ?? DocumentStatus.allCases.count
                (key, title, order) = (status?.rawValue ?? "unknown", strings[status?.stringKey ?? "status_unknown"], index)
            }
            groups[key, default: Group(key: key, title: title, members: [])].members.append(member)
            orderOf[key] = order
        }
        return groups.values.sorted { (orderOf[$0.key]!, $0.key) < (orderOf[$1.key]!, $1.key) }
    }

    /// The page (from 0) of one grouping's listing, `groups` cut into `pages`: the template's
    /// values; `link` makes site paths relative to it (every page is in the same folder).
    func context(_ grouping: Grouping, groups: [Group], pages: ListingPages, page: Int, intro: String,
                 link: (String) -> String, jsonPath: String?, feedPath: String?) -> Page {
        let views = pages.parts(onPage: page).map { part in
            let group = groups[part.group]
            return GroupView(id: "nhom-" + group.key, title: group.title, count: strings.count(group.members.count),
                             isContinued: part.isContinued, items: part.members.map(item))
        }
        let groupings = Grouping.allCases.map { other in
            GroupingLink(title: strings[other.stringKey], url: link(path(other)), current: other == grouping)
        }
        var view = Page(intro: intro, groupings: groupings, groups: views, count: strings.count(catalog.entries.count),
                        jsonURL: jsonPath.map(link), feedURL: feedPath.map(link), pager: [], groupIndex: [], strings: strings.table)
        guard pages.count > 1 else { return view }
        view.pageLabel = strings.listingPage(page, of: pages.count)
        view.pager = [pager(grouping, pages: pages, page: page, link: link)]
        if page == 0 {
            view.groupIndex = [GroupIndex(title: strings[grouping.stringKey], groups: groups.indices.map { index in
                let first = pages.firstPage(of: index)
                return GroupLink(title: groups[index].title, url: (first == page ? "" : link(path(grouping, page: first))) + "#nhom-" + groups[index].key,
                                 count: strings.count(groups[index].members.count))
            })]
        }
        return view
    }

    /// Previous, the first and last pages and two either side of this one, next.
    private func pager(_ grouping: Grouping, pages: ListingPages, page: Int, link: (String) -> String) -> Pager {
        Pager(links: pages.pagerSteps(around: page).map { step in
            switch step {
            case .previous(let other): PagerLink(label: strings["previous_page"], url: link(path(grouping, page: other)), current: false, rel: "prev")
            case .number(let other, let isCurrent): PagerLink(label: strings.count(other + 1), url: link(path(grouping, page: other)), current: isCurrent, rel: nil)
            case .gap: PagerLink(label: "…", url: nil, current: false, rel: nil)
            case .next(let other): PagerLink(label: strings["next_page"], url: link(path(grouping, page: other)), current: false, rel: "next")
            }
        })
    }
}
