import FileSystem

/// What the rest of a site needs of a page's Markdown: whether it has any, what a document's
/// text cites, and where its headings are kept (with its description: `PageSpill`). A page is
/// made from its front matter and this, without its Markdown being parsed, in a part of a
/// sharded build that reads them from the site's catalog (`PageCatalog`).
struct PageBody: Sendable {
    var hasText: Bool
    var citations: PageCitations
    /// Where its headings and description are in the catalog's file; nil when it has neither.
    var fields: ScratchFile.Span?
}
