import FileSystem
import Foundation
import Glibc

/// Every step by which the writer changes the disk, as values: the C library's (`system`), or in
/// tests steps that fail, or stop for good at a chosen one as a kill would. Reading is not a step.
public struct DiskOperations: Sendable {
    public typealias Step<Arguments> = @Sendable (Arguments) throws(POSIXError) -> Void

    public var makeFolder: Step<String>
    /// Writes a file of the site at `path` (made a part at a time when it is made in parts).
    public var writeFile: Step<(path: String, file: OutputFile)>
    /// A second name (`to`) for the file at `from`.
    public var link: Step<(from: String, to: String)>
    public var rename: Step<(from: String, to: String)>
    /// Swaps the two names in one step. Where the system cannot, it throws EINVAL, ENOSYS or
    /// ENOTSUP and the writer falls back on two renames.
    public var exchange: Step<(String, String)>
    /// Removes a file or a link (never what it points to).
    public var unlink: Step<String>
    /// Removes an empty folder.
    public var removeFolder: Step<String>

    public init(makeFolder: @escaping Step<String>, writeFile: @escaping Step<(path: String, file: OutputFile)>,
                link: @escaping Step<(from: String, to: String)>, rename: @escaping Step<(from: String, to: String)>,
                exchange: @escaping Step<(String, String)>, unlink: @escaping Step<String>, removeFolder: @escaping Step<String>) {
        (self.makeFolder, self.writeFile, self.link, self.rename) = (makeFolder, writeFile, link, rename)
        (self.exchange, self.unlink, self.removeFolder) = (exchange, unlink, removeFolder)
    }

    public static let system = DiskOperations(
        makeFolder: { path throws(POSIXError) in try check(mkdir(path, 0o755)) },
        writeFile: { path, file throws(POSIXError) in
            if let parts = file.parts { try FileBytes.write(path, parts: parts.make) } else { try FileBytes.write(path, file.bytes) }
        },
        link: { from, to throws(POSIXError) in try check(Glibc.link(from, to)) },
        rename: { from, to throws(POSIXError) in try check(Glibc.rename(from, to)) },
        exchange: { first, second throws(POSIXError) in try RenameExchange.exchange(first, second) },
        unlink: { path throws(POSIXError) in try check(Glibc.unlink(path)) },
        removeFolder: { path throws(POSIXError) in try check(rmdir(path)) })

    static func check(_ result: Int32) throws(POSIXError) {
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// Removes whatever is at `path` — a folder with everything in it, a file, or a link (not what
    /// it points to) — one unlink or rmdir at a time, deepest folders last. Nothing there is fine.
    public func removeTree(_ path: String) throws(POSIXError) {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return }
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        guard status.st_mode & S_IFMT == S_IFDIR else { return try ignoringMissing { () throws(POSIXError) in try unlink(path) } }
        var folders: [String] = []
        var others: [String] = []
        FolderWalk.walk(path, skipping: { _ in false }) { relative, kind in
            if kind == .folder { folders.append(relative) } else { others.append(relative) }
        }
        for relative in others.sorted() {
            try ignoringMissing { () throws(POSIXError) in try unlink(path + "/" + relative) }
        }
        // A folder's path is longer than its parent's: longest first empties children first.
        for relative in folders.sorted(by: { ($0.utf8.count, $0) > ($1.utf8.count, $1) }) {
            try ignoringMissing { () throws(POSIXError) in try removeFolder(path + "/" + relative) }
        }
        try ignoringMissing { () throws(POSIXError) in try removeFolder(path) }
    }

    private func ignoringMissing(_ body: () throws(POSIXError) -> Void) throws(POSIXError) {
        do { try body() } catch where error.code == .ENOENT {}
    }
}
