import Formatting
import Markup
import Diagnostics

/// A field (lĩnh vực) of the site's vocabulary, from `<models folder>/linh-vuc.csv`.
public struct ModelField: Sendable, Equatable {
    public var code: String
    /// The `name` column, in the site's language.
    public var name: String
    /// `name_en`, for English pages; nil when not given.
    public var englishName: String? = nil

    /// The field's name on a page in `language`.
    public func name(in language: String) -> String { language == "en" ? englishName ?? name : name }
}

/// A model page with its definition.
public struct Model: Sendable {
    public var page: PageReference
    public var definition: ModelDefinition
    public var title: String { page.title }
    public var unitCode: String { definition.unit?.text ?? "" }
    public var fieldCode: String { definition.field?.text ?? "" }
}

/// The site's "Dân vận khéo" models, checked against the units registry and the fields
/// vocabulary, with the facets of the gallery and the counts that feed indicators.
public struct ModelCatalog: Sendable {
    public let folder: String
    /// By title (see `ordered`).
    public private(set) var models: [Model]
    public let fields: [ModelField]
    public let diagnostics: Diagnostics

    public static let fieldsFile = "linh-vuc.csv"

    public init(pages: [ParsedPage], files: ContentFiles, folder: String, units: UnitRegistry) {
        self.folder = folder
        var diagnostics = Diagnostics()
        let modelPages = pages.filter { $0.model != nil }
        var fields: [ModelField] = []
        if let file = files[folder + "/" + Self.fieldsFile] {
            fields = Self.readFields(file, diagnostics: &diagnostics)
        } else if !modelPages.isEmpty {
            diagnostics.error(at: SourceLocation(path: modelPages[0].source.displayPath, line: 1, column: 1),
                              Message("models.no-fields-file", ["file": .text("\(folder)/\(Self.fieldsFile)")]),
                              hint: Message("models.no-fields-file-hint"))
        }
        let fieldCodes = fields.map(\.code)
        for page in modelPages {
            let definition = page.model!
            if let unit = definition.unit, units.unit(unit.text) == nil {
                diagnostics.error(at: unit.location, Message("indicators.unit-not-in-registry", ["unit": .text(unit.text)]),
                                  hint: Suggestion.message(for: unit.text, among: units.codes))
            }
            for other in definition.replicatedBy {
                if units.unit(other.text) == nil {
                    diagnostics.error(at: other.location, Message("indicators.unit-not-in-registry", ["unit": .text(other.text)]),
                                      hint: Suggestion.message(for: other.text, among: units.codes))
                } else if other.text == definition.unit?.text {
                    diagnostics.error(at: other.location, Message("models.replicated-by-builder"))
                }
            }
            if let field = definition.field, !fields.isEmpty, !fieldCodes.contains(field.text) {
                diagnostics.error(at: field.location, Message("models.unknown-field", ["field": .text(field.text)]),
                                  hint: Suggestion.message(for: field.text, among: fieldCodes)
                                    ?? Message("models.fields-hint", ["fields": .text(fieldCodes.joined(separator: ", "))]))
            }
            if let image = definition.image {
                let path = ContentFiles.resolve(image.text, fromPage: page.source.relativePath)
                if URLSafety.isExternal(image.text) || path.flatMap({ files[$0] }) == nil {
                    diagnostics.error(at: image.location, Message("models.image-not-found", ["image": .text(image.text)]),
                                      hint: Message("models.image-not-found-hint"))
                }
            }
        }
        models = Self.ordered(modelPages.map { Model(page: $0.reference, definition: $0.model!) })
        self.fields = fields
        self.diagnostics = diagnostics
    }

    /// By name in Vietnamese alphabetical order (Đ after D, not after Z); the year facets
    /// list them by year.
    static func ordered(_ models: [Model]) -> [Model] {
        VietnameseCollation.sorted(models.sorted { $0.page.id < $1.page.id }) { $0.title }
    }

    /// The same models with an edition's pages (by page id): its titles, summaries and image
    /// texts, in the order of its titles. The checks were made once, on the site's own pages.
    func edition(pages: [String: ParsedPage]) -> ModelCatalog {
        var catalog = self
        catalog.models = Self.ordered(models.map { model in
            guard let page = pages[model.page.id], let definition = page.model else { return model }
            return Model(page: page.reference, definition: definition)
        })
        return catalog
    }

    /// Each field with its names in both languages (`name_en` where given).
    static func readFields(_ file: SourceFile, diagnostics: inout Diagnostics) -> [ModelField] {
        guard let table = CSVFile.read(file, delimiter: ",", columns: ["code", "name", "name_en"], required: ["code", "name"],
                                       diagnostics: &diagnostics) else { return [] }
        var fields: [ModelField] = []
        for row in table.rows {
            let code = row["code"] ?? "", name = row["name"] ?? ""
            if Slug.make(code) != code || code.isEmpty {
                diagnostics.error(at: row.location("code"), Message("models.bad-field-code", ["code": .text(code)]))
            } else if fields.contains(where: { $0.code == code }) {
                diagnostics.error(at: row.location("code"), Message("models.field-defined-twice", ["code": .text(code)]))
            } else if name.isEmpty {
                diagnostics.error(at: row.location("name"), Message("models.field-without-name", ["code": .text(code)]))
            } else {
                let english = row["name_en"] ?? ""
                fields.append(ModelField(code: code, name: name, englishName: english.isEmpty ? nil : english))
            }
        }
        return fields
    }

    public var isEmpty: Bool { models.isEmpty }
    public func field(_ code: String) -> ModelField? { fields.first { $0.code == code } }
    public func models(ofUnit code: String) -> [Model] { models.filter { $0.unitCode == code } }

    /// Models of `unit` recognised by the end of `year`: what the counting indicators read.
    public func recognisedCount(unit: String, through year: Int) -> Int {
        models.filter { $0.unitCode == unit && $0.definition.status.isRecognised && ($0.definition.year ?? .max) <= year }.count
    }

    /// The years in which some model was recognised, in order.
    public var years: [Int] { Array(Set(models.compactMap(\.definition.year))).sorted() }

    // Paths of the gallery and its facet pages.
    public var galleryPath: String { folder + "/index.html" }
    public var feedPath: String { folder + "/atom.xml" }
    public func fieldPath(_ code: String) -> String { "\(folder)/linh-vuc/\(code).html" }
    public func unitPath(_ code: String) -> String { "\(folder)/don-vi/\(code).html" }
    public func levelPath(_ level: ModelDefinition.Level) -> String { "\(folder)/cap/\(level.rawValue).html" }
    public func yearPath(_ year: Int) -> String { "\(folder)/nam/\(year).html" }
}
