import Diagnostics
import Markdown

/// A page whose Markdown has become HTML, with every reference checked.
public struct ResolvedPage: Sendable {
    public var page: ParsedPage
    public var bodyHTML: String
    /// Content files the page links to, by their output path.
    public var copiedFiles: [String: SourceFile]
    /// Files the page's directives make: each chart's `.svg` and `.csv`.
    public var generatedFiles: [OutputFile] = []
    /// The page shows illustrative values (through `{value}` or a data directive).
    public var showsIllustrativeData = false
    /// How recent the values the page shows are; empty when it shows none.
    public var dataDates = DataDates()
    /// Shows values from the data catalog (a data directive or `{value}`).
    public var readsData = false
    /// The content files the page looked up, by path under `content/`.
    public var readFiles: Set<String> = []
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
