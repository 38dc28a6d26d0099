import Foundation

public struct BuildOptions: Sendable {
    public var contentDirectory: URL
    /// The theme folder, whose files replace the built-in theme's of the same path.
    public var themeDirectory: URL
    /// The theme folder may be missing, and the built-in theme is then used alone: true for the
    /// default `theme`, false for a folder named with `--theme`.
    public var themeFolderIsOptional = false
    public var outputDirectory: URL
    /// Overrides `base_url` of `site.yml`.
    public var baseURL: String?
    public var includeDrafts = false
    /// `--audience`: replaces `site.yml`'s `audience:`; nil keeps it (default public). The
    /// audience in effect is `SiteConfig.audience` of the parsed site.
    public var audience: Audience?
    /// Check everything, write nothing.
    public var checkOnly = false
    /// Replace whatever is at the output path, even a folder without the marker of a MinhBạch
    /// output, or a file (`--force`).
    public var replacesUnmarkedOutput = false
    public var workingDirectory: URL
    /// Look for what a reviewer would query (`check --review`): `BuildReport.findings`.
    public var reviewsData = false
    /// Add the page "Kiểm tra dữ liệu" listing the findings (the internal build); implies a review.
    public var includesReviewPage = false
    /// The whole site (the default), one part of a sharded build, or the merge of the parts.
    public var portion = BuildPortion.whole
    /// `--catalog`: the page catalog `minhbach catalog` wrote from this content, theme and these
    /// options; each page's Markdown is then parsed only if the build makes the page.
    public var catalogFile: URL?

    public init(contentDirectory: URL, themeDirectory: URL, themeFolderIsOptional: Bool = false, outputDirectory: URL, baseURL: String? = nil,
                includeDrafts: Bool = false, audience: Audience? = nil, checkOnly: Bool = false, replacesUnmarkedOutput: Bool = false,
                workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.contentDirectory = contentDirectory
        self.themeDirectory = themeDirectory
        self.themeFolderIsOptional = themeFolderIsOptional
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.audience = audience
        self.checkOnly = checkOnly
        self.replacesUnmarkedOutput = replacesUnmarkedOutput
        self.workingDirectory = workingDirectory
    }
}
