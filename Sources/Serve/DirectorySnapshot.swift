import FileSystem
import Glibc

/// Every file under some folders with its size and modification time: two snapshots compared
/// say what was added, removed or changed. Hidden files and editor leftovers (`.x.swp`, `x~`,
/// `#x#`) are left out, as the site loader leaves out hidden files.
struct DirectorySnapshot: Equatable {
    struct Stamp: Equatable {
        var size: Int
        var seconds: Int
        var nanoseconds: Int
    }

    var files: [String: Stamp] = [:]

    static func take(of directories: [String]) -> DirectorySnapshot {
        var snapshot = DirectorySnapshot()
        for directory in directories { snapshot.stamp(directory) }
        return snapshot
    }

    /// Paths added, removed or changed since `old`, sorted.
    func changes(since old: DirectorySnapshot) -> [String] {
        let changed = files.filter { old.files[$0.key] != $0.value }.map(\.key)
        let removed = old.files.keys.filter { files[$0] == nil }
        return (changed + removed).sorted()
    }

    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~")
    }

    /// Every entry but folders, by `lstat`: symlinks are stamped, not followed, so a link into a
    /// big folder (or into itself) cannot make each poll walk far.
    private mutating func stamp(_ directory: String) {
        FolderWalk.walk(directory, skipping: Self.isIgnored) { relative, kind in
            guard kind != .folder else { return }
            let path = directory + "/" + relative
            var info = stat()
            guard lstat(path, &info) == 0 else { return }
            files[path] = Stamp(size: Int(info.st_size), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
        }
    }
}
