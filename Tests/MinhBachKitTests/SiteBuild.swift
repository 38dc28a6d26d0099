import Foundation
import MinhBachKit
import TestSupport

/// Builds a fixture site (or the demo) with the project's theme into `output`.
func buildSite(_ siteFolder: URL, output: URL, baseURL: String? = nil) -> BuildReport {
    SiteBuilder(options: BuildOptions(
        contentDirectory: siteFolder.appendingPathComponent("content"),
        themeDirectory: Fixtures.projectRoot.appendingPathComponent("theme"),
        outputDirectory: output, baseURL: baseURL, workingDirectory: siteFolder)).build()
}

func fixtureSite(_ name: String) -> URL { Fixtures.url("Sites/\(name)") }

func htmlFiles(_ tree: [String: [UInt8]]) -> [(String, String)] {
    tree.keys.sorted().filter { $0.hasSuffix(".html") }.map { ($0, String(decoding: tree[$0]!, as: UTF8.self)) }
}
