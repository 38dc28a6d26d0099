/// What a catalog keeps of a page: enough to link to it, name it, place a problem in it and
/// check an anchor of it — not its text, which only its own rendering needs.
public struct PageReference: Sendable {
    /// Its id for `{ref}` (`van-ban/de-an`).
    public var id: String
    /// Its file in the site (`van-ban/de-an.html`).
    public var outputPath: String
    public var title: String
    public var description: String?
    public var date: CalendarDate?
    /// Its order among the pages of its listing; lower first.
    public var weight: Int
    /// Its file under the content folder, and as problems name it.
    public var sourcePath: String
    public var displayPath: String
    /// Its path in the content folder as links by path name it (a translation: its original's).
    public var contentPath: String
    public var headings: HeadingList
    /// Shown in a language it has no translation in.
    public var isUntranslated: Bool
}

extension ParsedPage {
    public var reference: PageReference {
        PageReference(id: id, outputPath: outputPath, title: meta.title, description: meta.description, date: meta.date,
                      weight: meta.weight, sourcePath: source.relativePath,
                      displayPath: source.displayPath, contentPath: contentPath, headings: headings, isUntranslated: isUntranslated)
    }
}
