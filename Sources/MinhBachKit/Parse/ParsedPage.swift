import Diagnostics
import Markdown

/// A Markdown page after parsing: its typed front matter, its document, where it will be
/// written, and the ids of its headings.
public struct ParsedPage: Sendable {
    /// The page's fields in one box, copied only when a copy of the page is changed: a build
    /// keeps a page in several lists (its edition's, the resolved pages', the documents
    /// catalog's), and a page is a few hundred bytes.
    private var box: Box

    /// The file. A one-shot build leaves its bytes on disk once the page is parsed (`release`):
    /// `text` reads them again for the checks that quote a page, and the page's resolving to
    /// parse its Markdown again.
    public var source: SourceFile {
        get { read.source }
        set { mutableBox.read = Read(source: newValue, document: read.document) }
    }
    /// The file's text, read again from disk when it was left there; nil when it is not UTF-8
    /// (or is no longer the file parsed: its resolving then says so).
    public var text: String? {
        var reported = Diagnostics()
        return read.file(diagnostics: &reported)?.text
    }
    public var meta: PageMeta {
        get { box.meta }
        set { mutableBox.meta = newValue }
    }
    /// The Markdown, read by the resolve stage. A one-shot build lets each page's go once the
    /// page is parsed (`release`) — what the catalogs need of it is kept beside it: `headings`,
    /// `citations`, `hasText` — and its resolving parses it again (`keepDocument`).
    public var document: MarkdownDocument {
        get {
            assert(!read.isReleased, "the Markdown of a page whose file was let go")
            var reported = Diagnostics()
            return read.document ?? PageParser.document(of: read.file(diagnostics: &reported) ?? read.source)
        }
        set {
            let box = mutableBox
            box.read = Read(source: read.source, document: newValue)
            box.hasText = !newValue.blocks.isEmpty
        }
    }
    /// Whether it has Markdown below its front matter: a document without is a record.
    public var hasText: Bool { box.hasText }
    /// What a document's text cites (empty for other pages), for the documents catalog.
    public var citations: PageCitations {
        get { box.citations }
        set { mutableBox.citations = newValue }
    }
    /// Shared by every copy of the page, so that letting it go frees it for all of them: the
    /// Markdown trees and the files of every page were a third of a 10,000-page build's memory.
    private var read: Read { box.read }
    /// Path of the output file inside the site, e.g. `van-ban/de-an.html`.
    public var outputPath: String { box.outputPath }
    /// The page's id for `{ref}`: its output path without `.html` (`van-ban/de-an`), or without
    /// `/index.html` with pretty URLs. Made from the path when asked for: a copy of its own was
    /// 64 bytes a page, kept for the whole build.
    public var id: String { String(Substring(box.outputPath.utf8.prefix(Int(box.idLength)))) }
    /// Its headings; read from the build's scratch file each time when `release` put them there.
    public var headings: HeadingList {
        get { box.spillable.headings }
        set { mutableBox.spillable = .held(newValue, description: description) }
    }
    /// What its front matter's `description:` says, which the page's own `<meta>` shows; read
    /// from the build's scratch file when `release` put it there.
    public var description: String? {
        get { box.spillable.description }
        set { mutableBox.spillable = .held(headings, description: newValue) }
    }
    /// The kind of page its folder makes it (a document, an indicator, a model), if any.
    public var kind: (any PageKind)? {
        get { box.kind?.kind }
        set { mutableBox.kind = newValue.map(SharedKind.init) }
    }
    /// What the front matter says beyond the page fields, read by `kind`; nil for an ordinary
    /// page, or when that part of its front matter is too broken to read.
    public var fields: (any PageFields)? {
        get { box.fields }
        set { mutableBox.fields = newValue }
    }
    /// For a translation (`gioi-thieu.en.md`), the page it translates (`gioi-thieu.md`).
    public var translationOf: String? {
        get { box.translationOf }
        set { mutableBox.translationOf = newValue }
    }
    /// Shown in a language it has no translation in: its text is the original's.
    public var isUntranslated: Bool {
        get { box.isUntranslated }
        set { mutableBox.isUntranslated = newValue }
    }

