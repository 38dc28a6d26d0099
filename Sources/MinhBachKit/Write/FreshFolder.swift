import Diagnostics
import FileSystem
import Foundation

/// A folder that files are written into only when it does not exist yet or is empty (hidden
/// files count: a `.git` folder is someone's work too). `minhbach new` and `theme export` write
/// through it, so that neither ever overwrites anybody's files.
public struct FreshFolder: Sendable {
    public let url: URL
    /// The folder as the user typed it, for messages.
    public let shownAs: String

    public init(_ url: URL, shownAs: String) {
        self.url = url.standardizedFileURL
        self.shownAs = shownAs
    }

    public enum Refusal: Sendable, Equatable {
        case notEmpty, notAFolder
    }

    /// Why the folder cannot be written into, or nil.
    public func refusal() -> Refusal? {
        switch FileStatus.kind(url.path) {
        case .missing: nil
        case .directory: ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).isEmpty ? nil : .notEmpty
        case .regularFile, .other: .notAFolder
        }
    }

    /// Writes each file at its relative path, making folders as needed; the first failure, or nil.
    public func write(_ files: [(path: String, bytes: [UInt8])]) -> Diagnostic? {
        for file in files {
            let target = url.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileBytes.write(target.path, file.bytes)
            } catch {
                let reason = (error as? POSIXError).map { String(cString: strerror($0.code.rawValue)) } ?? "\(error)"
                return .error(at: nil, Message("output.cannot-write-file", ["path": .text(shownAs + "/" + file.path), "reason": .text(reason)]))
            }
        }
        return nil
    }
}
