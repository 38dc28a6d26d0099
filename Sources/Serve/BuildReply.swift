/// The worker's answer to a `BuildRequest`, as one JSON line. The worker prints its progress
/// and diagnostics itself, as `build` does; the reply carries what the server needs to tell
/// the browsers.
public struct BuildReply: Sendable, Equatable, Codable {
    public var succeeded: Bool
    /// The errors, when the build failed.
    public var problems: [BuildProblem]
    /// The pages rebuilt alone, when the build was not whole.
    public var rebuiltPages: [String]?
    /// The site's language (`language:` in `site.yml`), once the worker has read it: the
    /// server's error page speaks it.
    public var language: String?

    public init(succeeded: Bool, problems: [BuildProblem] = [], rebuiltPages: [String]? = nil, language: String? = nil) {
        self.succeeded = succeeded
        self.problems = problems
        self.rebuiltPages = rebuiltPages
        self.language = language
    }
}
