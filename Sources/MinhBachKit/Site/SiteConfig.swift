import Diagnostics
import Foundation

/// The site's settings, from `content/site.yml`; command-line options override some of them.
public struct SiteConfig: Sendable, Equatable {
    public var title = "MinhBạch"
    public var description: String?
    public var language = "vi"
    /// Every language the site is built in, its own `language` first; the others are written
    /// under `<code>/` (`en/gioi-thieu.html`).
    public var languages = ["vi"]
    /// Where this language's pages are written: "" for the site's language, `en/` for English.
    public var languagePrefix = ""
    /// Absolute URL of the published site, e.g. `https://minhbach.example.gov.vn/`. Enables
    /// `sitemap.xml` and canonical links.
    public var baseURL: String?
    /// Raw HTML in Markdown is dropped unless the site opts in.
    public var allowsRawHTML = false
    /// `raw_files: true`: `.html`, `.svg`, `.xml` and `.js` files of the content are published as
    /// they are (`PublishedFile`).
    public var publishesRawFiles = false
    /// `gioi-thieu/` instead of `gioi-thieu.html`: for server hosting only, since a browser
    /// opening `file://` shows no `index.html` for a folder.
    public var prettyURLs = false
    public var footer: String?
    /// The folder of official documents (`van-ban/*.md`).
    public var documentsFolder = "van-ban"
    /// How many documents each page of the documents index lists: a larger register goes on
    /// over numbered pages (`trang-2.html`), as Hugo's and Zola's paginators do.
    public var documentsPerPage = 100
    /// Numbers of the site's documents mentioned in text become links to them.
    public var linksDocumentNumbers = false
    /// The folder of indicator pages (`chi-tieu/*.md`), whose index is the progress dashboard.
    public var indicatorsFolder = "chi-tieu"
    /// The folder of observation CSV files, each with its `.yml` declaration.
    public var dataFolder = "so-lieu"
    /// The units registry.
    public var unitsFile = "don-vi.csv"
    /// Where the unit pages are written.
    public var unitsFolder = "don-vi"
    /// The folder of "Dân vận khéo" model pages (`mo-hinh/*.md`), with its fields vocabulary
    /// `linh-vuc.csv`; its index becomes the gallery.
    public var modelsFolder = "mo-hinh"
    /// The folder of commitments: tasks files and progress files (`nhiem-vu/*.csv`, each with its
    /// `.yml`); its index becomes the commitments overview.
    public var commitmentsFolder = "nhiem-vu"
    /// Where the search page and its index are written.
    public var searchFolder = "tim-kiem"
    /// Who the build is for: `audience:` in `site.yml`, replaced by `--audience`. Build code
    /// asks this (not the options) for the audience in effect.
    public var audience = Audience.public
    /// The kinds of unit of `don-vi.csv`: the eight built-in ones, renamed or followed by those
    /// `unit_kinds:` declares (`thon`, `to-dan-pho`…).
    public var unitKinds = UnitKind.defaults
    /// What the site's targets belong to, in headings ("Các chỉ tiêu của kế hoạch"):
    /// `programme_kind:` (a kind of document) or `programme_name:` (any words); without them,
    /// the kind of the site's documents when they are all of one kind.
    public var programmeKind: DocumentKind?
    public var programmeName: String?

    /// Where `site.yml` gives each setting it gives: its value's line and column, for the
    /// problems found later (a language the theme lacks) and for a duplicate output path. The
    /// items of `languages` are under `languages/<code>`.
    public var locations: [String: SourceLocation] = [:]

    public init() {}

    static let keys = ["title", "description", "language", "base_url", "raw_html", "raw_files", "pretty_urls", "footer",
                       "documents_folder", "documents_per_page", "link_document_numbers", "indicators_folder", "data_folder", "units_file", "units_folder",
                       "models_folder", "commitments_folder", "search_folder", "languages", "audience", "unit_kinds", "programme_kind", "programme_name"]

    /// The settings of the site in another language: `site.en.yml` may translate the title,
    /// description and footer.
    public func translated(to language: String, by file: SourceFile?, diagnostics: inout Diagnostics) -> SiteConfig {
        var config = self
        config.language = language
        config.languagePrefix = language + "/"
        guard let file, let text = file.text(diagnostics: &diagnostics) else { return config }
        var fields = YAMLFields(yaml: text, path: file.displayPath, firstLine: 1)
        if let title = fields.string("title") { config.title = title }
        if let description = fields.string("description") { config.description = description }
        if let footer = fields.string("footer") { config.footer = footer }
        if let name = fields.string("programme_name") { config.programmeName = name }
        fields.reportUnknownKeys(known: ["title", "description", "footer", "programme_name"])
        diagnostics.append(contentsOf: fields.diagnostics)
        return config
    }

