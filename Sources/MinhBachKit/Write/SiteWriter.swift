import Diagnostics
import FileSystem
import Foundation
import Glibc
import Parallel

/// The only stage that writes the disk. The site is written to a temporary folder beside the
/// output and swapped in whole, so a failed or interrupted build leaves the old site untouched.
/// A file whose bytes did not change is carried over as a hard link to the old one — the same
/// file, same modification time — so `rsync` uploads only what changed; when nothing changed at
/// all, the output folder is not touched. The output gets a marker file; what lacks it (someone's
/// folder, a file) is not replaced unless forced.
public struct SiteWriter: Sendable {
    public var outputDirectory: URL
    /// Folders the output must never be, or contain: replacing them would destroy sources.
    public var protectedDirectories: [URL]
    /// Replace whatever is at the output path, even what MinhBạch did not make (`--force`).
    public var replacesUnmarkedOutput: Bool
    /// The steps that change the disk; tests inject failing ones.
    public var operations = DiskOperations.system
    /// Names this writer's temporary folders, so that a later build tells the leftovers of a
    /// process that died from the work of one still running.
    public var processID: Int32 = getpid()
    /// What a signal handler closes to stop the writer between two steps.
    public var gate = WriteGate.shared

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

    public init(outputDirectory: URL, protectedDirectories: [URL], replacesUnmarkedOutput: Bool = false) {
        self.outputDirectory = outputDirectory.standardizedFileURL
        self.protectedDirectories = protectedDirectories.map(\.standardizedFileURL)
        self.replacesUnmarkedOutput = replacesUnmarkedOutput
    }

    var folder: OutputFolder { OutputFolder(outputDirectory.path) }

    /// Every step through the gate, so that a signal stops the writer between two of them.
    private var disk: DiskOperations { operations.gated(by: gate) }

    /// Why this build may not replace what is at the output path — the project's sources, a
    /// folder without the marker, a file — or nil. Checked again before anything is written.
    public func refusal() -> Diagnostic? {
        folder.refusal(protecting: protectedDirectories + [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)],
                       force: replacesUnmarkedOutput, shownAs: outputDirectory.path)
    }

    /// Writes the whole site at once: a stream given every file in one batch.
    @discardableResult
    public func write(_ files: [OutputFile], diagnostics: inout Diagnostics) -> Changes {
        let stream = stream()
        stream.add(files + [OutputFile(path: OutputFolder.markerName, bytes: OutputFolder.markerBytes)])
        return stream.finish(diagnostics: &diagnostics)
    }

    /// Puts the finished site at the output path. With an old output, both are exchanged in one
    /// step (`renameat2` with `RENAME_EXCHANGE`) and the old tree, now at the temporary name, is
    /// removed. Where the system or file system cannot exchange, two renames do it: old aside,
    /// new in. The gate keeps a signal from landing between them, but a kill (or a power cut)
    /// there leaves no output folder until the next build, which finds the old one aside
    /// (`.site.old-<pid>`) and puts it back first.
    func swap(_ temporary: String, into output: String, retired: String, replacing: Bool) throws(POSIXError) {
        let (operations, gate) = (self.operations, self.gate)
        // Each way of swapping is one step of the gate, and says so before the step ends: a
        // signal handler then knows whether the new site is in place.
        guard replacing else {
            return try gate.step { () throws(POSIXError) in
                try operations.rename((temporary, output))
                gate.noteReplacedOutput()
            }
        }
        do throws(POSIXError) {
            try gate.step { () throws(POSIXError) in
                try operations.exchange((temporary, output))
                gate.noteReplacedOutput()
            }
            // The new site is in place: if the old one cannot go now, the next build removes it.
            try? disk.removeTree(temporary)
            return
        } catch where RenameExchange.isUnsupported(error) {}
        try gate.step { () throws(POSIXError) in
            try operations.rename((output, retired))
            do throws(POSIXError) { try operations.rename((temporary, output)) } catch {
                try? operations.rename((retired, output))
                throw error
            }
            gate.noteReplacedOutput()
        }
        try? disk.removeTree(retired)
    }

    /// The output's parent and the folders above it, made when missing.
    func makeFolders(upTo path: String) throws(POSIXError) {
        var missing: [String] = []
        var folder = path
        while FileStatus.kind(folder) == .missing, folder != "/", !folder.isEmpty {
            missing.append(folder)
            folder = (folder as NSString).deletingLastPathComponent
        }
        for folder in missing.reversed() {
            do throws(POSIXError) { try disk.makeFolder(folder) } catch where error.code == .EEXIST {}
        }
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
                diagnostics.error(at: nil, Message("output.cannot-write-file", ["path": .text(target), "reason": .text(error.localizedDescription)]))
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

    /// Whether the file at `path` is `file`, compared a part at a time when it is made in parts.
    static func holds(_ path: String, _ file: OutputFile) -> Bool {
        guard let parts = file.parts else { return holds(path, file.bytes) }
        return FileBytes.holds(path, parts: parts.make)
    }
}
