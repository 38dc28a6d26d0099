/// An Atom feed of the changes of judgement from one progress file to the next, newest first;
/// made only when the site's address is known.
struct CommitmentFeed {
    let catalog: CommitmentCatalog
    let data: DataCatalog
    let config: SiteConfig
    let strings: UIStrings

    func atom() -> OutputFile? { nil }
}
