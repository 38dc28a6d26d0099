import Diagnostics

/// What the render stage has made so far: every file's path and maker, for the checks made when
/// it ends, and the files themselves — kept, or handed to the writer's stream and let go.
final class RenderedOutput {
    /// How many files were made.
    var count: Int { firstPaths.count + laterPaths.count }
    /// Every file, when they are kept.
    var files: [OutputFile] { firstFiles + laterFiles }
    private var firstPaths: [String] = [], laterPaths: [String] = []
    private var firstMakers: [OutputMaker] = [], laterMakers: [OutputMaker] = []
    private var firstFiles: [OutputFile] = [], laterFiles: [OutputFile] = []
    let stream: SiteWriter.Stream?
    let keepsFiles: Bool

    init(stream: SiteWriter.Stream?, keepsFiles: Bool) {
        self.stream = stream
        self.keepsFiles = keepsFiles
    }

    /// Every path made twice (`OutputMaker.duplicates`), the files read in the order where the
    /// first maker of a path made it: the site's own files, then the rest as they came. Read in
    /// place: the two lists joined were two more copies at the end of a large build.
    func duplicates() -> [Diagnostic] {
        let firstCount = firstPaths.count
        return OutputMaker.duplicates(count: count, path: { $0 < firstCount ? self.firstPaths[$0] : self.laterPaths[$0 - firstCount] },
                                      maker: { $0 < firstCount ? self.firstMakers[$0] : self.laterMakers[$0 - firstCount] })
    }

    /// `first`: files that come before all others in the checks (the site's own files).
    func add(_ made: [OutputFile], by maker: OutputMaker, first: Bool = false) {
        add(made, makers: Array(repeating: maker, count: made.count), first: first)
    }

    /// Files each with its maker.
    func add(_ made: [OutputFile], makers: [OutputMaker], first: Bool = false) {
        guard !made.isEmpty else { return }
        if first {
            firstPaths += made.map(\.path)
            firstMakers += makers
        } else {
            laterPaths += made.map(\.path)
            laterMakers += makers
        }
        if let stream {
            stream.add(made)
        } else if !keepsFiles {
            return
        } else if first {
            firstFiles += made
        } else {
            laterFiles += made
        }
    }
}