    public static func decode(_ file: SourceFile?, diagnostics: inout Diagnostics) -> SiteConfig {
        var config = SiteConfig()
        guard let file, let text = file.text(diagnostics: &diagnostics) else { return config }
        var fields = YAMLFields(yaml: text, path: file.displayPath, firstLine: 1)
        func locate(_ key: String) {
            guard fields.has(key), let node = fields.node(key) else { return }
            config.locations[key] = fields.nodeLocation(node)
        }
        for key in keys { locate(key) }
        if let title = fields.string("title") { config.title = title }
        config.description = fields.string("description")
        if let language = fields.string("language") { config.language = language }
        let languages = fields.textList("languages")
        config.languages = [config.language]
        for code in languages where !config.languages.contains(code.text) {
            if code.text.count == 2, code.text.allSatisfy({ $0.isASCII && $0.isLowercase }) {
                config.languages.append(code.text)
                config.locations["languages/" + code.text] = code.location
            } else {
                diagnostics.error(at: code.location, Message("settings.not-a-language-code", ["code": .text(code.text)]),
                                  hint: Message("settings.languages-example"))
            }
        }
        if let url = fields.string("base_url") {
            switch SiteAddress.checked(url) {
            case .success(let address): config.baseURL = address
            case .failure(let problem):
                invalid(&fields, "base_url", Message("settings.not-an-address", ["url": .text(url), "reason": .message(problem.reasonMessage)]),
                        hint: problem.hintMessage ?? Message("settings.base-url-example"))
            }
        }
        config.allowsRawHTML = fields.bool("raw_html") ?? false
        config.publishesRawFiles = fields.bool("raw_files") ?? false
        config.prettyURLs = fields.bool("pretty_urls") ?? false
        config.footer = fields.string("footer")
        /// A folder setting's value without slashes around it; nil (and the default kept, its
        /// location forgotten) when it is not a path inside the content folder.
        func folder(_ key: String) -> String? {
            guard let folder = fields.string(key) else { return nil }
            let trimmed = folder.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            guard !trimmed.isEmpty, !trimmed.contains("..") else {
                invalid(&fields, key, Message("settings.not-a-content-path", ["folder": .text(folder)]))
                config.locations[key] = nil
                return nil
            }
            return trimmed
        }
        config.documentsFolder = folder("documents_folder") ?? config.documentsFolder
        config.indicatorsFolder = folder("indicators_folder") ?? config.indicatorsFolder
        config.dataFolder = folder("data_folder") ?? config.dataFolder
        config.unitsFile = folder("units_file") ?? config.unitsFile
        config.unitsFolder = folder("units_folder") ?? config.unitsFolder
        config.modelsFolder = folder("models_folder") ?? config.modelsFolder
        config.commitmentsFolder = folder("commitments_folder") ?? config.commitmentsFolder
        config.searchFolder = folder("search_folder") ?? config.searchFolder
        config.linksDocumentNumbers = fields.bool("link_document_numbers") ?? false
        if let perPage = fields.int("documents_per_page") {
            if perPage >= 1 { config.documentsPerPage = perPage } else {
                invalid(&fields, "documents_per_page", Message("settings.not-a-page-size", ["value": .text(String(perPage))]),
                        hint: Message("settings.page-size-hint"))
            }
        }
        if let audience = fields.string("audience") {
            if let value = Audience(rawValue: audience) { config.audience = value } else {
                invalid(&fields, "audience", Message("settings.not-an-audience", ["audience": .text(audience)]),
                        hint: Message("settings.audience-hint", ["choices": .message(Audience.hintMessage)]))
            }
        }
        config.unitKinds = decodeUnitKinds(&fields)
        if let kind = fields.string("programme_kind") {
            if let value = DocumentKind.named(kind) { config.programmeKind = value } else {
                let ids = DocumentKind.all.map(\.id)
                invalid(&fields, "programme_kind", Message("settings.not-a-document-kind", ["kind": .text(kind)]),
                        hint: Suggestion.message(for: kind, among: ids) ?? Message("settings.document-kinds", ["kinds": .text(ids.joined(separator: ", "))]))
            }
        }
        config.programmeName = fields.string("programme_name")
        fields.reportUnknownKeys(known: keys)
        diagnostics.append(contentsOf: fields.diagnostics)
        diagnostics.append(contentsOf: config.folderCollisions())
        return config
    }

    /// A value that `site.yml` gives but that cannot be used: an error at the value.
    static func invalid(_ fields: inout YAMLFields, _ key: String, _ problem: Message, hint: Message? = nil) {
        let location = fields.node(key).map(fields.nodeLocation) ?? fields.location
        fields.diagnostics.error(at: location, Message("yaml.invalid", ["key": .text(key), "problem": .message(problem)]), hint: hint)
    }
}