    init(source: SourceFile, meta: PageMeta, description: String?, document: MarkdownDocument, outputPath: String, id: String,
         headings: [HeadingEntry], kind: SharedKind?, fields: (any PageFields)?) {
        assert(outputPath.utf8.starts(with: id.utf8), "a page's id is its output path without the file name's end")
        box = Box(meta: meta, read: Read(source: source, document: document), hasText: !document.blocks.isEmpty, outputPath: outputPath,
                  idLength: Int32(id.utf8.count), spillable: .held(HeadingList(headings), description: description), kind: kind, fields: fields)
    }

    /// The box, copied first when another copy of the page shares it.
    private var mutableBox: Box {
        mutating get {
            if !isKnownUniquelyReferenced(&box) { box = box.copy() }
            return box
        }
    }

    private final class Box: @unchecked Sendable {
        var meta: PageMeta
        var read: Read
        var hasText: Bool
        var citations = PageCitations()
        let outputPath: String
        /// The id's length in UTF-8 bytes: where it ends in the output path.
        let idLength: Int32
        var spillable: SpillableFields
        var kind: SharedKind?
        var fields: (any PageFields)?
        @OutOfLine var translationOf: String? = nil
        var isUntranslated = false

        init(meta: PageMeta, read: Read, hasText: Bool, outputPath: String, idLength: Int32, spillable: SpillableFields, kind: SharedKind?,
             fields: (any PageFields)?) {
            (self.meta, self.read, self.hasText, self.outputPath, self.idLength) = (meta, read, hasText, outputPath, idLength)
            (self.spillable, self.kind, self.fields) = (spillable, kind, fields)
        }

        func copy() -> Box {
            let copy = Box(meta: meta, read: read, hasText: hasText, outputPath: outputPath, idLength: idLength, spillable: spillable, kind: kind,
                           fields: fields)
            (copy.citations, copy.translationOf, copy.isUntranslated) = (citations, translationOf, isUntranslated)
            return copy
        }
    }

    /// Lets the Markdown of this page and of every copy of it go, and the file's bytes when the
    /// loader left them on disk (their digest is kept, to tell that the file read again is the
    /// same: `SourceFile.leftOnDisk`): `document` and `text` read and parse them again when asked
    /// for. Its headings and description go to `spill` when given. Only where no other thread
    /// reads this page.
    func release(to spill: PageSpill?) {
        if let spill, case .held(let headings, let description) = box.spillable, !headings.isEmpty || description != nil,
           let span = spill.keep(headings, description: description) {
            box.spillable = .spilled(spill, span)
        }
        read.document = nil
        read.source = read.source.leftOnDisk
    }

    /// What the rest of the site needs of its Markdown, once `release(to: spill)` put its headings
    /// and description in `spill`; nil when they are not there (they could not be written).
    func body(keptIn spill: PageSpill) -> PageBody? {
        let (hasText, citations) = (box.hasText, box.citations)
        switch box.spillable {
        case .spilled(let keeper, let span) where keeper === spill: return PageBody(hasText: hasText, citations: citations, fields: span)
        case .held(let headings, let description) where headings.isEmpty && description == nil:
            return PageBody(hasText: hasText, citations: citations, fields: nil)
        default: return nil
        }
    }

    /// Takes what its Markdown tells the site from `body`, its headings and description kept in
    /// `spill`, instead of parsing it: the page is then as `release(to: spill)` leaves it, and its
    /// resolving parses its Markdown.
    mutating func take(_ body: PageBody, keptIn spill: PageSpill) {
        let box = mutableBox
        box.read = Read(source: read.source.leftOnDisk, document: nil)
        box.hasText = body.hasText
        box.citations = body.citations
        box.spillable = body.fields.map { .spilled(spill, $0) } ?? .held([], description: nil)
    }

    /// Lets the Markdown of this page and of every copy of it go, as `release`; the file stays.
    func releaseDocument() { read.document = nil }

    /// Keeps the Markdown, parsed again if it was let go, for the page's resolving, which reads
    /// it more than once; says so when its file cannot be read again, or has changed since it was
    /// parsed. As `release`, only where no other thread reads this page.
    func keepDocument(diagnostics: inout Diagnostics) {
        guard read.document == nil, let file = read.file(diagnostics: &diagnostics) else { return }
        read.document = PageParser.document(of: file)
    }

