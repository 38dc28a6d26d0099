import Markup
@testable import MinhBachKit
import Search

/// A section written as `docs/architecture.md` shows, to prove that a section is its own folder
/// plus one line in the registry: a glossary, whose pages (`thuat-ngu/*.md`) each define a term
/// with its English (`term_en:`), listed on the folder's index.
struct GlossarySection: PageKind, SectionRenderer {
    let name = "glossary"
    static let folder = "thuat-ngu"

    func folder(in config: SiteConfig) -> String { Self.folder }
    var keys: [String] { ["term_en"] }

    func decode(_ fields: inout YAMLFields, config: SiteConfig) -> (any PageFields)? {
        GlossaryTerm(english: fields.string("term_en", required: true) ?? "")
    }

    func entryPage(_ resolved: ResolvedPage, site: SiteIndex, layout: SiteRenderer) -> SectionPage? {
        guard let term = resolved.page.fields as? GlossaryTerm else { return nil }
        let english = HTML.element("p", [("class", "term-en"), ("lang", "en")], .text(term.english))
        return SectionPage(content: HTMLBytes(english.rendered + resolved.bodyHTML), kind: "term", searchKind: .page)
    }

    func files(site: SiteIndex, introPage: ResolvedPage?, layout: SiteRenderer, into made: inout SectionFiles) {
        let terms = site.pages.filter { $0.kindName == name }
        guard !terms.isEmpty else { return }
        let path = Self.folder + "/index.html"
        let title = introPage?.page.meta.title ?? "Thuật ngữ"
        let list = HTML.element("ul", [("class", "glossary")], HTML.joined(terms.map { term in
            HTML.element("li", [], HTML.element("a", [("href", OutputPaths.link(from: path, to: term.outputPath, pretty: false))],
                                                .text(term.meta.title)))
        }))
        made.add([layout.generatedPage(path, title: title, kind: "terms", content: HTMLBytes((introPage?.bodyHTML ?? "") + list.rendered),
                                       crumbs: [(title, nil)], description: nil, currentID: introPage?.page.id, search: .page)],
                 by: OutputMaker(name: .verbatim("the glossary"), location: nil))
    }
}

struct GlossaryTerm: PageFields {
    var english: String
}
