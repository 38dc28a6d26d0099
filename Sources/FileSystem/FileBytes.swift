import Foundation
import Glibc

/// Whole files read and written by `open`/`read`/`write`: Foundation's `Data.write` syncs every
/// file to disk, which makes writing thousands of pages several times slower.
public enum FileBytes {
    /// The bytes of the file at `path` (its first `limit` bytes at most), or nil when it cannot
    /// be read.
    public static func read(_ path: String, upTo limit: Int = .max) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: min(max(Int(status.st_size), 0) + 1, limit))
        var count = 0
        while count < limit {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: min(bytes.count, limit - bytes.count)) }
            let read = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if read < 0, errno == EINTR { continue }
            guard read >= 0 else { return nil }
            if read == 0 { break }
            count += read
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// The size of the regular file at `path` (links followed); nil for anything else.
    public static func size(_ path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// Creates or truncates the file at `path` and writes `bytes` to it.
    public static func write(_ path: String, _ bytes: [UInt8]) throws(POSIXError) {
        try write(path) { part in part(bytes) }
    }

    /// Creates or truncates the file at `path` and writes to it each part `parts` hands over.
    public static func write(_ path: String, parts: (_ part: ([UInt8]) -> Bool) -> Void) throws(POSIXError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var failure: POSIXError?
        parts { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
                if written < 0, errno == EINTR { continue }
                guard written > 0 else {
                    failure = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                    return false
                }
                offset += written
            }
            return true
        }
        if let failure { throw failure }
    }

    /// Whether the regular file at `path` holds exactly the bytes `parts` hands over, read a part
    /// at a time; stops `parts` at the first difference.
    public static func holds(_ path: String, parts: (_ part: ([UInt8]) -> Bool) -> Void) -> Bool {
        guard size(path) != nil else { return false }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        func read(_ count: Int) -> [UInt8]? {
            var bytes = [UInt8](repeating: 0, count: count)
            var done = 0
            while done < count {
                let read = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + done, count - done) }
                if read < 0, errno == EINTR { continue }
                guard read > 0 else { return nil }
                done += read
            }
            return bytes
        }
        var same = true
        parts { part in
            same = read(part.count) == part
            return same
        }
        // Nothing may follow in the file.
        return same && read(1) == nil
    }
}
