import Glibc

/// The file-system questions the loader and the preview server ask, answered by the C library
/// directly: `realpath` resolves every symlink and `..`, which is what a containment check must
/// compare.
public enum FileStatus {
    public enum Kind: Equatable, Sendable { case regularFile, directory, other, missing }

    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Follows symlinks, like `stat(2)`.
    public static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regularFile
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// `path` is `root` or below it. The "/" matters: `/srv/site-private` is not inside `/srv/site`.
    public static func isInside(_ path: String, root: String) -> Bool {
        if root == "/" { return path.hasPrefix("/") }
        return path == root || path.hasPrefix(root + "/")
    }
}
