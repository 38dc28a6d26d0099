import Markup

/// The pages of the commitments section: the overview, a page per task, per judgement and the
/// calendar of deadlines.
enum CommitmentPages {
    static func files(site: SiteIndex, introPage: ResolvedPage?, layout: SiteRenderer) -> [OutputFile] { [] }
}
