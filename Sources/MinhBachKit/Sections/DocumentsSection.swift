import Diagnostics
import Markdown
import Search

/// Official documents (`documents_folder`): each page publishes one document with its header
/// and outline; the section lists them four ways, with a JSON listing and an Atom feed.
struct DocumentsSection: PageKind, SectionRenderer {
    let name = "documents"
    static let template = "document"
    static let indexTemplate = "document-index"
    var templates: [(name: String, view: TemplateType)] {
        [(Self.template, DocumentView.Page.templateType), (Self.indexTemplate, DocumentIndex.Page.templateType)]
    }

    func folder(in config: SiteConfig) -> String { config.documentsFolder }
    var keys: [String] { DocumentMeta.keys }
    var titleRequired: Bool { false }
    var citesDocuments: Bool { true }

    func decode(_ fields: inout YAMLFields, config: SiteConfig) -> (any PageFields)? { DocumentMeta.decode(&fields) }

    func complete(_ meta: inout PageMeta, from fields: any PageFields, config: SiteConfig) {
        guard let document = fields as? DocumentMeta else { return }
        if meta.title.isEmpty { meta.title = document.defaultTitle(in: config.language) }
        if let date = document.date, date.day != nil { meta.date = date.earliestDay }
    }

    /// A document's headings follow its numbering (`Phần thứ hai`, `I.`, `1.`, `a)`).
    func headings(of document: MarkdownDocument, diagnostics: inout Diagnostics) -> [HeadingEntry] {
        DocumentOutline.headings(of: document, reserved: PageParser.reservedIDs, diagnostics: &diagnostics)
    }

    func entryPage(_ resolved: ResolvedPage, site: SiteIndex, layout: SiteRenderer) -> SectionPage? {
        let page = resolved.page
        guard let entry = site.documents.entry(forPage: page) else { return nil }
        let document = DocumentView(entry: entry, catalog: site.documents, strings: layout.strings,
                                    issuerUnitPath: site.data.issuerUnitPath(of: entry)) {
            OutputPaths.link(from: page.outputPath, to: $0, pretty: layout.config.prettyURLs)
        }
        // The tasks it sets, and under each section the tasks and indicators that quote it.
        let commitments = CommitmentBlocks(blocks: layout.dataPages(site.data, at: page.outputPath).blocks)
        let body = SectionNotes.inserting(commitments.sectionNotes(entry.id), into: resolved.bodyHTML)
        let tasks = commitments.documentSection(entry.id)
        let context = document.context(body: body, tasks: tasks.rendered.isEmpty ? nil : tasks.rendered)
        return SectionPage(content: layout.library.renderHTML(context, withTemplate: Self.template) ?? HTMLBytes(bytes: []),
                           kind: "document", searchKind: .document, hasOwnHeading: true)
    }

    /// The documents index, grouped four ways, each cut into pages of `documents_per_page`,
    /// with its JSON and Atom files; nothing when the site has no documents. `introPage` is the
    /// folder's own `index.md`, if any.
    func files(site: SiteIndex, introPage: ResolvedPage?, layout: SiteRenderer, into files: inout SectionFiles) {
        guard !site.documents.entries.isEmpty else { return }
        let config = layout.config, strings = layout.strings
        let index = DocumentIndex(catalog: site.documents, strings: strings, pretty: config.prettyURLs)
        let feeds = DocumentFeeds(catalog: site.documents, config: config, strings: strings)
        let sectionTitle = introPage?.page.meta.title ?? strings["documents_title"]
        let maker = OutputMaker.section(Message("settings.index.documents"), setting: "documents_folder", config: config)
        // The feed is made only when the site's address is known. It is not held while the
        // listing pages are made: they need only its path.
        let feedPath = config.baseURL == nil ? nil : feeds.feedPath
        files.add([feeds.json()] + (feeds.atom().map { [$0] } ?? []), by: maker)
        files.flush()
        for grouping in DocumentIndex.Grouping.allCases {
            let groups = index.groups(by: grouping)
            let pages = ListingPages(groups: groups.map(\.members), perPage: config.documentsPerPage)
            let isMain = grouping == .kind
            let groupingTitle = isMain ? sectionTitle : "\(sectionTitle): \(strings[grouping.stringKey].lowercased())"
            let listing = { @Sendable (page: Int) -> OutputFile in
                let path = index.path(grouping, page: page)
                let link = { OutputPaths.link(from: path, to: $0, pretty: config.prettyURLs) }
                let isFirst = page == 0
                let values = index.context(grouping, groups: groups, pages: pages, page: page,
                                           intro: isMain && isFirst ? introPage?.bodyHTML ?? "" : "", link: link,
                                           jsonPath: feeds.jsonPath, feedPath: feedPath)
                let content = layout.library.renderHTML(values, withTemplate: Self.indexTemplate) ?? HTMLBytes(bytes: [])
                var crumbs: [(title: String, path: String?)] = isMain ? [(sectionTitle, nil)]
                    : [(sectionTitle, index.path(.kind)), (strings[grouping.stringKey], nil)]
                if !isFirst {
                    crumbs[crumbs.count - 1].path = index.path(grouping)
                    crumbs.append((values.pageLabel ?? "", nil))
                }
                return layout.generatedPage(path, title: isFirst ? groupingTitle : "\(groupingTitle), \(values.pageLabel?.lowercased() ?? "")",
                                            kind: "documents", content: content, crumbs: crumbs,
                                            description: introPage?.page.description,
                                            currentID: isMain && isFirst ? introPage?.page.id : nil,
                                            search: isMain && isFirst ? .document : nil)
            }
            // A few pages at a time, each batch handed on before the next is made: a register
            // of a million documents has ten thousand pages a grouping.
            for start in stride(from: 0, to: pages.count, by: Self.listingPagesAtOnce) {
                files.add(Array(start..<min(start + Self.listingPagesAtOnce, pages.count)).parallelMap(listing), by: maker)
            }
            files.flush()
        }
    }

    static let listingPagesAtOnce = 32

    /// The catalog takes from a document's text the documents it cites (their pages list it),
    /// and whether it has any (its page says so when it is a record, without text). An
    /// indicator whose target quotes the document checks the quote against the text.
    func editKeepsSection(from old: ParsedPage, to new: ParsedPage, site: SiteIndex) -> Bool {
        guard let entry = site.documents.entry(forPage: old) else { return true }
        let quoted = site.data.indicators.contains { indicator in
            indicator.definition.targetText.map { site.documents.entry(reference: $0.document.text)?.id == entry.id } ?? false
        }
        // Tasks quote it too: an edit keeps the section while every task's words are still in its
        // section (the headings, and so the anchors, are the same, or the edit goes the whole way).
        let tasksStillQuoted = site.data.commitments.commitments(setBy: entry.id).allSatisfy { task in
            guard let quote = task.quote else { return true }
            let text = task.section.flatMap { id in new.headings.first(id: id) }.map { DataChecker.sectionText(of: $0, in: new) }
                ?? new.text ?? ""
            return DataChecker.normalised(text).contains(DataChecker.normalised(quote))
        }
        return !quoted && tasksStillQuoted && old.document.blocks.isEmpty == new.document.blocks.isEmpty
            && site.documents.mentionedIDs(of: entry.id) == site.documents.mentions(in: new, id: entry.id)
    }
}
