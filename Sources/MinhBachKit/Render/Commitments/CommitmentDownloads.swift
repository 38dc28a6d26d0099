/// The commitments as data: `nhiem-vu.csv` (a row per task), `thuc-hien.csv` (a row per task and
/// unit that must do it), the same in JSON, and a data package describing them.
struct CommitmentDownloads {
    let catalog: CommitmentCatalog
    let data: DataCatalog
    let config: SiteConfig
    let strings: UIStrings

    func files() -> [OutputFile] { [] }
}
