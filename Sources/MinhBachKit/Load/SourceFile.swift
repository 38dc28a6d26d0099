import Diagnostics
import FileSystem

/// A file the loader read: where it is (for diagnostics and output paths) and its bytes.
public struct SourceFile: Sendable, Equatable {
    /// Its paths, as problems name it and inside its root folder.
    public let name: SourceName
    /// The path as printed in diagnostics: relative to the working folder when inside it.
    public var displayPath: String { name.displayPath }
    /// The path inside its root folder (`content/` or `theme/`), with `/` separators.
    public var relativePath: String { name.relativePath }
    public var bytes: [UInt8]
    /// Where on disk its bytes are, when the loader left them there to be read when needed (a
    /// one-shot build's pages): the build then never holds every page's file at once.
    public var origin: String? {
        get {
            switch place {
            case .inMemory: nil
            case .inFolder: name.folder.disk.map { $0 + relativePath }
            case .at(let path): path
            }
        }
        set { place = newValue.map(Place.at) ?? .inMemory }
    }
    private var place = Place.inMemory
    /// The digest of the bytes left on disk, when known: what reading them again must give.
    private(set) var leftDigest: UInt64?

    /// Where its bytes are: a file left in its folder is found by the folder's path, shared by
    /// every file of the folder, rather than a whole path of its own (100 bytes a page).
    private enum Place: Sendable {
        case inMemory
        case inFolder
        case at(String)
    }

    public init(displayPath: String, relativePath: String, bytes: [UInt8]) {
        self.init(name: SourceName(displayPath: displayPath, relativePath: relativePath), bytes: bytes)
    }

    init(name: SourceName, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    public static func == (a: SourceFile, b: SourceFile) -> Bool {
        (a.name, a.origin, a.leftDigest) == (b.name, b.origin, b.leftDigest) && a.bytes == b.bytes
    }

    /// Leaves its bytes on disk at `path`, which `read` reads again; given their `digest`, it
    /// then checks that they are still those bytes.
    mutating func leave(at path: String, digest: UInt64? = nil) {
        bytes = []
        place = name.folder.disk.map { path == $0 + relativePath } == true ? .inFolder : .at(path)
        leftDigest = digest
    }

    /// The file with its bytes, read from `origin` when they were left there; nil, the problem
    /// said, when they cannot be read or are not the bytes read before (`leftDigest`).
    public func read(diagnostics: inout Diagnostics) -> SourceFile? {
        guard bytes.isEmpty, let origin else { return self }
        let location = SourceLocation(path: displayPath, line: 1, column: 1)
        guard let read = FileBytes.read(origin) else {
            diagnostics.error(at: location, Message("load.cannot-read"))
            return nil
        }
        var file = self
        file.bytes = read
        if let leftDigest, file.digest != leftDigest {
            diagnostics.error(at: location, Message("load.changed-while-building"), hint: Message("load.changed-while-building-hint"))
            return nil
        }
        return file
    }

    /// The file without its bytes, which `read(diagnostics:)` reads again and checks against
    /// their digest; itself when it has no `origin`.
    public var leftOnDisk: SourceFile {
        guard origin != nil else { return self }
        var file = self
        file.leftDigest = leftDigest ?? digest
        file.bytes = []
        return file
    }

    /// Its bytes' digest, the same in every process: a file read again is the file read first.
    var digest: UInt64 { ByteDigest.of(bytes) }

    /// The text, without the byte-order mark Windows editors put first; nil when it is not
    /// UTF-8 (`text(diagnostics:)` says where).
    public var text: String? {
        bytes.starts(with: SourceText.byteOrderMark)
            ? String(validating: bytes.dropFirst(SourceText.byteOrderMark.count), as: UTF8.self)
            : String(validating: bytes, as: UTF8.self)
    }
}

/// A file's paths: as problems name it (relative to the working folder when inside it), and
/// inside its root folder. The first is the second after its folder's part, which every file the
/// loader reads from one folder shares: a build keeps each page's name in several places, and two
/// whole paths were 200 bytes a page (more with an absolute content folder).
public struct SourceName: Sendable, Hashable {
    /// The path inside its root folder (`content/` or `theme/`), with `/` separators.
    public let relativePath: String
    let folder: SourceFolder

    public var displayPath: String { folder.isWholeName ? folder.shown : folder.shown + relativePath }

    init(relativePath: String, folder: SourceFolder) {
        self.relativePath = relativePath
        self.folder = folder
    }

    /// A name of its own, not shared with other files (a test's file, one made in memory).
    public init(displayPath: String, relativePath: String) {
        self.init(relativePath: relativePath, folder: SourceFolder(shown: displayPath, isWholeName: true, disk: nil))
    }

    public static func == (a: SourceName, b: SourceName) -> Bool {
        a.relativePath == b.relativePath && a.displayPath == b.displayPath
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(relativePath)
        hasher.combine(displayPath)
    }
}

/// The part of its files' paths that a folder the loader reads gives them.
final class SourceFolder: Sendable {
    /// What problems call the folder (`content/`), or the whole name of the one file it holds.
    let shown: String
    let isWholeName: Bool
    /// Where it is on disk (`/srv/site/content/`), when its files may be left there.
    let disk: String?

    init(shown: String, isWholeName: Bool = false, disk: String?) {
        (self.shown, self.isWholeName, self.disk) = (shown, isWholeName, disk)
    }
}
