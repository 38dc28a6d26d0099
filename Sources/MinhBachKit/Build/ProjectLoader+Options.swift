/// Here, not in `Load/`: the loader knows folders, not the options of a build, so that the
/// loader sits below everything the options name (`Audience`).
extension ProjectLoader {
    /// The loader of a build's folders.
    public init(options: BuildOptions) {
        self.init(contentDirectory: options.contentDirectory, themeDirectory: options.themeDirectory,
                  themeFolderIsOptional: options.themeFolderIsOptional, workingDirectory: options.workingDirectory)
    }
}
