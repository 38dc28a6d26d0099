import Diagnostics
import Markdown

/// A page whose Markdown has become HTML, with every reference checked.
public struct ResolvedPage: Sendable {
    public var page: ParsedPage
    public var bodyHTML: String
    /// What resolving found besides the HTML, in one box shared by copies: a streamed build
    /// keeps a resolved page for each of the site's pages until the end, most with none of it,
    /// and the fields inline were 88 bytes a page.
    private var found: Found?

    /// Content files the page links to, by their output path.
    public var copiedFiles: [String: SourceFile] {
        get { found?.copiedFiles ?? [:] }
        set { changeFound { $0.copiedFiles = newValue } }
    }
    /// Files the page's directives make: each chart's `.svg` and `.csv`.
    public var generatedFiles: [OutputFile] {
        get { found?.generatedFiles ?? [] }
        set { changeFound { $0.generatedFiles = newValue } }
    }
    /// The page shows illustrative values (through `{value}` or a data directive).
    public var showsIllustrativeData: Bool {
        get { found?.showsIllustrativeData ?? false }
        set { changeFound { $0.showsIllustrativeData = newValue } }
    }
    /// How recent the values the page shows are; empty when it shows none.
    public var dataDates: DataDates {
        get { found?.dataDates ?? DataDates() }
        set { changeFound { $0.dataDates = newValue } }
    }
    /// Shows values from the data catalog (a data directive or `{value}`).
    public var readsData: Bool {
        get { found?.readsData ?? false }
        set { changeFound { $0.readsData = newValue } }
    }
    /// The content files the page looked up, by path under `content/`.
    public var readFiles: Set<String> {
        get { found?.readFiles ?? [] }
        set { changeFound { $0.readFiles = newValue } }
    }

    public init(page: ParsedPage, bodyHTML: String, copiedFiles: [String: SourceFile], generatedFiles: [OutputFile] = [],
                showsIllustrativeData: Bool = false, dataDates: DataDates = DataDates(), readsData: Bool = false, readFiles: Set<String> = []) {
        self.page = page
        self.bodyHTML = bodyHTML
        let found = Found(copiedFiles: copiedFiles, generatedFiles: generatedFiles, showsIllustrativeData: showsIllustrativeData,
                          dataDates: dataDates, readsData: readsData, readFiles: readFiles)
        self.found = found.isEmpty ? nil : found
    }

    private final class Found: @unchecked Sendable {
        var copiedFiles: [String: SourceFile]
        var generatedFiles: [OutputFile]
        var showsIllustrativeData: Bool
        var dataDates: DataDates
        var readsData: Bool
        var readFiles: Set<String>

        init(copiedFiles: [String: SourceFile], generatedFiles: [OutputFile], showsIllustrativeData: Bool, dataDates: DataDates, readsData: Bool,
             readFiles: Set<String>) {
            (self.copiedFiles, self.generatedFiles, self.showsIllustrativeData) = (copiedFiles, generatedFiles, showsIllustrativeData)
            (self.dataDates, self.readsData, self.readFiles) = (dataDates, readsData, readFiles)
        }

        var isEmpty: Bool {
            copiedFiles.isEmpty && generatedFiles.isEmpty && !showsIllustrativeData && dataDates.isEmpty && !readsData && readFiles.isEmpty
        }

        func copy() -> Found {
            Found(copiedFiles: copiedFiles, generatedFiles: generatedFiles, showsIllustrativeData: showsIllustrativeData, dataDates: dataDates,
                  readsData: readsData, readFiles: readFiles)
        }
    }

    /// Changes the box, made (or copied, when another copy shares it) first.
    private mutating func changeFound(_ change: (Found) -> Void) {
        if found == nil {
            found = Found(copiedFiles: [:], generatedFiles: [], showsIllustrativeData: false, dataDates: DataDates(), readsData: false, readFiles: [])
        } else if !isKnownUniquelyReferenced(&found) {
            found = found!.copy()
        }
        change(found!)
    }
}

/// Renders each page's Markdown in the context of the whole site.
public struct PageResolver: Sendable {
    public let site: SiteIndex
    public let strings: UIStrings
    public let config: SiteConfig

    public init(site: SiteIndex, strings: UIStrings, config: SiteConfig) {
        self.site = site
        self.strings = strings
        self.config = config
    }

    public func resolve(_ page: ParsedPage, checkingLinks: Bool = true) -> (ResolvedPage, Diagnostics) {
        var context = PageRenderContext(page: page, site: site, strings: strings, config: config)
        context.checksLinks = checkingLinks
        var renderer = HTMLRenderer(delegate: context, allowsRawHTML: config.allowsRawHTML)
        var body = renderer.render(page.document.blocks)
        context = renderer.delegate
        body += context.renderFootnotes().rendered
        return (ResolvedPage(page: page, bodyHTML: body, copiedFiles: context.copiedFiles, generatedFiles: context.generatedFiles,
                             showsIllustrativeData: context.showsIllustrativeData, dataDates: context.dataDates,
                             readsData: context.readsData, readFiles: context.readFiles), context.diagnostics)
    }
}
