import Foundation
import MinhBachKit
import TestSupport

/// Builds a fixture site (or the demo) into `output` with the project's theme, or with the
/// site's own `theme` folder over the built-in theme when it has one.
func buildSite(_ siteFolder: URL, output: URL, baseURL: String? = nil) -> BuildReport {
    let ownTheme = siteFolder.appendingPathComponent("theme")
    return SiteBuilder(options: BuildOptions(
        contentDirectory: siteFolder.appendingPathComponent("content"),
        themeDirectory: FileManager.default.fileExists(atPath: ownTheme.path) ? ownTheme : Fixtures.projectRoot.appendingPathComponent("theme"),
        outputDirectory: output, baseURL: baseURL, workingDirectory: siteFolder)).build()
}

/// Builds a site into a fresh temporary folder named `name` and reads back every file.
func buildTree(_ siteFolder: URL, _ name: String, baseURL: String? = nil) -> (report: BuildReport, tree: [String: [UInt8]]) {
    let output = SiteTree.temporaryFolder(name).appendingPathComponent("site")
    return (buildSite(siteFolder, output: output, baseURL: baseURL), SiteTree.read(output))
}

func fixtureSite(_ name: String) -> URL { Fixtures.url("Sites/\(name)") }

func htmlFiles(_ tree: [String: [UInt8]]) -> [(String, String)] {
    tree.keys.sorted().filter { $0.hasSuffix(".html") }.map { ($0, String(decoding: tree[$0]!, as: UTF8.self)) }
}

/// Each match of `pattern` (`.` matches newlines too) as its capture groups, or as the whole
/// match when the pattern has no group.
func regexMatches(_ pattern: String, in text: String) -> [[String]] {
    let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
        let groups = match.numberOfRanges > 1 ? Array(1..<match.numberOfRanges) : [0]
        return groups.map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
    }
}

/// The first group (or the whole match) of each match of `pattern`.
func regexCaptures(_ pattern: String, in text: String) -> [String] {
    regexMatches(pattern, in: text).map { $0[0] }
}

/// An output folder that holds an earlier site, and its files, to check that a failed build
/// leaves it as it was.
func previousSite(_ name: String) throws -> (folder: URL, output: URL, before: [String: [UInt8]]) {
    let folder = SiteTree.temporaryFolder(name)
    let output = folder.appendingPathComponent("site")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    try Data("bản cũ".utf8).write(to: output.appendingPathComponent("index.html"))
    return (folder, output, SiteTree.read(output))
}
