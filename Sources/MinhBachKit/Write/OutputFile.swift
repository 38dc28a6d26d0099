import Search

/// One file of the built site: its path inside the output folder and its bytes.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    public var bytes: [UInt8]
    /// For a page in the layout that search indexes: the layout's page kind (`document`,
    /// `indicator`…); nil for every other file.
    public var searchKind: SearchKind? = nil

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

extension OutputFile {
    /// What search keeps of this file, when it is a page search covers: its words.
    var searchablePage: SearchablePage? {
        guard let searchKind, path.hasSuffix(".html") else { return nil }
        return SearchablePage(path: path, kind: searchKind, html: bytes)
    }
}
