import Markup

/// What the `document` template sees of an official document: its printed header and footer,
/// its outline, its relations both ways. Text is escaped by the template; `body` and the
/// tables of contents are trusted HTML.
struct DocumentView {
    let entry: DocumentCatalog.Entry
    let catalog: DocumentCatalog
    let strings: UIStrings
    /// The page of the unit that issued it (`issuer_unit:`), which the issuer in the facts links to.
    var issuerUnitPath: String? = nil
    /// Makes a site path relative to the page.
    let link: (String) -> String

    /// What the template sees; `body` is the document's trusted HTML.
    struct Page: TemplateView {
        var kindID: String
        var kindName: String
        var subject: String
        var issuer: String
        var issuerParent: String?
        var number: String?
        var isParty: Bool
        var body: String
        var isRecord: Bool
        var recipients: [String]
        var onBehalf: [String]
        var placeDate: String?
        var signerTitle: String?
        var signer: String?
        var facts: [Fact]
        var relations: [RelationGroup]
        var citedBy: [Link]
        /// The outline, trusted HTML.
        var toc: String?
        /// The tasks the document sets ("Nhiệm vụ và thời hạn"), trusted HTML; nil for none.
        var tasks: String?
        var strings: [String: String]

        var hasSignature: Bool { signer != nil || signerTitle != nil || !onBehalf.isEmpty }

        static let fields: [TemplateField<Page>] = [
            .text("kindID") { $0.kindID }, .text("kindName") { $0.kindName }, .text("subject") { $0.subject },
            .text("issuer") { $0.issuer }, .flag("isParty") { $0.isParty }, .text("body") { $0.body },
            .flag("isRecord") { $0.isRecord }, .texts("recipients") { $0.recipients }, .flag("hasRecipients") { !$0.recipients.isEmpty },
            .texts("onBehalf") { $0.onBehalf }, .list("facts", of: Fact.self) { $0.facts },
            .list("relations", of: RelationGroup.self) { $0.relations }, .flag("hasRelations") { !$0.relations.isEmpty },
            .list("citedBy", of: Link.self) { $0.citedBy }, .flag("hasCitedBy") { !$0.citedBy.isEmpty },
            .text("issuerParent") { $0.issuerParent }, .text("number") { $0.number }, .text("placeDate") { $0.placeDate },
            .text("signerTitle") { $0.signerTitle }, .text("signer") { $0.signer },
            .flag("hasSignature") { $0.hasSignature }, .flag("hasFooter") { $0.hasSignature || !$0.recipients.isEmpty },
            .text("toc") { $0.toc }, .text("tasks") { $0.tasks }, .strings("t") { $0.strings },
        ]
    }

    /// A row of the facts table; `url` links the value (the issuer, to its unit's page).
    struct Fact: TemplateView {
        var label: String
        var value: String
        var url: String? = nil

        static let fields: [TemplateField<Fact>] = [.text("label") { $0.label }, .text("value") { $0.value }, .text("url") { $0.url }]
    }

    /// The documents this one has one relation with (or that have it with this one).
    struct RelationGroup: TemplateView {
        var label: String
        var items: [Link]

        static let fields: [TemplateField<RelationGroup>] = [.text("label") { $0.label }, .list("items", of: Link.self) { $0.items }]
    }

    /// Another document, linked; `how` it cites this one, in the cited-by list.
    struct Link: TemplateView {
        var title: String
        var url: String
        var details: String?
        var how: String?

        static let fields: [TemplateField<Link>] = [
            .text("title") { $0.title }, .text("url") { $0.url }, .text("details") { $0.details }, .text("how") { $0.how },
        ]
    }

    func context(body: String, tasks: String? = nil) -> Page {
        let meta = entry.meta
        let headings = entry.page.headings.listed
        return Page(kindID: meta.kind.id, kindName: meta.kind.name(in: entry.page.isUntranslated ? "vi" : strings.language),
                    subject: meta.subject, issuer: meta.issuer, issuerParent: meta.issuerParent, number: meta.number,
                    isParty: meta.system == .party, body: body, isRecord: !entry.hasText,
                    recipients: meta.recipients, onBehalf: meta.onBehalf, placeDate: placeDateLine,
                    signerTitle: meta.signerTitle, signer: meta.signer, facts: facts, relations: relationGroups, citedBy: citedBy,
                    toc: headings.isEmpty ? nil : TableOfContents.nestedList(headings[...]).rendered, tasks: tasks, strings: strings.table)
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
    var facts: [Fact] {
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
        return rows.map { Fact(label: strings[$0.0], value: $0.1, url: $0.0 == "doc_issuer" ? issuerUnitPath.map(link) : nil) }
    }

    /// This document's relations, then the inverse relations others have to it.
    var relationGroups: [RelationGroup] {
        var groups: [RelationGroup] = []
        let outgoing = catalog.outgoing(of: entry)
        let incoming = catalog.incoming(of: entry)
        for kind in DocumentRelation.Kind.allCases {
            let to = outgoing.filter { $0.citation == .relation(kind) }.map(\.entry)
            if !to.isEmpty { groups.append(RelationGroup(label: strings[kind.stringKey], items: to.map(item))) }
        }
        for kind in DocumentRelation.Kind.allCases {
            let from = incoming.filter { $0.citation == .relation(kind) }.map(\.entry)
            if !from.isEmpty { groups.append(RelationGroup(label: strings[kind.inverseStringKey], items: from.map(item))) }
        }
        return groups
    }

    /// Every document that cites this one, once, with how it does.
    var citedBy: [Link] {
        var order: [DocumentCatalog.Entry] = []
        var how: [String: [String]] = [:]
        for (other, citation) in catalog.incoming(of: entry) {
            if how[other.id] == nil { order.append(other) }
            let label = switch citation {
            case .relation(let kind): strings[kind.stringKey].lowercased()
            case .mention: strings["cited_in_text"]
            }
            if how[other.id]?.contains(label) != true { how[other.id, default: []].append(label) }
        }
        return order.map { other in
            var values = item(other)
            values.how = how[other.id]!.joined(separator: "; ")
            return values
        }
    }

    func item(_ other: DocumentCatalog.Entry) -> Link {
        var values = Link(title: other.page.title, url: link(other.page.outputPath))
        var details: [String] = []
        if let number = other.meta.citableNumber { details.append(number) }
        if let date = other.meta.date { details.append(strings.format.date(date)) }
        if !details.isEmpty { values.details = details.joined(separator: ", ") }
        return values
    }
}
