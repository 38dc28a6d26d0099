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

    /// The archive's bytes. Writing to memory cannot fail but for a bug, which stops the build.
    public static func bytes(_ entries: [Entry]) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for entry in entries {
                let data = Data(entry.bytes)
                try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: fixedDate, permissions: 0o644, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            return Array(archive.data ?? Data())
        } catch {
            fatalError("writing a zip in memory failed: \(error)")
        }
    }
}