    /// Lets the file's bytes and the Markdown of this page and of every copy of it go, once every
    /// edition has resolved it; only for a build that will not read or resolve it again (not
    /// `serve`'s session, which does after an edit).
    func releaseSource() {
        read.source.bytes = []
        read.source.origin = nil
        read.document = nil
        read.isReleased = true
    }

    private final class Read: @unchecked Sendable {
        var source: SourceFile
        /// Nil once let go.
        var document: MarkdownDocument?
        var isReleased = false

        init(source: SourceFile, document: MarkdownDocument?) {
            self.source = source
            self.document = document
        }

        /// The file with its bytes, read again when they were left on disk.
        func file(diagnostics: inout Diagnostics) -> SourceFile? {
            source.read(diagnostics: &diagnostics)
        }
    }

    public var isHome: Bool { id == "index" }
    /// The name of its kind (`documents`), nil for an ordinary page.
    public var kindName: String? { kind?.name }
    /// Its path in the content folder; a translation answers to its original's, so that links
    /// by path lead to the page in the reader's language.
    public var contentPath: String { translationOf ?? source.relativePath }
}

/// A heading of a page with the id it is given.
public struct HeadingEntry: Sendable, Equatable {
    public var id: String
    public var text: String
    /// The level it is shown at: its Markdown level, or its depth in a document's outline.
    public var level: Int
    public var location: SourceLocation
    /// The numbering that opens a document's heading, as printed (`Phần thứ hai`, `2.1.`).
    public var label: String? = nil
    /// What kind of numbering that is; parts and chapters are set centred, as printed.
    public var numberKind: SectionNumber.Kind? = nil
    /// A numbered paragraph of a document (`1\. Tiếp tục…`, `c) Thực hiện…`), not a heading: an
    /// anchor that links, `{doc}` and quotes may name like a heading's, but that no table of
    /// contents, outline or search lists. Its `text` and `label` are its numbering as printed
    /// (`c)`), its `level` one below what it sits under (see `DocumentOutline`).
    public var isParagraph = false
}

/// The front matter of an ordinary page.
public struct PageMeta: Sendable, Equatable {
    public var title: String
    public var slug: String?
    public var isDraft = false
    public var date: CalendarDate?
    /// Order in menus and listings; lower first.
    public var weight = 0
    /// Listed in the main navigation.
    public var inMenu = false
    /// `menu: false`: kept out of the menu even where the site lists the page by default (the
    /// home page and the indexes of its sections, `SiteMenu`).
    public var isHiddenFromMenu = false
    /// Where `menu:` is written, if it is: what a warning about an unreachable section points at.
    @OutOfLine public var menuLocation: SourceLocation? = nil
    /// `visibility: internal` keeps the page (and everything that points at it) out of the
    /// public build.
    public var visibility = Visibility.public

    static let keys = ["title", "description", "slug", "draft", "date", "weight", "menu", Visibility.key]

    /// Reads the page fields, and `description:` (which the page keeps apart, `ParsedPage.description`);
    /// `otherKeys` are read by the caller (a document's fields).
    static func decode(_ fields: inout YAMLFields, titleRequired: Bool = true, otherKeys: [String] = []) -> (PageMeta, description: String?) {
        var meta = PageMeta(title: fields.string("title", required: titleRequired) ?? "")
        let description = fields.string("description")
        if let slug = fields.string("slug") {
            if Slug.make(slug) == slug {
                meta.slug = slug
            } else {
                fields.reportInvalid("slug", Message("yaml.slug-invalid"),
                                     hint: Message("yaml.slug-hint", ["slug": .text(Slug.make(slug))]))
            }
        }
        meta.isDraft = fields.bool("draft") ?? false
        if !otherKeys.contains("date") { meta.date = fields.date("date") }
        meta.weight = fields.int("weight") ?? 0
        let menu = fields.bool("menu")
        meta.inMenu = menu ?? false
        meta.isHiddenFromMenu = menu == false
        if fields.has("menu") { meta.menuLocation = fields.keyLocation("menu") }
        meta.visibility = Visibility.decode(&fields)
        fields.reportUnknownKeys(known: keys + otherKeys)
        return (meta, description)
    }
}
