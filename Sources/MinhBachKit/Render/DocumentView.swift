import Markup

/// What the `document` template sees of an official document: its printed header and footer,
/// its outline, its relations both ways. Text is escaped by the template; `body` and the
/// tables of contents are trusted HTML.
struct DocumentView {
    let entry: DocumentCatalog.Entry
    let catalog: DocumentCatalog
    let strings: UIStrings
    /// Makes a site path relative to the page.
    let link: (String) -> String

    func context(body: String) -> [String: Any] {
        let meta = entry.meta
        var values: [String: Any] = [
            "kindID": meta.kind.id, "kindName": meta.kind.name(in: entry.page.isUntranslated ? "vi" : strings.language), "subject": meta.subject, "issuer": meta.issuer,
            "isParty": meta.system == .party, "body": body, "isRecord": !entry.hasText,
            "recipients": meta.recipients, "hasRecipients": !meta.recipients.isEmpty, "onBehalf": meta.onBehalf,
            "facts": facts, "relations": relationGroups, "hasRelations": !relationGroups.isEmpty,
            "citedBy": citedBy, "hasCitedBy": !citedBy.isEmpty,
        ]
        if let parent = meta.issuerParent { values["issuerParent"] = parent }
        if let number = meta.number { values["number"] = number }
        if let line = placeDateLine { values["placeDate"] = line }
        if let title = meta.signerTitle { values["signerTitle"] = title }
        if let signer = meta.signer { values["signer"] = signer }
        let hasSignature = meta.signer != nil || meta.signerTitle != nil || !meta.onBehalf.isEmpty
        values["hasSignature"] = hasSignature
        values["hasFooter"] = hasSignature || !meta.recipients.isEmpty
        let headings = entry.page.headings
        if !headings.isEmpty {
            values["toc"] = TableOfContents.nestedList(headings[...]).rendered
        }
        return values
    }

    /// "Tuần Giáo, ngày … tháng 6 năm 2021", blanks kept as printed.
    var placeDateLine: String? {
        let meta = entry.meta
        switch (meta.place, meta.date) {
        case let (place?, date?): return "\(place), \(strings.format.longDate(date))"
        case let (nil, date?): return strings.format.longDate(date).prefix(1).uppercased() + strings.format.longDate(date).dropFirst()
        case let (place?, nil): return place
        case (nil, nil): return nil
        }
    }

    /// The facts table: kind, number, issuer, date, status, period, signer.
    var facts: [[String: String]] {
        let meta = entry.meta
        var rows: [(String, String)] = [
            ("doc_kind", meta.kind.name(in: strings.language)),
            ("doc_number", meta.number ?? strings["not_printed"]),
            ("doc_issuer", meta.issuer),
            ("doc_date", meta.date.map(strings.format.date) ?? strings["not_printed"]),
            ("doc_status", strings[catalog.status(of: entry)?.stringKey ?? "status_unknown"]),
        ]
        if let period = meta.period { rows.append(("doc_period", strings.format.period(period.name))) }
        if let signer = meta.signer { rows.append(("doc_signer", signer)) }
        return rows.map { ["label": strings[$0.0], "value": $0.1] }
    }

    /// This document's relations, then the inverse relations others have to it.
    var relationGroups: [[String: Any]] {
        var groups: [[String: Any]] = []
        let outgoing = catalog.outgoing[entry.id] ?? []
        let incoming = catalog.incoming[entry.id] ?? []
        for kind in DocumentRelation.Kind.allCases {
            let to = outgoing.filter { $0.citation == .relation(kind) }.compactMap { catalog.entry(id: $0.id) }
            if !to.isEmpty { groups.append(["label": strings[kind.stringKey], "items": to.map(item)]) }
        }
        for kind in DocumentRelation.Kind.allCases {
            let from = incoming.filter { $0.citation == .relation(kind) }.compactMap { catalog.entry(id: $0.id) }
            if !from.isEmpty { groups.append(["label": strings[kind.inverseStringKey], "items": from.map(item)]) }
        }
        return groups
    }

    /// Every document that cites this one, once, with how it does.
    var citedBy: [[String: Any]] {
        var order: [String] = []
        var how: [String: [String]] = [:]
        for (id, citation) in catalog.incoming[entry.id] ?? [] {
            if how[id] == nil { order.append(id) }
            let label = switch citation {
            case .relation(let kind): strings[kind.stringKey].lowercased()
            case .mention: strings["cited_in_text"]
            }
            if how[id]?.contains(label) != true { how[id, default: []].append(label) }
        }
        return order.compactMap { id in
            guard let other = catalog.entry(id: id) else { return nil }
            var values = item(other)
            values["how"] = how[id]!.joined(separator: "; ")
            return values
        }
    }

    func item(_ other: DocumentCatalog.Entry) -> [String: Any] {
        var values: [String: Any] = ["title": other.page.title, "url": link(other.page.outputPath)]
        var details: [String] = []
        if let number = other.meta.citableNumber { details.append(number) }
        if let date = other.meta.date { details.append(strings.format.date(date)) }
        if !details.isEmpty { values["details"] = details.joined(separator: ", ") }
        return values
    }
}
