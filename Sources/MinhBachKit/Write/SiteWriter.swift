import Diagnostics
import FileSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The only stage that writes the disk. The site is written to a temporary folder beside the
/// output and swapped in whole, so a failed or interrupted build leaves the old site untouched.
/// A file whose bytes did not change is carried over as a hard link to the old one — the same
/// file, same modification time — so `rsync` uploads only what changed; when nothing changed at
/// all, the output folder is not touched.
public struct SiteWriter: Sendable {
    public var outputDirectory: URL
    /// Folders the output must never be, or contain: replacing them would destroy sources.
    public var protectedDirectories: [URL]

    /// What a write did to the output folder.
    public struct Changes: Sendable, Equatable {
        public var written = 0
        public var unchanged = 0
        /// Files of the old site that the new one no longer has.
        public var removed = 0

        public init(written: Int = 0, unchanged: Int = 0, removed: Int = 0) {
            (self.written, self.unchanged, self.removed) = (written, unchanged, removed)
        }
    }

    public init(outputDirectory: URL, protectedDirectories: [URL]) {
        self.outputDirectory = outputDirectory.standardizedFileURL
        self.protectedDirectories = protectedDirectories.map(\.standardizedFileURL)
    }

    @discardableResult
    public func write(_ files: [OutputFile], diagnostics: inout Diagnostics) -> Changes {
        let output = outputDirectory.path
        for protected in protectedDirectories + [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)] {
            let path = protected.standardizedFileURL.path
            if path == output || path.hasPrefix(output + "/") || output == "/" {
                diagnostics.error(at: nil, "refusing to replace '\(output)': it holds the project's sources",
                                  hint: "choose another folder with --output")
                return Changes()
            }
        }
        let old = Self.regularFiles(under: output)
        let same = files.parallelMap { file in old.contains(file.path) && Self.holds(output + "/" + file.path, file.bytes) }
        var changes = Changes()
        changes.unchanged = same.filter { $0 }.count
        changes.written = files.count - changes.unchanged
        changes.removed = old.subtracting(files.map(\.path)).count
        let fm = FileManager.default
        if changes.written == 0, changes.removed == 0, fm.fileExists(atPath: output) { return changes }

        let parent = outputDirectory.deletingLastPathComponent()
        let stamp = "\(getpid())"
        let temporary = parent.appendingPathComponent(".\(outputDirectory.lastPathComponent).new-\(stamp)")
        let retired = parent.appendingPathComponent(".\(outputDirectory.lastPathComponent).old-\(stamp)")
        do {
            try? fm.removeItem(at: temporary)
            try fm.createDirectory(at: temporary, withIntermediateDirectories: true)
            var made: Set<String> = [""]
            for file in files {
                let folder = (file.path as NSString).deletingLastPathComponent
                if !made.contains(folder) {
                    try fm.createDirectory(at: temporary.appendingPathComponent(folder), withIntermediateDirectories: true)
                    made.insert(folder)
                }
            }
            // The folders exist: the files are written on every core.
            let staging = temporary.path
            let failures = Array(zip(files, same)).parallelMap { file, isSame -> POSIXError? in
                let target = staging + "/" + file.path
                if isSame, link(output + "/" + file.path, target) == 0 { return nil }
                do throws(POSIXError) { try FileBytes.write(target, file.bytes) } catch { return error }
                return nil
            }
            if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
            if fm.fileExists(atPath: output) {
                try fm.moveItem(at: outputDirectory, to: retired)
                try fm.moveItem(at: temporary, to: outputDirectory)
                try? fm.removeItem(at: retired)
            } else {
                try fm.moveItem(at: temporary, to: outputDirectory)
            }
        } catch {
            try? fm.removeItem(at: temporary)
            if !fm.fileExists(atPath: output), fm.fileExists(atPath: retired.path) {
                try? fm.moveItem(at: retired, to: outputDirectory)
            }
            diagnostics.error(at: nil, "cannot write the site to '\(output)': \(error.localizedDescription)")
        }
        return changes
    }

    /// Replaces a few files of the built site in place, each atomically (written beside itself,
    /// then renamed over): what a rebuild after one edit writes. Folders are made as needed.
    public func replace(_ files: [OutputFile], diagnostics: inout Diagnostics) {
        let output = outputDirectory.path
        for file in files {
            let target = output + "/" + file.path
            let folder = (target as NSString).deletingLastPathComponent
            let temporary = folder + "/.\((target as NSString).lastPathComponent).new-\(getpid())"
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try FileBytes.write(temporary, file.bytes)
                guard rename(temporary, target) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            } catch {
                unlink(temporary)
                diagnostics.error(at: nil, "cannot write '\(target)': \(error.localizedDescription)")
            }
        }
    }

    /// The regular files under a folder, hidden ones included, as paths relative to it; none
    /// when it does not exist.
    static func regularFiles(under root: String) -> Set<String> {
        var paths: Set<String> = []
        FolderWalk.walk(root, skipping: { _ in false }) { path, kind in
            if kind == .file { paths.insert(path) }
        }
        return paths
    }

    /// Whether the file at `path` holds exactly these bytes.
    static func holds(_ path: String, _ bytes: [UInt8]) -> Bool {
        FileBytes.size(path) == bytes.count && FileBytes.read(path) == bytes
    }
}
