import Diagnostics
import Foundation
@testable import MinhBachKit
import TestSupport

/// The real disk steps, logged, that die at step `dieAt` (counted from 1): that step and every
/// later one change nothing and fail, as when the process is killed there — no cleanup runs.
/// `exchangeWorks: false` is a system or file system without `RENAME_EXCHANGE`.
final class DyingDisk: @unchecked Sendable {
    private let lock = NSLock()
    private var steps: [String] = []
    private var dead = false
    let dieAt: Int?
    let exchangeWorks: Bool
    /// Runs inside a step before it acts (once the process is not dead).
    let before: @Sendable (_ kind: String, _ number: Int) -> Void

    init(dieAt: Int? = nil, exchangeWorks: Bool = true, before: @escaping @Sendable (String, Int) -> Void = { _, _ in }) {
        (self.dieAt, self.exchangeWorks, self.before) = (dieAt, exchangeWorks, before)
    }

    /// The kinds of the steps taken, up to the dying one.
    var log: [String] { lock.withLock { steps } }

    private func step(_ kind: String, _ body: () throws(POSIXError) -> Void) throws(POSIXError) {
        let number: Int? = lock.withLock {
            guard !dead else { return nil }
            steps.append(kind)
            if steps.count == dieAt { dead = true }
            return dead ? nil : steps.count
        }
        guard let number else { throw POSIXError(.EINTR) }
        before(kind, number)
        try body()
    }

    var operations: DiskOperations {
        let real = DiskOperations.system
        return DiskOperations(
            makeFolder: { path throws(POSIXError) in try self.step("makeFolder") { () throws(POSIXError) in try real.makeFolder(path) } },
            writeFile: { file throws(POSIXError) in try self.step("writeFile") { () throws(POSIXError) in try real.writeFile(file) } },
            link: { paths throws(POSIXError) in try self.step("link") { () throws(POSIXError) in try real.link(paths) } },
            rename: { paths throws(POSIXError) in try self.step("rename") { () throws(POSIXError) in try real.rename(paths) } },
            exchange: { paths throws(POSIXError) in
                try self.step("exchange") { () throws(POSIXError) in
                    guard self.exchangeWorks else { throw POSIXError(.EINVAL) }
                    try real.exchange(paths)
                }
            },
            unlink: { path throws(POSIXError) in try self.step("unlink") { () throws(POSIXError) in try real.unlink(path) } },
            removeFolder: { path throws(POSIXError) in try self.step("removeFolder") { () throws(POSIXError) in try real.removeFolder(path) } })
    }
}

/// Two versions of a small site, as the writer gets them: files kept, changed, removed, added,
/// in nested folders.
enum TwoSites {
    static let old: [OutputFile] = [
        OutputFile(path: "index.html", text: "<p>Trang chủ, bản cũ</p>\n"),
        OutputFile(path: "gioi-thieu.html", text: "<p>Giới thiệu</p>\n"),
        OutputFile(path: "van-ban/de-an.html", text: "<p>Đề án, bản cũ</p>\n"),
        OutputFile(path: "van-ban/bo-di.html", text: "<p>Trang sẽ bỏ</p>\n"),
        OutputFile(path: "assets/style.css", text: "body { margin: 0 }\n"),
        OutputFile(path: "anh/o.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 3]),
    ]
    static let new: [OutputFile] = [
        OutputFile(path: "index.html", text: "<p>Trang chủ, bản mới</p>\n"),
        OutputFile(path: "gioi-thieu.html", text: "<p>Giới thiệu</p>\n"),
        OutputFile(path: "van-ban/de-an.html", text: "<p>Đề án, bản mới</p>\n"),
        OutputFile(path: "van-ban/chi-tiet/muc-1.html", text: "<p>Mục 1</p>\n"),
        OutputFile(path: "assets/style.css", text: "body { margin: 0 }\n"),
        OutputFile(path: "anh/o.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 3]),
        OutputFile(path: "tin-moi.html", text: "<p>Tin mới</p>\n"),
    ]

    /// The tree a write of `files` leaves: the files and the marker.
    static func tree(_ files: [OutputFile]) -> [String: [UInt8]] {
        var tree = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) })
        tree[OutputFolder.markerName] = OutputFolder.markerBytes
        return tree
    }

    static var oldTree: [String: [UInt8]] { tree(old) }
    static var newTree: [String: [UInt8]] { tree(new) }
}

/// A writer of `output`, with these steps and this process id.
func writer(_ output: URL, _ operations: DiskOperations = .system, processID: Int32 = getpid(),
            force: Bool = false, gate: WriteGate = .shared) -> SiteWriter {
    var writer = SiteWriter(outputDirectory: output, protectedDirectories: [], replacesUnmarkedOutput: force)
    writer.operations = operations
    writer.processID = processID
    writer.gate = gate
    return writer
}

/// Writes `files` to `output`, returning the problems.
@discardableResult
func write(_ files: [OutputFile], to output: URL, _ operations: DiskOperations = .system, processID: Int32 = getpid(),
           force: Bool = false, gate: WriteGate = .shared) -> Diagnostics {
    var diagnostics = Diagnostics()
    writer(output, operations, processID: processID, force: force, gate: gate).write(files, diagnostics: &diagnostics)
    return diagnostics
}

/// Ids of processes that have ended (started and waited for), to name the leftovers of a
/// killed build.
func endedProcessIDs(_ count: Int) throws -> [Int32] {
    try (0..<count).map { _ in
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}

/// The names in a folder, sorted.
func names(in folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
}
