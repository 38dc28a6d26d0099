import Foundation
import ZIPFoundation

/// A zip file made in memory from named byte strings, the same bytes at every build: entries in
/// the order given, every one dated 1980-01-01 00:00 (the first date a zip can hold; ZIPFoundation
/// writes it in UTC, so the machine's time zone does not matter), the same permissions, deflated.
public enum ZipArchive {
    /// 1980-01-01T00:00:00Z.
    public static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    public struct Entry: Sendable, Equatable {
        public var path: String
        public var bytes: [UInt8]
        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// The archive's bytes.
    public static func bytes(_ entries: [Entry]) -> [UInt8] {
        let writer = Writer()
        for entry in entries { writer.add(entry) }
        return writer.bytes()
    }

    /// An archive made an entry at a time, each deflated as it comes: what the archive holds
    /// is then its compressed bytes, not every entry at once. Writing to memory cannot fail but
    /// for a bug, which stops the build.
    public final class Writer {
        private let archive: Archive

        public init() {
            do {
                archive = try Archive(data: Data(), accessMode: .create)
            } catch {
                fatalError("making a zip in memory failed: \(error)")
            }
        }

        public func add(_ entry: Entry) {
            let data = Data(entry.bytes)
            do {
                try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: ZipArchive.fixedDate, permissions: 0o644, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            } catch {
                fatalError("writing a zip in memory failed: \(error)")
            }
        }

        public func bytes() -> [UInt8] { Array(archive.data ?? Data()) }
    }
}
