/// What a template is given: a Swift value whose names are declared once, as a list of fields.
/// The same list makes the engine's values when a page is rendered and tells the checker, at
/// build start, which names a template may use on it — so a misspelled name in a theme is an
/// error at its line, not an empty spot on every page.
protocol TemplateView {
    static var fields: [TemplateField<Self>] { get }
}

extension TemplateView {
    /// The engine's values: only the fields that have a value (a missing optional is looked up
    /// further out, as Mustache does).
    var templateValues: [String: Any] {
        let fields = Self.fields
        var values = [String: Any](minimumCapacity: fields.count)
        for field in fields {
            if let value = field.value(self) { values[field.name] = value }
        }
        return values
    }

    static var templateType: TemplateType {
        // `PageView.MenuItem`, without the module's name.
        TemplateType(name: String(reflecting: Self.self).split(separator: ".").dropFirst().joined(separator: "."), names: Dictionary(fields.map { ($0.name, $0.shape) }, uniquingKeysWith: { a, _ in a }))
    }
}

/// The names of a view type and the shape of each, as the checker sees them.
struct TemplateType: Sendable {
    var name: String
    var names: [String: TemplateShape]
}

/// What a name holds, so far as a template can tell.
indirect enum TemplateShape: Sendable {
    /// Text, a number or trusted HTML: printed, or a section shown when present.
    case text
    /// A section's condition.
    case flag
    /// A list: a section repeats once per item, each seen as `item`.
    case list(TemplateShape)
    /// A nested view: a section enters it.
    case view(TemplateType)
    /// The theme's UI strings of the page's language (`t.key`).
    case strings
}

/// One name a template may use on a `View`, its shape and how its value is read.
struct TemplateField<View>: Sendable {
    let name: String
    let shape: TemplateShape
    let value: @Sendable (View) -> Any?

    static func text(_ name: String, _ value: @escaping @Sendable (View) -> String?) -> Self {
        Self(name: name, shape: .text, value: value)
    }

    static func count(_ name: String, _ value: @escaping @Sendable (View) -> Int) -> Self {
        Self(name: name, shape: .text, value: value)
    }

    /// Trusted HTML, written as it is by `{{{name}}}`.
    static func html(_ name: String, _ value: @escaping @Sendable (View) -> HTMLBytes?) -> Self {
        Self(name: name, shape: .text, value: value)
    }

    /// `onlyWhenTrue`: the name is left out rather than false (an item marked `current`).
    static func flag(_ name: String, onlyWhenTrue: Bool = false, _ value: @escaping @Sendable (View) -> Bool) -> Self {
        Self(name: name, shape: .flag, value: onlyWhenTrue ? { value($0) ? true : nil } : value)
    }

    static func texts(_ name: String, _ value: @escaping @Sendable (View) -> [String]) -> Self {
        Self(name: name, shape: .list(.text), value: value)
    }

    static func list<Item: TemplateView>(_ name: String, of item: Item.Type, _ value: @escaping @Sendable (View) -> [Item]) -> Self {
        Self(name: name, shape: .list(.view(Item.templateType)), value: { value($0).map(\.templateValues) })
    }

    static func strings(_ name: String, _ value: @escaping @Sendable (View) -> [String: String]) -> Self {
        Self(name: name, shape: .strings, value: value)
    }
}

extension TemplateLibrary {
    func render(_ view: some TemplateView, withTemplate name: String) -> String? { render(view.templateValues, withTemplate: name) }
    func renderHTML(_ view: some TemplateView, withTemplate name: String) -> HTMLBytes? { renderHTML(view.templateValues, withTemplate: name) }
    func renderBytes(_ view: some TemplateView, withTemplate name: String) -> [UInt8]? { renderBytes(view.templateValues, withTemplate: name) }
}
