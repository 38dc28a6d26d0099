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
    struct Item: Sendable {
        var title: String
        var url: String
        var kind: String
        var issuer: String
        var number: String?
        var date: String?
        var status: String?

        var values: [String: Any] {
            var values: [String: Any] = ["title": title, "url": url, "kind": kind, "issuer": issuer]
            if let number { values["number"] = number }
            if let date { values["date"] = date }
            if let status { values["status"] = status }
            return values
        }
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
                 jsonPath: String?, feedPath: String?) -> [String: Any] {
        let groups = groups(by: grouping).map { group -> [String: Any] in
            ["id": "nhom-" + group.key, "title": group.title, "count": group.members.count,
             "items": group.members.map { items[$0].values }]
        }
        let groupings = Grouping.allCases.map { other -> [String: Any] in
            var values: [String: Any] = ["title": strings[other.stringKey], "url": link(path(other))]
            if other == grouping { values["current"] = true }
            return values
        }
        var values: [String: Any] = ["intro": intro, "groupings": groupings, "groups": groups,
                                     "count": catalog.entries.count, "t": strings.table]
        if let jsonPath { values["jsonURL"] = link(jsonPath) }
        if let feedPath { values["feedURL"] = link(feedPath) }
        return values
    }
}
