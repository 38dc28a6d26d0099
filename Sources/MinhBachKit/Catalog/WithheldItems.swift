import Diagnostics

/// What this build leaves out — internal items in the public build, drafts without `--drafts` —
/// so that a page pointing at one renders without it and the build says so, as a warning: the
/// page itself is fine to publish, only the pointer is dropped.
public struct WithheldItems: Sendable {
    public enum Reason: Sendable, Equatable {
        case `internal`, draft

        /// "an internal page, left out of the public build" / "a draft page, left out without
        /// --drafts"; `kind` says what is left out ("page", "document" …).
        func description(of kind: Message.Value) -> Message {
            switch self {
            case .internal: Message("audience.withheld-internal", ["kind": kind])
            case .draft: Message("audience.withheld-draft", ["kind": kind])
            }
        }

        var hintMessage: Message {
            switch self {
            case .internal: Message("audience.withheld-internal-hint")
            case .draft: Message("audience.withheld-draft-hint")
            }
        }
    }

    /// Pages left out, by their path in the content folder and by id.
    private var bySource: [String: Reason] = [:]
    private var byID: [String: Reason] = [:]
    /// Indicators whose page is left out, by id: their values are left out with them.
    private(set) var indicators: [String: Reason] = [:]
    /// The official documents among the pages left out, for `{doc}` by number.
    private(set) var documents = DocumentCatalog(pages: [], folder: SiteConfig().documentsFolder, scansMentions: false)

    public init() {}

    /// The pages left out of an edition, each with why.
    init(pages: [(page: ParsedPage, reason: Reason)], config: SiteConfig) {
        for (page, reason) in pages {
            bySource[page.contentPath] = reason
            byID[page.id] = reason
            if page.indicator != nil { indicators[String(page.id.split(separator: "/").last ?? "")] = reason }
        }
        let documentPages = pages.map(\.page).filter { $0.officialDocument != nil }
        if !documentPages.isEmpty {
            documents = DocumentCatalog(pages: documentPages, folder: config.documentsFolder, scansMentions: false)
        }
    }

    public var isEmpty: Bool { bySource.isEmpty }

    public func page(sourcePath: String) -> Reason? { bySource[sourcePath] }
    public func page(id: String) -> Reason? { byID[id] }
    public func indicator(_ id: String) -> Reason? { indicators[id] }

    /// The reason a document left out has the number or id `reference`.
    public func document(reference: String) -> Reason? {
        documents.entry(reference: reference).flatMap { bySource[$0.page.contentPath] }
    }

    /// Why a page is left out of a build for `audience`, drafts included or not; nil when it is built.
    public static func reason(for page: ParsedPage, audience: Audience, includeDrafts: Bool) -> Reason? {
        if !page.meta.visibility.isShown(to: audience) { return .internal }
        if page.meta.isDraft && !includeDrafts { return .draft }
        return nil
    }
}
