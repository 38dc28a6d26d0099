import Foundation

/// Paths of the test fixtures, which live in `Tests/Fixtures` outside every target folder.
public enum Fixtures {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The repository root (for the demo `content/` and `theme/`).
    public static let projectRoot: URL = root.deletingLastPathComponent().deletingLastPathComponent()

    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    public static func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }
}

/// Compares `actual` with the stored golden file `Tests/Fixtures/Golden/<name>`. With
/// `RECORD_GOLDEN=1` the file is rewritten and the comparison fails, so that every re-recording
/// is looked at before it is committed.
public enum Golden {
    public struct Mismatch: Error, CustomStringConvertible {
        public let description: String
    }

    public static func check(_ actual: String, named name: String) throws {
        let url = Fixtures.url("Golden/\(name)")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            throw Mismatch(description: "recorded \(name); review it and run the tests again without RECORD_GOLDEN")
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            throw Mismatch(description: "no golden file \(name); record it with RECORD_GOLDEN=1")
        }
        if expected != actual {
            throw Mismatch(description: "\(name) differs from its golden file:\n\(firstDifference(expected, actual))")
        }
    }

    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(e.count, a.count) {
            let left = index < e.count ? String(e[index]) : "<end>"
            let right = index < a.count ? String(a[index]) : "<end>"
            if left != right { return "line \(index + 1)\n  expected: \(left)\n  actual:   \(right)" }
        }
        return "(same lines, different line endings)"
    }
}
