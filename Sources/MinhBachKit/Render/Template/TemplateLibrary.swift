import Markup

/// The theme's templates by name, rendered with the values the renderer builds: dictionaries
/// `[String: Any]`, lists, strings, numbers and booleans. Written as UTF-8 bytes, escaping every
/// `{{variable}}` for HTML — the one place where template values are escaped.
struct TemplateLibrary: Sendable {
    private var templates: [String: Template] = [:]

    mutating func register(_ template: Template, named name: String) { templates[name] = template }

    /// The compiled template, for the checker.
    func template(named name: String) -> Template? { templates[name] }

    /// nil when there is no such template.
    func render(_ context: [String: Any], withTemplate name: String) -> String? {
        renderBytes(context, withTemplate: name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The output as trusted HTML for another template's context.
    func renderHTML(_ context: [String: Any], withTemplate name: String) -> HTMLBytes? {
        renderBytes(context, withTemplate: name).map(HTMLBytes.init(bytes:))
    }

    func renderBytes(_ context: [String: Any], withTemplate name: String) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var renderer = Renderer(library: self, root: context)
        renderer.render(template.nodes)
        return renderer.out
    }

    /// A template value, its type found once: casting `Any` to a dictionary or list type converts
    /// it element by element unless the type is exactly the one asked for.
    private enum Value {
        case string(String)
        case html(HTMLBytes)
        case flag(Bool)
        case values([String: Any])
        case strings([String: String])
        case valuesList([[String: Any]])
        case stringList([String])
        case list([Any])
        case other(Any)

        init(_ value: Any) {
            let type = Swift.type(of: value)
            if type == String.self { self = .string(value as! String) }
            else if type == HTMLBytes.self { self = .html(value as! HTMLBytes) }
            else if type == [String: Any].self { self = .values(value as! [String: Any]) }
            else if type == Bool.self { self = .flag(value as! Bool) }
            else if type == [[String: Any]].self { self = .valuesList(value as! [[String: Any]]) }
            else if type == [String: String].self { self = .strings(value as! [String: String]) }
            else if type == [String].self { self = .stringList(value as! [String]) }
            else if type == [Any].self { self = .list(value as! [Any]) }
            else if let string = value as? String { self = .string(string) }
            else if let flag = value as? Bool { self = .flag(flag) }
            else if let values = value as? [String: Any] { self = .values(values) }
            else if let list = value as? [Any] { self = .list(list) }
            else { self = .other(value) }
        }

        func child(_ name: String) -> Any? {
            switch self {
            case .values(let values): values[name]
            case .strings(let strings): strings[name]
            default: nil
            }
        }
    }

    private struct Renderer {
        let library: TemplateLibrary
        var stack: [Value]
        var out: [UInt8] = []

        init(library: TemplateLibrary, root: [String: Any]) {
            self.library = library
            stack = [.values(root)]
        }

        mutating func render(_ nodes: [Template.Node]) {
            for node in nodes { render(node) }
        }

        mutating func render(_ node: Template.Node) {
            switch node {
            case .text(let bytes):
                out += bytes
            case .variable(let name, let escaped):
                guard let value = lookUp(name) else { return }
                let text: String
                switch value {
                case .html(let html) where !escaped: return out += html.bytes
                case .html(let html): text = String(decoding: html.bytes, as: UTF8.self)
                case .string(let string): text = string
                case .flag(let flag): text = String(flag)
                case .values(let values): text = String(describing: values)
                case .strings(let strings): text = String(describing: strings)
                case .valuesList(let list): text = String(describing: list)
                case .stringList(let list): text = String(describing: list)
                case .list(let list): text = String(describing: list)
                case .other(let other): text = String(describing: other)
                }
                // `'` too: a theme may put a value in a single-quoted attribute.
                escaped ? Escape.appendHTML(text, quotes: .doubleAndSingle, to: &out) : out.append(contentsOf: text.utf8)
            case .section(let name, let inverted, let children):
                renderSection(lookUp(name), inverted: inverted, children)
            case .partial(let name, let indentation):
                guard let partial = library.templates[name] else { return }
                guard let indentation, !indentation.isEmpty else { return render(partial.nodes) }
                // Indent every line the partial writes after its first (whose indentation is
                // already written, before the tag).
                for node in partial.nodes {
                    let before = out.count
                    render(node)
                    if out.count > before, before > 0, out[before - 1] == 0x0A {
                        out.insert(contentsOf: indentation, at: before)
                    }
                }
            }
        }

        /// Lists repeat their section once per item; `false`, nothing and empty lists skip it;
        /// `true` shows it; any other value shows it with the value as the innermost context.
        /// An inverted section shows exactly when the section would not.
        mutating func renderSection(_ value: Value?, inverted: Bool, _ children: [Template.Node]) {
            let count: Int
            switch value {
            case nil: count = 0
            case .flag(let flag): count = flag ? 1 : 0
            case .valuesList(let list): count = list.count
            case .stringList(let list): count = list.count
            case .list(let list): count = list.count
            default: count = 1
            }
            if inverted {
                if count == 0 { render(children) }
                return
            }
            switch value {
            case nil: return
            case .flag(let flag): if flag { render(children) }
            case .valuesList(let list): for item in list { renderWith(.values(item), children) }
            case .stringList(let list): for item in list { renderWith(.string(item), children) }
            case .list(let list): for item in list { renderWith(Value(item), children) }
            case let value?: renderWith(value, children)
            }
        }

        private mutating func renderWith(_ value: Value, _ children: [Template.Node]) {
            stack.append(value)
            render(children)
            stack.removeLast()
        }

        private func lookUp(_ name: Template.Name) -> Value? {
            guard let first = name.parts.first else { return stack.last }
            var value: Any?
            if name.innermostOnly {
                value = stack[stack.count - 1].child(first)
            } else {
                for context in stack.reversed() {
                    if let found = context.child(first) {
                        value = found
                        break
                    }
                }
            }
            guard var found = value.map(Value.init) else { return nil }
            for part in name.parts.dropFirst() {
                guard let next = found.child(part) else { return nil }
                found = Value(next)
            }
            return found
        }
    }
}

/// Trusted HTML already written as UTF-8 — a template's output, a page's body — for a template
/// to write as it is with `{{{…}}}`: a page's content goes into the layout without a round trip
/// through `String`, which checks every byte again.
struct HTMLBytes {
    var bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }
    init(_ html: String) { bytes = Array(html.utf8) }
}
