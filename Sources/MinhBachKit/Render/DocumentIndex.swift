import Formatting

/// The documents index: the same listing grouped four ways (kind, issuer, year, status), each a
/// pre-rendered page that works without JavaScript.
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
    }

    struct Group {
        var key: String
        var title: String
        /// Indexes into `items`, newest first.
        var members: [Int]
    }

    /// What the listing shows of one document. The four pages share a folder, so each document's
    /// item is made once for all of them.
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
        var count: Int
        var jsonURL: String?
        var feedURL: String?
        var strings: [String: String]

        static let fields: [TemplateField<Page>] = [
            .text("intro") { $0.intro }, .list("groupings", of: GroupingLink.self) { $0.groupings },
            .list("groups", of: GroupView.self) { $0.groups }, .count("count") { $0.count },
            .text("jsonURL") { $0.jsonURL }, .text("feedURL") { $0.feedURL }, .strings("t") { $0.strings },
        ]
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

    /// One group of a page with its documents' items.
    struct GroupView: TemplateView {
        var id: String
        var title: String
        var items: [Item]

        static let fields: [TemplateField<GroupView>] = [
            .text("id") { $0.id }, .text("title") { $0.title }, .count("count") { $0.items.count },
            .list("items", of: Item.self) { $0.items },
        ]
    }

    let catalog: DocumentCatalog
    let strings: UIStrings
    /// One per document, in `catalog.newestFirst` order.
    let items: [Item]

    init(catalog: DocumentCatalog, strings: UIStrings, pretty: Bool) {
        self.catalog = catalog
        self.strings = strings
        let from = catalog.folder + "/" + Grouping.kind.fileName
        items = catalog.newestFirst.map { entry in
            Item(title: entry.page.title, url: OutputPaths.link(from: from, to: entry.page.outputPath, pretty: pretty),
                 kind: entry.meta.kind.name(in: strings.language), issuer: entry.meta.issuer, number: entry.meta.citableNumber,
                 date: entry.meta.date.map(strings.format.date), status: catalog.status(of: entry).map { strings[$0.stringKey] })
        }
    }

    func path(_ grouping: Grouping) -> String { catalog.folder + "/" + grouping.fileName }

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
            switch grouping {
            case .kind:
                (key, title, order) = (entry.meta.kind.id, entry.meta.kind.name(in: strings.language), DocumentKind.all.firstIndex(of: entry.meta.kind) ?? 0)
            case .issuer:
                let issuer = issuerOrder[entry.meta.issuer]!
                (key, title, order) = (issuer.slug, entry.meta.issuer, issuer.order)
            case .year:
                if let year = entry.meta.date?.year {
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

    /// The template's values for the page of one grouping; `link` makes site paths relative to it.
    func context(_ grouping: Grouping, intro: String, link: (String) -> String,
                 jsonPath: String?, feedPath: String?) -> Page {
        let groups = groups(by: grouping).map { group in
            GroupView(id: "nhom-" + group.key, title: group.title, items: group.members.map { items[$0] })
        }
        let groupings = Grouping.allCases.map { other in
            GroupingLink(title: strings[other.stringKey], url: link(path(other)), current: other == grouping)
        }
        return Page(intro: intro, groupings: groupings, groups: groups, count: catalog.entries.count,
                    jsonURL: jsonPath.map(link), feedURL: feedPath.map(link), strings: strings.table)
    }
}
