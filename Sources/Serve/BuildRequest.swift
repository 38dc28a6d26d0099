/// What `minhbach serve` asks its build worker, as one JSON line: build after these files
/// changed. A worker's first request is always answered with a whole build, whatever it names.
public struct BuildRequest: Sendable, Equatable, Codable {
    /// Absolute paths, as the watcher reports them; empty for the first build.
    public var changed: [String]

    public init(changed: [String]) { self.changed = changed }
}
