import Diagnostics
import Markdown

/// What the pages of one folder are beyond ordinary pages — official documents, indicators,
/// models: the front matter they add and how it is read. Each section of the site declares one
/// (`Sections/SiteSections.swift` lists them); the parser is given the list and knows no kind by name.
public protocol PageKind: Sendable {
    /// The section's name (`documents`), which the layout and search call its pages by.
    var name: String { get }
    /// The folder whose pages, other than its `index.md`, are of this kind (a `site.yml` setting).
    func folder(in config: SiteConfig) -> String
    /// The front-matter keys its pages have beyond the page fields.
    var keys: [String] { get }
    /// The keys of `keys` that a translation may give; everything else is the original's.
    var translationKeys: [String] { get }
    /// A page of this kind needs a `title:` (a document is named by its kind and number instead).
    var titleRequired: Bool { get }
    /// Reads the kind's fields; nil when they are too broken to describe the page (the problems
    /// are in `fields`).
    func decode(_ fields: inout YAMLFields, config: SiteConfig) -> (any PageFields)?
    /// The fields of a translation: the original's, with the words its front matter translates.
    func translated(_ original: any PageFields, by fields: inout YAMLFields) -> any PageFields
    /// Fills in what the page fields take from the kind's (a document's title from its number).
    func complete(_ meta: inout PageMeta, from fields: any PageFields, config: SiteConfig)
    /// The page's headings with their ids.
    func headings(of document: MarkdownDocument, diagnostics: inout Diagnostics) -> [HeadingEntry]
    /// Its pages are documents that cite one another: the parser keeps what their text cites
    /// (`PageCitations`).
    var citesDocuments: Bool { get }
}

/// A kind of page, made once for all the pages of its kind: a page keeps this reference (eight
/// bytes) rather than the kind as a value (forty).
final class SharedKind: Sendable {
    let kind: any PageKind

    init(_ kind: any PageKind) { self.kind = kind }
}

/// The typed front matter a kind of page adds to the page fields (`DocumentMeta`, …).
public protocol PageFields: Sendable {}

extension PageKind {
    public var translationKeys: [String] { [] }
    public var titleRequired: Bool { true }
    public var citesDocuments: Bool { false }
    public func translated(_ original: any PageFields, by fields: inout YAMLFields) -> any PageFields { original }
    public func complete(_ meta: inout PageMeta, from fields: any PageFields, config: SiteConfig) {}
    public func headings(of document: MarkdownDocument, diagnostics: inout Diagnostics) -> [HeadingEntry] {
        PageParser.headings(of: document.blocks)
    }

    /// A Markdown file directly in its folder, other than the folder's `index.md`.
    func isEntry(_ file: SourceFile, config: SiteConfig) -> Bool {
        let folder = folder(in: config)
        let path = file.relativePath
        return path.hasPrefix(folder + "/") && path != folder + "/index.md"
    }

    /// The id of the folder's own page (`van-ban/index`), which introduces the section.
    func introPageID(config: SiteConfig) -> String { folder(in: config) + "/index" }
}
