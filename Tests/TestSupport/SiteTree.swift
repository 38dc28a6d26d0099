import Foundation

/// A built site read back as path → bytes, for comparing whole trees.
public enum SiteTree {
    public static func read(_ root: URL) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let base = root.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return files }
        for case let path as String in walker {
            var isDirectory: ObjCBool = false
            let full = base + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = [UInt8](FileManager.default.contents(atPath: full) ?? Data())
            }
        }
        return files
    }

    public static func temporaryFolder(_ name: String) -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("minhbach-tests-\(ProcessInfo.processInfo.processIdentifier)-\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
