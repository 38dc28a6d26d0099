import Glibc

/// A file opened for one response. `O_NOFOLLOW` and the `fstat` of the open descriptor make
/// sure what is read is the regular file the resolver approved, not something swapped in since.
final class OpenedFile {
    let size: Int
    /// Modification time, to the nanosecond, for the ETag.
    let modifiedSeconds: Int
    let modifiedNanoseconds: Int
    private let descriptor: Int32

    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            _ = Glibc.close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        size = Int(info.st_size)
        modifiedSeconds = Int(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
    }

    deinit { _ = Glibc.close(descriptor) }

    /// Changes whenever the builder rewrites the file (every build swaps in new files).
    var entityTag: String {
        "\"\(String(size, radix: 16))-\(String(modifiedSeconds, radix: 16)).\(String(modifiedNanoseconds, radix: 16))\""
    }

    var lastModified: String { HTTPDate.format(secondsSince1970: modifiedSeconds) }

    func readAll() -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + offset, size - offset, off_t(offset)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            offset += count
        }
        return bytes
    }
}
