import Diagnostics
import Markdown
import Markup

/// The inline roles: ``{abbr}`UBND (Ủy ban nhân dân)` `` and ``{ref}`target` ``.
enum RoleRenderer {
    static let names = ["abbr", "doc", "ref", "value"]

    static func abbreviation(_ role: Role, diagnostics: inout Diagnostics) -> HTML {
        let content = role.content.trimmingCharacters(in: .whitespaces)
        guard content.hasSuffix(")"), let open = content.firstIndex(of: "("),
              case let short = content[..<open].trimmingCharacters(in: .whitespaces), !short.isEmpty,
              case let long = content[content.index(after: open)..<content.index(before: content.endIndex)]
                .trimmingCharacters(in: .whitespaces), !long.isEmpty else {
            diagnostics.error(at: role.location, Message("role.abbreviation-without-expansion"),
                              hint: Message("role.abbreviation-hint"))
            return .text(role.content)
        }
        return HTML.element("abbr", [("title", long)], .text(short))
    }

    /// "a or b or c", the "or" in the reader's language.
    static func either(_ names: [String]) -> Message.Value {
        guard let first = names.first else { return .text("") }
        guard names.count > 1 else { return .text(first) }
        return .message(Message("role.either", ["first": .text(first), "rest": either(Array(names.dropFirst()))]))
    }

    /// `{ref}` to a page id (`gioi-thieu`), a heading of this page (`#muc-tieu`), a heading of
    /// another page (`gioi-thieu#muc-tieu`) or a heading anywhere, if its id is unique; an
    /// optional text before `<target>`.
    static func reference(_ role: Role, in context: inout PageRenderContext) -> HTML {
        let reference = RoleTarget(role.content)
        let text = reference.text, target = reference.target
        let site = context.site
        let pageID = reference.name, headingID = reference.anchor
        var found: (ParsedPage, HeadingEntry?)?
        if pageID.isEmpty, let headingID {
            if let heading = context.headings.first(id: headingID) { found = (context.page, heading) }
        } else if let page = site.page(id: pageID) {
            if let headingID {
                if let heading = page.headings.first(id: headingID) { found = (page, heading) }
            } else {
                found = (page, nil)
            }
        } else if headingID == nil {
            let owners = site.pagesWithHeading(pageID)
            if owners.count > 1 {
                context.diagnostics.error(
                    at: role.location, Message("role.heading-of-several-pages", ["id": .text(pageID)]),
                    hint: Message("role.name-the-page", ["pages": Self.either(owners.map { "\($0.id)#\(pageID)" })]))
                return .text(text ?? target)
            }
            if let owner = owners.first { found = (owner, owner.headings.first(id: pageID)) }
        }
        if found == nil, !pageID.isEmpty, let reason = site.withheld.page(id: pageID) {
            context.warnWithheld(at: role.location, Message("withheld.reference-to"), target, kind: Message("withheld.kind.page"), reason)
            return .text(text ?? target)
        }
        guard let (page, heading) = found else {
            var problem = Diagnostic.error(at: role.location, Message("role.broken-reference", ["target": .text(target)]),
                                           hint: Message("role.broken-reference-hint"))
            if !context.diagnostics.onlyCounts(problem), let closest = Suggestion.message(for: target, among: site.pageIDs + site.headingIDs) {
                problem.hintTexts = [closest]
            }
            context.diagnostics.append(problem)
            return .text(text ?? target)
        }
        let fragment = heading.map { "#" + $0.id } ?? ""
        let href = page.outputPath == context.page.outputPath && heading != nil
            ? fragment : context.href(toSitePath: page.outputPath) + fragment
        let label = text ?? heading?.text ?? page.meta.title
        return HTML.element("a", [("href", href)], .text(label))
    }
}
