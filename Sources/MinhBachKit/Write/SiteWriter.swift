import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The only stage that writes the disk. The site is written to a temporary folder beside the
/// output and swapped in whole, so a failed or interrupted build leaves the old site untouched.
public struct SiteWriter: Sendable {
    public var outputDirectory: URL
    /// Folders the output must never be, or contain: replacing them would destroy sources.
    public var protectedDirectories: [URL]

    public init(outputDirectory: URL, protectedDirectories: [URL]) {
        self.outputDirectory = outputDirectory.standardizedFileURL
        self.protectedDirectories = protectedDirectories.map(\.standardizedFileURL)
    }

    public func write(_ files: [OutputFile], diagnostics: inout Diagnostics) {
        let output = outputDirectory.path
        for protected in protectedDirectories + [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)] {
            let path = protected.standardizedFileURL.path
            if path == output || path.hasPrefix(output + "/") || output == "/" {
                diagnostics.error(at: nil, "refusing to replace '\(output)': it holds the project's sources",
                                  hint: "choose another folder with --output")
                return
            }
        }
        let fm = FileManager.default
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
                try Self.writeFile(temporary.appendingPathComponent(file.path).path, file.bytes)
            }
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
    }

    /// Plain `open`/`write`/`close`: Foundation's `Data.write` syncs every file to disk, which
    /// makes writing thousands of pages several times slower.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, bytes.count - offset)
            }
            guard written > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            offset += written
        }
    }
}
