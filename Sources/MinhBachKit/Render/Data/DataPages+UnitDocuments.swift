import Markup

/// "Văn bản ban hành" on a unit's page: the documents that name the unit as their issuer
/// (`issuer_unit:`), newest first, each linked, with its number and date as the documents' own
/// pages write them beside a related document.
extension DataPages {
    /// The section, or nothing when the unit issued no document of the site.
    func issuedDocuments(_ unit: OrganisationUnit) -> HTML {
        let documents = data.documents(issuedBy: unit.code)
        guard !documents.isEmpty else { return .empty }
        let items = documents.map { entry -> HTML in
            var line = HTML.element("a", [("href", link(entry.page.outputPath))], .text(entry.page.title))
            let details = [entry.meta.citableNumber, entry.meta.date.map(strings.format.date)].compactMap { $0 }
            if !details.isEmpty {
                line += .text(" ") + HTML.element("span", [("class", "doc-links__details")], .text("(" + details.joined(separator: ", ") + ")"))
            }
            return HTML.element("li", [], line)
        }
        return section("van-ban", strings["unit_documents"], HTML.element("ul", [("class", "doc-links")], HTML.joined(items, separator: "\n")))
    }
}
