import ArgumentParser
import Diagnostics
import Dispatch
import Foundation
import Glibc
import MinhBachKit

/// `minhbach catalog FILE`: what every page's Markdown tells the rest of the site, written once
/// for the parts and the merge of a sharded build to read (`--catalog FILE`), so that each part
/// parses only the pages it makes (docs/scaling.md).
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Write the page catalog that 'build --shard K/N --catalog FILE' and 'merge --catalog FILE' read.",
        discussion: "Give the same content, theme, --base-url, --audience and --drafts as to the parts and the merge. --output is not used.")

    @Argument(help: "Where the catalog is written; a file there that is not a catalog is never replaced.")
    var file: String

    @OptionGroup var site: SiteOptions

    func run() throws {
        StandardOutput.flushEachLine()
        let language = site.language
        let url = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let stops = Self.removeUnfinishedCatalogOnSignals(SiteBuilder.catalogBeingWritten(for: url), file: file, language)
        defer { withExtendedLifetime(stops) {} }
        let report = SiteBuilder(options: site.buildOptions(checkOnly: false), progress: { Console.print($0, language) }).writeCatalog(to: url)
        Console.printDiagnostics(report.diagnostics, language)
        guard report.succeeded else {
            Console.print(Message("cli.catalog-failed", ["errors": Console.errorCount(report.diagnostics.errorCount), "file": .text(file)]), language)
            throw ExitCode(1)
        }
        let milliseconds = String(Int(report.stages.map(\.milliseconds).reduce(0, +).rounded()))
        Console.print(Message("cli.catalogued", ["pages": .text(String(report.pageCount)), "file": .text(file), "ms": .text(milliseconds)]), language)
    }
}

extension CatalogCommand {
    /// Ctrl-C or SIGTERM: the catalog being written is removed, and the process exits 130 or 143.
    /// FILE then holds the previous catalog (or the new one, if it was put in place just before).
    static func removeUnfinishedCatalogOnSignals(_ temporary: String, file: String, _ language: MessageLanguage) -> [DispatchSourceSignal] {
        InterruptSignals.handle(on: DispatchQueue(label: "minhbach.catalog-signals")) { number in
            let removed: Message.Value = unlink(temporary) == 0
                ? .message(Message("cli.interrupted-removed", ["names": .text((temporary as NSString).lastPathComponent)])) : .text("")
            let line = Message("cli.catalog-interrupted", ["file": .text(file), "removed": removed]).text(in: language)
            FileHandle.standardError.write(Data("\n\(line)\n".utf8))
            Glibc.exit(128 + number)
        }
    }
}

/// `--catalog FILE`, for a part of a sharded build and for the merge.
struct CatalogOption: ParsableArguments {
    @Option(help: "The page catalog 'minhbach catalog FILE' wrote from the same content and options: only the pages this run makes are parsed.")
    var catalog: String?

    func apply(to options: inout BuildOptions) {
        options.catalogFile = catalog.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) }
    }
}
