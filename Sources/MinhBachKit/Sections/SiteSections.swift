/// A section of the site: a kind of page read from its folder, and what it makes of them.
typealias SiteSection = PageKind & SectionRenderer

/// Every section of the site, in the order their files are made (and searched). Adding a
/// section is one line here and its own folder (`docs/architecture.md`).
enum SiteSections {
    static let all: [any SiteSection] = [
        DocumentsSection(),
        IndicatorsSection(),
        ModelsSection(),
        CommitmentsSection(),
    ]
}
