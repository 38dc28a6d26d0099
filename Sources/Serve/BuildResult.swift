/// How a build or rebuild ended, which decides what the browsers are told.
public enum BuildResult: Sendable, Equatable {
    case succeeded
    /// The content has errors; the previous output stays.
    case failed([BuildProblem])
    /// The build's process ended without answering; the previous output stays.
    case stopped(WorkerExit)
    /// The server is shutting down: nothing to tell.
    case cancelled
}
