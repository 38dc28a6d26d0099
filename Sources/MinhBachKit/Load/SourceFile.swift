import Diagnostics
import FileSystem

/// A file the loader read: where it is (for diagnostics and output paths) and its bytes.
public struct SourceFile: Sendable, Equatable {
    /// The path as printed in diagnostics: relative to the working folder when inside it.
    public var displayPath: String
    /// The path inside its root folder (`content/` or `theme/`), with `/` separators.
    public var relativePath: String
    public var bytes: [UInt8]
    /// Where on disk its bytes are, when the loader left them there to be read when needed (a
    /// one-shot build's pages): the build then never holds every page's file at once.
    public var origin: String? {
        get {
            switch place {
            case .inMemory: nil
            case .below(let folder): folder.path + relativePath
            case .at(let path): path
            }
        }
        set { place = newValue.map(Place.at) ?? .inMemory }
    }
    private var place = Place.inMemory

    /// Where its bytes are: a file left in its folder keeps the folder's path, shared by every
    /// file of the folder, rather than a whole path of its own (100 bytes a page).
    private enum Place: Sendable {
        case inMemory
        case below(DiskFolder)
        case at(String)
    }

    /// A folder the loader leaves files in, as the start of their paths on disk (`/srv/site/content/`).
    final class DiskFolder: Sendable {
        let path: String
        init(path: String) { self.path = path }
    }

    public init(displayPath: String, relativePath: String, bytes: [UInt8]) {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.bytes = bytes
    }

    public static func == (a: SourceFile, b: SourceFile) -> Bool {
        (a.displayPath, a.relativePath, a.origin) == (b.displayPath, b.relativePath, b.origin) && a.bytes == b.bytes
    }

    /// Leaves its bytes on disk at `path`, which `read` reads again.
    mutating func leave(at path: String, below folder: DiskFolder) {
        bytes = []
        place = path == folder.path + relativePath ? .below(folder) : .at(path)
    }

    /// The file with its bytes, read from `origin` when they were left there; nil, the problem
    /// said, when they cannot be read or (given `digest`) are not the bytes read before.
    public func read(expecting digest: Int? = nil, diagnostics: inout Diagnostics) -> SourceFile? {
        guard bytes.isEmpty, let origin else { return self }
        let location = SourceLocation(path: displayPath, line: 1, column: 1)
        guard let read = FileBytes.read(origin) else {
            diagnostics.error(at: location, Message("load.cannot-read"))
            return nil
        }
        var file = self
        file.bytes = read
        if let digest, file.digest != digest {
            diagnostics.error(at: location, Message("load.changed-while-building"), hint: Message("load.changed-while-building-hint"))
            return nil
        }
        return file
    }

    /// The file without its bytes, which `read(expecting:diagnostics:)` reads again; itself when
    /// it has no `origin`.
    public var leftOnDisk: SourceFile {
        guard origin != nil else { return self }
        var file = self
        file.bytes = []
        return file
    }

    /// Its bytes' fingerprint in this process: a file read again is the file read first.
    var digest: Int {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }

    /// The text, without the byte-order mark Windows editors put first; nil when it is not
    /// UTF-8 (`text(diagnostics:)` says where).
    public var text: String? {
        bytes.starts(with: SourceText.byteOrderMark)
            ? String(validating: bytes.dropFirst(SourceText.byteOrderMark.count), as: UTF8.self)
            : String(validating: bytes, as: UTF8.self)
    }
}
