import Formatting

/// The documents as data: `index.json` for programs, `atom.xml` for feed readers.
struct DocumentFeeds {
    let catalog: DocumentCatalog
    let config: SiteConfig
    let strings: UIStrings

    var jsonPath: String { catalog.folder + "/index.json" }
    var feedPath: String { catalog.folder + "/atom.xml" }

    /// Deterministic JSON: keys sorted, documents in index order, paths from the site's root.
    /// Made a part at a time as it is written: a million documents' listing weighs 700 MB.
    func json() -> OutputFile {
        let feeds = self
        return OutputFile(path: jsonPath, parts: FileParts { part in
            let entries = feeds.catalog.newestFirst
            JSONWriter.parts(key: "documents", count: entries.count, element: { feeds.record(entries[$0]) }, part: part)
        })
    }

    /// One document's record in the JSON listing.
    private func record(_ entry: DocumentCatalog.Entry) -> [String: Any] {
        let meta = entry.meta
        var relations: [String: Any] = [:]
        for (other, citation) in catalog.outgoing(of: entry) {
            if case .relation(let kind) = citation { relations[kind.rawValue] = (relations[kind.rawValue] as? [String] ?? []) + [other.id] }
        }
        var citedBy: [String] = []
        for (other, _) in catalog.incoming(of: entry) where !citedBy.contains(other.id) { citedBy.append(other.id) }
        var record: [String: Any] = [
            "id": entry.id, "url": entry.page.outputPath, "title": entry.page.title, "kind": meta.kind.id,
            "kind_name": meta.kind.name(in: strings.language), "subject": meta.subject, "issuer": meta.issuer,
            "system": meta.system.rawValue, "relations": relations, "cited_by": citedBy,
        ]
        let optional: [String: String?] = [
            "number": meta.number, "issuer_parent": meta.issuerParent, "issuer_unit": meta.issuerUnit?.text, "place": meta.place, "date": meta.date?.description,
            "status": catalog.status(of: entry)?.rawValue, "period": meta.period?.description, "signer": meta.signer,
        ]
        for case let (key, value?) in optional { record[key] = value }
        return record
    }

    /// An Atom feed of the dated documents, newest first. Atom needs absolute addresses, so, like
    /// the sitemap, it is made only when the site's address is known.
    func atom() -> OutputFile? {
        guard let base = config.baseURL else { return nil }
        let dated = catalog.newestFirst.filter { $0.meta.date != nil }
        let entries = dated.map { entry -> AtomFeed.Entry in
            var summary = entry.meta.kind.name(in: strings.language)
            if let number = entry.meta.number { summary += Words.forLanguage(strings.language).documentNumber(number) }
            summary += ", \(strings.format.longDate(entry.meta.date!)), \(entry.meta.issuer): \(entry.meta.subject)"
            return AtomFeed.Entry(title: entry.page.title, url: base + entry.page.outputPath, updated: timestamp(entry.meta.date!),
                                  author: entry.meta.issuer, summary: summary)
        }
        return AtomFeed(language: config.language, title: strings["feed_title"] + " – " + config.title, selfURL: base + feedPath,
                        pageURL: base + catalog.folder + "/index.html", entries: entries).file(at: feedPath)
    }

    /// The date of issue as an Atom timestamp; a blank day or month counts as the first.
    func timestamp(_ date: IssueDate) -> String { "\(date.earliestDay)T00:00:00Z" }
}
