import Diagnostics

/// The front matter of an official document: what its printed form says about it.
public struct DocumentMeta: Sendable, Equatable {
    public enum System: String, Sendable { case state, party }

    public var kind: DocumentKind
    /// "Số" as printed, e.g. `27-KH/BDVTU-BCSD`, or `/BC-UBND` when the number is left blank.
    public var number: String?
    public var subject: String
    public var issuer: String
    public var issuerParent: String?
    /// `issuer_unit:`, the code of the unit of the registry that issued it (checked against the
    /// registry once it is read, `DataCatalog.issuerUnitProblems`): the unit's page lists it.
    @OutOfLine public var issuerUnit: LocatedText? = nil
    public var system: System = .state
    public var place: String?
    public var date: IssueDate?
    public var onBehalf: [String] = []
    public var signerTitle: String?
    public var signer: String?
    public var recipients: [String] = []
    public var status: DocumentStatus?
    public var period: DocumentPeriod?
    /// Relations as written (ids or numbers), resolved once every document is known.
    public var relations: [DocumentRelation.Kind: [LocatedText]] = [:]

    /// A number that names one document: one with its number filled in.
    public var citableNumber: String? {
        guard let number, let first = number.first, first.isLetter || first.isNumber else { return nil }
        return number
    }

    static let keys = ["kind", "number", "subject", "issuer", "issuer_parent", "issuer_unit", "system", "place", "date", "on_behalf",
                       "signer_title", "signer", "recipients", "status", "period"] + DocumentRelation.Kind.allCases.map(\.rawValue)

    static func decode(_ fields: inout YAMLFields) -> DocumentMeta? {
        let kindText = fields.string("kind", required: true)
        var kind: DocumentKind?
        if let kindText {
            kind = DocumentKind.named(kindText)
            if kind == nil {
                fields.reportInvalid("kind", Message("documents.unknown-kind", ["kind": .text(kindText)]),
                                     hint: Suggestion.message(for: Slug.make(kindText), among: DocumentKind.all.map(\.id))
                                        ?? Message("documents.kinds-hint", ["kinds": .text(DocumentKind.all.map(\.id).joined(separator: ", "))]))
            }
        }
        let subject = fields.string("subject", required: true)
        let issuer = fields.string("issuer", required: true)
        var meta = DocumentMeta(kind: kind ?? DocumentKind.all[0], subject: subject ?? "", issuer: issuer ?? "")
        meta.number = fields.string("number").flatMap { $0.isEmpty ? nil : $0 }
        if let number = meta.number, number.contains(where: \.isWhitespace) {
            fields.reportInvalid("number", Message("documents.number-with-spaces"))
        }
        meta.issuerParent = fields.string("issuer_parent")
        meta.issuerUnit = fields.located("issuer_unit")
        if let system = fields.string("system") {
            if let value = System(rawValue: system) { meta.system = value } else {
                fields.reportInvalid("system", Message("documents.bad-system", ["system": .text(system)]),
                                     hint: Message("documents.bad-system-hint"))
            }
        }
        meta.place = fields.string("place")
        if let date = fields.string("date") {
            meta.date = IssueDate(date)
            if meta.date == nil {
                fields.reportInvalid("date", Message("documents.not-a-date", ["date": .text(date)]),
                                     hint: Message("documents.date-hint"))
            }
        }
        meta.onBehalf = fields.textList("on_behalf").map(\.text)
        meta.signerTitle = fields.string("signer_title")
        meta.signer = fields.string("signer")
        meta.recipients = fields.textList("recipients").map(\.text)
        if let status = fields.string("status") {
            meta.status = DocumentStatus(rawValue: status)
            if meta.status == nil {
                fields.reportInvalid("status", Message("documents.unknown-status", ["status": .text(status)]),
                                     hint: Suggestion.message(for: status, among: DocumentStatus.allCases.map(\.rawValue))
                                        ?? Message("documents.statuses-hint", ["statuses": .text(DocumentStatus.allCases.map(\.rawValue).joined(separator: ", "))]))
            }
        }
        if let period = fields.string("period") {
            meta.period = DocumentPeriod(period)
            if meta.period == nil {
                fields.reportInvalid("period", Message("documents.not-a-period", ["period": .text(period)]),
                                     hint: Message("documents.period-hint"))
            }
        }
        for relation in DocumentRelation.Kind.allCases {
            let targets = fields.textList(relation.rawValue)
            if !targets.isEmpty { meta.relations[relation] = targets }
        }
        return kind == nil || subject == nil || issuer == nil ? nil : meta
    }

    /// Keeps once (`shared`) the texts a site's documents repeat: who issues them and where, who
    /// signs and on whose behalf, to whom they go. The subject and the number are each
    /// document's own.
    mutating func shareRepeatedText(_ shared: inout SharedText) {
        issuer = shared(issuer)
        issuerParent = shared(issuerParent)
        place = shared(place)
        onBehalf = shared(onBehalf)
        signerTitle = shared(signerTitle)
        signer = shared(signer)
        recipients = shared(recipients)
    }

    /// "Kế hoạch triển khai…": the kind's name, then the subject, its first letter made small
    /// unless the first word is an abbreviation.
    /// "Kế hoạch thực hiện …" — or "Plan implementing …" on a site written in English.
    public func defaultTitle(in language: String) -> String {
        var subject = self.subject
        if let first = subject.first, first.isUppercase, subject.dropFirst().first?.isLowercase == true {
            subject = first.lowercased() + subject.dropFirst()
        }
        return kind.name(in: language) + " " + subject
    }
}

/// A relation between two documents of the site.
public struct DocumentRelation: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case basedOn = "based_on", implements, reportsOn = "reports_on", amends, supersedes

        /// The key of its label in the theme's strings, and of the inverse's.
        var stringKey: String { "relation_" + rawValue }
        var inverseStringKey: String { "relation_" + rawValue + "_inverse" }
    }
    public var kind: Kind
    public var from: String
    public var to: String
}
