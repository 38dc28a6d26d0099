/// One file of the search index: its path inside the output folder and its bytes. The module's
/// own value, so that search needs nothing of the site builder: the builder makes its output
/// files from these.
public struct IndexFile: Sendable, Equatable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
