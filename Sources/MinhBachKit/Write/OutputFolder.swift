import Diagnostics
import FileSystem
import Foundation
import Glibc

/// The output path and the names beside it: what is there now, whether a build may replace it,
/// and the temporary folders of builds (`.site.new-<pid>`, `.site.old-<pid>`).
struct OutputFolder: Sendable {
    /// Every build writes this file into its output; a folder without it is not MinhBạch's, and
    /// is replaced only with `--force`. The same bytes every time, so a rebuild with no changes
    /// still writes nothing.
    static let markerName = ".minhbach-output"
    static let markerBytes = Array("""
        MinhBạch built this folder and replaces it whole at every build; without this file it refuses to.

        """.utf8)

    /// Absolute, with the parent's symlinks resolved. An output path that is a link to a folder
    /// is followed: the folder it leads to is replaced, and the link stays.
    let path: String
    var parent: String { path == "/" ? "/" : (path as NSString).deletingLastPathComponent }
    var name: String { (path as NSString).lastPathComponent }

    init(_ given: String) {
        if Self.isLink(given), FileStatus.kind(given) == .directory, let real = FileStatus.realPath(given) {
            path = real
            return
        }
        let parent = (given as NSString).deletingLastPathComponent
        let name = (given as NSString).lastPathComponent
        let realParent = FileStatus.realPath(parent) ?? parent
        path = given == "/" ? "/" : (realParent == "/" ? "" : realParent) + "/" + name
    }

    /// Where a build writes the new site, and (when the output cannot be exchanged in one step)
    /// where the old one waits to be removed.
    func temporary(_ processID: Int32) -> String { sibling("new", processID) }
    func retired(_ processID: Int32) -> String { sibling("old", processID) }

    private func sibling(_ kind: String, _ processID: Int32) -> String {
        (parent == "/" ? "" : parent) + "/.\(name).\(kind)-\(processID)"
    }

    // MARK: What is there

    enum Occupant: Equatable {
        case nothing, emptyFolder, markedFolder, unmarkedFolder
        /// A file, a link that does not lead to a folder, a device…: the words for it.
        case notAFolder(Message)

        var isFolder: Bool { [.emptyFolder, .markedFolder, .unmarkedFolder].contains(self) }
    }

    var occupant: Occupant {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .nothing }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path), !names.isEmpty else { return .emptyFolder }
            return FileStatus.kind(path + "/" + Self.markerName) == .regularFile ? .markedFolder : .unmarkedFolder
        case S_IFREG: return .notAFolder(Message("output.occupant.file"))
        case S_IFLNK: return .notAFolder(FileStatus.kind(path) == .missing ? Message("output.occupant.dangling-link") : Message("output.occupant.link"))
        default: return .notAFolder(Message("output.occupant.not-a-folder"))
        }
    }

    var exists: Bool { var status = stat(); return lstat(path, &status) == 0 }

    /// Why a build may not replace what is at the output path; nil when it may.
    func refusal(protecting protected: [URL], force: Bool, shownAs shown: String) -> Diagnostic? {
        for folder in protected {
            let real = FileStatus.realPath(folder.path) ?? folder.standardizedFileURL.path
            if FileStatus.isInside(real, root: path) {
                return .error(at: nil, Message("output.refuse-sources", ["output": .text(shown)]),
                              hint: Message("output.refuse-sources-hint"))
            }
        }
        guard !force else { return nil }
        switch occupant {
        case .nothing, .emptyFolder, .markedFolder: return nil
        case .unmarkedFolder:
            return .error(at: nil, Message("output.refuse-unmarked", ["output": .text(shown), "marker": .text(Self.markerName)]),
                          hint: Message("output.refuse-unmarked-hint"))
        case .notAFolder(let what):
            return .error(at: nil, Message("output.refuse-not-folder", ["output": .text(shown), "what": .message(what)]),
                          hint: Message("output.refuse-not-folder-hint"))
        }
    }

    // MARK: Leftovers

    /// A temporary folder of a build: `new` holds a partial site, or after an exchange the old
    /// one; `old` (two-rename swaps only) holds the old site.
    struct Leftover: Equatable {
        var path: String
        var isRetired: Bool
        var processID: Int32
        var name: String { (path as NSString).lastPathComponent }
    }

    /// The temporary folders of builds beside the output, in name order.
    func leftovers() -> [Leftover] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return [] }
        return names.sorted().compactMap { entry in
            for (kind, isRetired) in [("new", false), ("old", true)] {
                let prefix = ".\(name).\(kind)-"
                guard entry.hasPrefix(prefix) else { continue }
                let digits = entry.dropFirst(prefix.count)
                guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let id = Int32(digits), id > 0 else { return nil }
                return Leftover(path: (parent == "/" ? "" : parent) + "/" + entry, isRetired: isRetired, processID: id)
            }
            return nil
        }
    }

    static func isLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    /// Whether a process with this id runs (one of another user's counts: `EPERM`).
    static func isRunning(_ processID: Int32) -> Bool {
        kill(processID, 0) == 0 || errno == EPERM
    }
}
