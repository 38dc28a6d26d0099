import Diagnostics

/// The parse stage: the site in each of its languages.
extension SiteBuilder {
    /// The site in one language: its settings, interface strings and pages.
    struct Edition: Sendable {
        var config: SiteConfig
        var strings: UIStrings
        var pages: [ParsedPage]
        /// The pages this build leaves out (internal ones, drafts), for the warnings of the pages
        /// that point at them.
        var withheld = WithheldItems()
    }

    /// Pages whose front matter, then whose Markdown, is read at once, on every core.
    static let headsPerBatch = 4096

    /// What the parse stage does with a page catalog (`PageCatalog`).
    enum CatalogUse {
        case none
        /// Each page's Markdown is not parsed: what it tells the site comes from the catalog.
        case reading(PageCatalog)
        /// Each page parsed is recorded in the catalog being written.
        case writing(PageCatalog.Writer)
    }

    /// Settings, strings and pages of every language of the site; the site's own language first,
    /// then each other language with its translations, and the original where a page has none.
    /// `releasesMarkdown`: each page's Markdown is let go once parsed (a one-shot build's), to be
    /// parsed again when the page is resolved.
    func parse(_ project: LoadedProject, releasesMarkdown: Bool, catalog: CatalogUse = .none, diagnostics: inout Diagnostics) -> [Edition] {
        var config = SiteConfig.decode(project.config, diagnostics: &diagnostics)
        // `site.yml`'s `base_url` was checked at its line; `--base-url` replaces it.
        if let base = options.baseURL {
            switch SiteAddress.checked(base) {
            case .success(let address): config.baseURL = address
            case .failure(let problem):
                diagnostics.error(at: nil, Message("output.base-url-invalid", ["address": .text(base), "reason": .message(problem.reasonMessage)]),
                                  hint: problem.hintMessage ?? Message("output.base-url-example"))
            }
        }
        if let audience = options.audience { config.audience = audience }
        // Every page's front matter first, then its Markdown: a document's citations are then
        // taken from its text knowing every document's number, and its Markdown let go.
        // A file the loader left on disk is read for each pass, and let go after it.
        let headReader = PageParser(config: config, kinds: sections)
        // Documents repeat their issuers, places, signers and recipients: each such text is kept
        // once, for the whole build. A batch at a time, so that the copies let go leave room for
        // the next batch's values: shared after every head was read, they were holes the size of
        // a third of a kilobyte a page among the values kept.
        var shared = SharedText()
        var heads: [(head: PageParser.Head?, problems: Diagnostics)] = []
        heads.reserveCapacity(project.pages.count)
        for start in stride(from: 0, to: project.pages.count, by: Self.headsPerBatch) {
            var batch = Array(project.pages[start..<min(start + Self.headsPerBatch, project.pages.count)]).parallelMap { file -> (head: PageParser.Head?, problems: Diagnostics) in
                var local = Diagnostics()
                guard let file = file.read(diagnostics: &local) else { return (nil, local) }
                var head = headReader.head(of: file, diagnostics: &local)
                head?.file = file.leftOnDisk
                return (head, local)
            }
            for index in batch.indices {
                guard var document = batch[index].head?.fields as? DocumentMeta else { continue }
                document.shareRepeatedText(&shared)
                batch[index].head?.fields = document
            }
            heads += batch
        }
        // A one-shot build keeps the pages' headings and descriptions in a scratch file beside the
        // output, as its search index does; `check`, which writes nothing, keeps them in memory.
        // `minhbach catalog` keeps them in the catalog it writes, in the pages' order (not as each
        // is parsed); a build reading a catalog finds them there.
        let (reading, writer): (PageCatalog?, PageCatalog.Writer?) = switch catalog {
        case .none: (nil, nil)
        case .reading(let catalog): (catalog, nil)
        case .writing(let writer): (nil, writer)
        }
        let releasesInParallel = releasesMarkdown && writer == nil
        let spill = writer?.spill
            ?? (releasesMarkdown && reading == nil && !options.checkOnly ? PageSpill(folder: OutputFolder(options.outputDirectory.path).parent) : nil)
        let parser = headReader.citing(Set(heads.compactMap { ($0.head?.fields as? DocumentMeta)?.citableNumber }))
        // A batch at a time, each head let go once its page is made: what a page keeps of its
        // head is shared with it, the rest (its description, once spilled) was a third of a
        // kilobyte a page held until the last page was parsed.
        var parsed: [(ParsedPage?, Diagnostics)] = []
        parsed.reserveCapacity(heads.count)
        for start in stride(from: 0, to: heads.count, by: Self.headsPerBatch) {
            let batch = start..<min(start + Self.headsPerBatch, heads.count)
            parsed += Array(heads[batch]).parallelMap { item -> (ParsedPage?, Diagnostics) in
                var local = item.problems
                guard var head = item.head else { return (nil, local) }
                if let reading {
                    return (reading.body(of: head.file, edition: 0, &local).map { parser.page(from: head, body: $0, keptIn: reading.spill) }, local)
                }
                guard let file = head.file.read(diagnostics: &local) else { return (nil, local) }
                head.file = file
                let page = parser.page(from: head, diagnostics: &local)
                if releasesInParallel { page.release(to: spill) }
                return (page, local)
            }
            for index in batch { heads[index] = (nil, Diagnostics()) }
            // In the pages' order, so that the same site makes the same catalog, byte for byte.
            if let writer {
                for case let page? in parsed[batch].map(\.0) {
                    page.release(to: writer.spill)
                    writer.record(page, edition: 0)
                }
            }
        }
        for (_, local) in parsed { diagnostics.append(contentsOf: local) }
        // Internal pages (in the public build) and drafts (without --drafts) are left out here,
        // before anything is made from them, and remembered so that a page pointing at one
        // renders without it and warns.
        var pages: [ParsedPage] = []
        var left: [(page: ParsedPage, reason: WithheldItems.Reason)] = []
        for case let page? in parsed.map(\.0) {
            if let reason = WithheldItems.reason(for: page, audience: config.audience, includeDrafts: options.includeDrafts) {
                left.append((page, reason))
            } else {
                pages.append(page)
            }
        }
        let withheld = WithheldItems(pages: left, config: config)
        var editions = [Edition(config: config, strings: UIStrings.load(project.theme.strings, language: config.language,
                                                                        location: config.locations["language"], diagnostics: &diagnostics)
                                    .adapted(to: config, pages: pages),
                                pages: pages, withheld: withheld)]
        // Only a site in several languages needs its pages by path.
        let originals = config.languages.count < 2 ? [:]
            : Dictionary(pages.map { ($0.source.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        for (number, language) in config.languages.enumerated().dropFirst() {
            let translations = project.translations[language] ?? Translations()
            let translated = config.translated(to: language, by: translations.config, diagnostics: &diagnostics)
            // The first load compared every language's keys with the site's; comparing them
            // again from this side would only say the same the other way round.
            var checkedAlready = Diagnostics()
            if project.theme.strings[language] == nil {
                diagnostics.error(at: config.locations["languages/" + language], Message("output.theme-no-strings", ["language": .text(language)]),
                                  hint: Message("output.theme-add-strings", ["language": .text(language)]))
            }
            let languageStrings = UIStrings.load(project.theme.strings, language: language, diagnostics: &checkedAlready)
            var byOriginal: [String: ParsedPage] = [:]
            for file in translations.pages {
                let originalPath = ProjectLoader.translatedPath(file.relativePath, language: language)
                guard let original = originals[originalPath] else {
                    if !parsed.contains(where: { $0.0?.source.relativePath == originalPath }) {
                        diagnostics.error(at: SourceLocation(path: file.displayPath, line: 1, column: 1),
                                          Message("output.translation-without-original", ["path": .text(originalPath)]),
                                          hint: Message("output.translation-beside-original", ["language": .text(language)]))
                    }
                    continue
                }
                guard let file = file.read(diagnostics: &diagnostics) else { continue }
                if let reading {
                    guard let body = reading.body(of: file, edition: number, &diagnostics) else { continue }
                    byOriginal[originalPath] = parser.parseTranslation(file, of: original, body: (body, reading.spill), diagnostics: &diagnostics)
                    continue
                }
                let translation = parser.parseTranslation(file, of: original, diagnostics: &diagnostics)
                if releasesMarkdown { translation?.release(to: spill) }
                if let translation { writer?.record(translation, edition: number) }
                byOriginal[originalPath] = translation
            }
            let languagePages = pages.map { page in
                byOriginal[page.source.relativePath] ?? {
                    var untranslated = page
                    untranslated.isUntranslated = true
                    return untranslated
                }()
            }
            editions.append(Edition(config: translated, strings: languageStrings.adapted(to: translated, pages: languagePages),
                                    pages: languagePages, withheld: withheld))
        }
        if config.languages.count == 1, let extra = project.translations.keys.sorted().first {
            diagnostics.append(.warning(at: project.translations[extra]?.pages.first.map { SourceLocation(path: $0.displayPath, line: 1, column: 1) },
                                Message("output.translations-not-built", ["extra": .text(extra), "language": .text(config.language)]),
                                hint: Message("output.translations-add-languages", ["extra": .text(extra), "language": .text(config.language)])))
        }
        diagnostics.removeDuplicates()
        return editions
    }
}
