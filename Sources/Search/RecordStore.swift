import Glibc

/// Where an index keeps its pages' records from reading a page to writing the record shards:
/// encoded as bytes, in a scratch file when it is given a folder for one, else in memory. The
/// records' texts are most of what an index holds, and a build need not hold them while it
/// makes the site. The scratch file is unlinked as soon as it is open: nothing is left behind,
/// however the build ends.
final class RecordStore: @unchecked Sendable {
    /// Where a page's records are.
    struct Span: Sendable {
        var offset: Int
        var length: Int
    }

    private var memory: [UInt8] = []
    private var descriptor: Int32 = -1
    private var end = 0

    /// `folder`: where the scratch file is made (and at once unlinked); nil, or a folder it
    /// cannot be made in, keeps the records in memory.
    init(scratchFolder folder: String?) {
        guard let folder else { return }
        let path = folder + "/.minhbach-search-\(getpid())"
        let opened = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard opened >= 0 else { return }
        unlink(path)
        descriptor = opened
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Keeps `bytes`; a full disk keeps them, and what follows, in memory instead.
    func append(_ bytes: [UInt8]) -> Span {
        if descriptor >= 0, memory.isEmpty, Self.write(bytes, to: descriptor, at: end) {
            defer { end += bytes.count }
            return Span(offset: end, length: bytes.count)
        }
        // From the first write that fails on, the records stay in memory: what the file holds
        // is read from it, the rest from memory.
        defer { memory += bytes }
        return Span(offset: end + memory.count, length: bytes.count)
    }

    func bytes(_ span: Span) -> [UInt8] {
        if span.offset >= end {
            let start = span.offset - end
            return Array(memory[start..<start + span.length])
        }
        var result = [UInt8](repeating: 0, count: span.length)
        var done = 0
        while done < span.length {
            let count = result.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + done, span.length - done, off_t(span.offset + done))
            }
            // A file that cannot be read back is a disk failing under the build: the records
            // read so far, and an empty rest, rather than a crash or a hang.
            guard count > 0 else { break }
            done += count
        }
        return result
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32, at offset: Int) -> Bool {
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                pwrite(descriptor, buffer.baseAddress! + done, bytes.count - done, off_t(offset + done))
            }
            guard count > 0 else { return false }
            done += count
        }
        return true
    }
}
