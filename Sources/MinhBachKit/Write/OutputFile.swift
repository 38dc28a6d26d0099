import Search

/// One file of the built site: its path inside the output folder and its bytes — held whole, or,
/// for a file too big to hold (the JSON listing of a million documents), made a part at a time
/// as it is compared and written.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    /// All its bytes; a file made in parts is made whole for this (and again at each call).
    public var bytes: [UInt8] {
        get { parts?.joined ?? whole }
        set {
            whole = newValue
            parts = nil
        }
    }
    private var whole: [UInt8]
    /// How a file too big to hold whole is made; nil for every other file.
    public private(set) var parts: FileParts?
    /// For a page in the layout that search indexes: the layout's page kind (`document`,
    /// `indicator`…); nil for every other file.
    public var searchKind: SearchKind? = nil

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        whole = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    public init(path: String, parts: FileParts) {
        self.path = path
        whole = []
        self.parts = parts
    }

    public static func == (a: OutputFile, b: OutputFile) -> Bool {
        a.path == b.path && a.searchKind == b.searchKind && a.bytes == b.bytes
    }
}

/// A file's bytes made a part at a time: `make` hands each part, in order, to the function it is
/// given, and stops early when that function returns false. It can be called more than once
/// (the writer compares with the old file, then writes) and makes the same bytes each time.
public struct FileParts: Sendable {
    public let make: @Sendable (_ part: ([UInt8]) -> Bool) -> Void

    public init(_ make: @escaping @Sendable (_ part: ([UInt8]) -> Bool) -> Void) {
        self.make = make
    }

    public var joined: [UInt8] {
        var all: [UInt8] = []
        make { part in
            all += part
            return true
        }
        return all
    }
}

extension OutputFile {
    /// What search keeps of this file, when it is a page search covers: its words.
    var searchablePage: SearchablePage? {
        guard let searchKind, path.hasSuffix(".html") else { return nil }
        return SearchablePage(path: path, kind: searchKind, html: bytes)
    }
}
