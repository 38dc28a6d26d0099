import Diagnostics

/// What a build did: its problems, its timed stages, and what it wrote.
public struct BuildReport: Sendable {
    public struct Stage: Sendable {
        public var name: String
        public var milliseconds: Double
    }

    public var diagnostics = Diagnostics()
    public var stages: [Stage] = []
    public var pageCount = 0
    /// The site's own language (`language:` in `site.yml`) once it was read: the preview
    /// server's error page speaks it.
    public var siteLanguage: String?
    public var fileCount = 0
    public var wroteOutput = false
    /// How many files were written, kept as they were, and removed.
    public var changes: SiteWriter.Changes?
    /// After a rebuild of single pages: the pages rebuilt (output paths); nil for a whole build.
    public var rebuiltPages: [String]?
    /// What the reviewer queries, when the build was asked to review (`BuildOptions.reviewsData`).
    public var findings: [ReviewFinding] = []

    public var succeeded: Bool { !diagnostics.hasErrors }
}
