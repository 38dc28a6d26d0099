import Diagnostics

/// A "Dân vận khéo" model, from its page's front matter: who built it, in which field, who
/// recognised it and when, whether others copy it, and what it achieved.
public struct ModelDefinition: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case building = "dang-xay-dung"
        case recognised = "duoc-cong-nhan"
        case replicated = "nhan-rong"

        /// Key of its name in the theme's strings.
        public var stringKey: String { "model_status_" + rawValue.replacingOccurrences(of: "-", with: "_") }
        /// Recognised models count towards the indicators; models being built do not yet.
        public var isRecognised: Bool { self != .building }
    }

    /// The level of government that recognised the model.
    public enum Level: String, Sendable, CaseIterable {
        case tinh, huyen, xa
        public var stringKey: String { "model_level_" + rawValue }
    }

    /// A key result: "98,5% hồ sơ đúng hạn".
    public struct Result: Sendable {
        public var label: String
        public var value: Double
        public var unit: String?
    }

    public var unit: LocatedText?
    public var field: LocatedText?
    public var level: Level = .tinh
    /// The year it was recognised (or, while being built, started).
    public var year: Int?
    public var status: Status = .recognised
    public var replicatedBy: [LocatedText] = []
    public var people: String?
    public var results: [Result] = []
    public var image: LocatedText?
    public var imageAlt: String?
    public var summary: String?
    /// Written for the demo, not a real model: its page says so.
    public var illustrative = false
    public var location: SourceLocation

    static let keys = ["unit", "field", "level", "year", "status", "replicated_by", "people", "results", "image", "image_alt",
                       "summary", "illustrative"]

    static func decode(_ fields: inout YAMLFields) -> ModelDefinition {
        var model = ModelDefinition(location: fields.location)
        model.unit = fields.located("unit")
        if model.unit == nil, !fields.has("unit") {
            fields.diagnostics.error(at: fields.location, Message("models.needs-unit"))
        }
        model.field = fields.located("field")
        if model.field == nil, !fields.has("field") {
            fields.diagnostics.error(at: fields.location, Message("models.needs-field"))
        }
        model.level = fields.choice("level", Level.self, required: true) ?? .tinh
        model.status = fields.choice("status", Status.self, required: true) ?? .recognised
        model.year = fields.int("year")
        if model.year == nil, !fields.has("year") {
            fields.diagnostics.error(at: fields.location, Message("models.needs-year"))
        } else if let year = model.year, !(1990...2100).contains(year) {
            fields.reportInvalid("year", Message("models.implausible-year", ["year": .text(String(year))]))
            model.year = nil
        }
        model.replicatedBy = fields.textList("replicated_by")
        if !model.replicatedBy.isEmpty, model.status != .replicated {
            fields.diagnostics.error(at: fields.keyLocation("replicated_by"), Message("models.replicated-by-needs-status"))
        }
        model.people = fields.string("people")
        model.results = decodeResults(&fields)
        model.image = fields.located("image")
        model.imageAlt = fields.string("image_alt")
        if model.image != nil, (model.imageAlt ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            fields.diagnostics.error(at: fields.keyLocation("image"), Message("models.image-needs-alt"),
                                     hint: Message("models.image-needs-alt-hint"))
        }
        model.summary = fields.string("summary")
        model.illustrative = fields.bool("illustrative") ?? false
        return model
    }

    private static func decodeResults(_ fields: inout YAMLFields) -> [Result] {
        guard let node = fields.node("results") else { return [] }
        guard let items = node.list else {
            fields.diagnostics.error(at: fields.nodeLocation(node), Message("models.results-not-a-list"))
            return []
        }
        var results: [Result] = []
        for item in items {
            var entry = YAMLFields(mapping: item, within: fields)
            let label = entry.string("label", required: true)
            let value = entry.number("value")
            if value == nil, !entry.has("value") { entry.diagnostics.error(at: entry.location, Message("models.result-needs-value")) }
            let unit = entry.string("unit")
            entry.reportUnknownKeys(known: ["label", "value", "unit"])
            fields.diagnostics.append(contentsOf: entry.diagnostics)
            if let label, let value { results.append(Result(label: label, value: value, unit: unit)) }
        }
        return results
    }
}
