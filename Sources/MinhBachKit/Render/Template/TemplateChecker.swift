import Diagnostics

/// Checks, once at build start, every name a compiled template uses against the view it will be
/// given: sections and loops enter the nested view of their name, partials are read where they
/// are included, and `t.key` must be a UI string of the page's language. Without this, a
/// misspelled name renders as nothing and a missing string as its key, on every page.
struct TemplateChecker {
    let library: TemplateLibrary
    /// Each template's file as the command line shows it, by template name.
    let paths: [String: String]
    let strings: UIStrings
    /// The language's `i18n/<lang>.yml`, as the command line shows it.
    let stringsPath: String

    /// Every problem of the template `name` given a `type`, once each.
    func check(_ name: String, as type: TemplateType, diagnostics: inout Diagnostics) {
        guard let template = library.template(named: name) else { return }
        var walk = Walk(checker: self)
        walk.visit(template.nodes, template: template, path: paths[name] ?? name, stack: [.view(type)], partials: [name])
        diagnostics.append(contentsOf: walk.problems)
    }

    private struct Walk {
        let checker: TemplateChecker
        var problems = Diagnostics()
        /// A partial included twice reports its problems once.
        var reported: Set<String> = []

        mutating func visit(_ nodes: [Template.Node], template: Template, path: String, stack: [TemplateShape], partials: Set<String>) {
            for node in nodes {
                switch node {
                case .text:
                    continue
                case .variable(let name, _):
                    _ = resolve(name, template: template, path: path, stack: stack)
                case .section(let name, let inverted, let children):
                    // An unknown section's insides would only repeat the same mistake.
                    guard let shape = resolve(name, template: template, path: path, stack: stack) else { continue }
                    var inner = stack
                    if !inverted {
                        switch shape {
                        case .flag: break
                        case .list(let item): inner.append(item)
                        default: inner.append(shape)
                        }
                    }
                    visit(children, template: template, path: path, stack: inner, partials: partials)
                case .partial(let name, _):
                    // A partial that includes itself renders forever; it is read once here.
                    guard !partials.contains(name), let partial = checker.library.template(named: name) else { continue }
                    visit(partial.nodes, template: partial, path: checker.paths[name] ?? name, stack: stack, partials: partials.union([name]))
                }
            }
        }

        /// The shape of what `name` finds, looked up the stack as the engine does; nil (and a
        /// problem) when nothing would be found.
        mutating func resolve(_ name: Template.Name, template: Template, path: String, stack: [TemplateShape]) -> TemplateShape? {
            guard let first = name.parts.first else { return stack.last }
            let contexts: [TemplateShape] = name.innermostOnly ? [stack[stack.count - 1]] : stack.reversed()
            var firstFound: TemplateShape?
            for context in contexts where firstFound == nil { firstFound = member(first, of: context) }
            guard var found = firstFound else {
                if contexts.contains(where: { if case .strings = $0 { true } else { false } }) {
                    missingString(first, name, template: template, path: path)
                } else {
                    let visible = contexts.flatMap { shape -> [String] in
                        if case .view(let type) = shape { Array(type.names.keys) } else { [] }
                    }
                    let views = contexts.compactMap { shape -> String? in if case .view(let type) = shape { type.name } else { nil } }
                    report(name, template: template, path: path, Message("templates.unknown-name", ["name": .text(name.text), "views": .text(views.joined(separator: ", "))]),
                           hint: Suggestion.message(for: first, among: visible))
                }
                return nil
            }
            for part in name.parts.dropFirst() {
                switch found {
                case .view(let type):
                    guard let next = type.names[part] else {
                        report(name, template: template, path: path, Message("templates.unknown-name", ["name": .text(name.text), "views": .text(type.name)]),
                               hint: Suggestion.message(for: part, among: type.names.keys))
                        return nil
                    }
                    found = next
                case .strings:
                    guard checker.strings.table[part] != nil else {
                        missingString(part, name, template: template, path: path)
                        return nil
                    }
                    found = .text
                default:
                    report(name, template: template, path: path, Message("templates.no-names-inside", ["name": .text(name.text), "part": .text(part)]))
                    return nil
                }
            }
            return found
        }

        private func member(_ part: String, of shape: TemplateShape) -> TemplateShape? {
            switch shape {
            case .view(let type): type.names[part]
            case .strings: checker.strings.table[part] == nil ? nil : .text
            default: nil
            }
        }

        private mutating func missingString(_ key: String, _ name: Template.Name, template: Template, path: String) {
            report(name, template: template, path: path, TemplateChecker.missingString(key, language: checker.strings.language, file: checker.stringsPath),
                   hint: Suggestion.message(for: key, among: checker.strings.table.keys))
        }

        private mutating func report(_ name: Template.Name, template: Template, path: String, _ message: Message, hint: Message? = nil) {
            let (line, column) = template.location(of: name)
            guard reported.insert("\(path):\(line):\(column)").inserted else { return }
            problems.error(at: SourceLocation(path: path, line: line, column: column), message, hint: hint)
        }
    }

    static func missingString(_ key: String, language: String, file: String) -> Message {
        Message("templates.ui-string-missing", ["key": .text(key), "language": .text(language), "file": .text(file)])
    }

    /// The UI strings the Swift code asks for (`UIStrings.requiredKeys`) that the language lacks:
    /// each an error at its i18n file.
    func checkRequiredStrings(diagnostics: inout Diagnostics) {
        for key in UIStrings.requiredKeys where strings.table[key] == nil {
            diagnostics.error(at: SourceLocation(path: stringsPath, line: 1, column: 1),
                              Self.missingString(key, language: strings.language, file: stringsPath))
        }
    }
}
