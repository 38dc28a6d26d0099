import ArgumentParser
import Diagnostics
import Foundation
import MinhBachKit

/// `minhbach new DIR`: a small working site to start from, in a new or empty folder.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a small working site into a new or empty folder.",
        discussion: "The site has a home page, an about page, one official document, one indicator with its data, a units list and one model, every file commented. Then: cd DIR && minhbach serve.")

    @Argument(help: "The folder to make; it must not exist yet or be empty.")
    var folder: String

    @Option(help: "The kind of the site's document, which also sets the home page's words.")
    var kind: StarterKind = .deAn

    @Option(help: "The site's language: its interface, texts and the comments in its files.")
    var language: StarterLanguage = .vi

    @OptionGroup var messagesOption: MessagesOption

    func run() throws {
        let messages = messagesOption.language
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let site = StarterSite(kind: kind, language: language)
        let writer = StarterWriter(folder: URL(fileURLWithPath: folder, relativeTo: cwd), shownAs: folder)
        if let refusal = writer.refusal() {
            Console.printError(refusal.rendered(in: messages))
            throw ExitCode(64)
        }
        if let failure = writer.write(site) {
            Console.printError(failure.rendered(in: messages))
            throw ExitCode(1)
        }
        let files = site.files
        let languageName = language == .vi ? Message("starter.language-vi") : Message("starter.language-en")
        print(Message("starter.created", ["kind": .text(kind.rawValue), "language": .message(languageName),
                                          "folder": .text(folder), "count": .count(files.count)]).text(in: messages))
        for file in files { print("  " + file.path) }
        print(Message("starter.next").text(in: messages))
        print("  cd \(Self.shellWord(folder))")
        print("  minhbach serve")
        print(Message("starter.next-open").text(in: messages))
    }

    /// The folder as it can be pasted into a shell: quoted when it holds anything but plain characters.
    static func shellWord(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_./".unicodeScalars.contains($0) }
        return plain && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension StarterKind: ExpressibleByArgument {}
extension StarterLanguage: ExpressibleByArgument {}
