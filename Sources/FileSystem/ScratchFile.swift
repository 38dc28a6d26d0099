import Glibc

/// A file a build keeps what it will need again in — the search index what it has read until its
/// own files are written, the pages their headings and descriptions — so that it need not hold
/// it in memory. It is unlinked as soon as it is open: nothing is left behind, however the build
/// ends. Bytes are appended by one thread at a time (the caller's lock); they may be read from
/// any thread.
///
/// A file meant to outlast the build — the catalog a sharded build's parts read — is made at a
/// path of its own (`init(creatingAt:)`), and the caller renames or removes it; such a file is
/// opened again to read (`init(readingAt:)`).
public final class ScratchFile: @unchecked Sendable {
    /// Where some bytes are.
    public struct Span: Sendable {
        public var offset: Int
        public var length: Int

        public init(offset: Int, length: Int) {
            self.offset = offset
            self.length = length
        }
    }

    private let descriptor: Int32
    /// Where the next bytes go.
    public private(set) var end = 0

    /// nil when the file cannot be made in `folder`. Its name is `.minhbach-<name>-<process>`.
    public init?(folder: String, name: String) {
        let path = folder + "/.minhbach-\(name)-\(getpid())"
        let opened = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard opened >= 0 else { return nil }
        unlink(path)
        descriptor = opened
    }

    /// A new file at `path` (none may be there), left there; nil when it cannot be made.
    public init?(creatingAt path: String) {
        let opened = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard opened >= 0 else { return nil }
        descriptor = opened
    }

    /// The file at `path`, to read: `end` is its size. Nil when it cannot be opened, or is not
    /// a regular file.
    public init?(readingAt path: String) {
        let opened = open(path, O_RDONLY | O_CLOEXEC)
        guard opened >= 0 else { return nil }
        var status = stat()
        guard fstat(opened, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(opened)
            return nil
        }
        descriptor = opened
        end = Int(status.st_size)
    }

    deinit { close(descriptor) }

    /// Whether every byte written so far is on the disk (`fsync`), for a file kept after the build.
    public func synchronize() -> Bool { fsync(descriptor) == 0 }

    /// Where `bytes` went; nil when they could not be written (a full disk), and nothing is
    /// taken as written.
    public func append(_ bytes: [UInt8]) -> Span? {
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                pwrite(descriptor, buffer.baseAddress! + done, bytes.count - done, off_t(end + done))
            }
            guard count > 0 else { return nil }
            done += count
        }
        defer { end += bytes.count }
        return Span(offset: end, length: bytes.count)
    }

    /// The bytes at `span`. A file that cannot be read back is a disk failing under the build:
    /// the bytes read so far and zeros for the rest, rather than a crash or a hang.
    public func bytes(_ span: Span) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: span.length)
        var done = 0
        while done < span.length {
            let count = result.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + done, span.length - done, off_t(span.offset + done))
            }
            guard count > 0 else { break }
            done += count
        }
        return result
    }
}
