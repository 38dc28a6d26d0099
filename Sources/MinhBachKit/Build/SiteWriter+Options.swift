/// Here, not in `Write/`: the writer knows folders, not the options of a build (see
/// `ProjectLoader+Options.swift`).
extension SiteWriter {
    /// The writer of a build: the content and theme folders are protected.
    public init(options: BuildOptions) {
        self.init(outputDirectory: options.outputDirectory,
                  protectedDirectories: [options.contentDirectory, options.themeDirectory],
                  replacesUnmarkedOutput: options.replacesUnmarkedOutput)
    }
}
