import Diagnostics
import Markup
import Search

/// Commitments (`commitments_folder`): the tasks the documents set, read from the folder's CSV
/// files, not from pages. The section makes the overview (its folder's index), a page per task,
/// per judgement and per month of deadlines, the calendar file, the downloads and the feed of
/// changes; nothing without tasks.
struct CommitmentsSection: PageKind, SectionRenderer {
    let name = "commitments"

    func folder(in config: SiteConfig) -> String { config.commitmentsFolder }
    var keys: [String] { [] }
    /// Its folder holds CSV files, not pages: a Markdown page there is an ordinary page.
    func decode(_ fields: inout YAMLFields, config: SiteConfig) -> (any PageFields)? { nil }
    func entryPage(_ resolved: ResolvedPage, site: SiteIndex, layout: SiteRenderer) -> SectionPage? { nil }
    var readsData: Bool { true }

    func files(site: SiteIndex, introPage: ResolvedPage?, layout: SiteRenderer, into made: inout SectionFiles) {
        let catalog = site.data.commitments
        guard !catalog.isEmpty else { return }
        let maker = OutputMaker.section(Message("settings.index.commitments"), setting: "commitments_folder", config: layout.config)
        made.add(CommitmentPages.files(site: site, introPage: introPage, layout: layout), by: maker)
        let downloads = CommitmentDownloads(catalog: catalog, data: site.data, config: layout.config, strings: layout.strings)
        made.add(downloads.files(), by: maker)
        made.add(CommitmentCalendar(catalog: catalog, data: site.data, config: layout.config, strings: layout.strings).files(), by: maker)
        if let feed = CommitmentFeed(catalog: catalog, data: site.data, config: layout.config, strings: layout.strings).atom() {
            made.add([feed], by: maker)
        }
    }
}
