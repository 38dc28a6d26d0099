import Glibc

/// The entries below a folder by `readdir`, whose file types come with the names — Foundation's
/// enumerator asked each file for its resource values, most of the loading stage.
public enum FolderWalk {
    public enum Kind: Equatable, Sendable { case file, folder, link, other }

    /// Calls `body` with every entry below `root` — a path relative to it, and its kind — except
    /// those whose name `skipping` leaves out (with everything below them). Folders are entered,
    /// links are not.
    public static func walk(_ root: String, skipping: (_ name: String) -> Bool,
                            _ body: (_ relative: String, _ kind: Kind) -> Void) {
        var pending = [""]
        while let folder = pending.popLast() {
            guard let directory = opendir(folder.isEmpty ? root : root + "/" + folder) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name == "." || name == ".." || skipping(name) { continue }
                let relative = folder.isEmpty ? name : folder + "/" + name
                let kind = Self.kind(entry.pointee.d_type, root + "/" + relative)
                if kind == .folder { pending.append(relative) }
                body(relative, kind)
            }
        }
    }

    private static func kind(_ type: UInt8, _ path: String) -> Kind {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .folder
        case Int32(DT_LNK): return .link
        case Int32(DT_UNKNOWN):
            // Some file systems do not say: ask lstat.
            var status = stat()
            guard lstat(path, &status) == 0 else { return .other }
            switch status.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .folder
            case S_IFLNK: return .link
            default: return .other
            }
        default: return .other
        }
    }
}
