import ArgumentParser
import Diagnostics
import Foundation
import MinhBachKit

/// `minhbach theme export DIR`: the built-in theme written out for customising.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the built-in theme.",
        subcommands: [Export.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the built-in theme into a new folder, to change it.",
            discussion: "A folder named 'theme' beside 'content' is then used by builds; each of its files replaces the built-in file of the same path.")

        @Argument(help: "A new or empty folder, e.g. 'theme'.")
        var folder: String

        @OptionGroup var messages: MessagesOption

        func run() throws {
            let language = messages.language
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let exporter = ThemeExporter(folder: URL(fileURLWithPath: folder, relativeTo: cwd), shownAs: folder)
            if let refusal = exporter.refusal() {
                Console.printError(refusal.rendered(in: language))
                throw ExitCode(64)
            }
            let problems = exporter.write()
            guard !problems.hasErrors else {
                Console.printDiagnostics(problems, language)
                throw ExitCode(1)
            }
            print(Message("theme.exported", ["count": .count(ThemeExporter.files.count), "path": .text(folder)]).text(in: language))
            print(Message("theme.exported-use", ["path": .text(folder)]).text(in: language))
        }
    }
}
