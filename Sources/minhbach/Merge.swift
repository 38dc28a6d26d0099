import ArgumentParser
import Diagnostics
import Foundation
import MinhBachKit

/// `minhbach merge parts/1 … parts/N`: the site from the parts of a sharded build. It loads the
/// same content as the parts, takes each page's and section's files from the part that made
/// them, and makes what needs every page (search, sitemap, 404 pages, theme files) itself.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Join the parts of a sharded build ('build --shard K/N') into the site; byte for byte what one build makes.")

    @Argument(help: "The N part folders, in any order.")
    var parts: [String]

    @OptionGroup var site: SiteOptions

    @OptionGroup var catalog: CatalogOption

    private var cwd: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }

    func validate() throws {
        let output = URL(fileURLWithPath: site.output, relativeTo: cwd).standardizedFileURL.path
        if parts.contains(where: { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL.path == output }) {
            throw ValidationError(Message("cli.merge-output-is-part", ["output": .text(site.output)]).text(in: site.language))
        }
    }

    func run() throws {
        var options = site.buildOptions(checkOnly: false)
        options.portion = .merge(parts.map { URL(fileURLWithPath: $0, relativeTo: cwd) })
        catalog.apply(to: &options)
        try Console.run(options, site.language)
    }
}
