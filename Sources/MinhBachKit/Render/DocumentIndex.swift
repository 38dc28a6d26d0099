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
        var entries: [DocumentCatalog.Entry]
    }

    let catalog: DocumentCatalog
    let strings: UIStrings

    func path(_ grouping: Grouping) -> String { catalog.folder + "/" + grouping.fileName }

    /// Newest first; undated documents last, then by title.
    static func ordered(_ entries: [DocumentCatalog.Entry]) -> [DocumentCatalog.Entry] {
        entries.sorted { a, b in
            switch (a.meta.date, b.meta.date) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            default:
                return (VietnameseCollation.key(a.page.meta.title), a.id) < (VietnameseCollation.key(b.page.meta.title), b.id)
            }
        }
    }

    func groups(by grouping: Grouping) -> [Group] {
        let entries = catalog.entries
        var keyed: [(key: String, title: String, order: String, entry: DocumentCatalog.Entry)] = []
        let issuerOrder = Dictionary(uniqueKeysWithValues: VietnameseCollation.sorted(Array(Set(entries.map(\.meta.issuer)))) { $0 }
            .enumerated().map { ($0.element, String(format: "%05d", $0.offset)) })
        for entry in entries {
            switch grouping {
            case .kind:
                let index = DocumentKind.all.firstIndex(of: entry.meta.kind) ?? 0
                keyed.append((entry.meta.kind.id, entry.meta.kind.name(in: strings.language), String(format: "%03d", index), entry))
            case .issuer:
                keyed.append((Slug.make(entry.meta.issuer), entry.meta.issuer, issuerOrder[entry.meta.issuer]!, entry))
            case .year:
                if let year = entry.meta.date?.year {
                    keyed.append(("nam-\(year)", String(year), String(format: "%05d", 99999 - year), entry))
                } else {
                    keyed.append(("nam-khong-ghi", strings["year_unknown"], "99999", entry))
                }
            case .status:
                let status = catalog.status(of: entry)
                let index = status.flatMap { DocumentStatus.allCases.firstIndex(of: $0) } ?? DocumentStatus.allCases.count
                keyed.append((status?.rawValue ?? "unknown", strings[status?.stringKey ?? "status_unknown"], String(index), entry))
            }
        }
        var groups: [String: Group] = [:]
        var orderOf: [String: String] = [:]
        for item in keyed {
            groups[item.key, default: Group(key: item.key, title: item.title, entries: [])].entries.append(item.entry)
            orderOf[item.key] = item.order
        }
        return groups.values
            .sorted { (orderOf[$0.key]!, $0.key) < (orderOf[$1.key]!, $1.key) }
            .map { Group(key: $0.key, title: $0.title, entries: Self.ordered($0.entries)) }
    }

    /// The template's values for the page of one grouping; `link` makes site paths relative to it.
    func context(_ grouping: Grouping, intro: String, link: (String) -> String,
                 jsonPath: String?, feedPath: String?) -> [String: Any] {
        let groups = groups(by: grouping).map { group -> [String: Any] in
            ["id": "nhom-" + group.key, "title": group.title, "count": group.entries.count,
             "items": group.entries.map { item($0, link: link) }]
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

    func item(_ entry: DocumentCatalog.Entry, link: (String) -> String) -> [String: Any] {
        var values: [String: Any] = ["title": entry.page.meta.title, "url": link(entry.page.outputPath),
                                     "kind": entry.meta.kind.name(in: strings.language), "issuer": entry.meta.issuer]
        if let number = entry.meta.citableNumber { values["number"] = number }
        if let date = entry.meta.date { values["date"] = strings.format.date(date) }
        if let status = catalog.status(of: entry) { values["status"] = strings[status.stringKey] }
        return values
    }
}
