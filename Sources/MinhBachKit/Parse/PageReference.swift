/// What a catalog keeps of a page: enough to link to it, name it, place a problem in it and
/// check an anchor of it — not its text, which only its own rendering needs. A view of the
/// parsed page, whose fields it shares (a page is one box however many catalogs list it), with
/// the file's paths kept beside it: the file itself is let go as the build goes on.
public struct PageReference: Sendable {
    private let page: ParsedPage
    /// Its file under the content folder, and as problems name it.
    public var sourcePath: String { page.source.relativePath }
    public var displayPath: String { page.source.displayPath }

    init(_ page: ParsedPage) {
        self.page = page
    }

    /// Its id for `{ref}` (`van-ban/de-an`).
    public var id: String { page.id }
    /// Its file in the site (`van-ban/de-an.html`).
    public var outputPath: String { page.outputPath }
    public var title: String { page.meta.title }
    public var description: String? { page.description }
    public var date: CalendarDate? { page.meta.date }
    /// Its order among the pages of its listing; lower first.
    public var weight: Int { page.meta.weight }
    /// Its path in the content folder as links by path name it (a translation: its original's).
    public var contentPath: String { page.translationOf ?? sourcePath }
    public var headings: HeadingList { page.headings }
    /// What its front matter says beyond the page fields, as its kind read it.
    public var fields: (any PageFields)? { page.fields }
    /// Whether it has Markdown below its front matter.
    public var hasText: Bool { page.hasText }
    /// Shown in a language it has no translation in.
    public var isUntranslated: Bool { page.isUntranslated }
}

extension ParsedPage {
    public var reference: PageReference { PageReference(self) }
}
