/// What the render stage has made so far: every file's path and maker, for the checks made when
/// it ends, and the files themselves — kept, or handed to the writer's stream and let go.
final class RenderedOutput {
    /// In the order the duplicate check reads them: the first maker of a path made it.
    var paths: [String] { firstPaths + laterPaths }
    var makers: [OutputMaker] { firstMakers + laterMakers }
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
